; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mproc = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, [16 x i8], %struct.message }
%struct.vm_usage_info = type { i32, i32 }
%struct.rusage = type { i32, i32, i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"pm: vm_exit failed\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"pm: receive failed\00", align 1
@call_nr = dso_local local_unnamed_addr global i32 0, align 4
@mp = dso_local local_unnamed_addr global ptr null, align 4
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"pm\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"vm\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"ds\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"rs\00", align 1
@shutdown_started = dso_local local_unnamed_addr global i32 0, align 4
@who_e = dso_local local_unnamed_addr global i32 0, align 4
@procs_in_use = dso_local local_unnamed_addr global i32 0, align 4
@who_p = dso_local local_unnamed_addr global i32 0, align 4
@m_in = dso_local global %struct.message zeroinitializer, align 4
@call_vec = dso_local local_unnamed_addr constant [10 x ptr] [ptr @do_exit, ptr @do_fork, ptr @do_exec, ptr @do_getpid, ptr @do_kill, ptr @do_setuid, ptr @do_getuid, ptr @do_reboot, ptr @do_getrusage, ptr null], align 4
@mproc = dso_local global [32 x %struct.mproc] zeroinitializer, align 4
@.str.18 = private unnamed_addr constant [17 x i8] c"pm: cannot reply\00", align 1
@.str.1.21 = private unnamed_addr constant [20 x i8] c"pm: cannot tell vfs\00", align 1
@next_pid = dso_local local_unnamed_addr global i32 0, align 4
@kernel_call_table = external dso_local local_unnamed_addr global [7 x ptr], align 4

; Function Attrs: nounwind
define dso_local i32 @do_exec() #0 {
  %1 = alloca [15 x i8], align 1
  %2 = alloca %struct.message, align 4
  %3 = load i32, ptr @who_p, align 4, !tbaa !4
  %4 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 12), align 4, !tbaa !8
  call void @llvm.lifetime.start.p0(i64 15, ptr nonnull %1) #9
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #9
  %7 = add i32 %6, -15
  %8 = icmp ult i32 %7, -14
  br i1 %8, label %32, label %9

9:                                                ; preds = %0
  %10 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 64) #10
  %11 = getelementptr inbounds i8, ptr %2, i32 4
  store i32 530, ptr %11, align 4, !tbaa !9
  %12 = load i32, ptr %4, align 4, !tbaa !11
  %13 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %12, ptr %13, align 4, !tbaa !8
  %14 = getelementptr inbounds i8, ptr %2, i32 12
  store i32 %5, ptr %14, align 4, !tbaa !8
  %15 = getelementptr inbounds i8, ptr %2, i32 16
  store i32 %6, ptr %15, align 4, !tbaa !8
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 8), align 4, !tbaa !13
  %17 = call i32 %16(i32 noundef 1, ptr noundef nonnull %2, ptr noundef null) #10
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %32

19:                                               ; preds = %9
  %20 = load i32, ptr %11, align 4, !tbaa !9
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %32

22:                                               ; preds = %19
  %23 = load i32, ptr @who_e, align 4, !tbaa !4
  %24 = ptrtoint ptr %1 to i32
  %25 = call i32 @sys_datacopy(i32 noundef %23, i32 noundef %5, i32 noundef 32256, i32 noundef %24, i32 noundef %6) #10
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %32

27:                                               ; preds = %22
  %28 = getelementptr inbounds [15 x i8], ptr %1, i32 0, i32 %6
  store i8 0, ptr %28, align 1, !tbaa !8
  %29 = getelementptr inbounds i8, ptr %4, i32 40
  %30 = call i32 @strlcpy(ptr noundef nonnull %29, ptr noundef nonnull %1, i32 noundef 16) #10
  %31 = getelementptr inbounds i8, ptr %4, i32 28
  store i32 0, ptr %31, align 4, !tbaa !15
  br label %32

32:                                               ; preds = %27, %22, %19, %9, %0
  %33 = phi i32 [ 0, %27 ], [ -36, %0 ], [ %17, %9 ], [ %20, %19 ], [ %25, %22 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 15, ptr nonnull %1) #9
  ret i32 %33
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define dso_local void @exit_proc(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds i8, ptr %0, i32 12
  %4 = load i32, ptr %3, align 4, !tbaa !16
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %21, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %0, i32 16
  store i32 %1, ptr %8, align 4, !tbaa !17
  tail call void @tell_vfs(ptr noundef nonnull %0, i32 noundef 529) #10
  %9 = load i32, ptr %0, align 4, !tbaa !11
  %10 = tail call i32 @vm_exit(i32 noundef %9) #10
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  tail call void @panic(ptr noundef nonnull @.str) #11
  unreachable

13:                                               ; preds = %7
  %14 = getelementptr inbounds i8, ptr %0, i32 8
  %15 = load i32, ptr %14, align 4, !tbaa !18
  %16 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %15, i32 7
  %17 = load i32, ptr %16, align 4, !tbaa !15
  %18 = or i32 %17, 131072
  store i32 %18, ptr %16, align 4, !tbaa !15
  store i32 0, ptr %3, align 4, !tbaa !16
  %19 = load i32, ptr @procs_in_use, align 4, !tbaa !4
  %20 = add nsw i32 %19, -1
  store i32 %20, ptr @procs_in_use, align 4, !tbaa !4
  br label %21

21:                                               ; preds = %13, %2
  ret void
}

declare dso_local i32 @vm_exit(i32 noundef) local_unnamed_addr #2

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
define dso_local i32 @do_fork() #0 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1
  %3 = load i32, ptr @procs_in_use, align 4, !tbaa !4
  %4 = icmp sgt i32 %3, 29
  br i1 %4, label %5, label %9

5:                                                ; preds = %0
  %6 = getelementptr inbounds i8, ptr %2, i32 24
  %7 = load i32, ptr %6, align 4, !tbaa !19
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %29

9:                                                ; preds = %5, %0
  %10 = tail call i32 @get_free_slot() #10
  %11 = icmp slt i32 %10, 0
  br i1 %11, label %29, label %12

12:                                               ; preds = %9
  %13 = tail call i32 @get_free_pid() #10
  %14 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %10
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(120) %14, ptr noundef nonnull align 4 dereferenceable(120) %2, i32 120, i1 false), !tbaa.struct !20
  %15 = load i32, ptr @who_p, align 4, !tbaa !4
  %16 = getelementptr inbounds i8, ptr %14, i32 8
  store i32 %15, ptr %16, align 4, !tbaa !18
  %17 = getelementptr inbounds i8, ptr %14, i32 4
  store i32 %13, ptr %17, align 4, !tbaa !21
  %18 = getelementptr inbounds i8, ptr %14, i32 28
  store i32 0, ptr %18, align 4, !tbaa !15
  %19 = getelementptr inbounds i8, ptr %14, i32 32
  store i32 0, ptr %19, align 4, !tbaa !22
  %20 = getelementptr inbounds i8, ptr %14, i32 36
  store i32 0, ptr %20, align 4, !tbaa !23
  %21 = load i32, ptr %2, align 4, !tbaa !11
  %22 = tail call i32 @vm_fork(i32 noundef %21, i32 noundef %10, ptr noundef nonnull %14) #10
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %26, label %24

24:                                               ; preds = %12
  %25 = getelementptr inbounds i8, ptr %14, i32 12
  store i32 0, ptr %25, align 4, !tbaa !16
  br label %29

26:                                               ; preds = %12
  %27 = load i32, ptr @procs_in_use, align 4, !tbaa !4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr @procs_in_use, align 4, !tbaa !4
  tail call void @tell_vfs(ptr noundef nonnull %14, i32 noundef 528) #10
  br label %29

29:                                               ; preds = %26, %24, %9, %5
  %30 = phi i32 [ %22, %24 ], [ %13, %26 ], [ -11, %5 ], [ -11, %9 ]
  ret i32 %30
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #4

declare dso_local i32 @vm_fork(i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local noundef i32 @do_exit() #0 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  tail call void @exit_proc(ptr noundef nonnull %2, i32 noundef %3) #10
  ret i32 -201
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getpid() #5 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, i32 1
  %3 = load i32, ptr %2, align 4, !tbaa !21
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getuid() #5 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, i32 5
  %3 = load i32, ptr %2, align 4, !tbaa !24
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local range(i32 -22, 1) i32 @do_setuid() #0 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  %4 = icmp slt i32 %3, 0
  br i1 %4, label %15, label %5

5:                                                ; preds = %0
  %6 = getelementptr inbounds i8, ptr %2, i32 20
  %7 = load i32, ptr %6, align 4, !tbaa !24
  %8 = icmp eq i32 %7, %3
  br i1 %8, label %13, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %2, i32 24
  %11 = load i32, ptr %10, align 4, !tbaa !19
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %15

13:                                               ; preds = %9, %5
  store i32 %3, ptr %6, align 4, !tbaa !24
  %14 = getelementptr inbounds i8, ptr %2, i32 24
  store i32 %3, ptr %14, align 4, !tbaa !19
  tail call void @tell_vfs(ptr noundef nonnull %2, i32 noundef 531) #10
  br label %15

15:                                               ; preds = %13, %9, %0
  %16 = phi i32 [ 0, %13 ], [ -22, %0 ], [ -1, %9 ]
  ret i32 %16
}

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #9
  store i32 0, ptr @mproc, align 4, !tbaa !11
  store i32 2, ptr getelementptr inbounds (i8, ptr @mproc, i32 4), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 8), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 12), align 4, !tbaa !16
  %2 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 40), ptr noundef nonnull @.str.2, i32 noundef 16) #10
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 120), align 4, !tbaa !11
  store i32 3, ptr getelementptr inbounds (i8, ptr @mproc, i32 124), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 128), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 132), align 4, !tbaa !16
  %3 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 160), ptr noundef nonnull @.str.3, i32 noundef 16) #10
  store i32 2, ptr getelementptr inbounds (i8, ptr @mproc, i32 240), align 4, !tbaa !11
  store i32 4, ptr getelementptr inbounds (i8, ptr @mproc, i32 244), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 248), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 252), align 4, !tbaa !16
  %4 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 280), ptr noundef nonnull @.str.4, i32 noundef 16) #10
  store i32 3, ptr getelementptr inbounds (i8, ptr @mproc, i32 360), align 4, !tbaa !11
  store i32 5, ptr getelementptr inbounds (i8, ptr @mproc, i32 364), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 368), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 372), align 4, !tbaa !16
  %5 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 400), ptr noundef nonnull @.str.5, i32 noundef 16) #10
  store i32 4, ptr getelementptr inbounds (i8, ptr @mproc, i32 480), align 4, !tbaa !11
  store i32 6, ptr getelementptr inbounds (i8, ptr @mproc, i32 484), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 488), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 492), align 4, !tbaa !16
  %6 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 520), ptr noundef nonnull @.str.6, i32 noundef 16) #10
  store i32 37, ptr getelementptr inbounds (i8, ptr @mproc, i32 600), align 4, !tbaa !11
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 604), align 4, !tbaa !21
  store i32 0, ptr getelementptr inbounds (i8, ptr @mproc, i32 608), align 4, !tbaa !18
  store i32 1, ptr getelementptr inbounds (i8, ptr @mproc, i32 612), align 4, !tbaa !16
  %7 = tail call i32 @strlcpy(ptr noundef nonnull getelementptr inbounds (i8, ptr @mproc, i32 640), ptr noundef nonnull @.str.1, i32 noundef 16) #10
  store i32 6, ptr @procs_in_use, align 4, !tbaa !4
  store i32 7, ptr @next_pid, align 4, !tbaa !4
  %8 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull @m_in, ptr noundef nonnull %1) #10
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %11, label %10

10:                                               ; preds = %42, %0
  call void @panic(ptr noundef nonnull @.str.11) #11
  unreachable

11:                                               ; preds = %42, %0
  %12 = load i32, ptr @m_in, align 4, !tbaa !25
  store i32 %12, ptr @who_e, align 4, !tbaa !4
  %13 = and i32 %12, 31
  store i32 %13, ptr @who_p, align 4, !tbaa !4
  %14 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 4), align 4, !tbaa !9
  store i32 %14, ptr @call_nr, align 4, !tbaa !4
  %15 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %13
  store ptr %15, ptr @mp, align 4, !tbaa !13
  %16 = load i32, ptr %15, align 4, !tbaa !11
  %17 = icmp eq i32 %16, %12
  br i1 %17, label %18, label %42

18:                                               ; preds = %11
  %19 = icmp eq i32 %14, 1536
  br i1 %19, label %20, label %22

20:                                               ; preds = %18
  %21 = call i32 @do_getstatus() #10
  br label %34

22:                                               ; preds = %18
  %23 = and i32 %14, -256
  %24 = icmp eq i32 %23, 256
  br i1 %24, label %25, label %39

25:                                               ; preds = %22
  %26 = add nsw i32 %14, -256
  %27 = icmp ult i32 %26, 10
  br i1 %27, label %28, label %39

28:                                               ; preds = %25
  %29 = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %26
  %30 = load ptr, ptr %29, align 4, !tbaa !13
  %31 = icmp eq ptr %30, null
  br i1 %31, label %39, label %32

32:                                               ; preds = %28
  %33 = call i32 %30() #10
  br label %34

34:                                               ; preds = %32, %20
  %35 = phi i32 [ %21, %20 ], [ %33, %32 ]
  %36 = icmp eq i32 %35, -201
  br i1 %36, label %42, label %37

37:                                               ; preds = %34
  %38 = load i32, ptr @who_p, align 4, !tbaa !4
  br label %39

39:                                               ; preds = %37, %28, %25, %22
  %40 = phi i32 [ %38, %37 ], [ %13, %28 ], [ %13, %25 ], [ %13, %22 ]
  %41 = phi i32 [ %35, %37 ], [ -38, %28 ], [ -38, %25 ], [ -38, %22 ]
  call void @reply(i32 noundef %40, i32 noundef %41) #10
  br label %42

42:                                               ; preds = %39, %34, %11
  %43 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull @m_in, ptr noundef nonnull %1) #10
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %11, label %10
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local range(i32 -201, 0) i32 @do_reboot() #0 {
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  %2 = load i32, ptr @who_p, align 4, !tbaa !4
  %3 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %2, i32 6
  %4 = load i32, ptr %3, align 4, !tbaa !19
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %14

6:                                                ; preds = %0
  %7 = icmp ugt i32 %1, 2
  br i1 %7, label %14, label %8

8:                                                ; preds = %6
  store i32 1, ptr @shutdown_started, align 4, !tbaa !4
  %9 = tail call i32 @tell_server(i32 noundef 4, i32 noundef 1284, i32 noundef %1) #10
  %10 = tail call i32 @tell_server(i32 noundef 1, i32 noundef 1537, i32 noundef %1) #10
  %11 = tail call i32 @tell_server(i32 noundef 2, i32 noundef 1537, i32 noundef %1) #10
  %12 = tail call i32 @tell_server(i32 noundef 3, i32 noundef 1537, i32 noundef %1) #10
  %13 = tail call i32 @sys_abort(i32 noundef %1) #10
  br label %14

14:                                               ; preds = %8, %6, %0
  %15 = phi i32 [ -201, %8 ], [ -1, %0 ], [ -22, %6 ]
  ret i32 %15
}

declare dso_local i32 @sys_abort(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i32 @do_getrusage() #0 {
  %1 = alloca %struct.vm_usage_info, align 4
  %2 = alloca %struct.rusage, align 4
  %3 = alloca i32, align 4
  %4 = load i32, ptr @who_p, align 4, !tbaa !4
  %5 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #9
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %2) #9
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #9
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %34

8:                                                ; preds = %0
  %9 = load i32, ptr %5, align 4, !tbaa !11
  %10 = call i32 @vm_info_usage(i32 noundef %9, ptr noundef nonnull %1) #10
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %34

12:                                               ; preds = %8
  %13 = call i32 @getuptime(ptr noundef nonnull %3) #10
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %34

15:                                               ; preds = %12
  %16 = call ptr @memset(ptr noundef nonnull %2, i32 noundef 0, i32 noundef 20) #10
  %17 = getelementptr inbounds i8, ptr %5, i32 32
  %18 = load i32, ptr %17, align 4, !tbaa !22
  store i32 %18, ptr %2, align 4, !tbaa !26
  %19 = getelementptr inbounds i8, ptr %5, i32 36
  %20 = load i32, ptr %19, align 4, !tbaa !23
  %21 = getelementptr inbounds i8, ptr %2, i32 4
  store i32 %20, ptr %21, align 4, !tbaa !28
  %22 = load i32, ptr %1, align 4, !tbaa !29
  %23 = shl i32 %22, 12
  %24 = getelementptr inbounds i8, ptr %2, i32 8
  store i32 %23, ptr %24, align 4, !tbaa !31
  %25 = getelementptr inbounds i8, ptr %1, i32 4
  %26 = load i32, ptr %25, align 4, !tbaa !32
  %27 = getelementptr inbounds i8, ptr %2, i32 12
  store i32 %26, ptr %27, align 4, !tbaa !33
  %28 = load i32, ptr %3, align 4, !tbaa !4
  %29 = getelementptr inbounds i8, ptr %2, i32 16
  store i32 %28, ptr %29, align 4, !tbaa !34
  %30 = ptrtoint ptr %2 to i32
  %31 = load i32, ptr @who_e, align 4, !tbaa !4
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 12), align 4, !tbaa !8
  %33 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %30, i32 noundef %31, i32 noundef %32, i32 noundef 20) #10
  br label %34

34:                                               ; preds = %15, %12, %8, %0
  %35 = phi i32 [ %33, %15 ], [ -22, %0 ], [ %10, %8 ], [ %13, %12 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #9
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #9
  ret i32 %35
}

declare dso_local i32 @vm_info_usage(i32 noundef, ptr noundef) local_unnamed_addr #2

declare dso_local i32 @getuptime(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus() local_unnamed_addr #5 {
  %1 = load i32, ptr @procs_in_use, align 4, !tbaa !4
  ret i32 %1
}

; Function Attrs: nounwind
define dso_local i32 @do_kill() #0 {
  %1 = load i32, ptr @who_p, align 4, !tbaa !4
  %2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 12), align 4, !tbaa !8
  %4 = icmp ugt i32 %3, 31
  br i1 %4, label %33, label %5

5:                                                ; preds = %0
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @m_in, i32 8), align 4, !tbaa !8
  %7 = tail call i32 @find_proc_by_pid(i32 noundef %6) #10
  %8 = icmp slt i32 %7, 0
  br i1 %8, label %33, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %7
  %11 = getelementptr inbounds i8, ptr %2, i32 24
  %12 = load i32, ptr %11, align 4, !tbaa !19
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %20, label %14

14:                                               ; preds = %9
  %15 = getelementptr inbounds i8, ptr %2, i32 20
  %16 = load i32, ptr %15, align 4, !tbaa !24
  %17 = getelementptr inbounds i8, ptr %10, i32 20
  %18 = load i32, ptr %17, align 4, !tbaa !24
  %19 = icmp eq i32 %16, %18
  br i1 %19, label %20, label %33

20:                                               ; preds = %14, %9
  switch i32 %3, label %26 [
    i32 0, label %33
    i32 9, label %21
  ]

21:                                               ; preds = %20
  %22 = load i32, ptr %10, align 4, !tbaa !11
  %23 = tail call i32 @sys_kill(i32 noundef %22, i32 noundef 9) #10
  tail call void @exit_proc(ptr noundef nonnull %10, i32 noundef 137) #10
  %24 = icmp eq i32 %7, %1
  %25 = select i1 %24, i32 -201, i32 0
  br label %33

26:                                               ; preds = %20
  %27 = shl nuw i32 1, %3
  %28 = getelementptr inbounds i8, ptr %10, i32 28
  %29 = load i32, ptr %28, align 4, !tbaa !15
  %30 = or i32 %29, %27
  store i32 %30, ptr %28, align 4, !tbaa !15
  %31 = load i32, ptr %10, align 4, !tbaa !11
  %32 = tail call i32 @sys_kill(i32 noundef %31, i32 noundef %3) #10
  br label %33

33:                                               ; preds = %26, %21, %20, %14, %5, %0
  %34 = phi i32 [ %25, %21 ], [ %32, %26 ], [ -22, %0 ], [ -3, %5 ], [ -1, %14 ], [ %3, %20 ]
  ret i32 %34
}

declare dso_local i32 @sys_kill(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local void @reply(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0
  %4 = getelementptr inbounds i8, ptr %3, i32 56
  %5 = getelementptr inbounds i8, ptr %3, i32 60
  store i32 %1, ptr %5, align 4, !tbaa !35
  %6 = load i32, ptr %3, align 4, !tbaa !11
  %7 = tail call i32 @asynsend3(i32 noundef %6, ptr noundef nonnull %4, i32 noundef 1) #10
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %10, label %9

9:                                                ; preds = %2
  tail call void @panic(ptr noundef nonnull @.str.18) #11
  unreachable

10:                                               ; preds = %2
  ret void
}

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local void @tell_vfs(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9
  %4 = call ptr @memset(ptr noundef nonnull %3, i32 noundef 0, i32 noundef 64) #10
  %5 = getelementptr inbounds i8, ptr %3, i32 4
  store i32 %1, ptr %5, align 4, !tbaa !9
  %6 = load i32, ptr %0, align 4, !tbaa !11
  %7 = getelementptr inbounds i8, ptr %3, i32 8
  store i32 %6, ptr %7, align 4, !tbaa !8
  %8 = getelementptr inbounds i8, ptr %0, i32 8
  %9 = load i32, ptr %8, align 4, !tbaa !18
  %10 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %9
  %11 = load i32, ptr %10, align 4, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %3, i32 12
  store i32 %11, ptr %12, align 4, !tbaa !8
  %13 = getelementptr inbounds i8, ptr %0, i32 4
  %14 = load i32, ptr %13, align 4, !tbaa !21
  %15 = getelementptr inbounds i8, ptr %3, i32 16
  store i32 %14, ptr %15, align 4, !tbaa !8
  %16 = getelementptr inbounds i8, ptr %0, i32 24
  %17 = load i32, ptr %16, align 4, !tbaa !19
  %18 = getelementptr inbounds i8, ptr %3, i32 20
  store i32 %17, ptr %18, align 4, !tbaa !8
  %19 = call i32 @asynsend3(i32 noundef 1, ptr noundef nonnull %3, i32 noundef 1) #10
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %22, label %21

21:                                               ; preds = %2
  call void @panic(ptr noundef nonnull @.str.1.21) #11
  unreachable

22:                                               ; preds = %2
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @tell_server(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.message, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #9
  %5 = call ptr @memset(ptr noundef nonnull %4, i32 noundef 0, i32 noundef 64) #10
  %6 = getelementptr inbounds i8, ptr %4, i32 4
  store i32 %1, ptr %6, align 4, !tbaa !9
  %7 = getelementptr inbounds i8, ptr %4, i32 8
  store i32 %2, ptr %7, align 4, !tbaa !8
  %8 = load ptr, ptr getelementptr inbounds (i8, ptr @kernel_call_table, i32 8), align 4, !tbaa !13
  %9 = call i32 %8(i32 noundef %0, ptr noundef nonnull %4, ptr noundef null) #10
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #9
  ret i32 %9
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @get_free_slot() local_unnamed_addr #7 {
  br label %1

1:                                                ; preds = %27, %0
  %2 = phi i32 [ 7, %0 ], [ %28, %27 ]
  %3 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %2, i32 3
  %4 = load i32, ptr %3, align 4, !tbaa !16
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %29, label %7

7:                                                ; preds = %1
  %8 = add nuw nsw i32 %2, 1
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %29, label %10, !llvm.loop !36

10:                                               ; preds = %7
  %11 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %8, i32 3
  %12 = load i32, ptr %11, align 4, !tbaa !16
  %13 = and i32 %12, 1
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %29, label %15

15:                                               ; preds = %10
  %16 = add nuw nsw i32 %2, 2
  %17 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %16, i32 3
  %18 = load i32, ptr %17, align 4, !tbaa !16
  %19 = and i32 %18, 1
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %29, label %21

21:                                               ; preds = %15
  %22 = add nuw nsw i32 %2, 3
  %23 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %22, i32 3
  %24 = load i32, ptr %23, align 4, !tbaa !16
  %25 = and i32 %24, 1
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %29, label %27

27:                                               ; preds = %21
  %28 = add nuw nsw i32 %2, 4
  br label %1

29:                                               ; preds = %21, %15, %10, %7, %1
  %30 = phi i32 [ %2, %1 ], [ -1, %7 ], [ %8, %10 ], [ %16, %15 ], [ %22, %21 ]
  ret i32 %30
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i32 @get_free_pid() local_unnamed_addr #8 {
  %1 = load i32, ptr @next_pid, align 4
  br label %2

2:                                                ; preds = %35, %0
  %3 = phi i32 [ %37, %35 ], [ %1, %0 ]
  %4 = add nsw i32 %3, 1
  br label %5

5:                                                ; preds = %31, %2
  %6 = phi i32 [ 0, %2 ], [ %32, %31 ]
  %7 = phi i32 [ 0, %2 ], [ %33, %31 ]
  %8 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %7
  %9 = getelementptr inbounds i8, ptr %8, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !16
  %11 = and i32 %10, 1
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %18, label %13

13:                                               ; preds = %5
  %14 = getelementptr inbounds i8, ptr %8, i32 4
  %15 = load i32, ptr %14, align 4, !tbaa !21
  %16 = icmp eq i32 %15, %3
  %17 = select i1 %16, i32 1, i32 %6
  br label %18

18:                                               ; preds = %13, %5
  %19 = phi i32 [ %6, %5 ], [ %17, %13 ]
  %20 = or disjoint i32 %7, 1
  %21 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %20
  %22 = getelementptr inbounds i8, ptr %21, i32 12
  %23 = load i32, ptr %22, align 4, !tbaa !16
  %24 = and i32 %23, 1
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %31, label %26

26:                                               ; preds = %18
  %27 = getelementptr inbounds i8, ptr %21, i32 4
  %28 = load i32, ptr %27, align 4, !tbaa !21
  %29 = icmp eq i32 %28, %3
  %30 = select i1 %29, i32 1, i32 %19
  br label %31

31:                                               ; preds = %26, %18
  %32 = phi i32 [ %19, %18 ], [ %30, %26 ]
  %33 = add nuw nsw i32 %7, 2
  %34 = icmp eq i32 %33, 32
  br i1 %34, label %35, label %5, !llvm.loop !38

35:                                               ; preds = %31
  %36 = icmp slt i32 %3, 30000
  %37 = select i1 %36, i32 %4, i32 2
  %38 = icmp eq i32 %32, 0
  br i1 %38, label %39, label %2, !llvm.loop !39

39:                                               ; preds = %35
  store i32 %37, ptr @next_pid, align 4
  ret i32 %3
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @find_proc_by_pid(i32 noundef %0) local_unnamed_addr #7 {
  br label %2

2:                                                ; preds = %24, %1
  %3 = phi i32 [ 0, %1 ], [ %25, %24 ]
  %4 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3
  %5 = getelementptr inbounds i8, ptr %4, i32 12
  %6 = load i32, ptr %5, align 4, !tbaa !16
  %7 = and i32 %6, 1
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %13, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %4, i32 4
  %11 = load i32, ptr %10, align 4, !tbaa !21
  %12 = icmp eq i32 %11, %0
  br i1 %12, label %27, label %13

13:                                               ; preds = %9, %2
  %14 = or disjoint i32 %3, 1
  %15 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %14
  %16 = getelementptr inbounds i8, ptr %15, i32 12
  %17 = load i32, ptr %16, align 4, !tbaa !16
  %18 = and i32 %17, 1
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %24, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %15, i32 4
  %22 = load i32, ptr %21, align 4, !tbaa !21
  %23 = icmp eq i32 %22, %0
  br i1 %23, label %27, label %24

24:                                               ; preds = %20, %13
  %25 = add nuw nsw i32 %3, 2
  %26 = icmp eq i32 %25, 32
  br i1 %26, label %27, label %2, !llvm.loop !40

27:                                               ; preds = %24, %20, %9
  %28 = phi i32 [ %3, %9 ], [ %14, %20 ], [ -1, %24 ]
  ret i32 %28
}

attributes #0 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { nobuiltin nounwind "no-builtins" }
attributes #11 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!6, !6, i64 0}
!9 = !{!10, !5, i64 4}
!10 = !{!"", !5, i64 0, !5, i64 4, !6, i64 8}
!11 = !{!12, !5, i64 0}
!12 = !{!"mproc", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !6, i64 40, !10, i64 56}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !6, i64 0}
!15 = !{!12, !5, i64 28}
!16 = !{!12, !5, i64 12}
!17 = !{!12, !5, i64 16}
!18 = !{!12, !5, i64 8}
!19 = !{!12, !5, i64 24}
!20 = !{i64 0, i64 4, !4, i64 4, i64 4, !4, i64 8, i64 4, !4, i64 12, i64 4, !4, i64 16, i64 4, !4, i64 20, i64 4, !4, i64 24, i64 4, !4, i64 28, i64 4, !4, i64 32, i64 4, !4, i64 36, i64 4, !4, i64 40, i64 16, !8, i64 56, i64 4, !4, i64 60, i64 4, !4, i64 64, i64 56, !8}
!21 = !{!12, !5, i64 4}
!22 = !{!12, !5, i64 32}
!23 = !{!12, !5, i64 36}
!24 = !{!12, !5, i64 20}
!25 = !{!10, !5, i64 0}
!26 = !{!27, !5, i64 0}
!27 = !{!"rusage", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16}
!28 = !{!27, !5, i64 4}
!29 = !{!30, !5, i64 0}
!30 = !{!"vm_usage_info", !5, i64 0, !5, i64 4}
!31 = !{!27, !5, i64 8}
!32 = !{!30, !5, i64 4}
!33 = !{!27, !5, i64 12}
!34 = !{!27, !5, i64 16}
!35 = !{!12, !5, i64 60}
!36 = distinct !{!36, !37}
!37 = !{!"llvm.loop.mustprogress"}
!38 = distinct !{!38, !37}
!39 = distinct !{!39, !37}
!40 = distinct !{!40, !37}
