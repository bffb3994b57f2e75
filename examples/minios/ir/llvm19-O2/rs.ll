; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.boot_service = type { [16 x i8], i32 }
%struct.rproc = type { i32, i32, i32, [16 x i8] }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"rs: receive failed\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"rs: cannot publish a boot service\00", align 1
@rs_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@.str.11 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1
@boot_services = dso_local constant [4 x %struct.boot_service] [%struct.boot_service { [16 x i8] c"pm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 0 }, %struct.boot_service { [16 x i8] c"vfs\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 1 }, %struct.boot_service { [16 x i8] c"vm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 2 }, %struct.boot_service { [16 x i8] c"ds\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 3 }], align 4
@rproc = dso_local global [16 x %struct.rproc] zeroinitializer, align 4

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  store i32 1, ptr @rproc, align 4, !tbaa !4
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 16), align 4, !tbaa !9
  store i32 %3, ptr getelementptr inbounds (i8, ptr @rproc, i32 4), align 4, !tbaa !11
  %4 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 12), ptr noundef nonnull @boot_services, i32 noundef 16) #7
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 4), align 4, !tbaa !11
  %6 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 12), i32 noundef %5, i32 noundef 0) #7
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %31

8:                                                ; preds = %0
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 28), align 4, !tbaa !4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 36), align 4, !tbaa !9
  store i32 %9, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !11
  %10 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 40), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 20), i32 noundef 16) #7
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !11
  %12 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 40), i32 noundef %11, i32 noundef 0) #7
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %31

14:                                               ; preds = %8
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 56), align 4, !tbaa !4
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 56), align 4, !tbaa !9
  store i32 %15, ptr getelementptr inbounds (i8, ptr @rproc, i32 60), align 4, !tbaa !11
  %16 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 68), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 40), i32 noundef 16) #7
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 60), align 4, !tbaa !11
  %18 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 68), i32 noundef %17, i32 noundef 0) #7
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %31

20:                                               ; preds = %14
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 84), align 4, !tbaa !4
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 76), align 4, !tbaa !9
  store i32 %21, ptr getelementptr inbounds (i8, ptr @rproc, i32 88), align 4, !tbaa !11
  %22 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 96), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 60), i32 noundef 16) #7
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 88), align 4, !tbaa !11
  %24 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 96), i32 noundef %23, i32 noundef 0) #7
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  %27 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #7
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %29, label %32

29:                                               ; preds = %26
  %30 = getelementptr inbounds i8, ptr %1, i32 4
  br label %33

31:                                               ; preds = %20, %14, %8, %0
  tail call void @panic(ptr noundef nonnull @.str.1) #8
  unreachable

32:                                               ; preds = %54, %26
  call void @panic(ptr noundef nonnull @.str) #8
  unreachable

33:                                               ; preds = %54, %29
  %34 = load i32, ptr %30, align 4, !tbaa !12
  switch i32 %34, label %50 [
    i32 1280, label %35
    i32 1281, label %37
    i32 1282, label %39
    i32 1283, label %41
    i32 1284, label %43
    i32 1536, label %45
  ]

35:                                               ; preds = %33
  %36 = call i32 @do_up(ptr noundef nonnull %1) #7
  br label %47

37:                                               ; preds = %33
  %38 = call i32 @do_down(ptr noundef nonnull %1) #7
  br label %47

39:                                               ; preds = %33
  %40 = call i32 @do_lookup(ptr noundef nonnull %1) #7
  br label %47

41:                                               ; preds = %33
  %42 = call i32 @do_status(ptr noundef nonnull %1) #7
  br label %47

43:                                               ; preds = %33
  %44 = call i32 @do_shutdown(ptr noundef nonnull %1) #7
  br label %47

45:                                               ; preds = %33
  %46 = call i32 @do_getstatus(ptr noundef nonnull %1) #7
  br label %47

47:                                               ; preds = %45, %43, %41, %39, %37, %35
  %48 = phi i32 [ %46, %45 ], [ %44, %43 ], [ %42, %41 ], [ %40, %39 ], [ %38, %37 ], [ %36, %35 ]
  %49 = icmp eq i32 %48, -201
  br i1 %49, label %54, label %50

50:                                               ; preds = %47, %33
  %51 = phi i32 [ %48, %47 ], [ -38, %33 ]
  store i32 %51, ptr %30, align 4, !tbaa !12
  %52 = load i32, ptr %1, align 4, !tbaa !14
  %53 = call i32 @ipc_send(i32 noundef %52, ptr noundef nonnull %1) #7
  br label %54

54:                                               ; preds = %50, %47
  %55 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #7
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %33, label %32
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @ds_publish_label(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #3

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i32 @do_up(ptr noundef %0) local_unnamed_addr #4 {
  %2 = load i32, ptr @rs_shutting_down, align 4, !tbaa !15
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %22

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %6, align 1, !tbaa !16
  %7 = tail call ptr @find_service(ptr noundef nonnull %5) #7
  %8 = icmp eq ptr %7, null
  br i1 %8, label %9, label %22

9:                                                ; preds = %4
  %10 = tail call ptr @alloc_service() #7
  %11 = icmp eq ptr %10, null
  br i1 %11, label %22, label %12

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %10, i32 12
  %14 = tail call i32 @strlcpy(ptr noundef nonnull %13, ptr noundef nonnull %5, i32 noundef 16) #7
  %15 = getelementptr inbounds i8, ptr %0, i32 24
  %16 = load i32, ptr %15, align 4, !tbaa !16
  %17 = getelementptr inbounds i8, ptr %10, i32 4
  store i32 %16, ptr %17, align 4, !tbaa !11
  %18 = getelementptr inbounds i8, ptr %10, i32 8
  store i32 0, ptr %18, align 4, !tbaa !17
  store i32 1, ptr %10, align 4, !tbaa !4
  %19 = tail call i32 @ds_publish_label(ptr noundef nonnull %13, i32 noundef %16, i32 noundef 0) #7
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %22, label %21

21:                                               ; preds = %12
  store i32 0, ptr %10, align 4, !tbaa !4
  br label %22

22:                                               ; preds = %21, %12, %9, %4, %1
  %23 = phi i32 [ %19, %21 ], [ -16, %1 ], [ -17, %4 ], [ -11, %9 ], [ 0, %12 ]
  ret i32 %23
}

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_down(ptr noundef %0) local_unnamed_addr #4 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  %3 = getelementptr inbounds i8, ptr %0, i32 8
  %4 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %4, align 1, !tbaa !16
  %5 = tail call ptr @find_service(ptr noundef nonnull %3) #7
  %6 = icmp eq ptr %5, null
  br i1 %6, label %15, label %7

7:                                                ; preds = %1
  %8 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #7
  %9 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 0, ptr %9, align 4, !tbaa !16
  %10 = getelementptr inbounds i8, ptr %5, i32 4
  %11 = load i32, ptr %10, align 4, !tbaa !11
  %12 = call i32 @_taskcall(i32 noundef %11, i32 noundef 1537, ptr noundef nonnull %2) #7
  %13 = getelementptr inbounds i8, ptr %5, i32 12
  %14 = call i32 @ds_delete_label(ptr noundef nonnull %13) #7
  store i32 0, ptr %5, align 4, !tbaa !4
  br label %15

15:                                               ; preds = %7, %1
  %16 = phi i32 [ 0, %7 ], [ -3, %1 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #6
  ret i32 %16
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @_taskcall(i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

declare dso_local i32 @ds_delete_label(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_lookup(ptr noundef %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %3, align 1, !tbaa !16
  %4 = tail call ptr @find_service(ptr noundef nonnull %2) #7
  %5 = icmp eq ptr %4, null
  br i1 %5, label %10, label %6

6:                                                ; preds = %1
  %7 = getelementptr inbounds i8, ptr %4, i32 4
  %8 = load i32, ptr %7, align 4, !tbaa !11
  %9 = getelementptr inbounds i8, ptr %0, i32 24
  store i32 %8, ptr %9, align 4, !tbaa !16
  br label %10

10:                                               ; preds = %6, %1
  %11 = phi i32 [ 0, %6 ], [ -3, %1 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i32 @do_status(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  %2 = alloca %struct.message, align 4
  %3 = getelementptr inbounds i8, ptr %0, i32 28
  %4 = load i32, ptr %3, align 4, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  %5 = icmp ugt i32 %4, 3
  br i1 %5, label %11, label %6

6:                                                ; preds = %1
  %7 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #7
  %8 = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %4, i32 1
  %9 = load i32, ptr %8, align 4, !tbaa !9
  %10 = call i32 @_taskcall(i32 noundef %9, i32 noundef 1536, ptr noundef nonnull %2) #7
  br label %11

11:                                               ; preds = %6, %1
  %12 = phi i32 [ %10, %6 ], [ -22, %1 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #6
  ret i32 %12
}

; Function Attrs: nounwind
define dso_local range(i32 -5, 1) i32 @do_shutdown(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #6
  %4 = load i32, ptr %0, align 4, !tbaa !14
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %15

6:                                                ; preds = %1
  store i32 1, ptr @rs_shutting_down, align 4, !tbaa !15
  %7 = call i32 @ds_retrieve_label_endpt(ptr noundef nonnull @.str.11, ptr noundef nonnull %2) #7
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %15

9:                                                ; preds = %6
  %10 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #7
  %11 = load i32, ptr %2, align 4, !tbaa !15
  %12 = call i32 @_taskcall(i32 noundef %11, i32 noundef 544, ptr noundef nonnull %3) #7
  %13 = icmp slt i32 %12, 0
  %14 = select i1 %13, i32 -5, i32 0
  br label %15

15:                                               ; preds = %9, %6, %1
  %16 = phi i32 [ %14, %9 ], [ -1, %1 ], [ 0, %6 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  ret i32 %16
}

declare dso_local i32 @ds_retrieve_label_endpt(ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus(ptr nocapture noundef readnone %0) local_unnamed_addr #5 {
  %2 = load i32, ptr @rproc, align 4, !tbaa !4
  %3 = and i32 %2, 1
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 28), align 4, !tbaa !4
  %5 = and i32 %4, 1
  %6 = add nuw nsw i32 %5, %3
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 56), align 4, !tbaa !4
  %8 = and i32 %7, 1
  %9 = add nuw nsw i32 %8, %6
  %10 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 84), align 4, !tbaa !4
  %11 = and i32 %10, 1
  %12 = add nuw nsw i32 %11, %9
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 112), align 4, !tbaa !4
  %14 = and i32 %13, 1
  %15 = add nuw nsw i32 %14, %12
  %16 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 140), align 4, !tbaa !4
  %17 = and i32 %16, 1
  %18 = add nuw nsw i32 %17, %15
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 168), align 4, !tbaa !4
  %20 = and i32 %19, 1
  %21 = add nuw nsw i32 %20, %18
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 196), align 4, !tbaa !4
  %23 = and i32 %22, 1
  %24 = add nuw nsw i32 %23, %21
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 224), align 4, !tbaa !4
  %26 = and i32 %25, 1
  %27 = add nuw nsw i32 %26, %24
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 252), align 4, !tbaa !4
  %29 = and i32 %28, 1
  %30 = add nuw nsw i32 %29, %27
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 280), align 4, !tbaa !4
  %32 = and i32 %31, 1
  %33 = add nuw nsw i32 %32, %30
  %34 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 308), align 4, !tbaa !4
  %35 = and i32 %34, 1
  %36 = add nuw nsw i32 %35, %33
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 336), align 4, !tbaa !4
  %38 = and i32 %37, 1
  %39 = add nuw nsw i32 %38, %36
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 364), align 4, !tbaa !4
  %41 = and i32 %40, 1
  %42 = add nuw nsw i32 %41, %39
  %43 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 392), align 4, !tbaa !4
  %44 = and i32 %43, 1
  %45 = add nuw nsw i32 %44, %42
  %46 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 420), align 4, !tbaa !4
  %47 = and i32 %46, 1
  %48 = add nuw nsw i32 %47, %45
  ret i32 %48
}

; Function Attrs: nounwind
define dso_local noundef ptr @find_service(ptr noundef %0) local_unnamed_addr #4 {
  br label %2

2:                                                ; preds = %12, %1
  %3 = phi i32 [ 0, %1 ], [ %13, %12 ]
  %4 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !4
  %6 = and i32 %5, 1
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %4, i32 12
  %10 = tail call i32 @strncmp(ptr noundef nonnull %9, ptr noundef %0, i32 noundef 16) #7
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %15, label %12

12:                                               ; preds = %8, %2
  %13 = add nuw nsw i32 %3, 1
  %14 = icmp eq i32 %13, 16
  br i1 %14, label %15, label %2, !llvm.loop !18

15:                                               ; preds = %12, %8
  %16 = phi ptr [ %4, %8 ], [ null, %12 ]
  ret ptr %16
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local ptr @alloc_service() local_unnamed_addr #5 {
  %1 = load i32, ptr @rproc, align 4, !tbaa !4
  %2 = and i32 %1, 1
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %65, label %4

4:                                                ; preds = %0
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 28), align 4, !tbaa !4
  %6 = and i32 %5, 1
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %65, label %8

8:                                                ; preds = %4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 56), align 4, !tbaa !4
  %10 = and i32 %9, 1
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %65, label %12

12:                                               ; preds = %8
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 84), align 4, !tbaa !4
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %65, label %16

16:                                               ; preds = %12
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 112), align 4, !tbaa !4
  %18 = and i32 %17, 1
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %65, label %20

20:                                               ; preds = %16
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 140), align 4, !tbaa !4
  %22 = and i32 %21, 1
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %65, label %24

24:                                               ; preds = %20
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 168), align 4, !tbaa !4
  %26 = and i32 %25, 1
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %65, label %28

28:                                               ; preds = %24
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 196), align 4, !tbaa !4
  %30 = and i32 %29, 1
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %65, label %32

32:                                               ; preds = %28
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 224), align 4, !tbaa !4
  %34 = and i32 %33, 1
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %65, label %36

36:                                               ; preds = %32
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 252), align 4, !tbaa !4
  %38 = and i32 %37, 1
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %65, label %40

40:                                               ; preds = %36
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 280), align 4, !tbaa !4
  %42 = and i32 %41, 1
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %65, label %44

44:                                               ; preds = %40
  %45 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 308), align 4, !tbaa !4
  %46 = and i32 %45, 1
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %65, label %48

48:                                               ; preds = %44
  %49 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 336), align 4, !tbaa !4
  %50 = and i32 %49, 1
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %65, label %52

52:                                               ; preds = %48
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 364), align 4, !tbaa !4
  %54 = and i32 %53, 1
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %65, label %56

56:                                               ; preds = %52
  %57 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 392), align 4, !tbaa !4
  %58 = and i32 %57, 1
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %65, label %60

60:                                               ; preds = %56
  %61 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 420), align 4, !tbaa !4
  %62 = and i32 %61, 1
  %63 = icmp eq i32 %62, 0
  %64 = select i1 %63, ptr getelementptr inbounds (i8, ptr @rproc, i32 420), ptr null
  br label %65

65:                                               ; preds = %60, %56, %52, %48, %44, %40, %36, %32, %28, %24, %20, %16, %12, %8, %4, %0
  %66 = phi ptr [ @rproc, %0 ], [ getelementptr inbounds (i8, ptr @rproc, i32 28), %4 ], [ getelementptr inbounds (i8, ptr @rproc, i32 56), %8 ], [ getelementptr inbounds (i8, ptr @rproc, i32 84), %12 ], [ getelementptr inbounds (i8, ptr @rproc, i32 112), %16 ], [ getelementptr inbounds (i8, ptr @rproc, i32 140), %20 ], [ getelementptr inbounds (i8, ptr @rproc, i32 168), %24 ], [ getelementptr inbounds (i8, ptr @rproc, i32 196), %28 ], [ getelementptr inbounds (i8, ptr @rproc, i32 224), %32 ], [ getelementptr inbounds (i8, ptr @rproc, i32 252), %36 ], [ getelementptr inbounds (i8, ptr @rproc, i32 280), %40 ], [ getelementptr inbounds (i8, ptr @rproc, i32 308), %44 ], [ getelementptr inbounds (i8, ptr @rproc, i32 336), %48 ], [ getelementptr inbounds (i8, ptr @rproc, i32 364), %52 ], [ getelementptr inbounds (i8, ptr @rproc, i32 392), %56 ], [ %64, %60 ]
  ret ptr %66
}

attributes #0 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nobuiltin nounwind "no-builtins" }
attributes #8 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"rproc", !6, i64 0, !6, i64 4, !6, i64 8, !7, i64 12}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !6, i64 16}
!10 = !{!"boot_service", !7, i64 0, !6, i64 16}
!11 = !{!5, !6, i64 4}
!12 = !{!13, !6, i64 4}
!13 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!14 = !{!13, !6, i64 0}
!15 = !{!6, !6, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{!5, !6, i64 8}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
