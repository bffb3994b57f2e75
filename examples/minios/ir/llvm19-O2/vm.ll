; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.vm_call = type { ptr, ptr }
%struct.vmproc = type { i32, i32, i32, [32 x i32], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"vm: receive failed\00", align 1
@vm_calls = dso_local global [6 x %struct.vm_call] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [17 x i8] c"vm: cannot reply\00", align 1
@next_free = dso_local local_unnamed_addr global [256 x i32] zeroinitializer, align 4
@free_list_head = dso_local local_unnamed_addr global i32 0, align 4
@.str.3 = private unnamed_addr constant [8 x i8] c"VM_EXIT\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"VM_FORK\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"VM_BRK\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"VM_MMAP\00", align 1
@.str.11 = private unnamed_addr constant [15 x i8] c"VM_EXEC_NEWMEM\00", align 1
@.str.13 = private unnamed_addr constant [13 x i8] c"VM_GETRUSAGE\00", align 1
@vm_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@vmproc = dso_local global [32 x %struct.vmproc] zeroinitializer, align 4
@free_page_count = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i32 @alloc_page() local_unnamed_addr #0 {
  %1 = load i32, ptr @free_list_head, align 4, !tbaa !4
  %2 = icmp eq i32 %1, -1
  br i1 %2, label %8, label %3

3:                                                ; preds = %0
  %4 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %1
  %5 = load i32, ptr %4, align 4, !tbaa !4
  store i32 %5, ptr @free_list_head, align 4, !tbaa !4
  store i32 -2, ptr %4, align 4, !tbaa !4
  %6 = load i32, ptr @free_page_count, align 4, !tbaa !4
  %7 = add nsw i32 %6, -1
  store i32 %7, ptr @free_page_count, align 4, !tbaa !4
  br label %8

8:                                                ; preds = %3, %0
  ret i32 %1
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local void @free_page(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, ptr @free_list_head, align 4, !tbaa !4
  %3 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %0
  store i32 %2, ptr %3, align 4, !tbaa !4
  store i32 %0, ptr @free_list_head, align 4, !tbaa !4
  %4 = load i32, ptr @free_page_count, align 4, !tbaa !4
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @free_page_count, align 4, !tbaa !4
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i32 -12, 1) i32 @grow_proc(ptr nocapture noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds i8, ptr %0, i32 8
  %4 = load i32, ptr %3, align 4, !tbaa !8
  %5 = sub nsw i32 32, %4
  %6 = icmp slt i32 %5, %1
  %7 = load i32, ptr @free_page_count, align 4
  %8 = icmp slt i32 %7, %1
  %9 = select i1 %6, i1 true, i1 %8
  br i1 %9, label %29, label %10

10:                                               ; preds = %2
  %11 = icmp sgt i32 %1, 0
  br i1 %11, label %12, label %29

12:                                               ; preds = %10
  %13 = getelementptr inbounds i8, ptr %0, i32 12
  br label %14

14:                                               ; preds = %23, %12
  %15 = phi i32 [ 0, %12 ], [ %27, %23 ]
  %16 = load i32, ptr @free_list_head, align 4, !tbaa !4
  %17 = icmp eq i32 %16, -1
  br i1 %17, label %23, label %18

18:                                               ; preds = %14
  %19 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %16
  %20 = load i32, ptr %19, align 4, !tbaa !4
  store i32 %20, ptr @free_list_head, align 4, !tbaa !4
  store i32 -2, ptr %19, align 4, !tbaa !4
  %21 = load i32, ptr @free_page_count, align 4, !tbaa !4
  %22 = add nsw i32 %21, -1
  store i32 %22, ptr @free_page_count, align 4, !tbaa !4
  br label %23

23:                                               ; preds = %18, %14
  %24 = load i32, ptr %3, align 4, !tbaa !8
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %3, align 4, !tbaa !8
  %26 = getelementptr inbounds [32 x i32], ptr %13, i32 0, i32 %24
  store i32 %16, ptr %26, align 4, !tbaa !4
  %27 = add nuw nsw i32 %15, 1
  %28 = icmp eq i32 %27, %1
  br i1 %28, label %29, label %14, !llvm.loop !10

29:                                               ; preds = %23, %10, %2
  %30 = phi i32 [ -12, %2 ], [ 0, %10 ], [ 0, %23 ]
  ret i32 %30
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local void @free_proc_pages(ptr nocapture noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load i32, ptr %2, align 4, !tbaa !8
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %20

5:                                                ; preds = %1
  %6 = load i32, ptr @free_page_count, align 4, !tbaa !4
  %7 = load i32, ptr @free_list_head, align 4, !tbaa !4
  %8 = getelementptr inbounds i8, ptr %0, i32 12
  br label %9

9:                                                ; preds = %9, %5
  %10 = phi i32 [ %3, %5 ], [ %18, %9 ]
  %11 = phi i32 [ %7, %5 ], [ %15, %9 ]
  %12 = phi i32 [ %6, %5 ], [ %17, %9 ]
  %13 = add nsw i32 %10, -1
  store i32 %13, ptr %2, align 4, !tbaa !8
  %14 = getelementptr inbounds [32 x i32], ptr %8, i32 0, i32 %13
  %15 = load i32, ptr %14, align 4, !tbaa !4
  %16 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %15
  store i32 %11, ptr %16, align 4, !tbaa !4
  store i32 %15, ptr @free_list_head, align 4, !tbaa !4
  %17 = add nsw i32 %12, 1
  store i32 %17, ptr @free_page_count, align 4, !tbaa !4
  %18 = load i32, ptr %2, align 4, !tbaa !8
  %19 = icmp sgt i32 %18, 0
  br i1 %19, label %9, label %20, !llvm.loop !12

20:                                               ; preds = %9, %1
  ret void
}

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #10
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #10
  store i32 -1, ptr @free_list_head, align 4, !tbaa !4
  store i32 0, ptr @free_page_count, align 4, !tbaa !4
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i32 [ 255, %0 ], [ %5, %3 ]
  tail call void @free_page(i32 noundef %4) #11
  %5 = add nsw i32 %4, -1
  %6 = icmp ugt i32 %4, 32
  br i1 %6, label %3, label %7, !llvm.loop !13

7:                                                ; preds = %3
  store i32 0, ptr @vmproc, align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 4), align 4, !tbaa !15
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 144), align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 148), align 4, !tbaa !15
  store i32 2, ptr getelementptr inbounds (i8, ptr @vmproc, i32 288), align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 292), align 4, !tbaa !15
  store i32 3, ptr getelementptr inbounds (i8, ptr @vmproc, i32 432), align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 436), align 4, !tbaa !15
  store i32 4, ptr getelementptr inbounds (i8, ptr @vmproc, i32 576), align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 580), align 4, !tbaa !15
  store i32 37, ptr getelementptr inbounds (i8, ptr @vmproc, i32 720), align 4, !tbaa !14
  store i32 1, ptr getelementptr inbounds (i8, ptr @vmproc, i32 724), align 4, !tbaa !15
  store i32 134217728, ptr getelementptr inbounds (i8, ptr @vmproc, i32 860), align 4, !tbaa !16
  %8 = tail call ptr @memset(ptr noundef nonnull @vm_calls, i32 noundef 0, i32 noundef 48) #11
  store ptr @do_exit, ptr @vm_calls, align 4, !tbaa !17
  store ptr @.str.3, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 4), align 4, !tbaa !20
  store ptr @do_fork, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 8), align 4, !tbaa !17
  store ptr @.str.5, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 12), align 4, !tbaa !20
  store ptr @do_brk, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 16), align 4, !tbaa !17
  store ptr @.str.7, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 20), align 4, !tbaa !20
  store ptr @do_mmap, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 24), align 4, !tbaa !17
  store ptr @.str.9, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 28), align 4, !tbaa !20
  store ptr @do_exec_newmem, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 32), align 4, !tbaa !17
  store ptr @.str.11, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 36), align 4, !tbaa !20
  store ptr @do_getrusage, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 40), align 4, !tbaa !17
  store ptr @.str.13, ptr getelementptr inbounds (i8, ptr @vm_calls, i32 44), align 4, !tbaa !20
  %9 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #11
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %1, i32 4
  br label %14

13:                                               ; preds = %38, %7
  call void @panic(ptr noundef nonnull @.str) #12
  unreachable

14:                                               ; preds = %38, %11
  %15 = load i32, ptr %1, align 4, !tbaa !21
  %16 = load i32, ptr %12, align 4
  %17 = add i32 %16, -768
  switch i32 %16, label %22 [
    i32 1536, label %18
    i32 1537, label %20
  ]

18:                                               ; preds = %14
  %19 = call i32 @do_getstatus(ptr noundef nonnull %1) #11
  br label %30

20:                                               ; preds = %14
  %21 = call i32 @do_shutdown(ptr noundef nonnull %1) #11
  br label %30

22:                                               ; preds = %14
  %23 = icmp ugt i32 %17, 5
  br i1 %23, label %33, label %24

24:                                               ; preds = %22
  %25 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %17
  %26 = load ptr, ptr %25, align 4, !tbaa !17
  %27 = icmp eq ptr %26, null
  br i1 %27, label %33, label %28

28:                                               ; preds = %24
  %29 = call i32 %26(ptr noundef nonnull %1) #11
  br label %30

30:                                               ; preds = %28, %20, %18
  %31 = phi i32 [ %19, %18 ], [ %21, %20 ], [ %29, %28 ]
  %32 = icmp eq i32 %31, -201
  br i1 %32, label %38, label %33

33:                                               ; preds = %30, %24, %22
  %34 = phi i32 [ %31, %30 ], [ -38, %24 ], [ -38, %22 ]
  store i32 %34, ptr %12, align 4, !tbaa !23
  %35 = call i32 @ipc_send(i32 noundef %15, ptr noundef nonnull %1) #11
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %38, label %37

37:                                               ; preds = %33
  call void @panic(ptr noundef nonnull @.str.1) #12
  unreachable

38:                                               ; preds = %33, %30
  %39 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #11
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %14, label %13
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #4

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #5

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: nounwind
define dso_local i32 @do_brk(ptr nocapture noundef readonly %0) #6 {
  %2 = load i32, ptr %0, align 4, !tbaa !21
  %3 = and i32 %2, 31
  %4 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %3
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !24
  %7 = add i32 %6, -134348800
  %8 = icmp ult i32 %7, -131072
  br i1 %8, label %22, label %9

9:                                                ; preds = %1
  %10 = add nsw i32 %6, -134213633
  %11 = lshr i32 %10, 12
  %12 = add nuw nsw i32 %11, 2
  %13 = getelementptr inbounds i8, ptr %4, i32 8
  %14 = load i32, ptr %13, align 4, !tbaa !8
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %20

16:                                               ; preds = %9
  %17 = sub nsw i32 %12, %14
  %18 = tail call i32 @grow_proc(ptr noundef nonnull %4, i32 noundef %17) #11
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %16, %9
  %21 = getelementptr inbounds i8, ptr %4, i32 140
  store i32 %6, ptr %21, align 4, !tbaa !16
  br label %22

22:                                               ; preds = %20, %16, %1
  %23 = phi i32 [ 0, %20 ], [ -12, %1 ], [ %18, %16 ]
  ret i32 %23
}

; Function Attrs: nounwind
define dso_local i32 @do_mmap(ptr nocapture noundef %0) #6 {
  %2 = load i32, ptr %0, align 4, !tbaa !21
  %3 = and i32 %2, 31
  %4 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %3
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !24
  %7 = getelementptr inbounds i8, ptr %4, i32 8
  %8 = load i32, ptr %7, align 4, !tbaa !8
  %9 = icmp eq i32 %6, 0
  br i1 %9, label %19, label %10

10:                                               ; preds = %1
  %11 = add i32 %6, 4095
  %12 = lshr i32 %11, 12
  %13 = tail call i32 @grow_proc(ptr noundef nonnull %4, i32 noundef %12) #11
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %19

15:                                               ; preds = %10
  %16 = shl nsw i32 %8, 12
  %17 = add nsw i32 %16, 134217728
  %18 = getelementptr inbounds i8, ptr %0, i32 12
  store i32 %17, ptr %18, align 4, !tbaa !24
  br label %19

19:                                               ; preds = %15, %10, %1
  %20 = phi i32 [ 0, %15 ], [ -22, %1 ], [ %13, %10 ]
  ret i32 %20
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i32 -22, 1) i32 @do_getrusage(ptr nocapture noundef %0) #7 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load i32, ptr %2, align 4, !tbaa !24
  %4 = and i32 %3, 31
  %5 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %4
  %6 = getelementptr inbounds i8, ptr %5, i32 4
  %7 = load i32, ptr %6, align 4, !tbaa !15
  %8 = and i32 %7, 1
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %17, label %10

10:                                               ; preds = %1
  %11 = getelementptr inbounds i8, ptr %5, i32 8
  %12 = load i32, ptr %11, align 4, !tbaa !8
  %13 = getelementptr inbounds i8, ptr %0, i32 12
  store i32 %12, ptr %13, align 4, !tbaa !24
  %14 = getelementptr inbounds i8, ptr %5, i32 140
  %15 = load i32, ptr %14, align 4, !tbaa !16
  %16 = getelementptr inbounds i8, ptr %0, i32 16
  store i32 %15, ptr %16, align 4, !tbaa !24
  br label %17

17:                                               ; preds = %10, %1
  %18 = phi i32 [ 0, %10 ], [ -22, %1 ]
  ret i32 %18
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -1, 1) i32 @do_shutdown(ptr nocapture noundef readonly %0) local_unnamed_addr #8 {
  %2 = load i32, ptr %0, align 4, !tbaa !21
  switch i32 %2, label %4 [
    i32 0, label %3
    i32 4, label %3
  ]

3:                                                ; preds = %1, %1
  store i32 1, ptr @vm_shutting_down, align 4, !tbaa !4
  br label %4

4:                                                ; preds = %3, %1
  %5 = phi i32 [ 0, %3 ], [ -1, %1 ]
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus(ptr nocapture noundef readnone %0) local_unnamed_addr #9 {
  %2 = load i32, ptr @free_page_count, align 4, !tbaa !4
  ret i32 %2
}

; Function Attrs: nounwind
define dso_local i32 @do_fork(ptr nocapture noundef %0) #6 {
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #10
  %3 = getelementptr inbounds i8, ptr %0, i32 8
  %4 = getelementptr inbounds i8, ptr %0, i32 12
  %5 = load i32, ptr %4, align 4, !tbaa !24
  %6 = load i32, ptr %0, align 4, !tbaa !21
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %45

8:                                                ; preds = %1
  %9 = icmp ugt i32 %5, 31
  br i1 %9, label %45, label %10

10:                                               ; preds = %8
  %11 = load i32, ptr %3, align 4, !tbaa !24
  %12 = and i32 %11, 31
  %13 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %12
  %14 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %5
  %15 = getelementptr inbounds i8, ptr %13, i32 4
  %16 = load i32, ptr %15, align 4, !tbaa !15
  %17 = and i32 %16, 1
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %45, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds i8, ptr %14, i32 4
  %21 = load i32, ptr %20, align 4, !tbaa !15
  %22 = and i32 %21, 1
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %45

24:                                               ; preds = %19
  %25 = getelementptr inbounds i8, ptr %13, i32 8
  %26 = load i32, ptr %25, align 4, !tbaa !8
  %27 = load i32, ptr @free_page_count, align 4, !tbaa !4
  %28 = icmp sgt i32 %26, %27
  br i1 %28, label %45, label %29

29:                                               ; preds = %24
  %30 = load i32, ptr %13, align 4, !tbaa !14
  %31 = call i32 @sys_fork(i32 noundef %30, i32 noundef %5, ptr noundef nonnull %2) #11
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %45

33:                                               ; preds = %29
  %34 = load i32, ptr %2, align 4, !tbaa !4
  store i32 %34, ptr %14, align 4, !tbaa !14
  store i32 1, ptr %20, align 4, !tbaa !15
  %35 = getelementptr inbounds i8, ptr %13, i32 140
  %36 = load i32, ptr %35, align 4, !tbaa !16
  %37 = getelementptr inbounds i8, ptr %14, i32 140
  store i32 %36, ptr %37, align 4, !tbaa !16
  %38 = getelementptr inbounds i8, ptr %14, i32 8
  store i32 0, ptr %38, align 4, !tbaa !8
  %39 = load i32, ptr %25, align 4, !tbaa !8
  %40 = call i32 @grow_proc(ptr noundef nonnull %14, i32 noundef %39) #11
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %45

42:                                               ; preds = %33
  %43 = load i32, ptr %2, align 4, !tbaa !4
  %44 = getelementptr inbounds i8, ptr %0, i32 16
  store i32 %43, ptr %44, align 4, !tbaa !24
  br label %45

45:                                               ; preds = %42, %33, %29, %24, %19, %10, %8, %1
  %46 = phi i32 [ 0, %42 ], [ -1, %1 ], [ -22, %8 ], [ -22, %19 ], [ -22, %10 ], [ -12, %24 ], [ %31, %29 ], [ %40, %33 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #10
  ret i32 %46
}

declare dso_local i32 @sys_fork(i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nounwind
define dso_local range(i32 -1, 1) i32 @do_exit(ptr nocapture noundef readonly %0) #6 {
  %2 = load i32, ptr %0, align 4, !tbaa !21
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !24
  %7 = and i32 %6, 31
  %8 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %7
  tail call void @free_proc_pages(ptr noundef nonnull %8) #11
  %9 = getelementptr inbounds i8, ptr %8, i32 4
  store i32 0, ptr %9, align 4, !tbaa !15
  br label %10

10:                                               ; preds = %4, %1
  %11 = phi i32 [ 0, %4 ], [ -1, %1 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i32 @do_exec_newmem(ptr nocapture noundef %0) #6 {
  %2 = getelementptr inbounds i8, ptr %0, i32 12
  %3 = load i32, ptr %2, align 4, !tbaa !24
  %4 = add i32 %3, 4095
  %5 = lshr i32 %4, 12
  %6 = add nuw nsw i32 %5, 2
  %7 = load i32, ptr %0, align 4, !tbaa !21
  %8 = icmp eq i32 %7, 1
  br i1 %8, label %9, label %26

9:                                                ; preds = %1
  %10 = getelementptr inbounds i8, ptr %0, i32 8
  %11 = load i32, ptr %10, align 4, !tbaa !24
  %12 = and i32 %11, 31
  %13 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %12
  %14 = getelementptr inbounds i8, ptr %13, i32 4
  %15 = load i32, ptr %14, align 4, !tbaa !15
  %16 = and i32 %15, 1
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %26, label %18

18:                                               ; preds = %9
  tail call void @free_proc_pages(ptr noundef nonnull %13) #11
  %19 = tail call i32 @grow_proc(ptr noundef nonnull %13, i32 noundef %6) #11
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %26

21:                                               ; preds = %18
  %22 = and i32 %4, -4096
  %23 = add nuw nsw i32 %22, 134217728
  %24 = getelementptr inbounds i8, ptr %13, i32 140
  store i32 %23, ptr %24, align 4, !tbaa !16
  %25 = getelementptr inbounds i8, ptr %0, i32 16
  store i32 134217728, ptr %25, align 4, !tbaa !24
  br label %26

26:                                               ; preds = %21, %18, %9, %1
  %27 = phi i32 [ 0, %21 ], [ -1, %1 ], [ -22, %9 ], [ %19, %18 ]
  ret i32 %27
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind }
attributes #11 = { nobuiltin nounwind "no-builtins" }
attributes #12 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !5, i64 8}
!9 = !{!"vmproc", !5, i64 0, !5, i64 4, !5, i64 8, !6, i64 12, !5, i64 140}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = !{!9, !5, i64 0}
!15 = !{!9, !5, i64 4}
!16 = !{!9, !5, i64 140}
!17 = !{!18, !19, i64 0}
!18 = !{!"vm_call", !19, i64 0, !19, i64 4}
!19 = !{!"any pointer", !6, i64 0}
!20 = !{!18, !19, i64 4}
!21 = !{!22, !5, i64 0}
!22 = !{!"", !5, i64 0, !5, i64 4, !6, i64 8}
!23 = !{!22, !5, i64 4}
!24 = !{!6, !6, i64 0}
