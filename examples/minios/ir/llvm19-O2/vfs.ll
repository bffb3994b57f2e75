; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.fdtable_entry = type { i32, i16, [8 x %struct.filedesc] }
%struct.filedesc = type { i32, i32, i32, i32 }
%struct.fproc = type { i32, i32, i32, i32, i32 }
%struct.vfile = type { i32, i32, i32, i16, i32, [15 x i8], [512 x i8] }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [20 x i8] c"vfs: receive failed\00", align 1
@fdtable = dso_local global [32 x %struct.fdtable_entry] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [3 x i8] c"sh\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"motd\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"welcome to minios\0A\00", align 1
@vfs_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@fproc = dso_local local_unnamed_addr global [32 x %struct.fproc] zeroinitializer, align 4
@files = dso_local global [16 x %struct.vfile] zeroinitializer, align 4

; Function Attrs: nounwind
define dso_local i32 @find_file(ptr noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %11, %1
  %3 = phi i32 [ 0, %1 ], [ %12, %11 ]
  %4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %11, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %4, i32 20
  %9 = tail call i32 @strncmp(ptr noundef nonnull %8, ptr noundef %0, i32 noundef 15) #12
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %7, %2
  %12 = add nuw nsw i32 %3, 1
  %13 = icmp eq i32 %12, 16
  br i1 %13, label %14, label %2, !llvm.loop !10

14:                                               ; preds = %11, %7
  %15 = phi i32 [ %3, %7 ], [ -1, %11 ]
  ret i32 %15
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local noundef i32 @create_file(ptr noundef %0, i32 noundef %1, i16 noundef zeroext %2) local_unnamed_addr #0 {
  %4 = load i32, ptr @files, align 4, !tbaa !4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %16

6:                                                ; preds = %58, %55, %52, %49, %46, %43, %40, %37, %34, %31, %28, %25, %22, %19, %16, %3
  %7 = phi i32 [ 0, %3 ], [ 1, %16 ], [ 2, %19 ], [ 3, %22 ], [ 4, %25 ], [ 5, %28 ], [ 6, %31 ], [ 7, %34 ], [ 8, %37 ], [ 9, %40 ], [ 10, %43 ], [ 11, %46 ], [ 12, %49 ], [ 13, %52 ], [ 14, %55 ], [ 15, %58 ]
  %8 = phi ptr [ @files, %3 ], [ getelementptr inbounds (i8, ptr @files, i32 548), %16 ], [ getelementptr inbounds (i8, ptr @files, i32 1096), %19 ], [ getelementptr inbounds (i8, ptr @files, i32 1644), %22 ], [ getelementptr inbounds (i8, ptr @files, i32 2192), %25 ], [ getelementptr inbounds (i8, ptr @files, i32 2740), %28 ], [ getelementptr inbounds (i8, ptr @files, i32 3288), %31 ], [ getelementptr inbounds (i8, ptr @files, i32 3836), %34 ], [ getelementptr inbounds (i8, ptr @files, i32 4384), %37 ], [ getelementptr inbounds (i8, ptr @files, i32 4932), %40 ], [ getelementptr inbounds (i8, ptr @files, i32 5480), %43 ], [ getelementptr inbounds (i8, ptr @files, i32 6028), %46 ], [ getelementptr inbounds (i8, ptr @files, i32 6576), %49 ], [ getelementptr inbounds (i8, ptr @files, i32 7124), %52 ], [ getelementptr inbounds (i8, ptr @files, i32 7672), %55 ], [ getelementptr inbounds (i8, ptr @files, i32 8220), %58 ]
  store i32 1, ptr %8, align 4, !tbaa !4
  %9 = getelementptr inbounds i8, ptr %8, i32 4
  store i32 1, ptr %9, align 4, !tbaa !12
  %10 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 %1, ptr %10, align 4, !tbaa !13
  %11 = and i16 %2, 511
  %12 = getelementptr inbounds i8, ptr %8, i32 12
  store i16 %11, ptr %12, align 4, !tbaa !14
  %13 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 0, ptr %13, align 4, !tbaa !15
  %14 = getelementptr inbounds i8, ptr %8, i32 20
  %15 = tail call i32 @strlcpy(ptr noundef nonnull %14, ptr noundef %0, i32 noundef 15) #12
  br label %61

16:                                               ; preds = %3
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 548), align 4, !tbaa !4
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %6, label %19

19:                                               ; preds = %16
  %20 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1096), align 4, !tbaa !4
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %6, label %22

22:                                               ; preds = %19
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1644), align 4, !tbaa !4
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %6, label %25

25:                                               ; preds = %22
  %26 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2192), align 4, !tbaa !4
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %6, label %28

28:                                               ; preds = %25
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2740), align 4, !tbaa !4
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %6, label %31

31:                                               ; preds = %28
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3288), align 4, !tbaa !4
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %6, label %34

34:                                               ; preds = %31
  %35 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3836), align 4, !tbaa !4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %6, label %37

37:                                               ; preds = %34
  %38 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4384), align 4, !tbaa !4
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %6, label %40

40:                                               ; preds = %37
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4932), align 4, !tbaa !4
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %6, label %43

43:                                               ; preds = %40
  %44 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 5480), align 4, !tbaa !4
  %45 = icmp eq i32 %44, 0
  br i1 %45, label %6, label %46

46:                                               ; preds = %43
  %47 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6028), align 4, !tbaa !4
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %6, label %49

49:                                               ; preds = %46
  %50 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6576), align 4, !tbaa !4
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %6, label %52

52:                                               ; preds = %49
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7124), align 4, !tbaa !4
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %6, label %55

55:                                               ; preds = %52
  %56 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7672), align 4, !tbaa !4
  %57 = icmp eq i32 %56, 0
  br i1 %57, label %6, label %58

58:                                               ; preds = %55
  %59 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 8220), align 4, !tbaa !4
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %6, label %61

61:                                               ; preds = %58, %6
  %62 = phi i32 [ %7, %6 ], [ -28, %58 ]
  ret i32 %62
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i32 0, 2) i32 @may_access(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = icmp eq i32 %1, 0
  br i1 %4, label %20, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i32 8
  %7 = load i32, ptr %6, align 4, !tbaa !13
  %8 = icmp eq i32 %7, %1
  %9 = getelementptr inbounds i8, ptr %0, i32 12
  %10 = load i16, ptr %9, align 4, !tbaa !14
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
define dso_local i32 @sync_files() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %25, %0
  %2 = phi i32 [ 0, %0 ], [ %26, %25 ]
  %3 = phi i32 [ 0, %0 ], [ %27, %25 ]
  %4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %4, i32 4
  %9 = load i32, ptr %8, align 4, !tbaa !12
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %13, label %11

11:                                               ; preds = %7
  store i32 0, ptr %8, align 4, !tbaa !12
  %12 = add nsw i32 %2, 1
  br label %13

13:                                               ; preds = %11, %7, %1
  %14 = phi i32 [ %12, %11 ], [ %2, %7 ], [ %2, %1 ]
  %15 = or disjoint i32 %3, 1
  %16 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %15
  %17 = load i32, ptr %16, align 4, !tbaa !4
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %25, label %19

19:                                               ; preds = %13
  %20 = getelementptr inbounds i8, ptr %16, i32 4
  %21 = load i32, ptr %20, align 4, !tbaa !12
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %25, label %23

23:                                               ; preds = %19
  store i32 0, ptr %20, align 4, !tbaa !12
  %24 = add nsw i32 %14, 1
  br label %25

25:                                               ; preds = %23, %19, %13
  %26 = phi i32 [ %24, %23 ], [ %14, %19 ], [ %14, %13 ]
  %27 = add nuw nsw i32 %3, 2
  %28 = icmp eq i32 %27, 16
  br i1 %28, label %29, label %1, !llvm.loop !16

29:                                               ; preds = %25
  ret i32 %26
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local noundef nonnull ptr @get_fdtable(i32 noundef %0, i32 noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds [32 x %struct.fdtable_entry], ptr @fdtable, i32 0, i32 %0
  %4 = load i32, ptr %3, align 4, !tbaa !17
  %5 = icmp eq i32 %4, %1
  br i1 %5, label %16, label %6

6:                                                ; preds = %2
  store i32 %1, ptr %3, align 4, !tbaa !17
  %7 = getelementptr inbounds i8, ptr %3, i32 4
  store i16 18, ptr %7, align 4, !tbaa !19
  %8 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 0, ptr %8, align 4, !tbaa !20
  %9 = getelementptr inbounds i8, ptr %3, i32 24
  store i32 0, ptr %9, align 4, !tbaa !20
  %10 = getelementptr inbounds i8, ptr %3, i32 40
  store i32 0, ptr %10, align 4, !tbaa !20
  %11 = getelementptr inbounds i8, ptr %3, i32 56
  store i32 0, ptr %11, align 4, !tbaa !20
  %12 = getelementptr inbounds i8, ptr %3, i32 72
  store i32 0, ptr %12, align 4, !tbaa !20
  %13 = getelementptr inbounds i8, ptr %3, i32 88
  store i32 0, ptr %13, align 4, !tbaa !20
  %14 = getelementptr inbounds i8, ptr %3, i32 104
  store i32 0, ptr %14, align 4, !tbaa !20
  %15 = getelementptr inbounds i8, ptr %3, i32 120
  store i32 0, ptr %15, align 4, !tbaa !20
  br label %16

16:                                               ; preds = %6, %2
  ret ptr %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local ptr @get_filedesc(ptr noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp ugt i32 %1, 7
  br i1 %3, label %10, label %4

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds [8 x %struct.filedesc], ptr %5, i32 0, i32 %1
  %7 = load i32, ptr %6, align 4, !tbaa !20
  %8 = icmp eq i32 %7, 0
  %9 = select i1 %8, ptr null, ptr %6
  br label %10

10:                                               ; preds = %4, %2
  %11 = phi ptr [ null, %2 ], [ %9, %4 ]
  ret ptr %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i32 @get_free_fd(ptr nocapture noundef readonly %0) local_unnamed_addr #2 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = load i32, ptr %2, align 4, !tbaa !20
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %34, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i32 24
  %7 = load i32, ptr %6, align 4, !tbaa !20
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %34, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %0, i32 40
  %11 = load i32, ptr %10, align 4, !tbaa !20
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %34, label %13

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i32 56
  %15 = load i32, ptr %14, align 4, !tbaa !20
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %34, label %17

17:                                               ; preds = %13
  %18 = getelementptr inbounds i8, ptr %0, i32 72
  %19 = load i32, ptr %18, align 4, !tbaa !20
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %34, label %21

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, ptr %0, i32 88
  %23 = load i32, ptr %22, align 4, !tbaa !20
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %34, label %25

25:                                               ; preds = %21
  %26 = getelementptr inbounds i8, ptr %0, i32 104
  %27 = load i32, ptr %26, align 4, !tbaa !20
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %34, label %29

29:                                               ; preds = %25
  %30 = getelementptr inbounds i8, ptr %0, i32 120
  %31 = load i32, ptr %30, align 4, !tbaa !20
  %32 = icmp eq i32 %31, 0
  %33 = select i1 %32, i32 7, i32 -1
  br label %34

34:                                               ; preds = %29, %25, %21, %17, %13, %9, %5, %1
  %35 = phi i32 [ 0, %1 ], [ 1, %5 ], [ 2, %9 ], [ 3, %13 ], [ 4, %17 ], [ 5, %21 ], [ 6, %25 ], [ %33, %29 ]
  ret i32 %35
}

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #13
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #13
  store i32 0, ptr @fproc, align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 16), align 4, !tbaa !24
  store i32 1, ptr getelementptr inbounds (i8, ptr @fproc, i32 20), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 36), align 4, !tbaa !24
  store i32 2, ptr getelementptr inbounds (i8, ptr @fproc, i32 40), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 56), align 4, !tbaa !24
  store i32 3, ptr getelementptr inbounds (i8, ptr @fproc, i32 60), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 76), align 4, !tbaa !24
  store i32 4, ptr getelementptr inbounds (i8, ptr @fproc, i32 80), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 96), align 4, !tbaa !24
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 116), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 120), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 136), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 140), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 156), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 160), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 176), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 180), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 196), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 200), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 216), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 220), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 236), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 240), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 256), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 260), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 276), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 280), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 296), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 300), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 316), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 320), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 336), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 340), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 356), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 360), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 376), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 380), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 396), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 400), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 416), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 420), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 436), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 440), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 456), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 460), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 476), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 480), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 496), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 500), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 516), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 520), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 536), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 540), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 556), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 560), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 576), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 580), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 596), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 600), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 616), align 4, !tbaa !24
  store i32 27648, ptr getelementptr inbounds (i8, ptr @fproc, i32 620), align 4, !tbaa !22
  store i32 -1, ptr getelementptr inbounds (i8, ptr @fproc, i32 636), align 4, !tbaa !24
  store i32 37, ptr getelementptr inbounds (i8, ptr @fproc, i32 100), align 4, !tbaa !22
  store i32 1, ptr getelementptr inbounds (i8, ptr @fproc, i32 108), align 4, !tbaa !25
  %3 = tail call i32 @create_file(ptr noundef nonnull @.str.1, i32 noundef 0, i16 noundef zeroext 493) #12
  %4 = icmp sgt i32 %3, -1
  br i1 %4, label %5, label %7

5:                                                ; preds = %0
  %6 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, i32 4
  store i32 64, ptr %6, align 4, !tbaa !15
  br label %7

7:                                                ; preds = %5, %0
  %8 = tail call i32 @create_file(ptr noundef nonnull @.str.2, i32 noundef 0, i16 noundef zeroext 420) #12
  %9 = icmp sgt i32 %8, -1
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %8
  %12 = getelementptr inbounds i8, ptr %11, i32 35
  %13 = tail call i32 @strlcpy(ptr noundef nonnull %12, ptr noundef nonnull @.str.3, i32 noundef 512) #12
  %14 = getelementptr inbounds i8, ptr %11, i32 16
  store i32 %13, ptr %14, align 4, !tbaa !15
  br label %15

15:                                               ; preds = %10, %7
  %16 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #12
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %20

18:                                               ; preds = %15
  %19 = getelementptr inbounds i8, ptr %1, i32 4
  br label %21

20:                                               ; preds = %60, %15
  call void @panic(ptr noundef nonnull @.str) #14
  unreachable

21:                                               ; preds = %60, %18
  %22 = load i32, ptr %1, align 4, !tbaa !26
  %23 = and i32 %22, 31
  %24 = load i32, ptr %19, align 4, !tbaa !28
  switch i32 %24, label %56 [
    i32 512, label %25
    i32 513, label %27
    i32 514, label %29
    i32 515, label %31
    i32 516, label %33
    i32 517, label %35
    i32 528, label %37
    i32 529, label %39
    i32 530, label %41
    i32 531, label %43
    i32 544, label %45
    i32 1537, label %47
    i32 1536, label %49
  ]

25:                                               ; preds = %21
  %26 = call i32 @do_open(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

27:                                               ; preds = %21
  %28 = call i32 @do_close(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

29:                                               ; preds = %21
  %30 = call i32 @do_read(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

31:                                               ; preds = %21
  %32 = call i32 @do_write(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

33:                                               ; preds = %21
  %34 = call i32 @do_lseek(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

35:                                               ; preds = %21
  %36 = call i32 @do_umask(i32 noundef %23, ptr noundef nonnull %1) #12
  br label %51

37:                                               ; preds = %21
  %38 = call i32 @do_pm_fork(ptr noundef nonnull %1) #12
  br label %51

39:                                               ; preds = %21
  %40 = call i32 @do_pm_exit(ptr noundef nonnull %1) #12
  br label %51

41:                                               ; preds = %21
  %42 = call i32 @do_pm_exec(ptr noundef nonnull %1) #12
  br label %51

43:                                               ; preds = %21
  %44 = call i32 @do_pm_setuid(ptr noundef nonnull %1) #12
  br label %51

45:                                               ; preds = %21
  %46 = call i32 @do_sync(ptr noundef nonnull %1) #12
  br label %51

47:                                               ; preds = %21
  %48 = call i32 @do_shutdown(ptr noundef nonnull %1) #12
  br label %51

49:                                               ; preds = %21
  %50 = call i32 @do_getstatus(ptr noundef nonnull %1) #12
  br label %51

51:                                               ; preds = %49, %47, %45, %43, %41, %39, %37, %35, %33, %31, %29, %27, %25
  %52 = phi i32 [ %50, %49 ], [ %48, %47 ], [ %46, %45 ], [ %44, %43 ], [ %42, %41 ], [ %40, %39 ], [ %38, %37 ], [ %36, %35 ], [ %34, %33 ], [ %32, %31 ], [ %30, %29 ], [ %28, %27 ], [ %26, %25 ]
  %53 = icmp eq i32 %52, -201
  br i1 %53, label %60, label %54

54:                                               ; preds = %51
  %55 = load i32, ptr %1, align 4, !tbaa !26
  br label %56

56:                                               ; preds = %54, %21
  %57 = phi i32 [ %55, %54 ], [ %22, %21 ]
  %58 = phi i32 [ %52, %54 ], [ -38, %21 ]
  store i32 %58, ptr %19, align 4, !tbaa !28
  %59 = call i32 @ipc_send(i32 noundef %57, ptr noundef nonnull %1) #12
  br label %60

60:                                               ; preds = %56, %51
  %61 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #12
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %21, label %20
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #6

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #7

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local range(i32 0, 65536) i32 @do_umask(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !26
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #12
  %5 = getelementptr inbounds i8, ptr %4, i32 4
  %6 = load i16, ptr %5, align 4, !tbaa !19
  %7 = getelementptr inbounds i8, ptr %1, i32 8
  %8 = load i16, ptr %7, align 4, !tbaa !29
  %9 = and i16 %8, 511
  store i16 %9, ptr %5, align 4, !tbaa !19
  %10 = zext i16 %6 to i32
  ret i32 %10
}

; Function Attrs: nounwind
define dso_local i32 @do_sync(ptr nocapture noundef readnone %0) local_unnamed_addr #0 {
  %2 = tail call i32 @sync_files() #12
  ret i32 %2
}

; Function Attrs: nounwind
define dso_local range(i32 -1, 1) i32 @do_shutdown(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = load i32, ptr %0, align 4, !tbaa !26
  switch i32 %2, label %5 [
    i32 0, label %3
    i32 4, label %3
  ]

3:                                                ; preds = %1, %1
  %4 = tail call i32 @sync_files() #12
  store i32 1, ptr @vfs_shutting_down, align 4, !tbaa !30
  br label %5

5:                                                ; preds = %3, %1
  %6 = phi i32 [ 0, %3 ], [ -1, %1 ]
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus(ptr nocapture noundef readnone %0) local_unnamed_addr #8 {
  %2 = load i32, ptr @files, align 4, !tbaa !4
  %3 = icmp ne i32 %2, 0
  %4 = zext i1 %3 to i32
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 548), align 4, !tbaa !4
  %6 = icmp ne i32 %5, 0
  %7 = zext i1 %6 to i32
  %8 = add nuw nsw i32 %4, %7
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1096), align 4, !tbaa !4
  %10 = icmp ne i32 %9, 0
  %11 = zext i1 %10 to i32
  %12 = add nuw nsw i32 %8, %11
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 1644), align 4, !tbaa !4
  %14 = icmp ne i32 %13, 0
  %15 = zext i1 %14 to i32
  %16 = add nuw nsw i32 %12, %15
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2192), align 4, !tbaa !4
  %18 = icmp ne i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = add nuw nsw i32 %16, %19
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 2740), align 4, !tbaa !4
  %22 = icmp ne i32 %21, 0
  %23 = zext i1 %22 to i32
  %24 = add nuw nsw i32 %20, %23
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3288), align 4, !tbaa !4
  %26 = icmp ne i32 %25, 0
  %27 = zext i1 %26 to i32
  %28 = add nuw nsw i32 %24, %27
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 3836), align 4, !tbaa !4
  %30 = icmp ne i32 %29, 0
  %31 = zext i1 %30 to i32
  %32 = add nuw nsw i32 %28, %31
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4384), align 4, !tbaa !4
  %34 = icmp ne i32 %33, 0
  %35 = zext i1 %34 to i32
  %36 = add nuw nsw i32 %32, %35
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 4932), align 4, !tbaa !4
  %38 = icmp ne i32 %37, 0
  %39 = zext i1 %38 to i32
  %40 = add nuw nsw i32 %36, %39
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 5480), align 4, !tbaa !4
  %42 = icmp ne i32 %41, 0
  %43 = zext i1 %42 to i32
  %44 = add nuw nsw i32 %40, %43
  %45 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6028), align 4, !tbaa !4
  %46 = icmp ne i32 %45, 0
  %47 = zext i1 %46 to i32
  %48 = add nuw nsw i32 %44, %47
  %49 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 6576), align 4, !tbaa !4
  %50 = icmp ne i32 %49, 0
  %51 = zext i1 %50 to i32
  %52 = add nuw nsw i32 %48, %51
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7124), align 4, !tbaa !4
  %54 = icmp ne i32 %53, 0
  %55 = zext i1 %54 to i32
  %56 = add nuw nsw i32 %52, %55
  %57 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 7672), align 4, !tbaa !4
  %58 = icmp ne i32 %57, 0
  %59 = zext i1 %58 to i32
  %60 = add nuw nsw i32 %56, %59
  %61 = load i32, ptr getelementptr inbounds (i8, ptr @files, i32 8220), align 4, !tbaa !4
  %62 = icmp ne i32 %61, 0
  %63 = zext i1 %62 to i32
  %64 = add nuw nsw i32 %60, %63
  ret i32 %64
}

; Function Attrs: nounwind
define dso_local i32 @do_open(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca [15 x i8], align 1
  %4 = load i32, ptr %1, align 4, !tbaa !26
  %5 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %4) #12
  %6 = getelementptr inbounds i8, ptr %1, i32 8
  %7 = getelementptr inbounds i8, ptr %1, i32 16
  %8 = load i32, ptr %7, align 4, !tbaa !29
  %9 = getelementptr inbounds i8, ptr %1, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !29
  %11 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %0, i32 3
  %12 = load i32, ptr %11, align 4, !tbaa !31
  call void @llvm.lifetime.start.p0(i64 15, ptr nonnull %3) #13
  %13 = load i32, ptr @vfs_shutting_down, align 4, !tbaa !30
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %71

15:                                               ; preds = %2
  %16 = add i32 %10, -15
  %17 = icmp ult i32 %16, -14
  br i1 %17, label %71, label %18

18:                                               ; preds = %15
  %19 = load i32, ptr %1, align 4, !tbaa !26
  %20 = load i32, ptr %6, align 4, !tbaa !29
  %21 = ptrtoint ptr %3 to i32
  %22 = call i32 @sys_datacopy(i32 noundef %19, i32 noundef %20, i32 noundef 32256, i32 noundef %21, i32 noundef %10) #12
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %71

24:                                               ; preds = %18
  %25 = getelementptr inbounds [15 x i8], ptr %3, i32 0, i32 %10
  store i8 0, ptr %25, align 1, !tbaa !29
  %26 = call i32 @get_free_fd(ptr noundef %5) #12
  %27 = icmp slt i32 %26, 0
  br i1 %27, label %71, label %28

28:                                               ; preds = %24
  %29 = call i32 @find_file(ptr noundef nonnull %3) #12
  %30 = icmp slt i32 %29, 0
  br i1 %30, label %31, label %45

31:                                               ; preds = %28
  %32 = and i32 %8, 64
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %71, label %34

34:                                               ; preds = %31
  %35 = getelementptr inbounds i8, ptr %1, i32 20
  %36 = load i16, ptr %35, align 4, !tbaa !29
  %37 = getelementptr inbounds i8, ptr %5, i32 4
  %38 = load i16, ptr %37, align 4, !tbaa !19
  %39 = xor i16 %38, -1
  %40 = and i16 %36, %39
  %41 = call i32 @create_file(ptr noundef nonnull %3, i32 noundef %12, i16 noundef zeroext %40) #12
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
  %52 = call i32 @may_access(ptr noundef nonnull %46, i32 noundef %12, i32 noundef %51) #12
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
  store i32 0, ptr %63, align 4, !tbaa !15
  %64 = getelementptr inbounds i8, ptr %62, i32 4
  store i32 1, ptr %64, align 4, !tbaa !12
  br label %65

65:                                               ; preds = %61, %54
  %66 = getelementptr inbounds i8, ptr %5, i32 8
  %67 = getelementptr inbounds [8 x %struct.filedesc], ptr %66, i32 0, i32 %26
  store i32 1, ptr %67, align 4, !tbaa !20
  %68 = getelementptr inbounds i8, ptr %67, i32 4
  store i32 %56, ptr %68, align 4, !tbaa !32
  %69 = getelementptr inbounds i8, ptr %67, i32 8
  store i32 0, ptr %69, align 4, !tbaa !33
  %70 = getelementptr inbounds i8, ptr %67, i32 12
  store i32 %55, ptr %70, align 4, !tbaa !34
  br label %71

71:                                               ; preds = %65, %45, %34, %31, %24, %18, %15, %2
  %72 = phi i32 [ %26, %65 ], [ -16, %2 ], [ -36, %15 ], [ %22, %18 ], [ -24, %24 ], [ -2, %31 ], [ %41, %34 ], [ -13, %45 ]
  call void @llvm.lifetime.end.p0(i64 15, ptr nonnull %3) #13
  ret i32 %72
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #6

; Function Attrs: nounwind
define dso_local range(i32 -9, 1) i32 @do_close(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !26
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #12
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #12
  %8 = icmp eq ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %2
  store i32 0, ptr %7, align 4, !tbaa !20
  br label %10

10:                                               ; preds = %9, %2
  %11 = phi i32 [ 0, %9 ], [ -9, %2 ]
  ret i32 %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_fork(ptr nocapture noundef readonly %0) local_unnamed_addr #9 {
  %2 = load i32, ptr %0, align 4, !tbaa !26
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %22

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = and i32 %6, 31
  %8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7
  store i32 %6, ptr %8, align 4, !tbaa !22
  %9 = getelementptr inbounds i8, ptr %0, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !29
  %11 = getelementptr inbounds i8, ptr %8, i32 4
  store i32 %10, ptr %11, align 4, !tbaa !35
  %12 = getelementptr inbounds i8, ptr %0, i32 16
  %13 = load i32, ptr %12, align 4, !tbaa !29
  %14 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 %13, ptr %14, align 4, !tbaa !25
  %15 = getelementptr inbounds i8, ptr %0, i32 20
  %16 = load i32, ptr %15, align 4, !tbaa !29
  %17 = getelementptr inbounds i8, ptr %8, i32 12
  store i32 %16, ptr %17, align 4, !tbaa !31
  %18 = and i32 %10, 31
  %19 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %18, i32 4
  %20 = load i32, ptr %19, align 4, !tbaa !24
  %21 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 %20, ptr %21, align 4, !tbaa !24
  br label %22

22:                                               ; preds = %4, %1
  %23 = phi i32 [ -201, %4 ], [ -1, %1 ]
  ret i32 %23
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_exit(ptr nocapture noundef readonly %0) local_unnamed_addr #10 {
  %2 = load i32, ptr %0, align 4, !tbaa !26
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = and i32 %6, 31
  %8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7
  store i32 27648, ptr %8, align 4, !tbaa !22
  %9 = getelementptr inbounds i8, ptr %8, i32 8
  store i32 0, ptr %9, align 4, !tbaa !25
  %10 = getelementptr inbounds i8, ptr %8, i32 16
  store i32 -1, ptr %10, align 4, !tbaa !24
  br label %11

11:                                               ; preds = %4, %1
  %12 = phi i32 [ -201, %4 ], [ -1, %1 ]
  ret i32 %12
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -201, 0) i32 @do_pm_setuid(ptr nocapture noundef readonly %0) local_unnamed_addr #10 {
  %2 = load i32, ptr %0, align 4, !tbaa !26
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds i8, ptr %0, i32 20
  %7 = load i32, ptr %6, align 4, !tbaa !29
  %8 = load i32, ptr %5, align 4, !tbaa !29
  %9 = and i32 %8, 31
  %10 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %9, i32 3
  store i32 %7, ptr %10, align 4, !tbaa !31
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
  %5 = load i32, ptr %4, align 4, !tbaa !29
  %6 = getelementptr inbounds i8, ptr %0, i32 16
  %7 = load i32, ptr %6, align 4, !tbaa !29
  %8 = and i32 %5, 31
  %9 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %8
  call void @llvm.lifetime.start.p0(i64 15, ptr nonnull %2) #13
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #13
  %10 = load i32, ptr %0, align 4, !tbaa !26
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %45

12:                                               ; preds = %1
  %13 = add i32 %7, -15
  %14 = icmp ult i32 %13, -14
  br i1 %14, label %45, label %15

15:                                               ; preds = %12
  %16 = getelementptr inbounds i8, ptr %0, i32 12
  %17 = load i32, ptr %16, align 4, !tbaa !29
  %18 = ptrtoint ptr %2 to i32
  %19 = call i32 @sys_datacopy(i32 noundef %5, i32 noundef %17, i32 noundef 32256, i32 noundef %18, i32 noundef %7) #12
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %45

21:                                               ; preds = %15
  %22 = getelementptr inbounds [15 x i8], ptr %2, i32 0, i32 %7
  store i8 0, ptr %22, align 1, !tbaa !29
  %23 = call i32 @find_file(ptr noundef nonnull %2) #12
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %45, label %25

25:                                               ; preds = %21
  %26 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %23
  %27 = getelementptr inbounds i8, ptr %9, i32 12
  %28 = load i32, ptr %27, align 4, !tbaa !31
  %29 = call i32 @may_access(ptr noundef nonnull %26, i32 noundef %28, i32 noundef 1) #12
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %45, label %31

31:                                               ; preds = %25
  %32 = getelementptr inbounds i8, ptr %26, i32 16
  %33 = load i32, ptr %32, align 4, !tbaa !15
  %34 = call i32 @vm_exec_newmem(i32 noundef %5, i32 noundef %33, ptr noundef nonnull %3) #12
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %45

36:                                               ; preds = %31
  %37 = getelementptr inbounds i8, ptr %26, i32 35
  %38 = ptrtoint ptr %37 to i32
  %39 = load i32, ptr %3, align 4, !tbaa !30
  %40 = load i32, ptr %32, align 4, !tbaa !15
  %41 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %38, i32 noundef %5, i32 noundef %39, i32 noundef %40) #12
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %45

43:                                               ; preds = %36
  %44 = getelementptr inbounds i8, ptr %9, i32 16
  store i32 %23, ptr %44, align 4, !tbaa !24
  br label %45

45:                                               ; preds = %43, %36, %31, %25, %21, %15, %12, %1
  %46 = phi i32 [ 0, %43 ], [ -1, %1 ], [ -36, %12 ], [ %19, %15 ], [ -2, %21 ], [ -13, %25 ], [ %34, %31 ], [ %41, %36 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #13
  call void @llvm.lifetime.end.p0(i64 15, ptr nonnull %2) #13
  ret i32 %46
}

declare dso_local i32 @vm_exec_newmem(i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i32 @do_read(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !26
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #12
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #12
  %8 = getelementptr inbounds i8, ptr %1, i32 16
  %9 = load i32, ptr %8, align 4, !tbaa !29
  %10 = icmp eq ptr %7, null
  br i1 %10, label %42, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %7, i32 12
  %13 = load i32, ptr %12, align 4, !tbaa !34
  %14 = icmp eq i32 %13, 1
  br i1 %14, label %42, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %7, i32 4
  %17 = load i32, ptr %16, align 4, !tbaa !32
  %18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %17
  %19 = getelementptr inbounds i8, ptr %7, i32 8
  %20 = load i32, ptr %19, align 4, !tbaa !33
  %21 = getelementptr inbounds i8, ptr %18, i32 16
  %22 = load i32, ptr %21, align 4, !tbaa !15
  %23 = icmp ult i32 %20, %22
  %24 = sub i32 %22, %20
  %25 = tail call i32 @llvm.umin.i32(i32 %9, i32 %24)
  %26 = select i1 %23, i32 %25, i32 0
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %39, label %28

28:                                               ; preds = %15
  %29 = getelementptr inbounds i8, ptr %18, i32 35
  %30 = getelementptr inbounds [512 x i8], ptr %29, i32 0, i32 %20
  %31 = ptrtoint ptr %30 to i32
  %32 = load i32, ptr %1, align 4, !tbaa !26
  %33 = getelementptr inbounds i8, ptr %1, i32 12
  %34 = load i32, ptr %33, align 4, !tbaa !29
  %35 = tail call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %31, i32 noundef %32, i32 noundef %34, i32 noundef %26) #12
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %42

37:                                               ; preds = %28
  %38 = load i32, ptr %19, align 4, !tbaa !33
  br label %39

39:                                               ; preds = %37, %15
  %40 = phi i32 [ %38, %37 ], [ %20, %15 ]
  %41 = add i32 %40, %26
  store i32 %41, ptr %19, align 4, !tbaa !33
  br label %42

42:                                               ; preds = %39, %28, %11, %2
  %43 = phi i32 [ %26, %39 ], [ -9, %11 ], [ -9, %2 ], [ %35, %28 ]
  ret i32 %43
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #11

; Function Attrs: nounwind
define dso_local i32 @do_write(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !26
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #12
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #12
  %8 = getelementptr inbounds i8, ptr %1, i32 16
  %9 = load i32, ptr %8, align 4, !tbaa !29
  %10 = icmp eq ptr %7, null
  br i1 %10, label %42, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %7, i32 12
  %13 = load i32, ptr %12, align 4, !tbaa !34
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %42, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %7, i32 4
  %17 = load i32, ptr %16, align 4, !tbaa !32
  %18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %17
  %19 = getelementptr inbounds i8, ptr %7, i32 8
  %20 = load i32, ptr %19, align 4, !tbaa !33
  %21 = icmp ugt i32 %20, 511
  br i1 %21, label %42, label %22

22:                                               ; preds = %15
  %23 = sub nuw nsw i32 512, %20
  %24 = tail call i32 @llvm.umin.i32(i32 %9, i32 %23)
  %25 = load i32, ptr %1, align 4, !tbaa !26
  %26 = getelementptr inbounds i8, ptr %1, i32 12
  %27 = load i32, ptr %26, align 4, !tbaa !29
  %28 = getelementptr inbounds i8, ptr %18, i32 35
  %29 = getelementptr inbounds [512 x i8], ptr %28, i32 0, i32 %20
  %30 = ptrtoint ptr %29 to i32
  %31 = tail call i32 @sys_datacopy(i32 noundef %25, i32 noundef %27, i32 noundef 32256, i32 noundef %30, i32 noundef %24) #12
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %42

33:                                               ; preds = %22
  %34 = load i32, ptr %19, align 4, !tbaa !33
  %35 = add i32 %34, %24
  store i32 %35, ptr %19, align 4, !tbaa !33
  %36 = getelementptr inbounds i8, ptr %18, i32 16
  %37 = load i32, ptr %36, align 4, !tbaa !15
  %38 = icmp ugt i32 %35, %37
  br i1 %38, label %39, label %40

39:                                               ; preds = %33
  store i32 %35, ptr %36, align 4, !tbaa !15
  br label %40

40:                                               ; preds = %39, %33
  %41 = getelementptr inbounds i8, ptr %18, i32 4
  store i32 1, ptr %41, align 4, !tbaa !12
  br label %42

42:                                               ; preds = %40, %22, %15, %11, %2
  %43 = phi i32 [ %24, %40 ], [ -9, %11 ], [ -9, %2 ], [ -28, %15 ], [ %31, %22 ]
  ret i32 %43
}

; Function Attrs: nounwind
define dso_local range(i32 -22, 1) i32 @do_lseek(i32 noundef %0, ptr nocapture noundef %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !26
  %4 = tail call ptr @get_fdtable(i32 noundef %0, i32 noundef %3) #12
  %5 = getelementptr inbounds i8, ptr %1, i32 8
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = tail call ptr @get_filedesc(ptr noundef %4, i32 noundef %6) #12
  %8 = icmp eq ptr %7, null
  br i1 %8, label %29, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i32 16
  %11 = load i32, ptr %10, align 4, !tbaa !29
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
  %16 = load i32, ptr %15, align 4, !tbaa !32
  %17 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %16, i32 4
  br label %18

18:                                               ; preds = %14, %12
  %19 = phi ptr [ %17, %14 ], [ %13, %12 ]
  %20 = load i32, ptr %19, align 4, !tbaa !30
  br label %21

21:                                               ; preds = %18, %9
  %22 = phi i32 [ %11, %9 ], [ %20, %18 ]
  %23 = getelementptr inbounds i8, ptr %1, i32 12
  %24 = load i32, ptr %23, align 4, !tbaa !29
  %25 = add nsw i32 %24, %22
  %26 = icmp ugt i32 %25, 512
  br i1 %26, label %29, label %27

27:                                               ; preds = %21
  %28 = getelementptr inbounds i8, ptr %7, i32 8
  store i32 %25, ptr %28, align 4, !tbaa !33
  store i32 %25, ptr %23, align 4, !tbaa !29
  br label %29

29:                                               ; preds = %27, %21, %9, %2
  %30 = phi i32 [ 0, %27 ], [ -9, %2 ], [ -22, %9 ], [ -22, %21 ]
  ret i32 %30
}

attributes #0 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nobuiltin nounwind "no-builtins" }
attributes #13 = { nounwind }
attributes #14 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"vfile", !6, i64 0, !6, i64 4, !6, i64 8, !9, i64 12, !6, i64 16, !7, i64 20, !7, i64 35}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"short", !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!5, !6, i64 4}
!13 = !{!5, !6, i64 8}
!14 = !{!5, !9, i64 12}
!15 = !{!5, !6, i64 16}
!16 = distinct !{!16, !11}
!17 = !{!18, !6, i64 0}
!18 = !{!"fdtable_entry", !6, i64 0, !9, i64 4, !7, i64 8}
!19 = !{!18, !9, i64 4}
!20 = !{!21, !6, i64 0}
!21 = !{!"filedesc", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!22 = !{!23, !6, i64 0}
!23 = !{!"fproc", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16}
!24 = !{!23, !6, i64 16}
!25 = !{!23, !6, i64 8}
!26 = !{!27, !6, i64 0}
!27 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!28 = !{!27, !6, i64 4}
!29 = !{!7, !7, i64 0}
!30 = !{!6, !6, i64 0}
!31 = !{!23, !6, i64 12}
!32 = !{!21, !6, i64 4}
!33 = !{!21, !6, i64 8}
!34 = !{!21, !6, i64 12}
!35 = !{!23, !6, i64 4}
