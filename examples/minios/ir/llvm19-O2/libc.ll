; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@kernel_call_table = external dso_local local_unnamed_addr global [7 x ptr], align 4

; Function Attrs: nounwind
define dso_local i32 @fork() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %2 = call ptr @memset(ptr noundef nonnull %1, i32 noundef 0, i32 noundef 64) #6
  %3 = call i32 @_syscall(i32 noundef 0, i32 noundef 257, ptr noundef nonnull %1) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  ret i32 %3
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: noreturn nounwind
define dso_local void @_exit(i32 noundef %0) local_unnamed_addr #2 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_syscall(i32 noundef 0, i32 noundef 256, ptr noundef nonnull %2) #6
  br label %6

6:                                                ; preds = %6, %1
  br label %6
}

; Function Attrs: nounwind
define dso_local i32 @execve(ptr noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = ptrtoint ptr %0 to i32
  %5 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %4, ptr %5, align 4, !tbaa !4
  %6 = call i32 @strlen(ptr noundef %0) #6
  %7 = getelementptr inbounds i8, ptr %2, i32 12
  store i32 %6, ptr %7, align 4, !tbaa !4
  %8 = call i32 @_syscall(i32 noundef 0, i32 noundef 258, ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @getpid() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %2 = call ptr @memset(ptr noundef nonnull %1, i32 noundef 0, i32 noundef 64) #6
  %3 = call i32 @_syscall(i32 noundef 0, i32 noundef 259, ptr noundef nonnull %1) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local i32 @kill(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #5
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #6
  %5 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 %0, ptr %5, align 4, !tbaa !4
  %6 = getelementptr inbounds i8, ptr %3, i32 12
  store i32 %1, ptr %6, align 4, !tbaa !4
  %7 = call i32 @_syscall(i32 noundef 0, i32 noundef 260, ptr noundef nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #5
  ret i32 %7
}

; Function Attrs: nounwind
define dso_local i32 @setuid(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_syscall(i32 noundef 0, i32 noundef 261, ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @getuid() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %2 = call ptr @memset(ptr noundef nonnull %1, i32 noundef 0, i32 noundef 64) #6
  %3 = call i32 @_syscall(i32 noundef 0, i32 noundef 262, ptr noundef nonnull %1) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local i32 @reboot(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_syscall(i32 noundef 0, i32 noundef 263, ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @getrusage(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #5
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #6
  %5 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 %0, ptr %5, align 4, !tbaa !4
  %6 = ptrtoint ptr %1 to i32
  %7 = getelementptr inbounds i8, ptr %3, i32 12
  store i32 %6, ptr %7, align 4, !tbaa !4
  %8 = call i32 @_syscall(i32 noundef 0, i32 noundef 264, ptr noundef nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #5
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local i32 @minix_rs_lookup(ptr noundef %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #5
  %4 = tail call i32 @strlen(ptr noundef %0) #6
  %5 = icmp ugt i32 %4, 15
  br i1 %5, label %53, label %6

6:                                                ; preds = %2
  %7 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #6
  %8 = getelementptr inbounds i8, ptr %3, i32 8
  %9 = add nuw nsw i32 %4, 1
  %10 = and i32 %9, 3
  %11 = icmp ult i32 %4, 3
  br i1 %11, label %35, label %12

12:                                               ; preds = %6
  %13 = and i32 %9, 28
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i32 [ 0, %12 ], [ %32, %14 ]
  %16 = phi i32 [ 0, %12 ], [ %33, %14 ]
  %17 = getelementptr inbounds i8, ptr %0, i32 %15
  %18 = load i8, ptr %17, align 1, !tbaa !4
  %19 = getelementptr inbounds [16 x i8], ptr %8, i32 0, i32 %15
  store i8 %18, ptr %19, align 4, !tbaa !4
  %20 = or disjoint i32 %15, 1
  %21 = getelementptr inbounds i8, ptr %0, i32 %20
  %22 = load i8, ptr %21, align 1, !tbaa !4
  %23 = getelementptr inbounds [16 x i8], ptr %8, i32 0, i32 %20
  store i8 %22, ptr %23, align 1, !tbaa !4
  %24 = or disjoint i32 %15, 2
  %25 = getelementptr inbounds i8, ptr %0, i32 %24
  %26 = load i8, ptr %25, align 1, !tbaa !4
  %27 = getelementptr inbounds [16 x i8], ptr %8, i32 0, i32 %24
  store i8 %26, ptr %27, align 2, !tbaa !4
  %28 = or disjoint i32 %15, 3
  %29 = getelementptr inbounds i8, ptr %0, i32 %28
  %30 = load i8, ptr %29, align 1, !tbaa !4
  %31 = getelementptr inbounds [16 x i8], ptr %8, i32 0, i32 %28
  store i8 %30, ptr %31, align 1, !tbaa !4
  %32 = add nuw i32 %15, 4
  %33 = add i32 %16, 4
  %34 = icmp eq i32 %33, %13
  br i1 %34, label %35, label %14, !llvm.loop !7

35:                                               ; preds = %14, %6
  %36 = phi i32 [ 0, %6 ], [ %32, %14 ]
  %37 = icmp eq i32 %10, 0
  br i1 %37, label %47, label %38

38:                                               ; preds = %38, %35
  %39 = phi i32 [ %44, %38 ], [ %36, %35 ]
  %40 = phi i32 [ %45, %38 ], [ 0, %35 ]
  %41 = getelementptr inbounds i8, ptr %0, i32 %39
  %42 = load i8, ptr %41, align 1, !tbaa !4
  %43 = getelementptr inbounds [16 x i8], ptr %8, i32 0, i32 %39
  store i8 %42, ptr %43, align 1, !tbaa !4
  %44 = add nuw i32 %39, 1
  %45 = add i32 %40, 1
  %46 = icmp eq i32 %45, %10
  br i1 %46, label %47, label %38, !llvm.loop !9

47:                                               ; preds = %38, %35
  %48 = call i32 @_syscall(i32 noundef 4, i32 noundef 1282, ptr noundef nonnull %3) #6
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %53

50:                                               ; preds = %47
  %51 = getelementptr inbounds i8, ptr %3, i32 24
  %52 = load i32, ptr %51, align 4, !tbaa !4
  store i32 %52, ptr %1, align 4, !tbaa !11
  br label %53

53:                                               ; preds = %50, %47, %2
  %54 = phi i32 [ -36, %2 ], [ 0, %50 ], [ %48, %47 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #5
  ret i32 %54
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i32 @strlen(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i32 [ 0, %1 ], [ %7, %2 ]
  %4 = getelementptr inbounds i8, ptr %0, i32 %3
  %5 = load i8, ptr %4, align 1, !tbaa !4
  %6 = icmp eq i8 %5, 0
  %7 = add i32 %3, 1
  br i1 %6, label %8, label %2, !llvm.loop !13

8:                                                ; preds = %2
  ret i32 %3
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, inaccessiblemem: none)
define dso_local noundef ptr @memset(ptr noundef returned writeonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #4 {
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
  br i1 %16, label %17, label %9, !llvm.loop !14

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
  br i1 %33, label %34, label %21, !llvm.loop !15

34:                                               ; preds = %21, %17, %3
  ret ptr %0
}

; Function Attrs: nounwind
define dso_local i32 @_syscall(i32 noundef %0, i32 noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %2, i32 4
  store i32 %1, ptr %4, align 4, !tbaa !16
  %5 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 8), align 4, !tbaa !18
  %6 = tail call i32 %5(i32 noundef %0, ptr noundef %2, ptr noundef null) #6
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  %9 = load i32, ptr %4, align 4, !tbaa !16
  br label %10

10:                                               ; preds = %8, %3
  %11 = phi i32 [ %9, %8 ], [ %6, %3 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i32 @open(ptr noundef %0, i32 noundef %1, i16 noundef zeroext %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #5
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #6
  %6 = ptrtoint ptr %0 to i32
  %7 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %6, ptr %7, align 4, !tbaa !4
  %8 = call i32 @strlen(ptr noundef %0) #6
  %9 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %8, ptr %9, align 4, !tbaa !4
  %10 = getelementptr inbounds i8, ptr %4, i32 16
  store i32 %1, ptr %10, align 4, !tbaa !4
  %11 = getelementptr inbounds i8, ptr %4, i32 20
  store i16 %2, ptr %11, align 4, !tbaa !4
  %12 = call i32 @_syscall(i32 noundef 1, i32 noundef 512, ptr noundef nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #5
  ret i32 %12
}

; Function Attrs: nounwind
define dso_local i32 @close(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_syscall(i32 noundef 1, i32 noundef 513, ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i32 @read(i32 noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #5
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #6
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = ptrtoint ptr %1 to i32
  %8 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %7, ptr %8, align 4, !tbaa !4
  %9 = getelementptr inbounds i8, ptr %4, i32 16
  store i32 %2, ptr %9, align 4, !tbaa !4
  %10 = call i32 @_syscall(i32 noundef 1, i32 noundef 514, ptr noundef nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #5
  ret i32 %10
}

; Function Attrs: nounwind
define dso_local i32 @write(i32 noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #5
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #6
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = ptrtoint ptr %1 to i32
  %8 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %7, ptr %8, align 4, !tbaa !4
  %9 = getelementptr inbounds i8, ptr %4, i32 16
  store i32 %2, ptr %9, align 4, !tbaa !4
  %10 = call i32 @_syscall(i32 noundef 1, i32 noundef 515, ptr noundef nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #5
  ret i32 %10
}

; Function Attrs: nounwind
define dso_local i32 @lseek(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #5
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #6
  %6 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %0, ptr %6, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %4, i32 12
  store i32 %1, ptr %7, align 4, !tbaa !4
  %8 = getelementptr inbounds i8, ptr %4, i32 16
  store i32 %2, ptr %8, align 4, !tbaa !4
  %9 = call i32 @_syscall(i32 noundef 1, i32 noundef 516, ptr noundef nonnull %4) #6
  %10 = icmp eq i32 %9, 0
  %11 = load i32, ptr %7, align 4
  %12 = select i1 %10, i32 %11, i32 %9
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #5
  ret i32 %12
}

; Function Attrs: nounwind
define dso_local zeroext i16 @umask(i16 noundef zeroext %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = getelementptr inbounds i8, ptr %2, i32 8
  store i16 %0, ptr %4, align 4, !tbaa !4
  %5 = call i32 @_syscall(i32 noundef 1, i32 noundef 517, ptr noundef nonnull %2) #6
  %6 = trunc i32 %5 to i16
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i16 %6
}

; Function Attrs: nounwind
define dso_local i32 @brk(ptr noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #5
  %3 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #6
  %4 = ptrtoint ptr %0 to i32
  %5 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %4, ptr %5, align 4, !tbaa !4
  %6 = call i32 @_syscall(i32 noundef 2, i32 noundef 770, ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #5
  ret i32 %6
}

; Function Attrs: nounwind
define dso_local ptr @mmap(ptr nocapture noundef readnone %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %7) #5
  %8 = call ptr @memset(ptr noundef nonnull %7, i32 noundef 0, i32 noundef 64) #6
  %9 = getelementptr inbounds i8, ptr %7, i32 8
  store i32 %1, ptr %9, align 4, !tbaa !4
  %10 = call i32 @_syscall(i32 noundef 2, i32 noundef 771, ptr noundef nonnull %7) #6
  %11 = icmp eq i32 %10, 0
  %12 = getelementptr inbounds i8, ptr %7, i32 12
  %13 = load i32, ptr %12, align 4
  %14 = inttoptr i32 %13 to ptr
  %15 = select i1 %11, ptr %14, ptr inttoptr (i32 -1 to ptr)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %7) #5
  ret ptr %15
}

attributes #0 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(write, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !5, i64 0}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !8}
!16 = !{!17, !12, i64 4}
!17 = !{!"", !12, i64 0, !12, i64 4, !5, i64 8}
!18 = !{!19, !19, i64 0}
!19 = !{!"any pointer", !5, i64 0}
