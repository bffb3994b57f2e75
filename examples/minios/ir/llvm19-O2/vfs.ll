; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.fdtable_entry = type { i32, i16, [8 x %struct.filedesc] }
%struct.filedesc = type { i32, i32, i32, i32 }
%struct.fproc = type { i32, i32, i32, i32, i32 }
%struct.vfile = type { i32, i32, i32, i16, i32, i32, [15 x i8], [512 x i8] }
%struct.worker_thread = type { i32, ptr, ptr, i32, i32, ptr, %struct.message }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [20 x i8] c"vfs: receive failed\00", align 1
@fdtable = dso_local global [32 x %struct.fdtable_entry] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [3 x i8] c"sh\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"motd\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"welcome to minios\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"tty\00", align 1
@vfs_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@fproc = dso_local global [32 x %struct.fproc] zeroinitializer, align 4
@files = dso_local global [16 x %struct.vfile] zeroinitializer, align 4
@call_vec = dso_local local_unnamed_addr constant [33 x ptr] [ptr @do_open, ptr @do_close, ptr @do_read, ptr @do_write, ptr @do_lseek, ptr @do_umask, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr @do_sync], align 4
@workers = dso_local global [4 x %struct.worker_thread] zeroinitializer, align 4
@self = dso_local local_unnamed_addr global ptr null, align 4
@fp = dso_local local_unnamed_addr global ptr null, align 4

; Function Attrs: nounwind
define dso_local range(i32 -998, -4) i32 @cdev_read(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #13
  %6 = call ptr @memset(ptr noundef nonnull %5, i32 noundef 0, i32 noundef 64) #14
  %7 = getelementptr inbounds i8, ptr %5, i32 4
  store i32 2304, ptr %7, align 4, !tbaa !4
  %8 = getelementptr inbounds i8, ptr %5, i32 8
  %9 = getelementptr inbounds i8, ptr %5, i32 20
  store i32 %0, ptr %9, align 4, !tbaa !9
  store i32 %1, ptr %8, align 4, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %5, i32 12
  store i32 %2, ptr %10, align 4, !tbaa !9
  %11 = getelementptr inbounds i8, ptr %5, i32 16
  store i32 %3, ptr %11, align 4, !tbaa !9
  %12 = call i32 @asynsend3(i32 noundef 6, ptr noundef nonnull %5, i32 noundef 0) #14
  %13 = icmp eq i32 %12, 0
  %14 = select i1 %13, i32 -998, i32 -5
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #13
  ret i32 %14
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define dso_local void @cdev_reply(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load i32, ptr %2, align 4, !tbaa !9
  %4 = getelementptr inbounds i8, ptr %0, i32 12
  %5 = load i32, ptr %4, align 4, !tbaa !9
  tail call void @worker_wakeup(i32 noundef %3, i32 noundef %5) #14
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @find_file(ptr noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %11, %1
  %3 = phi i32 [ 0, %1 ], [ %12, %11 ]
  %4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !10
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %11, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %4, i32 24
  %9 = tail call i32 @strncmp(ptr noundef nonnull %8, ptr noundef %0, i32 noundef 15) #14
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %7, %2
  %12 = add nuw nsw i32 %3, 1
  %13 = icmp eq i32 %12, 16
  br i1 %13, label %14, label %2, !llvm.loop !13

14:                                               ; preds = %11, %7
  %15 = phi i32 [ %3, %7 ], [ -1, %11 ]
  ret i32 %15
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local noundef i32 @create_file(ptr noundef %0, i32 noundef %1, i16 noundef zeroext %2) local_unnamed_addr #0 {
  %4 = load i32, ptr @files, align 4, !tbaa !10
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %16

6:                                                ; preds = %58, %55, %52, %49, %46, %43, %40, %37, %34, %31, %28, %25, %22, %19, %16, %3
  %7 = phi i32 [ 0, %3 ], [ 1, %16 ], [ 2, %19 ], [ 3, %22 ], [ 4, %25 ], [ 5, %28 ], [ 6, %31 ], [ 7, %34 ], [ 8, %37 ], [ 9, %40 ], [ 10, %43 ], [ 11, %46 ], [ 12, %49 ], [ 13, %52 ], [ 14, %55 ], [ 15, %58 ]
  %8 = phi ptr [ @files, %3 ], [ getelementptr inbounds (i8, ptr @files, i32 552), %16 ], [ getelementptr inbounds (i8, ptr @files, i32 1104), %19 ], [ getelementptr inbounds (i8, ptr @files, i32 1656), %22 ], [ getelementptr inbounds (i8, ptr @files, i32 2208), %25 ], [ getelementptr inbounds (i8, ptr @files, i32 2760), %28 ], [ getelementptr inbounds (i8, ptr @files, i32 3312), %31 ], [ getelementptr inbounds (i8, ptr @files, i32 3864), %34 ], [ getelementptr inbounds (i8, ptr @files, i32 4416), %37 ], [ getelementptr inbounds (i8, ptr @files, i32 4968), %40 ], [ getelementptr inbounds (i8, ptr @files, i32 5520), %43 ], [ getelementptr inbounds (i8, ptr @files, i32 6072), %46 ], [ getelementptr inbounds (i8, ptr @files, i32 6624), %49 ], [ getelementptr inbounds (i8, ptr @files, i32 7176), %52 ], [ getelementptr inbounds (i8, ptr @files, i32 7728), %55 ], [ getelementptr inbounds (i8, ptr @files, i32 8280), %58 ]
  store i32 1, ptr %8, align 4, !tbaa !10
  %9 = getelementptr inbounds i8, ptr %8, i32 4
  store i32 1, ptr %9, align 4, !tbaa !15
  %10 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 %1, ptr %10, align 4, !tbaa !16
  %11 = and i16 %2, 511
  %12 = getelementptr inbounds i8, ptr %8, i32 12
  store i16 %11, ptr %12, align 4, !tbaa !17
  %13 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 0, ptr %13, align 4, !tbaa !18
  %14 = getelementptr inbounds i8, ptr %8, i32 24
  %15 = tail call i32 @strlcpy(ptr noundef nonnull %14, ptr noundef %0, i32 noundef 15) #14
  br label %61

16:                                               ; preds = %3
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 552), align 4, !tbaa !10
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %6, label %19

19:                                               ; preds = %16
  %20 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1104), align 4, !tbaa !10
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %6, label %22

22:                                               ; preds = %19
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1656), align 4, !tbaa !10
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %6, label %25

25:                                               ; preds = %22
  %26 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2208), align 4, !tbaa !10
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %6, label %28

28:                                               ; preds = %25
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2760), align 4, !tbaa !10
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %6, label %31

31:                                               ; preds = %28
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3312), align 4, !tbaa !10
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %6, label %34

34:                                               ; preds = %31
  %35 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3864), align 4, !tbaa !10
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %6, label %37

37:                                               ; preds = %34
  %38 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4416), align 4, !tbaa !10
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %6, label %40

40:                                               ; preds = %37
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4968), align 4, !tbaa !10
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %6, label %43

43:                                               ; preds = %40
  %44 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 5520), align 4, !tbaa !10
  %45 = icmp eq i32 %44, 0
  br i1 %45, label %6, label %46

46:                                               ; preds = %43
  %47 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6072), align 4, !tbaa !10
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %6, label %49

49:                                               ; preds = %46
  %50 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6624), align 4, !tbaa !10
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %6, label %52

52:                                               ; preds = %49
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7176), align 4, !tbaa !10
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %6, label %55

55:                                               ; preds = %52
  %56 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7728), align 4, !tbaa !10
  %57 = icmp eq i32 %56, 0
  br i1 %57, label %6, label %58

58:                                               ; preds = %55
  %59 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 8280), align 4, !tbaa !10
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %6, label %61

61:                                               ; preds = %58, %6
  %62 = phi i32 [ %7, %6 ], [ -28, %58 ]
  ret i32 %62
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i32 0, 2) i32 @may_access(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #3 {
  %4 = icmp eq i32 %1, 0
  br i1 %4, label %20, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i32 8
  %7 = load i32, ptr %6, align 4, !tbaa !16
  %8 = icmp eq i32 %7, %1
  %9 = getelementptr inbounds i8, ptr %0, i32 12
  %10 = load i16, ptr %9, align 4, !tbaa !17
  br i1 %8, label %11, label %16

11:                                               ; preds = %5
  %12 = lshr i16 %10, 6
  %13 = zext nneg i16 %12 to i32
  %14 = and i32 %13, %2
  %15 = icmp eq i32 %14, %2
  br label %20

16:                                               ; preds = %5
  %17 = zext i16 %10 to i32
  %18 = and i32 %17, %2
  %19 = icmp eq i32 %18, %2
  br label %20

20:                                               ; preds = %16, %11, %3
  %21 = phi i1 [ %15, %11 ], [ %19, %16 ], [ true, %3 ]
  %22 = zext i1 %21 to i32
  ret i32 %22
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i32 @sync_files() local_unnamed_addr #4 {
  br label %1

1:                                                ; preds = %25, %0
  %2 = phi i32 [ 0, %0 ], [ %26, %25 ]
  %3 = phi i32 [ 0, %0 ], [ %27, %25 ]
  %4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !10
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %4, i32 4
  %9 = load i32, ptr %8, align 4, !tbaa !15
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %13, label %11

11:                                               ; preds = %7
  store i32 0, ptr %8, align 4, !tbaa !15
  %12 = add nsw i32 %2, 1
  br label %13

13:                                               ; preds = %11, %7, %1
  %14 = phi i32 [ %12, %11 ], [ %2, %7 ], [ %2, %1 ]
  %15 = or disjoint i32 %3, 1
  %16 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %15
  %17 = load i32, ptr %16, align 4, !tbaa !10
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %25, label %19

19:                                               ; preds = %13
  %20 = getelementptr inbounds i8, ptr %16, i32 4
  %21 = load i32, ptr %20, align 4, !tbaa !15
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %25, label %23

23:                                               ; preds = %19
  store i32 0, ptr %20, align 4, !tbaa !15
  %24 = add nsw i32 %14, 1
  br label %25

25:                                               ; preds = %23, %19, %13
  %26 = phi i32 [ %24, %23 ], [ %14, %19 ], [ %14, %13 ]
  %27 = add nuw nsw i32 %3, 2
  %28 = icmp eq i32 %27, 16
  br i1 %28, label %29, label %1, !llvm.loop !19

29:                                               ; preds = %25
  ret i32 %26
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local noundef nonnull ptr @get_fdtable(i32 noundef %0, i32 noundef %1) local_unnamed_addr #5 {
  %3 = getelementptr inbounds [32 x %struct.fdtable_entry], ptr @fdtable, i32 0, i32 %0
  %4 = load i32, ptr %3, align 4, !tbaa !20
  %5 = icmp eq i32 %4, %1
  br i1 %5, label %16, label %6

6:                                                ; preds = %2
  store i32 %1, ptr %3, align 4, !tbaa !20
  %7 = getelementptr inbounds i8, ptr %3, i32 4
  store i16 18, ptr %7, align 4, !tbaa !22
  %8 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 0, ptr %8, align 4, !tbaa !23
  %9 = getelementptr inbounds i8, ptr %3, i32 24
  store i32 0, ptr %9, align 4, !tbaa !23
  %10 = getelementptr inbounds i8, ptr %3, i32 40
  store i32 0, ptr %10, align 4, !tbaa !23
  %11 = getelementptr inbounds i8, ptr %3, i32 56
  store i32 0, ptr %11, align 4, !tbaa !23
  %12 = getelementptr inbounds i8, ptr %3, i32 72
  store i32 0, ptr %12, align 4, !tbaa !23
  %13 = getelementptr inbounds i8, ptr %3, i32 88
  store i32 0, ptr %13, align 4, !tbaa !23
  %14 = getelementptr inbounds i8, ptr %3, i32 104
  store i32 0, ptr %14, align 4, !tbaa !23
  %15 = getelementptr inbounds i8, ptr %3, i32 120
  store i32 0, ptr %15, align 4, !tbaa !23
  br label %16

16:                                               ; preds = %6, %2
  ret ptr %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local ptr @get_filedesc(ptr noundef readonly %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp ugt i32 %1, 7
  br i1 %3, label %10, label %4

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds [8 x %struct.filedesc], ptr %5, i32 0, i32 %1
  %7 = load i32, ptr %6, align 4, !tbaa !23
  %8 = icmp eq i32 %7, 0
  %9 = select i1 %8, ptr null, ptr %6
  br label %10

10:                                               ; preds = %4, %2
  %11 = phi ptr [ null, %2 ], [ %9, %4 ]
  ret ptr %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i32 @get_free_fd(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load i32, ptr %2, align 4, !tbaa !23
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %34, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i32 24
  %7 = load i32, ptr %6, align 4, !tbaa !23
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %34, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %0, i32 40
  %11 = load i32, ptr %10, align 4, !tbaa !23
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %34, label %13

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i32 56
  %15 = load i32, ptr %14, align 4, !tbaa !23
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %34, label %17

17:                                               ; preds = %13
  %18 = getelementptr inbounds i8, ptr %0, i32 72
  %19 = load i32, ptr %18, align 4, !tbaa !23
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %34, label %21

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, ptr %0, i32 88
  %23 = load i32, ptr %22, align 4, !tbaa !23
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %34, label %25

25:                                               ; preds = %21
  %26 = getelementptr inbounds i8, ptr %0, i32 104
  %27 = load i32, ptr %26, align 4, !tbaa !23
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %34, label %29

29:                                               ; preds = %25
  %30 = getelementptr inbounds i8, ptr %0, i32 120
  %31 = load i32, ptr %30, align 4, !tbaa !23
  %32 = icmp eq i32 %31, 0
  %33 = select i1 %32, i32 7, i32 -1
  br label %34

34:                                               ; preds = %29, %25, %21, %17, %13, %9, %5, %1
  %35 = phi i32 [ 0, %1 ], [ 1, %5 ], [ 2, %9 ], [ 3, %13 ], [ 4, %17 ], [ 5, %21 ], [ 6, %25 ], [ %33, %29 ]
  ret i32 %35
}

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #13
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #13
  store i32 0, ptr @fproc, align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 16), align 4, !tbaa !27
  store i32 1, ptr getelementptr inbounds (i8, ptr @fproc, i32 20), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 36), align 4, !tbaa !27
  store i32 2, ptr getelementptr inbounds (i8, ptr @fproc, i32 40), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 56), align 4, !tbaa !27
  store i32 3, ptr getelementptr inbounds (i8, ptr @fproc, i32 60), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 76), align 4, !tbaa !27
  store i32 4, ptr getelementptr inbounds (i8, ptr @fproc, i32 80), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 96), align 4, !tbaa !27
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 116), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 120), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 136), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 140), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 156), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 160), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 176), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 180), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 196), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 200), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 216), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 220), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 236), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 240), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 256), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 260), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 276), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 280), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 296), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 300), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 316), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 320), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 336), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 340), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 356), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 360), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 376), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 380), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 396), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 400), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 416), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 420), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 436), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 440), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 456), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 460), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 476), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 480), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 496), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 500), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 516), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 520), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 536), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 540), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 556), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 560), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 576), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 580), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 596), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 600), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 616), align 4, !tbaa !27
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 620), align 4, !tbaa !25
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 636), align 4, !tbaa !27
  store i32 37, ptr getelementptr inbounds (i8, ptr @fproc, i32 100), align 4, !tbaa !25
  store i32 1, ptr getelementptr inbounds (i8, ptr @fproc, i32 108), align 4, !tbaa !28
  %3 = tail call i32 @create_file(ptr noundef nonnull @.str.1, i32 noundef 0, i16 noundef zeroext 493) #14
  %4 = icmp sgt i32 %3, -1
  br i1 %4, label %5, label %7

5:                                                ; preds = %0
  %6 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, i32 4
  store i32 64, ptr %6, align 4, !tbaa !18
  br label %7

7:                                                ; preds = %5, %0
  %8 = tail call i32 @create_file(ptr noundef nonnull @.str.2, i32 noundef 0, i16 noundef zeroext 420) #14
  %9 = icmp sgt i32 %8, -1
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %8
  %12 = getelementptr inbounds i8, ptr %11, i32 39
  %13 = tail call i32 @strlcpy(ptr noundef nonnull %12, ptr noundef nonnull @.str.3, i32 noundef 512) #14
  %14 = getelementptr inbounds i8, ptr %11, i32 16
  store i32 %13, ptr %14, align 4, !tbaa !18
  br label %15

15:                                               ; preds = %10, %7
  %16 = tail call i32 @create_file(ptr noundef nonnull @.str.4, i32 noundef 0, i16 noundef zeroext 438) #14
  %17 = icmp sgt i32 %16, -1
  br i1 %17, label %18, label %20

18:                                               ; preds = %15
  %19 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %16, i32 5
  store i32 1, ptr %19, align 4, !tbaa !29
  br label %20

20:                                               ; preds = %18, %15
  tail call void @worker_yield() #14
  %21 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #14
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %24, label %23

23:                                               ; preds = %28, %20
  call void @panic(ptr noundef nonnull @.str) #15
  unreachable

24:                                               ; preds = %28, %20
  %25 = load i32, ptr %1, align 4, !tbaa !30
  %26 = icmp eq i32 %25, 6
  br i1 %26, label %27, label %31

27:                                               ; preds = %24
  call void @cdev_reply(ptr noundef nonnull %1) #14
  br label %28

28:                                               ; preds = %41, %36, %31, %27
  call void @worker_yield() #14
  %29 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #14
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %24, label %23

31:                                               ; preds = %24
  %32 = and i32 %25, 31
  %33 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %32
  %34 = load i32, ptr %33, align 4, !tbaa !25
  %35 = icmp eq i32 %34, %25
  br i1 %35, label %36, label %28

36:                                               ; preds = %31
  %37 = icmp eq i32 %25, 0
  %38 = select i1 %37, ptr @service_pm, ptr @do_work
  %39 = call i32 @worker_start(ptr noundef nonnull %33, ptr noundef nonnull %38, ptr noundef nonnull %1) #14
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %28, label %41

41:                                               ; preds = %36
  %42 = load i32, ptr %1, align 4, !tbaa !30
  call void @reply(ptr noundef nonnull %1, i32 noundef %42, i32 noundef -11) #14
  br label %28
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #7

; Function Attrs: nounwind
define internal void @service_pm() #0 {
  %1 = load ptr, ptr @self, align 4, !tbaa !31
  %2 = getelementptr inbounds i8, ptr %1, i32 24
  %3 = getelementptr inbounds i8, ptr %1, i32 28
  %4 = load i32, ptr %3, align 4, !tbaa !4
  switch i32 %4, label %18 [
    i32 528, label %5
    i32 529, label %7
    i32 530, label %9
    i32 531, label %11
    i32 1537, label %13
  ]

5:                                                ; preds = %0
  %6 = tail call i32 @do_pm_fork(ptr noundef nonnull %2) #14
  br label %15

7:                                                ; preds = %0
  %8 = tail call i32 @do_pm_exit(ptr noundef nonnull %2) #14
  br label %15

9:                                                ; preds = %0
  %10 = tail call i32 @do_pm_exec(ptr noundef nonnull %2) #14
  br label %15

11:                                               ; preds = %0
  %12 = tail call i32 @do_pm_setuid(ptr noundef nonnull %2) #14
  br label %15

13:                                               ; preds = %0
  %14 = tail call i32 @do_shutdown(ptr noundef nonnull %2) #14
  br label %15

15:                                               ; preds = %13, %11, %9, %7, %5
  %16 = phi i32 [ %14, %13 ], [ %12, %11 ], [ %10, %9 ], [ %8, %7 ], [ %6, %5 ]
  %17 = icmp eq i32 %16, -201
  br i1 %17, label %22, label %18

18:                                               ; preds = %15, %0
  %19 = phi i32 [ %16, %15 ], [ -38, %0 ]
  %20 = load ptr, ptr @fp, align 4, !tbaa !31
  %21 = load i32, ptr %20, align 4, !tbaa !25
  tail call void @reply(ptr noundef nonnull %2, i32 noundef %21, i32 noundef %19) #14
  br label %22

22:                                               ; preds = %18, %15
  ret void
}

; Function Attrs: nounwind
define internal void @do_work() #0 {
  %1 = load ptr, ptr @self, align 4, !tbaa !31
  %2 = getelementptr inbounds i8, ptr %1, i32 24
  %3 = load i32, ptr %2, align 4, !tbaa !30
  %4 = and i32 %3, 31
  %5 = getelementptr inbounds i8, ptr %1, i32 28
  %6 = load i32, ptr %5, align 4, !tbaa !4
  switch i32 %6, label %11 [
    i32 1536, label %7
    i32 1537, label %9
  ]

7:                                                ; preds = %0
  %8 = tail call i32 @do_getstatus(ptr noundef nonnull %2) #14
  br label %23

9:                                                ; preds = %0
  %10 = tail call i32 @do_shutdown(ptr noundef nonnull %2) #14
  br label %23

11:                                               ; preds = %0
  %12 = and i32 %6, -256
  %13 = icmp eq i32 %12, 512
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = add nsw i32 %6, -512
  %16 = icmp ult i32 %15, 33
  br i1 %16, label %17, label %26

17:                                               ; preds = %14
  %18 = getelementptr inbounds [33 x ptr], ptr @call_vec, i32 0, i32 %15
  %19 = load ptr, ptr %18, align 4, !tbaa !31
  %20 = icmp eq ptr %19, null
  br i1 %20, label %26, label %21

21:                                               ; preds = %17
  %22 = tail call i32 %19(i32 noundef %4, ptr noundef nonnull %2) #14
  br label %23

23:                                               ; preds = %21, %9, %7
  %24 = phi i32 [ %8, %7 ], [ %10, %9 ], [ %22, %21 ]
  switch i32 %24, label %26 [
    i32 -998, label %25
    i32 -201, label %30
  ]

25:                                               ; preds = %23
  tail call void @worker_wait(ptr noundef nonnull @do_work_done) #14
  br label %30

26:                                               ; preds = %23, %17, %14, %11
  %27 = phi i32 [ %24, %23 ], [ -38, %17 ], [ -38, %14 ], [ -38, %11 ]
  %28 = load ptr, ptr @fp, align 4, !tbaa !31
  %29 = load i32, ptr %28, align 4, !tbaa !25
  tail call void @reply(ptr noundef nonnull %2, i32 noundef %29, i32 noundef %27) #14
  br label %30

30:                                               ; preds = %26, %25, %23
  ret void
}

; Function Attrs: nounwind
define internal void @do_work_done() #0 {
  %1 = load ptr, ptr @self, align 4, !tbaa !31
  %2 = getelementptr inbounds i8, ptr %1, i32 24
  %3 = load ptr, ptr @fp, align 4, !tbaa !31
  %4 = load i32, ptr %3, align 4, !tbaa !25
  %5 = getelementptr inbounds i8, ptr %1, i32 16
  %6 = load i32, ptr %5, align 4, !tbaa !33
  tail call void @reply(ptr noundef nonnull %2, i32 noundef %4, i32 noundef %6) #14
  ret void
}

; Function Attrs: nounwind
define dso_local range(i32 0, 65536) i32 @do_umask(i32 noundef %0, ptr nocapture noundef readonly %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !30
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #14
  %5 = getelementptr inbounds i8, ptr %4, i32 4
  %6 = load i16, ptr %5, align 4, !tbaa !22
  %7 = getelementptr inbounds i8, ptr %1, i32 8
  %8 = load i16, ptr %7, align 4, !tbaa !9
  %9 = and i16 %8, 511
  store i16 %9, ptr %5, align 4, !tbaa !22
  %10 = zext i16 %6 to i32
  ret i32 %10
}

; Function Attrs: nounwind
define dso_local i32 @do_sync(i32 noundef %0, ptr nocapture noundef readnone %1) #0 {
  %3 = tail call i32 @sync_files() #14
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local range(i32 -1, 1) i32 @do_shutdown(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = load i32, ptr %0, align 4, !tbaa !30
  switch i32 %2, label %5 [
    i32 0, label %3
    i32 4, label %3
  ]

3:                                                ; preds = %1, %1
  %4 = tail call i32 @sync_files() #14
  store i32 1, ptr @vfs_shutting_down, align 4, !tbaa !35
  br label %5

5:                                                ; preds = %3, %1
  %6 = phi i32 [ 0, %3 ], [ -1, %1 ]
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus(ptr nocapture noundef readnone %0) local_unnamed_addr #8 {
  %2 = load i32, ptr @files, align 4, !tbaa !10
  %3 = icmp ne i32 %2, 0
  %4 = zext i1 %3 to i32
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 552), align 4, !tbaa !10
  %6 = icmp ne i32 %5, 0
  %7 = zext i1 %6 to i32
  %8 = add nuw nsw i32 %4, %7
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1104), align 4, !tbaa !10
  %10 = icmp ne i32 %9, 0
  %11 = zext i1 %10 to i32
  %12 = add nuw nsw i32 %8, %11
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1656), align 4, !tbaa !10
  %14 = icmp ne i32 %13, 0
  %15 = zext i1 %14 to i32
  %16 = add nuw nsw i32 %12, %15
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2208), align 4, !tbaa !10
  %18 = icmp ne i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = add nuw nsw i32 %16, %19
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2760), align 4, !tbaa !10
  %22 = icmp ne i32 %21, 0
  %23 = zext i1 %22 to i32
  %24 = add nuw nsw i32 %20, %23
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3312), align 4, !tbaa !10
  %26 = icmp ne i32 %25, 0
  %27 = zext i1 %26 to i32
  %28 = add nuw nsw i32 %24, %27
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3864), align 4, !tbaa !10
  %30 = icmp ne i32 %29, 0
  %31 = zext i1 %30 to i32
  %32 = add nuw nsw i32 %28, %31
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4416), align 4, !tbaa !10
  %34 = icmp ne i32 %33, 0
  %35 = zext i1 %34 to i32
  %36 = add nuw nsw i32 %32, %35
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4968), align 4, !tbaa !10
  %38 = icmp ne i32 %37, 0
  %39 = zext i1 %38 to i32
  %40 = add nuw nsw i32 %36, %39
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 5520), align 4, !tbaa !10
  %42 = icmp ne i32 %41, 0
  %43 = zext i1 %42 to i32
  %44 = add nuw nsw i32 %40, %43
  %45 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6072), align 4, !tbaa !10
  %46 = icmp ne i32 %45, 0
  %47 = zext i1 %46 to i32
  %48 = add nuw nsw i32 %44, %47
  %49 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6624), align 4, !tbaa !10
  %50 = icmp ne i32 %49, 0
  %51 = zext i1 %50 to i32
  %52 = add nuw nsw i32 %48, %51
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7176), align 4, !tbaa !10
  %54 = icmp ne i32 %53, 0
  %55 = zext i1 %54 to i32
  %56 = add nuw nsw i32 %52, %55
  %57 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7728), align 4, !tbaa !10
  %58 = icmp ne i32 %57, 0
  %59 = zext i1 %58 to i32
  %60 = add nuw nsw i32 %56, %59
  %61 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 8280), align 4, !tbaa !10
  %62 = icmp ne i32 %61, 0
  %63 = zext i1 %62 to i32
  %64 = add nuw nsw i32 %60, %63
  ret i32 %64
}

; Function Attrs: nounwind
define dso_local i32 @do_open(i32 noundef %0, ptr nocapture noundef readonly %1) #0 {
  %3 = alloca [15 x i8], align 1
  %4 = load i32, ptr %1, align 4, !tbaa !30
  %5 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %4) #14
  %6 = getelementptr inbounds i8, ptr %1, i32 8
  %7 = getelementptr inbounds i8, ptr %1, i32 16
  %8 = load i32, ptr %7, align 4, !tbaa !9
  %9 = getelementptr inbounds i8, ptr %1, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !9
  %11 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %0, i32 3
  %12 = load i32, ptr %11, align 4, !tbaa !36
  call void @llvm.lifetime.start.p0(i64 15, ptr nonnull %3) #13
  %13 = load i32, ptr @vfs_shutting_down, align 4, !tbaa !35
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %71

15:                                               ; preds = %2
  %16 = add i32 %10, -15
  %17 = icmp ult i32 %16, -14
  br i1 %17, label %71, label %18

18:                                               ; preds = %15
  %19 = load i32, ptr %1, align 4, !tbaa !30
  %20 = load i32, ptr %6, align 4, !tbaa !9
  %21 = ptrtoint ptr %3 to i32
  %22 = call i32 @sys_datacopy(i32 noundef %19, i32 noundef %20, i32 noundef 32256, i32 noundef %21, i32 noundef %10) #14
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %71

24:                                               ; preds = %18
  %25 = getelementptr inbounds [15 x i8], ptr %3, i32 0, i32 %10
  store i8 0, ptr %25, align 1, !tbaa !9
  %26 = call i32 @get_free_fd(ptr noundef %5) #14
  %27 = icmp slt i32 %26, 0
  br i1 %27, label %71, label %28

28:                                               ; preds = %24
  %29 = call i32 @find_file(ptr noundef nonnull %3) #14
  %30 = icmp slt i32 %29, 0
  br i1 %30, label %31, label %45

31:                                               ; preds = %28
  %32 = and i32 %8, 64
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %71, label %34

34:                                               ; preds = %31
  %35 = getelementptr inbounds i8, ptr %1, i32 20
  %36 = load i16, ptr %35, align 4, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %5, i32 4
  %38 = load i16, ptr %37, align 4, !tbaa !22
  %39 = xor i16 %38, -1
  %40 = and i16 %36, %39
  %41 = call i32 @create_file(ptr noundef nonnull %3, i32 noundef %12, i16 noundef zeroext %40) #14
  %42 = icmp slt i32 %41, 0
  br i1 %42, label %71, label %43

43:                                               ; preds = %34
  %44 = and i32 %8, 3
  br label %54

45:                                               ; preds = %28
  %46 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %29
  %47 = and i32 %8, 3
  %48 = icmp eq i32 %47, 1
  %49 = select i1 %48, i32 2, i32 6
  %50 = icmp eq i32 %47, 0
  %51 = select i1 %50, i32 4, i32 %49
  %52 = call i32 @may_access(ptr noundef nonnull %46, i32 noundef %12, i32 noundef %51) #14
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %71, label %54

54:                                               ; preds = %45, %43
  %55 = phi i32 [ %44, %43 ], [ %47, %45 ]
  %56 = phi i32 [ %41, %43 ], [ %29, %45 ]
  %57 = and i32 %8, 512
  %58 = icmp eq i32 %57, 0
  %59 = icmp eq i32 %55, 0
  %60 = or i1 %58, %59
  br i1 %60, label %65, label %61

61:                                               ; preds = %54
  %62 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %56
  %63 = getelementptr inbounds i8, ptr %62, i32 16
  store i32 0, ptr %63, align 4, !tbaa !18
  %64 = getelementptr inbounds i8, ptr %62, i32 4
  store i32 1, ptr %64, align 4, !tbaa !15
  br label %65

65:                                               ; preds = %61, %54
  %66 = getelementptr inbounds i8, ptr %5, i32 8
  %67 = getelementptr inbounds [8 x %struct.filedesc], ptr %66, i32 0, i32 %26
  store i32 1, ptr %67, align 4, !tbaa !23
  %68 = getelementptr inbounds i8, ptr %67, i32 4
  store i32 %56, ptr %68, align 4, !tbaa !37
  %69 = getelementptr inbounds i8, ptr %67, i32 8
  store i32 0, ptr %69, align 4, !tbaa !38
  %70 = getelementptr inbounds i8, ptr %67, i32 12
  store i32 %55, ptr %70, align 4, !tbaa !39
  br label %71

71:                                               ; preds = %65, %45, %34, %31, %24, %18, %15, %2
  %72 = phi i32 [ %26, %65 ], [ -16, %2 ], [ -36, %15 ], [ %22, %18 ], [ -24, %24 ], [ -2, %31 ], [ %41, %34 ], [ -13, %45 ]
  call void @llvm.lifetime.end.p0(i64 15, ptr nonnull %3) #13
  ret i32 %72
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local range(i32 -9, 1) i32 @do_close(i32 noundef %0, ptr nocapture noundef readonly %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !30
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #14
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #14
  %8 = icmp eq ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %2
  store i32 0, ptr %7, align 4, !tbaa !23
  br label %10

10:                                               ; preds = %9, %2
  %11 = phi i32 [ 0, %9 ], [ -9, %2 ]
  ret i32 %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_fork(ptr nocapture noundef readonly %0) local_unnamed_addr #9 {
  %2 = load i32, ptr %0, align 4, !tbaa !30
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %22

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = and i32 %6, 31
  %8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7
  store i32 %6, ptr %8, align 4, !tbaa !25
  %9 = getelementptr inbounds i8, ptr %0, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !9
  %11 = getelementptr inbounds i8, ptr %8, i32 4
  store i32 %10, ptr %11, align 4, !tbaa !40
  %12 = getelementptr inbounds i8, ptr %0, i32 16
  %13 = load i32, ptr %12, align 4, !tbaa !9
  %14 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 %13, ptr %14, align 4, !tbaa !28
  %15 = getelementptr inbounds i8, ptr %0, i32 20
  %16 = load i32, ptr %15, align 4, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %8, i32 12
  store i32 %16, ptr %17, align 4, !tbaa !36
  %18 = and i32 %10, 31
  %19 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %18, i32 4
  %20 = load i32, ptr %19, align 4, !tbaa !27
  %21 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 %20, ptr %21, align 4, !tbaa !27
  br label %22

22:                                               ; preds = %4, %1
  %23 = phi i32 [ -201, %4 ], [ -1, %1 ]
  ret i32 %23
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_exit(ptr nocapture noundef readonly %0) local_unnamed_addr #10 {
  %2 = load i32, ptr %0, align 4, !tbaa !30
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = and i32 %6, 31
  %8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7
  store i32 27648, ptr %8, align 4, !tbaa !25
  %9 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 0, ptr %9, align 4, !tbaa !28
  %10 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 -1, ptr %10, align 4, !tbaa !27
  br label %11

11:                                               ; preds = %4, %1
  %12 = phi i32 [ -201, %4 ], [ -1, %1 ]
  ret i32 %12
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_setuid(ptr nocapture noundef readonly %0) local_unnamed_addr #10 {
  %2 = load i32, ptr %0, align 4, !tbaa !30
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds i8, ptr %0, i32 20
  %7 = load i32, ptr %6, align 4, !tbaa !9
  %8 = load i32, ptr %5, align 4, !tbaa !9
  %9 = and i32 %8, 31
  %10 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %9, i32 3
  store i32 %7, ptr %10, align 4, !tbaa !36
  br label %11

11:                                               ; preds = %4, %1
  %12 = phi i32 [ -201, %4 ], [ -1, %1 ]
  ret i32 %12
}

; Function Attrs: nounwind
define dso_local i32 @do_pm_exec(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = alloca [15 x i8], align 1
  %3 = alloca i32, align 4
  %4 = getelementptr inbounds i8, ptr %0, i32 8
  %5 = load i32, ptr %4, align 4, !tbaa !9
  %6 = getelementptr inbounds i8, ptr %0, i32 16
  %7 = load i32, ptr %6, align 4, !tbaa !9
  %8 = and i32 %5, 31
  %9 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %8
  call void @llvm.lifetime.start.p0(i64 15, ptr nonnull %2) #13
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #13
  %10 = load i32, ptr %0, align 4, !tbaa !30
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %45

12:                                               ; preds = %1
  %13 = add i32 %7, -15
  %14 = icmp ult i32 %13, -14
  br i1 %14, label %45, label %15

15:                                               ; preds = %12
  %16 = getelementptr inbounds i8, ptr %0, i32 12
  %17 = load i32, ptr %16, align 4, !tbaa !9
  %18 = ptrtoint ptr %2 to i32
  %19 = call i32 @sys_datacopy(i32 noundef %5, i32 noundef %17, i32 noundef 32256, i32 noundef %18, i32 noundef %7) #14
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %45

21:                                               ; preds = %15
  %22 = getelementptr inbounds [15 x i8], ptr %2, i32 0, i32 %7
  store i8 0, ptr %22, align 1, !tbaa !9
  %23 = call i32 @find_file(ptr noundef nonnull %2) #14
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %45, label %25

25:                                               ; preds = %21
  %26 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %23
  %27 = getelementptr inbounds i8, ptr %9, i32 12
  %28 = load i32, ptr %27, align 4, !tbaa !36
  %29 = call i32 @may_access(ptr noundef nonnull %26, i32 noundef %28, i32 noundef 1) #14
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %45, label %31

31:                                               ; preds = %25
  %32 = getelementptr inbounds i8, ptr %26, i32 16
  %33 = load i32, ptr %32, align 4, !tbaa !18
  %34 = call i32 @vm_exec_newmem(i32 noundef %5, i32 noundef %33, ptr noundef nonnull %3) #14
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %45

36:                                               ; preds = %31
  %37 = getelementptr inbounds i8, ptr %26, i32 39
  %38 = ptrtoint ptr %37 to i32
  %39 = load i32, ptr %3, align 4, !tbaa !35
  %40 = load i32, ptr %32, align 4, !tbaa !18
  %41 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %38, i32 noundef %5, i32 noundef %39, i32 noundef %40) #14
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %45

43:                                               ; preds = %36
  %44 = getelementptr inbounds i8, ptr %9, i32 16
  store i32 %23, ptr %44, align 4, !tbaa !27
  br label %45

45:                                               ; preds = %43, %36, %31, %25, %21, %15, %12, %1
  %46 = phi i32 [ 0, %43 ], [ -1, %1 ], [ -36, %12 ], [ %19, %15 ], [ -2, %21 ], [ -13, %25 ], [ %34, %31 ], [ %41, %36 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #13
  call void @llvm.lifetime.end.p0(i64 15, ptr nonnull %2) #13
  ret i32 %46
}

declare dso_local i32 @vm_exec_newmem(i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i32 @do_read(i32 noundef %0, ptr nocapture noundef readonly %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !30
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #14
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #14
  %8 = getelementptr inbounds i8, ptr %1, i32 16
  %9 = load i32, ptr %8, align 4, !tbaa !9
  %10 = icmp eq ptr %7, null
  br i1 %10, label %52, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %7, i32 12
  %13 = load i32, ptr %12, align 4, !tbaa !39
  %14 = icmp eq i32 %13, 1
  br i1 %14, label %52, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %7, i32 4
  %17 = load i32, ptr %16, align 4, !tbaa !37
  %18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %17
  %19 = getelementptr inbounds i8, ptr %18, i32 20
  %20 = load i32, ptr %19, align 4, !tbaa !29
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %28, label %22

22:                                               ; preds = %15
  %23 = add nsw i32 %20, -1
  %24 = load i32, ptr %1, align 4, !tbaa !30
  %25 = getelementptr inbounds i8, ptr %1, i32 12
  %26 = load i32, ptr %25, align 4, !tbaa !9
  %27 = tail call i32 @cdev_read(i32 noundef %23, i32 noundef %24, i32 noundef %26, i32 noundef %9) #14
  br label %52

28:                                               ; preds = %15
  %29 = getelementptr inbounds i8, ptr %7, i32 8
  %30 = load i32, ptr %29, align 4, !tbaa !38
  %31 = getelementptr inbounds i8, ptr %18, i32 16
  %32 = load i32, ptr %31, align 4, !tbaa !18
  %33 = icmp ult i32 %30, %32
  %34 = sub i32 %32, %30
  %35 = tail call i32 @llvm.umin.i32(i32 %9, i32 %34)
  %36 = select i1 %33, i32 %35, i32 0
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %49, label %38

38:                                               ; preds = %28
  %39 = getelementptr inbounds i8, ptr %18, i32 39
  %40 = getelementptr inbounds [512 x i8], ptr %39, i32 0, i32 %30
  %41 = ptrtoint ptr %40 to i32
  %42 = load i32, ptr %1, align 4, !tbaa !30
  %43 = getelementptr inbounds i8, ptr %1, i32 12
  %44 = load i32, ptr %43, align 4, !tbaa !9
  %45 = tail call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %41, i32 noundef %42, i32 noundef %44, i32 noundef %36) #14
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %52

47:                                               ; preds = %38
  %48 = load i32, ptr %29, align 4, !tbaa !38
  br label %49

49:                                               ; preds = %47, %28
  %50 = phi i32 [ %48, %47 ], [ %30, %28 ]
  %51 = add i32 %50, %36
  store i32 %51, ptr %29, align 4, !tbaa !38
  br label %52

52:                                               ; preds = %49, %38, %22, %11, %2
  %53 = phi i32 [ %27, %22 ], [ %36, %49 ], [ -9, %11 ], [ -9, %2 ], [ %45, %38 ]
  ret i32 %53
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #11

; Function Attrs: nounwind
define dso_local i32 @do_write(i32 noundef %0, ptr nocapture noundef readonly %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !30
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #14
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #14
  %8 = getelementptr inbounds i8, ptr %1, i32 16
  %9 = load i32, ptr %8, align 4, !tbaa !9
  %10 = icmp eq ptr %7, null
  br i1 %10, label %46, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %7, i32 12
  %13 = load i32, ptr %12, align 4, !tbaa !39
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %46, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %7, i32 4
  %17 = load i32, ptr %16, align 4, !tbaa !37
  %18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %17
  %19 = getelementptr inbounds i8, ptr %18, i32 20
  %20 = load i32, ptr %19, align 4, !tbaa !29
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %46

22:                                               ; preds = %15
  %23 = getelementptr inbounds i8, ptr %7, i32 8
  %24 = load i32, ptr %23, align 4, !tbaa !38
  %25 = icmp ugt i32 %24, 511
  br i1 %25, label %46, label %26

26:                                               ; preds = %22
  %27 = sub nuw nsw i32 512, %24
  %28 = tail call i32 @llvm.umin.i32(i32 %9, i32 %27)
  %29 = load i32, ptr %1, align 4, !tbaa !30
  %30 = getelementptr inbounds i8, ptr %1, i32 12
  %31 = load i32, ptr %30, align 4, !tbaa !9
  %32 = getelementptr inbounds i8, ptr %18, i32 39
  %33 = getelementptr inbounds [512 x i8], ptr %32, i32 0, i32 %24
  %34 = ptrtoint ptr %33 to i32
  %35 = tail call i32 @sys_datacopy(i32 noundef %29, i32 noundef %31, i32 noundef 32256, i32 noundef %34, i32 noundef %28) #14
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %46

37:                                               ; preds = %26
  %38 = load i32, ptr %23, align 4, !tbaa !38
  %39 = add i32 %38, %28
  store i32 %39, ptr %23, align 4, !tbaa !38
  %40 = getelementptr inbounds i8, ptr %18, i32 16
  %41 = load i32, ptr %40, align 4, !tbaa !18
  %42 = icmp ugt i32 %39, %41
  br i1 %42, label %43, label %44

43:                                               ; preds = %37
  store i32 %39, ptr %40, align 4, !tbaa !18
  br label %44

44:                                               ; preds = %43, %37
  %45 = getelementptr inbounds i8, ptr %18, i32 4
  store i32 1, ptr %45, align 4, !tbaa !15
  br label %46

46:                                               ; preds = %44, %26, %22, %15, %11, %2
  %47 = phi i32 [ %28, %44 ], [ -9, %11 ], [ -9, %2 ], [ -5, %15 ], [ -28, %22 ], [ %35, %26 ]
  ret i32 %47
}

; Function Attrs: nounwind
define dso_local range(i32 -22, 1) i32 @do_lseek(i32 noundef %0, ptr nocapture noundef %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !30
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #14
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #14
  %8 = icmp eq ptr %7, null
  br i1 %8, label %29, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i32 16
  %11 = load i32, ptr %10, align 4, !tbaa !9
  switch i32 %11, label %29 [
    i32 0, label %21
    i32 1, label %12
    i32 2, label %14
  ]

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %7, i32 8
  br label %18

14:                                               ; preds = %9
  %15 = getelementptr inbounds i8, ptr %7, i32 4
  %16 = load i32, ptr %15, align 4, !tbaa !37
  %17 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %16, i32 4
  br label %18

18:                                               ; preds = %14, %12
  %19 = phi ptr [ %17, %14 ], [ %13, %12 ]
  %20 = load i32, ptr %19, align 4, !tbaa !35
  br label %21

21:                                               ; preds = %18, %9
  %22 = phi i32 [ %11, %9 ], [ %20, %18 ]
  %23 = getelementptr inbounds i8, ptr %1, i32 12
  %24 = load i32, ptr %23, align 4, !tbaa !9
  %25 = add nsw i32 %24, %22
  %26 = icmp ugt i32 %25, 512
  br i1 %26, label %29, label %27

27:                                               ; preds = %21
  %28 = getelementptr inbounds i8, ptr %7, i32 8
  store i32 %25, ptr %28, align 4, !tbaa !38
  store i32 %25, ptr %23, align 4, !tbaa !9
  br label %29

29:                                               ; preds = %27, %21, %9, %2
  %30 = phi i32 [ 0, %27 ], [ -9, %2 ], [ -22, %9 ], [ -22, %21 ]
  ret i32 %30
}

; Function Attrs: nounwind
define dso_local void @reply(ptr noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %0, i32 4
  store i32 %2, ptr %4, align 4, !tbaa !4
  %5 = tail call i32 @ipc_sendnb(i32 noundef %1, ptr noundef %0) #14
  ret void
}

declare dso_local i32 @ipc_sendnb(i32 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i32 @worker_start(ptr noundef %0, ptr noundef %1, ptr nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 4), align 4, !tbaa !41
  %5 = icmp eq ptr %4, null
  br i1 %5, label %15, label %6

6:                                                ; preds = %3
  %7 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 92), align 4, !tbaa !41
  %8 = icmp eq ptr %7, null
  br i1 %8, label %15, label %9

9:                                                ; preds = %6
  %10 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 180), align 4, !tbaa !41
  %11 = icmp eq ptr %10, null
  br i1 %11, label %15, label %12

12:                                               ; preds = %9
  %13 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 268), align 4, !tbaa !41
  %14 = icmp eq ptr %13, null
  br i1 %14, label %15, label %22

15:                                               ; preds = %12, %9, %6, %3
  %16 = phi ptr [ @workers, %3 ], [ getelementptr inbounds (i8, ptr @workers, i32 88), %6 ], [ getelementptr inbounds (i8, ptr @workers, i32 176), %9 ], [ getelementptr inbounds (i8, ptr @workers, i32 264), %12 ]
  %17 = getelementptr inbounds i8, ptr %16, i32 4
  store ptr %1, ptr %17, align 4, !tbaa !41
  %18 = getelementptr inbounds i8, ptr %16, i32 20
  store ptr %0, ptr %18, align 4, !tbaa !42
  %19 = getelementptr inbounds i8, ptr %16, i32 24
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(64) %19, ptr noundef nonnull align 4 dereferenceable(64) %2, i32 64, i1 false), !tbaa.struct !43
  %20 = getelementptr inbounds i8, ptr %16, i32 12
  store i32 0, ptr %20, align 4, !tbaa !44
  %21 = tail call i32 @mthread_create(ptr noundef nonnull %16, ptr noundef nonnull @worker_main, ptr noundef nonnull %16) #14
  br label %22

22:                                               ; preds = %15, %12
  %23 = phi i32 [ %21, %15 ], [ -11, %12 ]
  ret i32 %23
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #12

; Function Attrs: nounwind
define internal void @worker_main(ptr noundef %0) #0 {
  %2 = getelementptr inbounds i8, ptr %0, i32 4
  %3 = load ptr, ptr %2, align 4, !tbaa !41
  store ptr %0, ptr @self, align 4, !tbaa !31
  %4 = getelementptr inbounds i8, ptr %0, i32 20
  %5 = load ptr, ptr %4, align 4, !tbaa !42
  store ptr %5, ptr @fp, align 4, !tbaa !31
  tail call void %3() #14
  %6 = getelementptr inbounds i8, ptr %0, i32 12
  %7 = load i32, ptr %6, align 4, !tbaa !44
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %1
  store ptr null, ptr %2, align 4, !tbaa !41
  br label %10

10:                                               ; preds = %9, %1
  ret void
}

declare dso_local i32 @mthread_create(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local void @worker_wait(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr @self, align 4, !tbaa !31
  %3 = getelementptr inbounds i8, ptr %2, i32 12
  store i32 1, ptr %3, align 4, !tbaa !44
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store ptr %0, ptr %4, align 4, !tbaa !45
  tail call void @mthread_block(ptr noundef nonnull @worker_resume, ptr noundef %2) #14
  ret void
}

; Function Attrs: nounwind
define internal void @worker_resume(ptr noundef %0) #0 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load ptr, ptr %2, align 4, !tbaa !45
  store ptr %0, ptr @self, align 4, !tbaa !31
  %4 = getelementptr inbounds i8, ptr %0, i32 20
  %5 = load ptr, ptr %4, align 4, !tbaa !42
  store ptr %5, ptr @fp, align 4, !tbaa !31
  tail call void %3() #14
  %6 = getelementptr inbounds i8, ptr %0, i32 12
  %7 = load i32, ptr %6, align 4, !tbaa !44
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %11

9:                                                ; preds = %1
  %10 = getelementptr inbounds i8, ptr %0, i32 4
  store ptr null, ptr %10, align 4, !tbaa !41
  br label %11

11:                                               ; preds = %9, %1
  ret void
}

declare dso_local void @mthread_block(ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local void @worker_wakeup(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @workers, i32 12), align 4, !tbaa !44
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %14, label %5

5:                                                ; preds = %2
  %6 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 20), align 4, !tbaa !42
  %7 = load i32, ptr %6, align 4, !tbaa !25
  %8 = icmp eq i32 %7, %0
  br i1 %8, label %9, label %14

9:                                                ; preds = %31, %24, %17, %5
  %10 = phi ptr [ @workers, %5 ], [ getelementptr inbounds (i8, ptr @workers, i32 88), %17 ], [ getelementptr inbounds (i8, ptr @workers, i32 176), %24 ], [ getelementptr inbounds (i8, ptr @workers, i32 264), %31 ]
  %11 = getelementptr inbounds i8, ptr %10, i32 12
  %12 = getelementptr inbounds i8, ptr %10, i32 16
  store i32 %1, ptr %12, align 4, !tbaa !33
  store i32 0, ptr %11, align 4, !tbaa !44
  %13 = load i32, ptr %10, align 4, !tbaa !46
  tail call void @mthread_wakeup(i32 noundef %13) #14
  br label %35

14:                                               ; preds = %5, %2
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @workers, i32 100), align 4, !tbaa !44
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %21, label %17

17:                                               ; preds = %14
  %18 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 108), align 4, !tbaa !42
  %19 = load i32, ptr %18, align 4, !tbaa !25
  %20 = icmp eq i32 %19, %0
  br i1 %20, label %9, label %21

21:                                               ; preds = %17, %14
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @workers, i32 188), align 4, !tbaa !44
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %28, label %24

24:                                               ; preds = %21
  %25 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 196), align 4, !tbaa !42
  %26 = load i32, ptr %25, align 4, !tbaa !25
  %27 = icmp eq i32 %26, %0
  br i1 %27, label %9, label %28

28:                                               ; preds = %24, %21
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @workers, i32 276), align 4, !tbaa !44
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %35, label %31

31:                                               ; preds = %28
  %32 = load ptr, ptr getelementptr inbounds (i8, ptr @workers, i32 284), align 4, !tbaa !42
  %33 = load i32, ptr %32, align 4, !tbaa !25
  %34 = icmp eq i32 %33, %0
  br i1 %34, label %9, label %35

35:                                               ; preds = %31, %28, %9
  ret void
}

declare dso_local void @mthread_wakeup(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local void @worker_yield() local_unnamed_addr #0 {
  tail call void @mthread_yield_all() #14
  ret void
}

declare dso_local void @mthread_yield_all() local_unnamed_addr #2

attributes #0 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { nounwind }
attributes #14 = { nobuiltin nounwind "no-builtins" }
attributes #15 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !6, i64 4}
!5 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!7, !7, i64 0}
!10 = !{!11, !6, i64 0}
!11 = !{!"vfile", !6, i64 0, !6, i64 4, !6, i64 8, !12, i64 12, !6, i64 16, !6, i64 20, !7, i64 24, !7, i64 39}
!12 = !{!"short", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!11, !6, i64 4}
!16 = !{!11, !6, i64 8}
!17 = !{!11, !12, i64 12}
!18 = !{!11, !6, i64 16}
!19 = distinct !{!19, !14}
!20 = !{!21, !6, i64 0}
!21 = !{!"fdtable_entry", !6, i64 0, !12, i64 4, !7, i64 8}
!22 = !{!21, !12, i64 4}
!23 = !{!24, !6, i64 0}
!24 = !{!"filedesc", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!25 = !{!26, !6, i64 0}
!26 = !{!"fproc", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16}
!27 = !{!26, !6, i64 16}
!28 = !{!26, !6, i64 8}
!29 = !{!11, !6, i64 20}
!30 = !{!5, !6, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"any pointer", !7, i64 0}
!33 = !{!34, !6, i64 16}
!34 = !{!"worker_thread", !6, i64 0, !32, i64 4, !32, i64 8, !6, i64 12, !6, i64 16, !32, i64 20, !5, i64 24}
!35 = !{!6, !6, i64 0}
!36 = !{!26, !6, i64 12}
!37 = !{!24, !6, i64 4}
!38 = !{!24, !6, i64 8}
!39 = !{!24, !6, i64 12}
!40 = !{!26, !6, i64 4}
!41 = !{!34, !32, i64 4}
!42 = !{!34, !32, i64 20}
!43 = !{i64 0, i64 4, !35, i64 4, i64 4, !35, i64 8, i64 56, !9}
!44 = !{!34, !6, i64 12}
!45 = !{!34, !32, i64 8}
!46 = !{!34, !6, i64 0}
