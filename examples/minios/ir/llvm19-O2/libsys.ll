; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@kernel_call_table = dso_local local_unnamed_addr global [7 x ptr] [ptr @softint_send, ptr @softint_receive, ptr @softint_sendrec, ptr @softint_sendnb, ptr @softint_notify, ptr @softint_senda, ptr @softint_kernel_call], align 4

; Function Attrs: nounwind
define dso_local i32 @asynsend3(i32 noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = and i32 %0, -4097
  %5 = icmp eq i32 %4, 27648
  br i1 %5, label %8, label %6

6:                                                ; preds = %3
  %7 = tail call i32 @ipc_senda(i32 noundef %0, ptr noundef %1, i32 noundef %2) #8
  br label %8

8:                                                ; preds = %6, %3
  %9 = phi i32 [ %7, %6 ], [ -22, %3 ]
  ret i32 %9
}

; Function Attrs: nounwind
define dso_local i32 @getuptime(ptr nocapture noundef writeonly %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #9
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #8
  %4 = call i32 @_taskcall(i32 noundef -3, i32 noundef 2048, ptr noundef nonnull %2) #8
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = getelementptr inbounds i8, ptr %2, i32 8
  %8 = load i32, ptr %7, align 4, !tbaa !4
  store i32 %8, ptr %0, align 4, !tbaa !7
  br label %9

9:                                                ; preds = %6, %1
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #9
  ret i32 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define dso_local i32 @ds_publish_label(ptr noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #9
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #8
  %6 = getelementptr inbounds i8, ptr %4, i32 24
  store i32 %1, ptr %6, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %4, i32 28
  store i32 %2, ptr %7, align 4, !tbaa !4
  %8 = getelementptr inbounds i8, ptr %4, i32 8
  %9 = call i32 @strlcpy(ptr noundef nonnull %8, ptr noundef %0, i32 noundef 16) #8
  %10 = call i32 @_taskcall(i32 noundef 3, i32 noundef 1024, ptr noundef nonnull %4) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #9
  ret i32 %10
}

; Function Attrs: nounwind
define dso_local i32 @ds_retrieve_label_endpt(ptr noundef %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #8
  %5 = getelementptr inbounds i8, ptr %3, i32 8
  %6 = call i32 @strlcpy(ptr noundef nonnull %5, ptr noundef %0, i32 noundef 16) #8
  %7 = call i32 @_taskcall(i32 noundef 3, i32 noundef 1025, ptr noundef nonnull %3) #8
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %3, i32 24
  %11 = load i32, ptr %10, align 4, !tbaa !4
  store i32 %11, ptr %1, align 4, !tbaa !7
  br label %12

12:                                               ; preds = %9, %2
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9
  ret i32 %7
}

; Function Attrs: nounwind
define dso_local i32 @ds_delete_label(ptr noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #9
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #8
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  %5 = call i32 @strlcpy(ptr noundef nonnull %4, ptr noundef %0, i32 noundef 16) #8
  %6 = call i32 @_taskcall(i32 noundef 3, i32 noundef 1026, ptr noundef nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #9
  ret i32 %6
}

; Function Attrs: nounwind
define dso_local i32 @ds_subscribe(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #8
  %5 = getelementptr inbounds i8, ptr %3, i32 28
  store i32 %1, ptr %5, align 4, !tbaa !4
  %6 = getelementptr inbounds i8, ptr %3, i32 8
  %7 = call i32 @strlcpy(ptr noundef nonnull %6, ptr noundef %0, i32 noundef 16) #8
  %8 = call i32 @_taskcall(i32 noundef 3, i32 noundef 1027, ptr noundef nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @ipc_send(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = load ptr, ptr @kernel_call_table, align 4, !tbaa !9
  %4 = tail call i32 %3(i32 noundef %0, ptr noundef %1, ptr noundef null) #8
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local i32 @ipc_sendnb(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 12), align 4, !tbaa !9
  %4 = tail call i32 %3(i32 noundef %0, ptr noundef %1, ptr noundef null) #8
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local i32 @ipc_senda(i32 noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca i32, align 4
  store i32 %2, ptr %4, align 4, !tbaa !7
  %5 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 20), align 4, !tbaa !9
  %6 = call i32 %5(i32 noundef %0, ptr noundef %1, ptr noundef nonnull %4) #8
  ret i32 %6
}

; Function Attrs: nounwind
define dso_local i32 @ipc_notify(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 16), align 4, !tbaa !9
  %3 = tail call i32 %2(i32 noundef %0, ptr noundef null, ptr noundef null) #8
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local i32 @ipc_receive(i32 noundef %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 4), align 4, !tbaa !9
  %5 = tail call i32 %4(i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @_kernel_call(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds i8, ptr %1, i32 4
  store i32 %0, ptr %3, align 4, !tbaa !11
  %4 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 24), align 4, !tbaa !9
  %5 = tail call i32 %4(i32 noundef -2, ptr noundef %1, ptr noundef null) #8
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !11
  br label %9

9:                                                ; preds = %7, %2
  %10 = phi i32 [ %8, %7 ], [ %5, %2 ]
  ret i32 %10
}

; Function Attrs: noreturn nounwind
define dso_local void @panic(ptr nocapture noundef readnone %0) local_unnamed_addr #2 {
  %2 = tail call i32 @sys_abort(i32 noundef 0) #8
  br label %3

3:                                                ; preds = %3, %1
  br label %3
}

; Function Attrs: nounwind
define internal i32 @softint_send(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 0, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_receive(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 1, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_sendrec(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 2, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_sendnb(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 3, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_notify(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 4, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_senda(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 5, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

; Function Attrs: nounwind
define internal i32 @softint_kernel_call(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = tail call i32 @_kernel_trap(i32 noundef 6, i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  ret i32 %4
}

declare dso_local i32 @_kernel_trap(i32 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
define dso_local i32 @sef_receive_status(i32 noundef %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %1, i32 4
  br label %5

5:                                                ; preds = %11, %3
  %6 = tail call i32 @ipc_receive(i32 noundef %0, ptr noundef %1, ptr noundef %2) #8
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %14

8:                                                ; preds = %5
  %9 = load i32, ptr %1, align 4, !tbaa !13
  %10 = icmp eq i32 %9, -3
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !11
  %13 = icmp eq i32 %12, 4096
  br i1 %13, label %5, label %14

14:                                               ; preds = %11, %8, %5
  ret i32 %6
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i32 @strlen(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i32 [ 0, %1 ], [ %7, %2 ]
  %4 = getelementptr inbounds i8, ptr %0, i32 %3
  %5 = load i8, ptr %4, align 1, !tbaa !4
  %6 = icmp eq i8 %5, 0
  %7 = add i32 %3, 1
  br i1 %6, label %8, label %2, !llvm.loop !14

8:                                                ; preds = %2
  ret i32 %3
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local range(i32 -255, 256) i32 @strncmp(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #5 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %23, label %5

5:                                                ; preds = %16, %3
  %6 = phi i32 [ %20, %16 ], [ %2, %3 ]
  %7 = phi ptr [ %19, %16 ], [ %1, %3 ]
  %8 = phi ptr [ %18, %16 ], [ %0, %3 ]
  %9 = load i8, ptr %8, align 1, !tbaa !4
  %10 = load i8, ptr %7, align 1, !tbaa !4
  %11 = icmp eq i8 %9, %10
  br i1 %11, label %16, label %12

12:                                               ; preds = %5
  %13 = zext i8 %9 to i32
  %14 = zext i8 %10 to i32
  %15 = sub nsw i32 %13, %14
  br label %23

16:                                               ; preds = %5
  %17 = icmp eq i8 %9, 0
  %18 = getelementptr inbounds i8, ptr %8, i32 1
  %19 = getelementptr inbounds i8, ptr %7, i32 1
  %20 = add i32 %6, -1
  %21 = icmp eq i32 %20, 0
  %22 = select i1 %17, i1 true, i1 %21
  br i1 %22, label %23, label %5, !llvm.loop !16

23:                                               ; preds = %16, %12, %3
  %24 = phi i32 [ %15, %12 ], [ 0, %3 ], [ 0, %16 ]
  ret i32 %24
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local i32 @strlcpy(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #6 {
  switch i32 %2, label %4 [
    i32 0, label %17
    i32 1, label %14
  ]

4:                                                ; preds = %10, %3
  %5 = phi i32 [ %12, %10 ], [ 1, %3 ]
  %6 = phi i32 [ %5, %10 ], [ 0, %3 ]
  %7 = getelementptr inbounds i8, ptr %1, i32 %6
  %8 = load i8, ptr %7, align 1, !tbaa !4
  %9 = icmp eq i8 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %0, i32 %6
  store i8 %8, ptr %11, align 1, !tbaa !4
  %12 = add nuw i32 %5, 1
  %13 = icmp eq i32 %12, %2
  br i1 %13, label %14, label %4, !llvm.loop !17

14:                                               ; preds = %10, %4, %3
  %15 = phi i32 [ 0, %3 ], [ %5, %10 ], [ %6, %4 ]
  %16 = getelementptr inbounds i8, ptr %0, i32 %15
  store i8 0, ptr %16, align 1, !tbaa !4
  br label %17

17:                                               ; preds = %14, %3
  %18 = phi i32 [ %2, %3 ], [ %15, %14 ]
  br label %19

19:                                               ; preds = %19, %17
  %20 = phi i32 [ %24, %19 ], [ %18, %17 ]
  %21 = getelementptr inbounds i8, ptr %1, i32 %20
  %22 = load i8, ptr %21, align 1, !tbaa !4
  %23 = icmp eq i8 %22, 0
  %24 = add i32 %20, 1
  br i1 %23, label %25, label %19, !llvm.loop !18

25:                                               ; preds = %19
  ret i32 %20
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, inaccessiblemem: none)
define dso_local noundef ptr @memset(ptr noundef returned writeonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #7 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %34, label %5

5:                                                ; preds = %3
  %6 = trunc i32 %1 to i8
  %7 = and i32 %2, 7
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %17, label %9

9:                                                ; preds = %9, %5
  %10 = phi ptr [ %14, %9 ], [ %0, %5 ]
  %11 = phi i32 [ %13, %9 ], [ %2, %5 ]
  %12 = phi i32 [ %15, %9 ], [ 0, %5 ]
  %13 = add i32 %11, -1
  %14 = getelementptr inbounds i8, ptr %10, i32 1
  store i8 %6, ptr %10, align 1, !tbaa !4
  %15 = add i32 %12, 1
  %16 = icmp eq i32 %15, %7
  br i1 %16, label %17, label %9, !llvm.loop !19

17:                                               ; preds = %9, %5
  %18 = phi ptr [ %0, %5 ], [ %14, %9 ]
  %19 = phi i32 [ %2, %5 ], [ %13, %9 ]
  %20 = icmp ult i32 %2, 8
  br i1 %20, label %34, label %21

21:                                               ; preds = %21, %17
  %22 = phi ptr [ %32, %21 ], [ %18, %17 ]
  %23 = phi i32 [ %31, %21 ], [ %19, %17 ]
  %24 = getelementptr inbounds i8, ptr %22, i32 1
  store i8 %6, ptr %22, align 1, !tbaa !4
  %25 = getelementptr inbounds i8, ptr %22, i32 2
  store i8 %6, ptr %24, align 1, !tbaa !4
  %26 = getelementptr inbounds i8, ptr %22, i32 3
  store i8 %6, ptr %25, align 1, !tbaa !4
  %27 = getelementptr inbounds i8, ptr %22, i32 4
  store i8 %6, ptr %26, align 1, !tbaa !4
  %28 = getelementptr inbounds i8, ptr %22, i32 5
  store i8 %6, ptr %27, align 1, !tbaa !4
  %29 = getelementptr inbounds i8, ptr %22, i32 6
  store i8 %6, ptr %28, align 1, !tbaa !4
  %30 = getelementptr inbounds i8, ptr %22, i32 7
  store i8 %6, ptr %29, align 1, !tbaa !4
  %31 = add i32 %23, -8
  %32 = getelementptr inbounds i8, ptr %22, i32 8
  store i8 %6, ptr %30, align 1, !tbaa !4
  %33 = icmp eq i32 %31, 0
  br i1 %33, label %34, label %21, !llvm.loop !21

34:                                               ; preds = %21, %17, %3
  ret ptr %0
}

; Function Attrs: nounwind
define dso_local i32 @sys_fork(i32 noundef %0, i32 noundef %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #9
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #8
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %1, ptr %7, align 4, !tbaa !4
  %8 = call i32 @_kernel_call(i32 noundef 1792, ptr noundef nonnull %4) #8
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %3
  %11 = getelementptr inbounds i8, ptr %4, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !4
  store i32 %12, ptr %2, align 4, !tbaa !7
  br label %13

13:                                               ; preds = %10, %3
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #9
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @sys_kill(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #8
  %5 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 %0, ptr %5, align 4, !tbaa !4
  %6 = getelementptr inbounds i8, ptr %3, i32 12
  store i32 %1, ptr %6, align 4, !tbaa !4
  %7 = call i32 @_kernel_call(i32 noundef 1793, ptr noundef nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9
  ret i32 %7
}

; Function Attrs: nounwind
define dso_local i32 @sys_datacopy(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %6) #9
  %7 = call ptr @memset(ptr noundef nonnull %6, i32 noundef 0, i32 noundef 64) #8
  %8 = getelementptr inbounds i8, ptr %6, i32 8
  store i32 %0, ptr %8, align 4, !tbaa !4
  %9 = getelementptr inbounds i8, ptr %6, i32 12
  store i32 %1, ptr %9, align 4, !tbaa !4
  %10 = getelementptr inbounds i8, ptr %6, i32 16
  store i32 %2, ptr %10, align 4, !tbaa !4
  %11 = getelementptr inbounds i8, ptr %6, i32 20
  store i32 %3, ptr %11, align 4, !tbaa !4
  %12 = getelementptr inbounds i8, ptr %6, i32 24
  store i32 %4, ptr %12, align 4, !tbaa !4
  %13 = call i32 @_kernel_call(i32 noundef 1794, ptr noundef nonnull %6) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %6) #9
  ret i32 %13
}

; Function Attrs: nounwind
define dso_local i32 @sys_abort(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #9
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #8
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_kernel_call(i32 noundef 1795, ptr noundef nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #9
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @_taskcall(i32 noundef %0, i32 noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %2, i32 4
  store i32 %1, ptr %4, align 4, !tbaa !11
  %5 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 8), align 4, !tbaa !9
  %6 = tail call i32 %5(i32 noundef %0, ptr noundef %2, ptr noundef null) #8
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  %9 = load i32, ptr %4, align 4, !tbaa !11
  br label %10

10:                                               ; preds = %8, %3
  %11 = phi i32 [ %9, %8 ], [ %6, %3 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i32 @vm_fork(i32 noundef %0, i32 noundef %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #9
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #8
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %1, ptr %7, align 4, !tbaa !4
  %8 = call i32 @_taskcall(i32 noundef 2, i32 noundef 769, ptr noundef nonnull %4) #8
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %3
  %11 = getelementptr inbounds i8, ptr %4, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !4
  store i32 %12, ptr %2, align 4, !tbaa !7
  br label %13

13:                                               ; preds = %10, %3
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #9
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @vm_exit(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #9
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #8
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_taskcall(i32 noundef 2, i32 noundef 768, ptr noundef nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #9
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @vm_exec_newmem(i32 noundef %0, i32 noundef %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #9
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #8
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %1, ptr %7, align 4, !tbaa !4
  %8 = call i32 @_taskcall(i32 noundef 2, i32 noundef 772, ptr noundef nonnull %4) #8
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %3
  %11 = getelementptr inbounds i8, ptr %4, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !4
  store i32 %12, ptr %2, align 4, !tbaa !7
  br label %13

13:                                               ; preds = %10, %3
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #9
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @vm_info_usage(i32 noundef %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #8
  %5 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 %0, ptr %5, align 4, !tbaa !4
  %6 = call i32 @_taskcall(i32 noundef 2, i32 noundef 773, ptr noundef nonnull %3) #8
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %14

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %3, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !4
  store i32 %10, ptr %1, align 4, !tbaa !22
  %11 = getelementptr inbounds i8, ptr %3, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !4
  %13 = getelementptr inbounds i8, ptr %1, i32 4
  store i32 %12, ptr %13, align 4, !tbaa !24
  br label %14

14:                                               ; preds = %8, %2
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9
  ret i32 %6
}

attributes #0 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: read) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree norecurse nosync nounwind memory(write, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin nounwind "no-builtins" }
attributes #9 = { nounwind }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !5, i64 0}
!11 = !{!12, !8, i64 4}
!12 = !{!"", !8, i64 0, !8, i64 4, !5, i64 8}
!13 = !{!12, !8, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.unroll.disable"}
!21 = distinct !{!21, !15}
!22 = !{!23, !8, i64 0}
!23 = !{!"vm_usage_info", !8, i64 0, !8, i64 4}
!24 = !{!23, !8, i64 4}
