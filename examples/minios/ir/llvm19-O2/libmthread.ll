; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.mthread_tcb = type { i32, %struct.mthread_context }
%struct.mthread_context = type { ptr, ptr }

@threads = internal unnamed_addr global [8 x %struct.mthread_tcb] zeroinitializer, align 4
@current_thread = internal unnamed_addr global i32 -1, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: write, inaccessiblemem: none)
define dso_local range(i32 -11, 1) i32 @mthread_create(ptr nocapture noundef writeonly %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = load i32, ptr @threads, align 4, !tbaa !4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %11

6:                                                ; preds = %29, %26, %23, %20, %17, %14, %11, %3
  %7 = phi i32 [ 0, %3 ], [ 1, %11 ], [ 2, %14 ], [ 3, %17 ], [ 4, %20 ], [ 5, %23 ], [ 6, %26 ], [ 7, %29 ]
  %8 = phi ptr [ @threads, %3 ], [ getelementptr inbounds (i8, ptr @threads, i32 12), %11 ], [ getelementptr inbounds (i8, ptr @threads, i32 24), %14 ], [ getelementptr inbounds (i8, ptr @threads, i32 36), %17 ], [ getelementptr inbounds (i8, ptr @threads, i32 48), %20 ], [ getelementptr inbounds (i8, ptr @threads, i32 60), %23 ], [ getelementptr inbounds (i8, ptr @threads, i32 72), %26 ], [ getelementptr inbounds (i8, ptr @threads, i32 84), %29 ]
  %9 = getelementptr inbounds i8, ptr %8, i32 4
  store ptr %1, ptr %9, align 4, !tbaa !11
  %10 = getelementptr inbounds i8, ptr %8, i32 8
  store ptr %2, ptr %10, align 4, !tbaa !12
  store i32 1, ptr %8, align 4, !tbaa !4
  store i32 %7, ptr %0, align 4, !tbaa !13
  br label %32

11:                                               ; preds = %3
  %12 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 12), align 4, !tbaa !4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %6, label %14

14:                                               ; preds = %11
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 24), align 4, !tbaa !4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %6, label %17

17:                                               ; preds = %14
  %18 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 36), align 4, !tbaa !4
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %6, label %20

20:                                               ; preds = %17
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 48), align 4, !tbaa !4
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %6, label %23

23:                                               ; preds = %20
  %24 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 60), align 4, !tbaa !4
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %6, label %26

26:                                               ; preds = %23
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 72), align 4, !tbaa !4
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %6, label %29

29:                                               ; preds = %26
  %30 = load i32, ptr getelementptr inbounds (i8, ptr @threads, i32 84), align 4, !tbaa !4
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %6, label %32

32:                                               ; preds = %29, %6
  %33 = phi i32 [ 0, %6 ], [ -11, %29 ]
  ret i32 %33
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local void @mthread_block(ptr noundef %0, ptr noundef %1) local_unnamed_addr #1 {
  %3 = load i32, ptr @current_thread, align 4, !tbaa !13
  %4 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %3
  %5 = getelementptr inbounds i8, ptr %4, i32 4
  store ptr %0, ptr %5, align 4, !tbaa !11
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store ptr %1, ptr %6, align 4, !tbaa !12
  store i32 3, ptr %4, align 4, !tbaa !4
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local void @mthread_wakeup(i32 noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %0
  %3 = load i32, ptr %2, align 4, !tbaa !4
  %4 = icmp eq i32 %3, 3
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !tbaa !4
  br label %6

6:                                                ; preds = %5, %1
  ret void
}

; Function Attrs: nounwind
define dso_local void @mthread_yield_all() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %20, %0
  %2 = phi i32 [ 0, %0 ], [ %21, %20 ]
  %3 = phi i32 [ 0, %0 ], [ %22, %20 ]
  %4 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !4
  %6 = icmp eq i32 %5, 1
  br i1 %6, label %7, label %16

7:                                                ; preds = %1
  store i32 %3, ptr @current_thread, align 4, !tbaa !13
  store i32 2, ptr %4, align 4, !tbaa !4
  %8 = getelementptr inbounds i8, ptr %4, i32 4
  %9 = load ptr, ptr %8, align 4, !tbaa !11
  %10 = getelementptr inbounds i8, ptr %4, i32 8
  %11 = load ptr, ptr %10, align 4, !tbaa !12
  tail call void %9(ptr noundef %11) #3
  %12 = load i32, ptr %4, align 4, !tbaa !4
  %13 = icmp eq i32 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %7
  store i32 0, ptr %4, align 4, !tbaa !4
  br label %15

15:                                               ; preds = %14, %7
  store i32 -1, ptr @current_thread, align 4, !tbaa !13
  br label %16

16:                                               ; preds = %15, %1
  %17 = phi i32 [ 1, %15 ], [ %2, %1 ]
  %18 = add nuw nsw i32 %3, 1
  %19 = icmp eq i32 %18, 8
  br i1 %19, label %23, label %20

20:                                               ; preds = %23, %16
  %21 = phi i32 [ %17, %16 ], [ 0, %23 ]
  %22 = phi i32 [ %18, %16 ], [ 0, %23 ]
  br label %1, !llvm.loop !14

23:                                               ; preds = %16
  %24 = icmp eq i32 %17, 0
  br i1 %24, label %25, label %20

25:                                               ; preds = %23
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: write, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin nounwind "no-builtins" }

!llvm.ident = !{!0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"mthread_tcb", !6, i64 0, !9, i64 4}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"mthread_context", !10, i64 0, !10, i64 4}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!5, !10, i64 4}
!12 = !{!5, !10, i64 8}
!13 = !{!6, !6, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
