; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.boot_service = type { [16 x i8], i32 }
%struct.rproc = type { i32, i32, i32, [16 x i8], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"rs: receive failed\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"rs: cannot publish a boot service\00", align 1
@rs_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@.str.13 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1
@boot_services = dso_local constant [4 x %struct.boot_service] [%struct.boot_service { [16 x i8] c"pm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 0 }, %struct.boot_service { [16 x i8] c"vfs\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 1 }, %struct.boot_service { [16 x i8] c"vm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 2 }, %struct.boot_service { [16 x i8] c"ds\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 3 }], align 4
@rproc = dso_local global [16 x %struct.rproc] zeroinitializer, align 4
@.str.26 = private unnamed_addr constant [17 x i8] c"rs: cannot reply\00", align 1

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  store i32 1, ptr @rproc, align 4, !tbaa !4
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 16), align 4, !tbaa !9
  store i32 %3, ptr getelementptr inbounds (i8, ptr @rproc, i32 4), align 4, !tbaa !11
  store i32 27648, ptr getelementptr inbounds (i8, ptr @rproc, i32 28), align 4, !tbaa !12
  %4 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 12), ptr noundef nonnull @boot_services, i32 noundef 16) #7
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 4), align 4, !tbaa !11
  %6 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 12), i32 noundef %5, i32 noundef 0) #7
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %31

8:                                                ; preds = %0
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 36), align 4, !tbaa !9
  store i32 %9, ptr getelementptr inbounds (i8, ptr @rproc, i32 36), align 4, !tbaa !11
  store i32 27648, ptr getelementptr inbounds (i8, ptr @rproc, i32 60), align 4, !tbaa !12
  %10 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 44), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 20), i32 noundef 16) #7
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 36), align 4, !tbaa !11
  %12 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 44), i32 noundef %11, i32 noundef 0) #7
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %31

14:                                               ; preds = %8
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 64), align 4, !tbaa !4
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 56), align 4, !tbaa !9
  store i32 %15, ptr getelementptr inbounds (i8, ptr @rproc, i32 68), align 4, !tbaa !11
  store i32 27648, ptr getelementptr inbounds (i8, ptr @rproc, i32 92), align 4, !tbaa !12
  %16 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 76), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 40), i32 noundef 16) #7
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 68), align 4, !tbaa !11
  %18 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 76), i32 noundef %17, i32 noundef 0) #7
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %31

20:                                               ; preds = %14
  store i32 1, ptr getelementptr inbounds (i8, ptr @rproc, i32 96), align 4, !tbaa !4
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @boot_services, i32 76), align 4, !tbaa !9
  store i32 %21, ptr getelementptr inbounds (i8, ptr @rproc, i32 100), align 4, !tbaa !11
  store i32 27648, ptr getelementptr inbounds (i8, ptr @rproc, i32 124), align 4, !tbaa !12
  %22 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 108), ptr noundef nonnull getelementptr inbounds (i8, ptr @boot_services, i32 60), i32 noundef 16) #7
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 100), align 4, !tbaa !11
  %24 = tail call i32 @ds_publish_label(ptr noundef nonnull getelementptr inbounds (i8, ptr @rproc, i32 108), i32 noundef %23, i32 noundef 0) #7
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

32:                                               ; preds = %56, %26
  call void @panic(ptr noundef nonnull @.str) #8
  unreachable

33:                                               ; preds = %56, %29
  %34 = load i32, ptr %30, align 4, !tbaa !13
  switch i32 %34, label %52 [
    i32 1280, label %35
    i32 1281, label %37
    i32 1282, label %39
    i32 1283, label %41
    i32 1284, label %43
    i32 1285, label %45
    i32 1536, label %47
  ]

35:                                               ; preds = %33
  %36 = call i32 @do_up(ptr noundef nonnull %1) #7
  br label %49

37:                                               ; preds = %33
  %38 = call i32 @do_down(ptr noundef nonnull %1) #7
  br label %49

39:                                               ; preds = %33
  %40 = call i32 @do_lookup(ptr noundef nonnull %1) #7
  br label %49

41:                                               ; preds = %33
  %42 = call i32 @do_status(ptr noundef nonnull %1) #7
  br label %49

43:                                               ; preds = %33
  %44 = call i32 @do_shutdown(ptr noundef nonnull %1) #7
  br label %49

45:                                               ; preds = %33
  %46 = call i32 @do_init(ptr noundef nonnull %1) #7
  br label %49

47:                                               ; preds = %33
  %48 = call i32 @do_getstatus(ptr noundef nonnull %1) #7
  br label %49

49:                                               ; preds = %47, %45, %43, %41, %39, %37, %35
  %50 = phi i32 [ %48, %47 ], [ %46, %45 ], [ %44, %43 ], [ %42, %41 ], [ %40, %39 ], [ %38, %37 ], [ %36, %35 ]
  %51 = icmp eq i32 %50, -201
  br i1 %51, label %56, label %52

52:                                               ; preds = %49, %33
  %53 = phi i32 [ %50, %49 ], [ -38, %33 ]
  store i32 %53, ptr %30, align 4, !tbaa !13
  %54 = load i32, ptr %1, align 4, !tbaa !15
  %55 = call i32 @ipc_send(i32 noundef %54, ptr noundef nonnull %1) #7
  br label %56

56:                                               ; preds = %52, %49
  %57 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #7
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %33, label %32
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
define dso_local range(i32 1, 0) i32 @do_up(ptr noundef %0) local_unnamed_addr #4 {
  %2 = load i32, ptr @rs_shutting_down, align 4, !tbaa !16
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %25

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %6, align 1, !tbaa !17
  %7 = tail call ptr @find_service(ptr noundef nonnull %5) #7
  %8 = icmp eq ptr %7, null
  br i1 %8, label %9, label %25

9:                                                ; preds = %4
  %10 = tail call ptr @alloc_service() #7
  %11 = icmp eq ptr %10, null
  br i1 %11, label %25, label %12

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %10, i32 12
  %14 = tail call i32 @strlcpy(ptr noundef nonnull %13, ptr noundef nonnull %5, i32 noundef 16) #7
  %15 = getelementptr inbounds i8, ptr %0, i32 24
  %16 = load i32, ptr %15, align 4, !tbaa !17
  %17 = getelementptr inbounds i8, ptr %10, i32 4
  store i32 %16, ptr %17, align 4, !tbaa !11
  %18 = getelementptr inbounds i8, ptr %10, i32 8
  store i32 0, ptr %18, align 4, !tbaa !18
  store i32 1, ptr %10, align 4, !tbaa !4
  %19 = tail call i32 @ds_publish_label(ptr noundef nonnull %13, i32 noundef %16, i32 noundef 0) #7
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %22, label %21

21:                                               ; preds = %12
  store i32 0, ptr %10, align 4, !tbaa !4
  br label %25

22:                                               ; preds = %12
  %23 = load i32, ptr %0, align 4, !tbaa !15
  %24 = getelementptr inbounds i8, ptr %10, i32 28
  store i32 %23, ptr %24, align 4, !tbaa !12
  br label %25

25:                                               ; preds = %22, %21, %9, %4, %1
  %26 = phi i32 [ %19, %21 ], [ -201, %22 ], [ -16, %1 ], [ -17, %4 ], [ -11, %9 ]
  ret i32 %26
}

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_init(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  %2 = load i32, ptr %0, align 4, !tbaa !15
  %3 = tail call ptr @find_service_by_endpoint(i32 noundef %2) #7
  %4 = icmp eq ptr %3, null
  br i1 %4, label %10, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i32 28
  %7 = load i32, ptr %6, align 4, !tbaa !12
  %8 = icmp eq i32 %7, 27648
  br i1 %8, label %10, label %9

9:                                                ; preds = %5
  tail call void @late_reply(ptr noundef nonnull %3, i32 noundef 0) #7
  store i32 27648, ptr %6, align 4, !tbaa !12
  br label %10

10:                                               ; preds = %9, %5, %1
  %11 = phi i32 [ -3, %1 ], [ 0, %9 ], [ 0, %5 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_down(ptr noundef %0) local_unnamed_addr #4 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  %3 = getelementptr inbounds i8, ptr %0, i32 8
  %4 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %4, align 1, !tbaa !17
  %5 = tail call ptr @find_service(ptr noundef nonnull %3) #7
  %6 = icmp eq ptr %5, null
  br i1 %6, label %15, label %7

7:                                                ; preds = %1
  %8 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #7
  %9 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 0, ptr %9, align 4, !tbaa !17
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
  store i8 0, ptr %3, align 1, !tbaa !17
  %4 = tail call ptr @find_service(ptr noundef nonnull %2) #7
  %5 = icmp eq ptr %4, null
  br i1 %5, label %10, label %6

6:                                                ; preds = %1
  %7 = getelementptr inbounds i8, ptr %4, i32 4
  %8 = load i32, ptr %7, align 4, !tbaa !11
  %9 = getelementptr inbounds i8, ptr %0, i32 24
  store i32 %8, ptr %9, align 4, !tbaa !17
  br label %10

10:                                               ; preds = %6, %1
  %11 = phi i32 [ 0, %6 ], [ -3, %1 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i32 @do_status(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  %2 = alloca %struct.message, align 4
  %3 = getelementptr inbounds i8, ptr %0, i32 28
  %4 = load i32, ptr %3, align 4, !tbaa !17
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
  %4 = load i32, ptr %0, align 4, !tbaa !15
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %15

6:                                                ; preds = %1
  store i32 1, ptr @rs_shutting_down, align 4, !tbaa !16
  %7 = call i32 @ds_retrieve_label_endpt(ptr noundef nonnull @.str.13, ptr noundef nonnull %2) #7
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %15

9:                                                ; preds = %6
  %10 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #7
  %11 = load i32, ptr %2, align 4, !tbaa !16
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
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !4
  %5 = and i32 %4, 1
  %6 = add nuw nsw i32 %5, %3
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 64), align 4, !tbaa !4
  %8 = and i32 %7, 1
  %9 = add nuw nsw i32 %8, %6
  %10 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 96), align 4, !tbaa !4
  %11 = and i32 %10, 1
  %12 = add nuw nsw i32 %11, %9
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 128), align 4, !tbaa !4
  %14 = and i32 %13, 1
  %15 = add nuw nsw i32 %14, %12
  %16 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 160), align 4, !tbaa !4
  %17 = and i32 %16, 1
  %18 = add nuw nsw i32 %17, %15
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 192), align 4, !tbaa !4
  %20 = and i32 %19, 1
  %21 = add nuw nsw i32 %20, %18
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 224), align 4, !tbaa !4
  %23 = and i32 %22, 1
  %24 = add nuw nsw i32 %23, %21
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 256), align 4, !tbaa !4
  %26 = and i32 %25, 1
  %27 = add nuw nsw i32 %26, %24
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 288), align 4, !tbaa !4
  %29 = and i32 %28, 1
  %30 = add nuw nsw i32 %29, %27
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 320), align 4, !tbaa !4
  %32 = and i32 %31, 1
  %33 = add nuw nsw i32 %32, %30
  %34 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 352), align 4, !tbaa !4
  %35 = and i32 %34, 1
  %36 = add nuw nsw i32 %35, %33
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 384), align 4, !tbaa !4
  %38 = and i32 %37, 1
  %39 = add nuw nsw i32 %38, %36
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 416), align 4, !tbaa !4
  %41 = and i32 %40, 1
  %42 = add nuw nsw i32 %41, %39
  %43 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 448), align 4, !tbaa !4
  %44 = and i32 %43, 1
  %45 = add nuw nsw i32 %44, %42
  %46 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 480), align 4, !tbaa !4
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
  br i1 %14, label %15, label %2, !llvm.loop !19

15:                                               ; preds = %12, %8
  %16 = phi ptr [ %4, %8 ], [ null, %12 ]
  ret ptr %16
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local ptr @find_service_by_endpoint(i32 noundef %0) local_unnamed_addr #5 {
  %2 = load i32, ptr @rproc, align 4, !tbaa !4
  %3 = and i32 %2, 1
  %4 = icmp ne i32 %3, 0
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 4), align 4
  %6 = icmp eq i32 %5, %0
  %7 = select i1 %4, i1 %6, i1 false
  br i1 %7, label %114, label %8

8:                                                ; preds = %1
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !4
  %10 = and i32 %9, 1
  %11 = icmp ne i32 %10, 0
  %12 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 36), align 4
  %13 = icmp eq i32 %12, %0
  %14 = select i1 %11, i1 %13, i1 false
  br i1 %14, label %114, label %15

15:                                               ; preds = %8
  %16 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 64), align 4, !tbaa !4
  %17 = and i32 %16, 1
  %18 = icmp ne i32 %17, 0
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 68), align 4
  %20 = icmp eq i32 %19, %0
  %21 = select i1 %18, i1 %20, i1 false
  br i1 %21, label %114, label %22

22:                                               ; preds = %15
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 96), align 4, !tbaa !4
  %24 = and i32 %23, 1
  %25 = icmp ne i32 %24, 0
  %26 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 100), align 4
  %27 = icmp eq i32 %26, %0
  %28 = select i1 %25, i1 %27, i1 false
  br i1 %28, label %114, label %29

29:                                               ; preds = %22
  %30 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 128), align 4, !tbaa !4
  %31 = and i32 %30, 1
  %32 = icmp ne i32 %31, 0
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 132), align 4
  %34 = icmp eq i32 %33, %0
  %35 = select i1 %32, i1 %34, i1 false
  br i1 %35, label %114, label %36

36:                                               ; preds = %29
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 160), align 4, !tbaa !4
  %38 = and i32 %37, 1
  %39 = icmp ne i32 %38, 0
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 164), align 4
  %41 = icmp eq i32 %40, %0
  %42 = select i1 %39, i1 %41, i1 false
  br i1 %42, label %114, label %43

43:                                               ; preds = %36
  %44 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 192), align 4, !tbaa !4
  %45 = and i32 %44, 1
  %46 = icmp ne i32 %45, 0
  %47 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 196), align 4
  %48 = icmp eq i32 %47, %0
  %49 = select i1 %46, i1 %48, i1 false
  br i1 %49, label %114, label %50

50:                                               ; preds = %43
  %51 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 224), align 4, !tbaa !4
  %52 = and i32 %51, 1
  %53 = icmp ne i32 %52, 0
  %54 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 228), align 4
  %55 = icmp eq i32 %54, %0
  %56 = select i1 %53, i1 %55, i1 false
  br i1 %56, label %114, label %57

57:                                               ; preds = %50
  %58 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 256), align 4, !tbaa !4
  %59 = and i32 %58, 1
  %60 = icmp ne i32 %59, 0
  %61 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 260), align 4
  %62 = icmp eq i32 %61, %0
  %63 = select i1 %60, i1 %62, i1 false
  br i1 %63, label %114, label %64

64:                                               ; preds = %57
  %65 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 288), align 4, !tbaa !4
  %66 = and i32 %65, 1
  %67 = icmp ne i32 %66, 0
  %68 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 292), align 4
  %69 = icmp eq i32 %68, %0
  %70 = select i1 %67, i1 %69, i1 false
  br i1 %70, label %114, label %71

71:                                               ; preds = %64
  %72 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 320), align 4, !tbaa !4
  %73 = and i32 %72, 1
  %74 = icmp ne i32 %73, 0
  %75 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 324), align 4
  %76 = icmp eq i32 %75, %0
  %77 = select i1 %74, i1 %76, i1 false
  br i1 %77, label %114, label %78

78:                                               ; preds = %71
  %79 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 352), align 4, !tbaa !4
  %80 = and i32 %79, 1
  %81 = icmp ne i32 %80, 0
  %82 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 356), align 4
  %83 = icmp eq i32 %82, %0
  %84 = select i1 %81, i1 %83, i1 false
  br i1 %84, label %114, label %85

85:                                               ; preds = %78
  %86 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 384), align 4, !tbaa !4
  %87 = and i32 %86, 1
  %88 = icmp ne i32 %87, 0
  %89 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 388), align 4
  %90 = icmp eq i32 %89, %0
  %91 = select i1 %88, i1 %90, i1 false
  br i1 %91, label %114, label %92

92:                                               ; preds = %85
  %93 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 416), align 4, !tbaa !4
  %94 = and i32 %93, 1
  %95 = icmp ne i32 %94, 0
  %96 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 420), align 4
  %97 = icmp eq i32 %96, %0
  %98 = select i1 %95, i1 %97, i1 false
  br i1 %98, label %114, label %99

99:                                               ; preds = %92
  %100 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 448), align 4, !tbaa !4
  %101 = and i32 %100, 1
  %102 = icmp ne i32 %101, 0
  %103 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 452), align 4
  %104 = icmp eq i32 %103, %0
  %105 = select i1 %102, i1 %104, i1 false
  br i1 %105, label %114, label %106

106:                                              ; preds = %99
  %107 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 480), align 4, !tbaa !4
  %108 = and i32 %107, 1
  %109 = icmp ne i32 %108, 0
  %110 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 484), align 4
  %111 = icmp eq i32 %110, %0
  %112 = select i1 %109, i1 %111, i1 false
  %113 = select i1 %112, ptr getelementptr inbounds (i8, ptr @rproc, i32 480), ptr null
  br label %114

114:                                              ; preds = %106, %99, %92, %85, %78, %71, %64, %57, %50, %43, %36, %29, %22, %15, %8, %1
  %115 = phi ptr [ @rproc, %1 ], [ getelementptr inbounds (i8, ptr @rproc, i32 32), %8 ], [ getelementptr inbounds (i8, ptr @rproc, i32 64), %15 ], [ getelementptr inbounds (i8, ptr @rproc, i32 96), %22 ], [ getelementptr inbounds (i8, ptr @rproc, i32 128), %29 ], [ getelementptr inbounds (i8, ptr @rproc, i32 160), %36 ], [ getelementptr inbounds (i8, ptr @rproc, i32 192), %43 ], [ getelementptr inbounds (i8, ptr @rproc, i32 224), %50 ], [ getelementptr inbounds (i8, ptr @rproc, i32 256), %57 ], [ getelementptr inbounds (i8, ptr @rproc, i32 288), %64 ], [ getelementptr inbounds (i8, ptr @rproc, i32 320), %71 ], [ getelementptr inbounds (i8, ptr @rproc, i32 352), %78 ], [ getelementptr inbounds (i8, ptr @rproc, i32 384), %85 ], [ getelementptr inbounds (i8, ptr @rproc, i32 416), %92 ], [ getelementptr inbounds (i8, ptr @rproc, i32 448), %99 ], [ %113, %106 ]
  ret ptr %115
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local ptr @alloc_service() local_unnamed_addr #5 {
  %1 = load i32, ptr @rproc, align 4, !tbaa !4
  %2 = and i32 %1, 1
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %65, label %4

4:                                                ; preds = %0
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 32), align 4, !tbaa !4
  %6 = and i32 %5, 1
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %65, label %8

8:                                                ; preds = %4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 64), align 4, !tbaa !4
  %10 = and i32 %9, 1
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %65, label %12

12:                                               ; preds = %8
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 96), align 4, !tbaa !4
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %65, label %16

16:                                               ; preds = %12
  %17 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 128), align 4, !tbaa !4
  %18 = and i32 %17, 1
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %65, label %20

20:                                               ; preds = %16
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 160), align 4, !tbaa !4
  %22 = and i32 %21, 1
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %65, label %24

24:                                               ; preds = %20
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 192), align 4, !tbaa !4
  %26 = and i32 %25, 1
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %65, label %28

28:                                               ; preds = %24
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 224), align 4, !tbaa !4
  %30 = and i32 %29, 1
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %65, label %32

32:                                               ; preds = %28
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 256), align 4, !tbaa !4
  %34 = and i32 %33, 1
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %65, label %36

36:                                               ; preds = %32
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 288), align 4, !tbaa !4
  %38 = and i32 %37, 1
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %65, label %40

40:                                               ; preds = %36
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 320), align 4, !tbaa !4
  %42 = and i32 %41, 1
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %65, label %44

44:                                               ; preds = %40
  %45 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 352), align 4, !tbaa !4
  %46 = and i32 %45, 1
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %65, label %48

48:                                               ; preds = %44
  %49 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 384), align 4, !tbaa !4
  %50 = and i32 %49, 1
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %65, label %52

52:                                               ; preds = %48
  %53 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 416), align 4, !tbaa !4
  %54 = and i32 %53, 1
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %65, label %56

56:                                               ; preds = %52
  %57 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 448), align 4, !tbaa !4
  %58 = and i32 %57, 1
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %65, label %60

60:                                               ; preds = %56
  %61 = load i32, ptr getelementptr inbounds (i8, ptr @rproc, i32 480), align 4, !tbaa !4
  %62 = and i32 %61, 1
  %63 = icmp eq i32 %62, 0
  %64 = select i1 %63, ptr getelementptr inbounds (i8, ptr @rproc, i32 480), ptr null
  br label %65

65:                                               ; preds = %60, %56, %52, %48, %44, %40, %36, %32, %28, %24, %20, %16, %12, %8, %4, %0
  %66 = phi ptr [ @rproc, %0 ], [ getelementptr inbounds (i8, ptr @rproc, i32 32), %4 ], [ getelementptr inbounds (i8, ptr @rproc, i32 64), %8 ], [ getelementptr inbounds (i8, ptr @rproc, i32 96), %12 ], [ getelementptr inbounds (i8, ptr @rproc, i32 128), %16 ], [ getelementptr inbounds (i8, ptr @rproc, i32 160), %20 ], [ getelementptr inbounds (i8, ptr @rproc, i32 192), %24 ], [ getelementptr inbounds (i8, ptr @rproc, i32 224), %28 ], [ getelementptr inbounds (i8, ptr @rproc, i32 256), %32 ], [ getelementptr inbounds (i8, ptr @rproc, i32 288), %36 ], [ getelementptr inbounds (i8, ptr @rproc, i32 320), %40 ], [ getelementptr inbounds (i8, ptr @rproc, i32 352), %44 ], [ getelementptr inbounds (i8, ptr @rproc, i32 384), %48 ], [ getelementptr inbounds (i8, ptr @rproc, i32 416), %52 ], [ getelementptr inbounds (i8, ptr @rproc, i32 448), %56 ], [ %64, %60 ]
  ret ptr %66
}

; Function Attrs: nounwind
define dso_local void @late_reply(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #4 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #6
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #7
  %5 = getelementptr inbounds i8, ptr %3, i32 4
  store i32 %1, ptr %5, align 4, !tbaa !13
  %6 = getelementptr inbounds i8, ptr %0, i32 28
  %7 = load i32, ptr %6, align 4, !tbaa !12
  %8 = call i32 @ipc_sendnb(i32 noundef %7, ptr noundef nonnull %3) #7
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %11, label %10

10:                                               ; preds = %2
  call void @panic(ptr noundef nonnull @.str.26) #8
  unreachable

11:                                               ; preds = %2
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #6
  ret void
}

declare dso_local i32 @ipc_sendnb(i32 noundef, ptr noundef) local_unnamed_addr #2

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
!5 = !{!"rproc", !6, i64 0, !6, i64 4, !6, i64 8, !7, i64 12, !6, i64 28}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !6, i64 16}
!10 = !{!"boot_service", !7, i64 0, !6, i64 16}
!11 = !{!5, !6, i64 4}
!12 = !{!5, !6, i64 28}
!13 = !{!14, !6, i64 4}
!14 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!15 = !{!14, !6, i64 0}
!16 = !{!6, !6, i64 0}
!17 = !{!7, !7, i64 0}
!18 = !{!5, !6, i64 8}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
