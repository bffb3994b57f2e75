; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.mproc = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, [16 x i8], %struct.message }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_pm_exec = type { i32, i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }
%struct.mess_lc_pm_exit = type { i32 }
%struct.rusage = type { i32, i32, i32, i32, i32 }
%struct.mess_pm_vfs_proc = type { i32, i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"pm: vm_exit failed\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"pm: receive failed\00", align 1
@call_nr = dso_local global i32 0, align 4
@mp = dso_local global %struct.mproc* null, align 4
@boot_names = internal constant [5 x i8*] [i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.3, i32 0, i32 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.4, i32 0, i32 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.6, i32 0, i32 0)], align 4
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"pm\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"vm\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"ds\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"rs\00", align 1
@shutdown_started = dso_local global i32 0, align 4
@who_e = dso_local global i32 0, align 4
@procs_in_use = dso_local global i32 0, align 4
@who_p = dso_local global i32 0, align 4
@m_in = dso_local global %struct.message zeroinitializer, align 4
@call_vec = dso_local constant [10 x i32 ()*] [i32 ()* @do_exit, i32 ()* @do_fork, i32 ()* @do_exec, i32 ()* @do_getpid, i32 ()* @do_kill, i32 ()* @do_setuid, i32 ()* @do_getuid, i32 ()* @do_reboot, i32 ()* @do_getrusage, i32 ()* null], align 4
@mproc = dso_local global [32 x %struct.mproc] zeroinitializer, align 4
@.str.18 = private unnamed_addr constant [17 x i8] c"pm: cannot reply\00", align 1
@.str.1.21 = private unnamed_addr constant [20 x i8] c"pm: cannot tell vfs\00", align 1
@next_pid = dso_local global i32 0, align 4
@kernel_call_table = external dso_local global [7 x i32 (i32, %struct.message*, i32*)*], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec() #0 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  %name_addr = alloca i32, align 4
  %len = alloca i32, align 4
  %path = alloca [15 x i8], align 1
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 0), align 4
  store i32 %1, i32* %name_addr, align 4
  %2 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 1), align 4
  store i32 %2, i32* %len, align 4
  %3 = load i32, i32* %len, align 4
  %cmp = icmp eq i32 %3, 0
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, i32* %len, align 4
  %cmp1 = icmp ugt i32 %4, 14
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -36, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %5 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %5, i32 noundef 0, i32 noundef 64) #4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 530, i32* %m_type, align 4
  %6 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %6, i32 0, i32 0
  %7 = load i32, i32* %mp_endpoint, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_exec = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_exec*
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec, i32 0, i32 0
  store i32 %7, i32* %endpt, align 4
  %8 = load i32, i32* %name_addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_exec3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_exec*
  %name = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec3, i32 0, i32 1
  store i32 %8, i32* %name, align 4
  %9 = load i32, i32* %len, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_exec5 = bitcast %union.anon* %m_u4 to %struct.mess_pm_vfs_exec*
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec5, i32 0, i32 2
  store i32 %9, i32* %namelen, align 4
  %call6 = call i32 @_ipc_sendrec(i32 noundef 1, %struct.message* noundef %m) #4
  store i32 %call6, i32* %r, align 4
  %cmp7 = icmp ne i32 %call6, 0
  br i1 %cmp7, label %if.then8, label %if.end9

if.then8:                                         ; preds = %if.end
  %10 = load i32, i32* %r, align 4
  store i32 %10, i32* %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end
  %m_type10 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  %11 = load i32, i32* %m_type10, align 4
  %cmp11 = icmp ne i32 %11, 0
  br i1 %cmp11, label %if.then12, label %if.end14

if.then12:                                        ; preds = %if.end9
  %m_type13 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  %12 = load i32, i32* %m_type13, align 4
  store i32 %12, i32* %retval, align 4
  br label %return

if.end14:                                         ; preds = %if.end9
  %13 = load i32, i32* @who_e, align 4
  %14 = load i32, i32* %name_addr, align 4
  %arraydecay = getelementptr inbounds [15 x i8], [15 x i8]* %path, i32 0, i32 0
  %15 = ptrtoint i8* %arraydecay to i32
  %16 = load i32, i32* %len, align 4
  %call15 = call i32 @sys_datacopy(i32 noundef %13, i32 noundef %14, i32 noundef 32256, i32 noundef %15, i32 noundef %16) #4
  store i32 %call15, i32* %r, align 4
  %cmp16 = icmp ne i32 %call15, 0
  br i1 %cmp16, label %if.then17, label %if.end18

if.then17:                                        ; preds = %if.end14
  %17 = load i32, i32* %r, align 4
  store i32 %17, i32* %retval, align 4
  br label %return

if.end18:                                         ; preds = %if.end14
  %18 = load i32, i32* %len, align 4
  %arrayidx19 = getelementptr inbounds [15 x i8], [15 x i8]* %path, i32 0, i32 %18
  store i8 0, i8* %arrayidx19, align 1
  %19 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_name = getelementptr inbounds %struct.mproc, %struct.mproc* %19, i32 0, i32 10
  %arraydecay20 = getelementptr inbounds [16 x i8], [16 x i8]* %mp_name, i32 0, i32 0
  %arraydecay21 = getelementptr inbounds [15 x i8], [15 x i8]* %path, i32 0, i32 0
  %call22 = call i32 @strlcpy(i8* noundef %arraydecay20, i8* noundef %arraydecay21, i32 noundef 16) #4
  %20 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_sigpending = getelementptr inbounds %struct.mproc, %struct.mproc* %20, i32 0, i32 7
  store i32 0, i32* %mp_sigpending, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end18, %if.then17, %if.then12, %if.then8, %if.then
  %21 = load i32, i32* %retval, align 4
  ret i32 %21
}

declare dso_local i8* @memset(i8* noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, %struct.message* noundef %m_ptr) #0 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 2), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #4
  ret i32 %call
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @strlcpy(i8* noundef, i8* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @exit_proc(%struct.mproc* noundef %rmp, i32 noundef %exit_status) #0 {
entry:
  %rmp.addr = alloca %struct.mproc*, align 4
  %exit_status.addr = alloca i32, align 4
  %parent = alloca %struct.mproc*, align 4
  store %struct.mproc* %rmp, %struct.mproc** %rmp.addr, align 4
  store i32 %exit_status, i32* %exit_status.addr, align 4
  %0 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %0, i32 0, i32 3
  %1 = load i32, i32* %mp_flags, align 4
  %and = and i32 %1, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %entry
  br label %return

if.end:                                           ; preds = %entry
  %2 = load i32, i32* %exit_status.addr, align 4
  %3 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_exitstatus = getelementptr inbounds %struct.mproc, %struct.mproc* %3, i32 0, i32 4
  store i32 %2, i32* %mp_exitstatus, align 4
  %4 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  call void @tell_vfs(%struct.mproc* noundef %4, i32 noundef 529) #4
  %5 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %5, i32 0, i32 0
  %6 = load i32, i32* %mp_endpoint, align 4
  %call = call i32 @vm_exit(i32 noundef %6) #4
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then1, label %if.end2

if.then1:                                         ; preds = %if.end
  call void @panic(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i32 0, i32 0)) #5
  unreachable

if.end2:                                          ; preds = %if.end
  %7 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_parent = getelementptr inbounds %struct.mproc, %struct.mproc* %7, i32 0, i32 2
  %8 = load i32, i32* %mp_parent, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %8
  store %struct.mproc* %arrayidx, %struct.mproc** %parent, align 4
  %9 = load %struct.mproc*, %struct.mproc** %parent, align 4
  %mp_sigpending = getelementptr inbounds %struct.mproc, %struct.mproc* %9, i32 0, i32 7
  %10 = load i32, i32* %mp_sigpending, align 4
  %or = or i32 %10, 131072
  store i32 %or, i32* %mp_sigpending, align 4
  %11 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_flags3 = getelementptr inbounds %struct.mproc, %struct.mproc* %11, i32 0, i32 3
  store i32 0, i32* %mp_flags3, align 4
  %12 = load i32, i32* @procs_in_use, align 4
  %dec = add nsw i32 %12, -1
  store i32 %dec, i32* @procs_in_use, align 4
  br label %return

return:                                           ; preds = %if.end2, %if.then
  ret void
}

declare dso_local i32 @vm_exit(i32 noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork() #0 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  %rmc = alloca %struct.mproc*, align 4
  %new_pid = alloca i32, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* @procs_in_use, align 4
  %cmp = icmp sge i32 %1, 30
  br i1 %cmp, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %entry
  %2 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_effuid = getelementptr inbounds %struct.mproc, %struct.mproc* %2, i32 0, i32 6
  %3 = load i32, i32* %mp_effuid, align 4
  %cmp1 = icmp ne i32 %3, 0
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  store i32 -11, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @get_free_slot() #4
  store i32 %call, i32* %n, align 4
  %cmp2 = icmp slt i32 %call, 0
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %if.end
  store i32 -11, i32* %retval, align 4
  br label %return

if.end4:                                          ; preds = %if.end
  %call5 = call i32 @get_free_pid() #4
  store i32 %call5, i32* %new_pid, align 4
  %4 = load i32, i32* %n, align 4
  %arrayidx6 = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %4
  store %struct.mproc* %arrayidx6, %struct.mproc** %rmc, align 4
  %5 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %6 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %7 = bitcast %struct.mproc* %5 to i8*
  %8 = bitcast %struct.mproc* %6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i32(i8* align 4 %7, i8* align 4 %8, i32 120, i1 false)
  %9 = load i32, i32* @who_p, align 4
  %10 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_parent = getelementptr inbounds %struct.mproc, %struct.mproc* %10, i32 0, i32 2
  store i32 %9, i32* %mp_parent, align 4
  %11 = load i32, i32* %new_pid, align 4
  %12 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %12, i32 0, i32 1
  store i32 %11, i32* %mp_pid, align 4
  %13 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_sigpending = getelementptr inbounds %struct.mproc, %struct.mproc* %13, i32 0, i32 7
  store i32 0, i32* %mp_sigpending, align 4
  %14 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_utime = getelementptr inbounds %struct.mproc, %struct.mproc* %14, i32 0, i32 8
  store i32 0, i32* %mp_utime, align 4
  %15 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_stime = getelementptr inbounds %struct.mproc, %struct.mproc* %15, i32 0, i32 9
  store i32 0, i32* %mp_stime, align 4
  %16 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %16, i32 0, i32 0
  %17 = load i32, i32* %mp_endpoint, align 4
  %18 = load i32, i32* %n, align 4
  %19 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_endpoint7 = getelementptr inbounds %struct.mproc, %struct.mproc* %19, i32 0, i32 0
  %call8 = call i32 @vm_fork(i32 noundef %17, i32 noundef %18, i32* noundef %mp_endpoint7) #4
  store i32 %call8, i32* %r, align 4
  %cmp9 = icmp ne i32 %call8, 0
  br i1 %cmp9, label %if.then10, label %if.end11

if.then10:                                        ; preds = %if.end4
  %20 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %20, i32 0, i32 3
  store i32 0, i32* %mp_flags, align 4
  %21 = load i32, i32* %r, align 4
  store i32 %21, i32* %retval, align 4
  br label %return

if.end11:                                         ; preds = %if.end4
  %22 = load i32, i32* @procs_in_use, align 4
  %inc = add nsw i32 %22, 1
  store i32 %inc, i32* @procs_in_use, align 4
  %23 = load %struct.mproc*, %struct.mproc** %rmc, align 4
  call void @tell_vfs(%struct.mproc* noundef %23, i32 noundef 528) #4
  %24 = load i32, i32* %new_pid, align 4
  store i32 %24, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end11, %if.then10, %if.then3, %if.then
  %25 = load i32, i32* %retval, align 4
  ret i32 %25
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i32(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i32, i1 immarg) #3

declare dso_local i32 @vm_fork(i32 noundef, i32 noundef, i32* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit() #0 {
entry:
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  %1 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exit*), i32 0, i32 0), align 4
  call void @exit_proc(%struct.mproc* noundef %arrayidx, i32 noundef %1) #4
  ret i32 -201
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getpid() #0 {
entry:
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 1
  %1 = load i32, i32* %mp_pid, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getuid() #0 {
entry:
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  %mp_realuid = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 5
  %1 = load i32, i32* %mp_realuid, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_setuid() #0 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  %uid = alloca i32, align 4
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exit*), i32 0, i32 0), align 4
  store i32 %1, i32* %uid, align 4
  %2 = load i32, i32* %uid, align 4
  %cmp = icmp slt i32 %2, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %3 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_realuid = getelementptr inbounds %struct.mproc, %struct.mproc* %3, i32 0, i32 5
  %4 = load i32, i32* %mp_realuid, align 4
  %5 = load i32, i32* %uid, align 4
  %cmp1 = icmp ne i32 %4, %5
  br i1 %cmp1, label %land.lhs.true, label %if.end4

land.lhs.true:                                    ; preds = %if.end
  %6 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_effuid = getelementptr inbounds %struct.mproc, %struct.mproc* %6, i32 0, i32 6
  %7 = load i32, i32* %mp_effuid, align 4
  %cmp2 = icmp ne i32 %7, 0
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %land.lhs.true
  store i32 -1, i32* %retval, align 4
  br label %return

if.end4:                                          ; preds = %land.lhs.true, %if.end
  %8 = load i32, i32* %uid, align 4
  %9 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_realuid5 = getelementptr inbounds %struct.mproc, %struct.mproc* %9, i32 0, i32 5
  store i32 %8, i32* %mp_realuid5, align 4
  %10 = load i32, i32* %uid, align 4
  %11 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_effuid6 = getelementptr inbounds %struct.mproc, %struct.mproc* %11, i32 0, i32 6
  store i32 %10, i32* %mp_effuid6, align 4
  %12 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  call void @tell_vfs(%struct.mproc* noundef %12, i32 noundef 531) #4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %13 = load i32, i32* %retval, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 {
entry:
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %call_index = alloca i32, align 4
  call void @pm_init() #4
  br label %for.cond

for.cond:                                         ; preds = %if.end23, %if.then2, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, %struct.message* noundef @m_in, i32* noundef %ipc_status) #4
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  call void @panic(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str.11, i32 0, i32 0)) #5
  unreachable

if.end:                                           ; preds = %for.cond
  %0 = load i32, i32* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 0), align 4
  store i32 %0, i32* @who_e, align 4
  %1 = load i32, i32* @who_e, align 4
  %and = and i32 %1, 31
  store i32 %and, i32* @who_p, align 4
  %2 = load i32, i32* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 1), align 4
  store i32 %2, i32* @call_nr, align 4
  %3 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %3
  store %struct.mproc* %arrayidx, %struct.mproc** @mp, align 4
  %4 = load %struct.mproc*, %struct.mproc** @mp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %4, i32 0, i32 0
  %5 = load i32, i32* %mp_endpoint, align 4
  %6 = load i32, i32* @who_e, align 4
  %cmp1 = icmp ne i32 %5, %6
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  br label %for.cond

if.end3:                                          ; preds = %if.end
  %7 = load i32, i32* @call_nr, align 4
  %cmp4 = icmp eq i32 %7, 1536
  br i1 %cmp4, label %if.then5, label %if.else

if.then5:                                         ; preds = %if.end3
  %call6 = call i32 @do_getstatus() #4
  store i32 %call6, i32* %result, align 4
  br label %if.end20

if.else:                                          ; preds = %if.end3
  %8 = load i32, i32* @call_nr, align 4
  %and7 = and i32 %8, -256
  %cmp8 = icmp eq i32 %and7, 256
  br i1 %cmp8, label %if.then9, label %if.else18

if.then9:                                         ; preds = %if.else
  %9 = load i32, i32* @call_nr, align 4
  %sub = sub nsw i32 %9, 256
  store i32 %sub, i32* %call_index, align 4
  %10 = load i32, i32* %call_index, align 4
  %cmp10 = icmp ult i32 %10, 10
  br i1 %cmp10, label %land.lhs.true, label %if.else16

land.lhs.true:                                    ; preds = %if.then9
  %11 = load i32, i32* %call_index, align 4
  %arrayidx11 = getelementptr inbounds [10 x i32 ()*], [10 x i32 ()*]* @call_vec, i32 0, i32 %11
  %12 = load i32 ()*, i32 ()** %arrayidx11, align 4
  %cmp12 = icmp ne i32 ()* %12, null
  br i1 %cmp12, label %if.then13, label %if.else16

if.then13:                                        ; preds = %land.lhs.true
  %13 = load i32, i32* %call_index, align 4
  %arrayidx14 = getelementptr inbounds [10 x i32 ()*], [10 x i32 ()*]* @call_vec, i32 0, i32 %13
  %14 = load i32 ()*, i32 ()** %arrayidx14, align 4
  %call15 = call i32 %14() #4
  store i32 %call15, i32* %result, align 4
  br label %if.end17

if.else16:                                        ; preds = %land.lhs.true, %if.then9
  store i32 -38, i32* %result, align 4
  br label %if.end17

if.end17:                                         ; preds = %if.else16, %if.then13
  br label %if.end19

if.else18:                                        ; preds = %if.else
  store i32 -38, i32* %result, align 4
  br label %if.end19

if.end19:                                         ; preds = %if.else18, %if.end17
  br label %if.end20

if.end20:                                         ; preds = %if.end19, %if.then5
  %15 = load i32, i32* %result, align 4
  %cmp21 = icmp ne i32 %15, -201
  br i1 %cmp21, label %if.then22, label %if.end23

if.then22:                                        ; preds = %if.end20
  %16 = load i32, i32* @who_p, align 4
  %17 = load i32, i32* %result, align 4
  call void @reply(i32 noundef %16, i32 noundef %17) #4
  br label %if.end23

if.end23:                                         ; preds = %if.then22, %if.end20
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal void @pm_init() #0 {
entry:
  %rmp = alloca %struct.mproc*, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %1
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %2 = load i32, i32* %i, align 4
  %3 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %3, i32 0, i32 0
  store i32 %2, i32* %mp_endpoint, align 4
  %4 = load i32, i32* %i, align 4
  %add = add nsw i32 2, %4
  %5 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %5, i32 0, i32 1
  store i32 %add, i32* %mp_pid, align 4
  %6 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_parent = getelementptr inbounds %struct.mproc, %struct.mproc* %6, i32 0, i32 2
  store i32 0, i32* %mp_parent, align 4
  %7 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %7, i32 0, i32 3
  store i32 1, i32* %mp_flags, align 4
  %8 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_name = getelementptr inbounds %struct.mproc, %struct.mproc* %8, i32 0, i32 10
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %mp_name, i32 0, i32 0
  %9 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [5 x i8*], [5 x i8*]* @boot_names, i32 0, i32 %9
  %10 = load i8*, i8** %arrayidx1, align 4
  %call = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef %10, i32 noundef 16) #4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %11 = load i32, i32* %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store %struct.mproc* getelementptr inbounds ([32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 5), %struct.mproc** %rmp, align 4
  %12 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint2 = getelementptr inbounds %struct.mproc, %struct.mproc* %12, i32 0, i32 0
  store i32 37, i32* %mp_endpoint2, align 4
  %13 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_pid3 = getelementptr inbounds %struct.mproc, %struct.mproc* %13, i32 0, i32 1
  store i32 1, i32* %mp_pid3, align 4
  %14 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_parent4 = getelementptr inbounds %struct.mproc, %struct.mproc* %14, i32 0, i32 2
  store i32 0, i32* %mp_parent4, align 4
  %15 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_flags5 = getelementptr inbounds %struct.mproc, %struct.mproc* %15, i32 0, i32 3
  store i32 1, i32* %mp_flags5, align 4
  %16 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_name6 = getelementptr inbounds %struct.mproc, %struct.mproc* %16, i32 0, i32 10
  %arraydecay7 = getelementptr inbounds [16 x i8], [16 x i8]* %mp_name6, i32 0, i32 0
  %call8 = call i32 @strlcpy(i8* noundef %arraydecay7, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.1, i32 0, i32 0), i32 noundef 16) #4
  store i32 6, i32* @procs_in_use, align 4
  store i32 7, i32* @next_pid, align 4
  ret void
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_reboot() #0 {
entry:
  %retval = alloca i32, align 4
  %how = alloca i32, align 4
  %0 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exit*), i32 0, i32 0), align 4
  store i32 %0, i32* %how, align 4
  %1 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %1
  %mp_effuid = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 6
  %2 = load i32, i32* %mp_effuid, align 4
  %cmp = icmp ne i32 %2, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %3 = load i32, i32* %how, align 4
  %cmp1 = icmp ne i32 %3, 0
  br i1 %cmp1, label %land.lhs.true, label %if.end6

land.lhs.true:                                    ; preds = %if.end
  %4 = load i32, i32* %how, align 4
  %cmp2 = icmp ne i32 %4, 1
  br i1 %cmp2, label %land.lhs.true3, label %if.end6

land.lhs.true3:                                   ; preds = %land.lhs.true
  %5 = load i32, i32* %how, align 4
  %cmp4 = icmp ne i32 %5, 2
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %land.lhs.true3
  store i32 -22, i32* %retval, align 4
  br label %return

if.end6:                                          ; preds = %land.lhs.true3, %land.lhs.true, %if.end
  store i32 1, i32* @shutdown_started, align 4
  %6 = load i32, i32* %how, align 4
  %call = call i32 @tell_server(i32 noundef 4, i32 noundef 1284, i32 noundef %6) #4
  %7 = load i32, i32* %how, align 4
  %call7 = call i32 @tell_server(i32 noundef 1, i32 noundef 1537, i32 noundef %7) #4
  %8 = load i32, i32* %how, align 4
  %call8 = call i32 @tell_server(i32 noundef 2, i32 noundef 1537, i32 noundef %8) #4
  %9 = load i32, i32* %how, align 4
  %call9 = call i32 @tell_server(i32 noundef 3, i32 noundef 1537, i32 noundef %9) #4
  %10 = load i32, i32* %how, align 4
  %call10 = call i32 @sys_abort(i32 noundef %10) #4
  store i32 -201, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %11 = load i32, i32* %retval, align 4
  ret i32 %11
}

declare dso_local i32 @sys_abort(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage() #0 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  %vui = alloca %struct.mess_lc_pm_exec, align 4
  %usage = alloca %struct.rusage, align 4
  %uptime = alloca i32, align 4
  %r = alloca i32, align 4
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 0), align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %2, i32 0, i32 0
  %3 = load i32, i32* %mp_endpoint, align 4
  %call = call i32 @vm_info_usage(i32 noundef %3, %struct.mess_lc_pm_exec* noundef %vui) #4
  store i32 %call, i32* %r, align 4
  %cmp1 = icmp ne i32 %call, 0
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  %4 = load i32, i32* %r, align 4
  store i32 %4, i32* %retval, align 4
  br label %return

if.end3:                                          ; preds = %if.end
  %call4 = call i32 @getuptime(i32* noundef %uptime) #4
  store i32 %call4, i32* %r, align 4
  %cmp5 = icmp ne i32 %call4, 0
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %if.end3
  %5 = load i32, i32* %r, align 4
  store i32 %5, i32* %retval, align 4
  br label %return

if.end7:                                          ; preds = %if.end3
  %6 = bitcast %struct.rusage* %usage to i8*
  %call8 = call i8* @memset(i8* noundef %6, i32 noundef 0, i32 noundef 20) #4
  %7 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_utime = getelementptr inbounds %struct.mproc, %struct.mproc* %7, i32 0, i32 8
  %8 = load i32, i32* %mp_utime, align 4
  %ru_utime = getelementptr inbounds %struct.rusage, %struct.rusage* %usage, i32 0, i32 0
  store i32 %8, i32* %ru_utime, align 4
  %9 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_stime = getelementptr inbounds %struct.mproc, %struct.mproc* %9, i32 0, i32 9
  %10 = load i32, i32* %mp_stime, align 4
  %ru_stime = getelementptr inbounds %struct.rusage, %struct.rusage* %usage, i32 0, i32 1
  store i32 %10, i32* %ru_stime, align 4
  %vui_pages = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %vui, i32 0, i32 0
  %11 = load i32, i32* %vui_pages, align 4
  %mul = mul i32 %11, 4096
  %ru_maxrss = getelementptr inbounds %struct.rusage, %struct.rusage* %usage, i32 0, i32 2
  store i32 %mul, i32* %ru_maxrss, align 4
  %vui_brk = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %vui, i32 0, i32 1
  %12 = load i32, i32* %vui_brk, align 4
  %ru_brk = getelementptr inbounds %struct.rusage, %struct.rusage* %usage, i32 0, i32 3
  store i32 %12, i32* %ru_brk, align 4
  %13 = load i32, i32* %uptime, align 4
  %ru_uptime = getelementptr inbounds %struct.rusage, %struct.rusage* %usage, i32 0, i32 4
  store i32 %13, i32* %ru_uptime, align 4
  %14 = ptrtoint %struct.rusage* %usage to i32
  %15 = load i32, i32* @who_e, align 4
  %16 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 1), align 4
  %call9 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef 20) #4
  store i32 %call9, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end7, %if.then6, %if.then2, %if.then
  %17 = load i32, i32* %retval, align 4
  ret i32 %17
}

declare dso_local i32 @vm_info_usage(i32 noundef, %struct.mess_lc_pm_exec* noundef) #1

declare dso_local i32 @getuptime(i32* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus() #0 {
entry:
  %0 = load i32, i32* @procs_in_use, align 4
  ret i32 %0
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_kill() #0 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  %target = alloca %struct.mproc*, align 4
  %pid = alloca i32, align 4
  %sig = alloca i32, align 4
  %slot = alloca i32, align 4
  %0 = load i32, i32* @who_p, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 0), align 4
  store i32 %1, i32* %pid, align 4
  %2 = load i32, i32* getelementptr inbounds (%struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* bitcast (%union.anon* getelementptr inbounds (%struct.message, %struct.message* @m_in, i32 0, i32 2) to %struct.mess_lc_pm_exec*), i32 0, i32 1), align 4
  store i32 %2, i32* %sig, align 4
  %3 = load i32, i32* %sig, align 4
  %cmp = icmp slt i32 %3, 0
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, i32* %sig, align 4
  %cmp1 = icmp sge i32 %4, 32
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %5 = load i32, i32* %pid, align 4
  %call = call i32 @find_proc_by_pid(i32 noundef %5) #4
  store i32 %call, i32* %slot, align 4
  %cmp2 = icmp slt i32 %call, 0
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %if.end
  store i32 -3, i32* %retval, align 4
  br label %return

if.end4:                                          ; preds = %if.end
  %6 = load i32, i32* %slot, align 4
  %arrayidx5 = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %6
  store %struct.mproc* %arrayidx5, %struct.mproc** %target, align 4
  %7 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_effuid = getelementptr inbounds %struct.mproc, %struct.mproc* %7, i32 0, i32 6
  %8 = load i32, i32* %mp_effuid, align 4
  %cmp6 = icmp ne i32 %8, 0
  br i1 %cmp6, label %land.lhs.true, label %if.end10

land.lhs.true:                                    ; preds = %if.end4
  %9 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_realuid = getelementptr inbounds %struct.mproc, %struct.mproc* %9, i32 0, i32 5
  %10 = load i32, i32* %mp_realuid, align 4
  %11 = load %struct.mproc*, %struct.mproc** %target, align 4
  %mp_realuid7 = getelementptr inbounds %struct.mproc, %struct.mproc* %11, i32 0, i32 5
  %12 = load i32, i32* %mp_realuid7, align 4
  %cmp8 = icmp ne i32 %10, %12
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %land.lhs.true
  store i32 -1, i32* %retval, align 4
  br label %return

if.end10:                                         ; preds = %land.lhs.true, %if.end4
  %13 = load i32, i32* %sig, align 4
  %cmp11 = icmp eq i32 %13, 0
  br i1 %cmp11, label %if.then12, label %if.end13

if.then12:                                        ; preds = %if.end10
  store i32 0, i32* %retval, align 4
  br label %return

if.end13:                                         ; preds = %if.end10
  %14 = load i32, i32* %sig, align 4
  %cmp14 = icmp eq i32 %14, 9
  br i1 %cmp14, label %if.then15, label %if.end18

if.then15:                                        ; preds = %if.end13
  %15 = load %struct.mproc*, %struct.mproc** %target, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %15, i32 0, i32 0
  %16 = load i32, i32* %mp_endpoint, align 4
  %17 = load i32, i32* %sig, align 4
  %call16 = call i32 @sys_kill(i32 noundef %16, i32 noundef %17) #4
  %18 = load %struct.mproc*, %struct.mproc** %target, align 4
  %19 = load i32, i32* %sig, align 4
  %add = add nsw i32 128, %19
  call void @exit_proc(%struct.mproc* noundef %18, i32 noundef %add) #4
  %20 = load %struct.mproc*, %struct.mproc** %target, align 4
  %21 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %cmp17 = icmp eq %struct.mproc* %20, %21
  %22 = zext i1 %cmp17 to i64
  %cond = select i1 %cmp17, i32 -201, i32 0
  store i32 %cond, i32* %retval, align 4
  br label %return

if.end18:                                         ; preds = %if.end13
  %23 = load i32, i32* %sig, align 4
  %shl = shl i32 1, %23
  %24 = load %struct.mproc*, %struct.mproc** %target, align 4
  %mp_sigpending = getelementptr inbounds %struct.mproc, %struct.mproc* %24, i32 0, i32 7
  %25 = load i32, i32* %mp_sigpending, align 4
  %or = or i32 %25, %shl
  store i32 %or, i32* %mp_sigpending, align 4
  %26 = load %struct.mproc*, %struct.mproc** %target, align 4
  %mp_endpoint19 = getelementptr inbounds %struct.mproc, %struct.mproc* %26, i32 0, i32 0
  %27 = load i32, i32* %mp_endpoint19, align 4
  %28 = load i32, i32* %sig, align 4
  %call20 = call i32 @sys_kill(i32 noundef %27, i32 noundef %28) #4
  store i32 %call20, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end18, %if.then15, %if.then12, %if.then9, %if.then3, %if.then
  %29 = load i32, i32* %retval, align 4
  ret i32 %29
}

declare dso_local i32 @sys_kill(i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %proc_nr, i32 noundef %result) #0 {
entry:
  %proc_nr.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  %rmp = alloca %struct.mproc*, align 4
  store i32 %proc_nr, i32* %proc_nr.addr, align 4
  store i32 %result, i32* %result.addr, align 4
  %0 = load i32, i32* %proc_nr.addr, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %0
  store %struct.mproc* %arrayidx, %struct.mproc** %rmp, align 4
  %1 = load i32, i32* %result.addr, align 4
  %2 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_reply = getelementptr inbounds %struct.mproc, %struct.mproc* %2, i32 0, i32 11
  %m_type = getelementptr inbounds %struct.message, %struct.message* %mp_reply, i32 0, i32 1
  store i32 %1, i32* %m_type, align 4
  %3 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %3, i32 0, i32 0
  %4 = load i32, i32* %mp_endpoint, align 4
  %5 = load %struct.mproc*, %struct.mproc** %rmp, align 4
  %mp_reply1 = getelementptr inbounds %struct.mproc, %struct.mproc* %5, i32 0, i32 11
  %call = call i32 @asynsend3(i32 noundef %4, %struct.message* noundef %mp_reply1, i32 noundef 1) #4
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  call void @panic(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.18, i32 0, i32 0)) #5
  unreachable

if.end:                                           ; preds = %entry
  ret void
}

declare dso_local i32 @asynsend3(i32 noundef, %struct.message* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @tell_vfs(%struct.mproc* noundef %rmp, i32 noundef %type) #0 {
entry:
  %rmp.addr = alloca %struct.mproc*, align 4
  %type.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store %struct.mproc* %rmp, %struct.mproc** %rmp.addr, align 4
  store i32 %type, i32* %type.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #4
  %1 = load i32, i32* %type.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %1, i32* %m_type, align 4
  %2 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_endpoint = getelementptr inbounds %struct.mproc, %struct.mproc* %2, i32 0, i32 0
  %3 = load i32, i32* %mp_endpoint, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_proc = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_proc*
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_proc, %struct.mess_pm_vfs_proc* %m_pm_vfs_proc, i32 0, i32 0
  store i32 %3, i32* %endpt, align 4
  %4 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_parent = getelementptr inbounds %struct.mproc, %struct.mproc* %4, i32 0, i32 2
  %5 = load i32, i32* %mp_parent, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %5
  %mp_endpoint1 = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 0
  %6 = load i32, i32* %mp_endpoint1, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_proc3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_proc*
  %parent_endpt = getelementptr inbounds %struct.mess_pm_vfs_proc, %struct.mess_pm_vfs_proc* %m_pm_vfs_proc3, i32 0, i32 1
  store i32 %6, i32* %parent_endpt, align 4
  %7 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %7, i32 0, i32 1
  %8 = load i32, i32* %mp_pid, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_proc5 = bitcast %union.anon* %m_u4 to %struct.mess_pm_vfs_proc*
  %pid = getelementptr inbounds %struct.mess_pm_vfs_proc, %struct.mess_pm_vfs_proc* %m_pm_vfs_proc5, i32 0, i32 2
  store i32 %8, i32* %pid, align 4
  %9 = load %struct.mproc*, %struct.mproc** %rmp.addr, align 4
  %mp_effuid = getelementptr inbounds %struct.mproc, %struct.mproc* %9, i32 0, i32 6
  %10 = load i32, i32* %mp_effuid, align 4
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_pm_vfs_proc7 = bitcast %union.anon* %m_u6 to %struct.mess_pm_vfs_proc*
  %uid = getelementptr inbounds %struct.mess_pm_vfs_proc, %struct.mess_pm_vfs_proc* %m_pm_vfs_proc7, i32 0, i32 3
  store i32 %10, i32* %uid, align 4
  %call8 = call i32 @asynsend3(i32 noundef 1, %struct.message* noundef %m, i32 noundef 1) #4
  %cmp = icmp ne i32 %call8, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  call void @panic(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str.1.21, i32 0, i32 0)) #5
  unreachable

if.end:                                           ; preds = %entry
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @tell_server(i32 noundef %endpt, i32 noundef %type, i32 noundef %how) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %type.addr = alloca i32, align 4
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 %type, i32* %type.addr, align 4
  store i32 %how, i32* %how.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #4
  %1 = load i32, i32* %type.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %1, i32* %m_type, align 4
  %2 = load i32, i32* %how.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_common_shutdown = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %how1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_common_shutdown, i32 0, i32 0
  store i32 %2, i32* %how1, align 4
  %3 = load i32, i32* %endpt.addr, align 4
  %call2 = call i32 @_ipc_sendrec.24(i32 noundef %3, %struct.message* noundef %m) #4
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec.24(i32 noundef %dst, %struct.message* noundef %m_ptr) #0 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 2), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #4
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_slot() #0 {
entry:
  %retval = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 7, i32* %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %n, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %n, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %1
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 3
  %2 = load i32, i32* %mp_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %3 = load i32, i32* %n, align 4
  store i32 %3, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %4 = load i32, i32* %n, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %n, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 -1, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %5 = load i32, i32* %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_pid() #0 {
entry:
  %pid = alloca i32, align 4
  %n = alloca i32, align 4
  %taken = alloca i32, align 4
  br label %do.body

do.body:                                          ; preds = %do.cond, %entry
  %0 = load i32, i32* @next_pid, align 4
  store i32 %0, i32* %pid, align 4
  %1 = load i32, i32* @next_pid, align 4
  %cmp = icmp slt i32 %1, 30000
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %do.body
  %2 = load i32, i32* @next_pid, align 4
  %add = add nsw i32 %2, 1
  br label %cond.end

cond.false:                                       ; preds = %do.body
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add, %cond.true ], [ 2, %cond.false ]
  store i32 %cond, i32* @next_pid, align 4
  store i32 0, i32* %taken, align 4
  store i32 0, i32* %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %cond.end
  %3 = load i32, i32* %n, align 4
  %cmp1 = icmp slt i32 %3, 32
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load i32, i32* %n, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %4
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 3
  %5 = load i32, i32* %mp_flags, align 4
  %and = and i32 %5, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %6 = load i32, i32* %n, align 4
  %arrayidx2 = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %6
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx2, i32 0, i32 1
  %7 = load i32, i32* %mp_pid, align 4
  %8 = load i32, i32* %pid, align 4
  %cmp3 = icmp eq i32 %7, %8
  br i1 %cmp3, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  store i32 1, i32* %taken, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %9 = load i32, i32* %n, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, i32* %n, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  br label %do.cond

do.cond:                                          ; preds = %for.end
  %10 = load i32, i32* %taken, align 4
  %tobool4 = icmp ne i32 %10, 0
  br i1 %tobool4, label %do.body, label %do.end, !llvm.loop !8

do.end:                                           ; preds = %do.cond
  %11 = load i32, i32* %pid, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_proc_by_pid(i32 noundef %pid) #0 {
entry:
  %retval = alloca i32, align 4
  %pid.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %pid, i32* %pid.addr, align 4
  store i32 0, i32* %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %n, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %n, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %1
  %mp_flags = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx, i32 0, i32 3
  %2 = load i32, i32* %mp_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %n, align 4
  %arrayidx1 = getelementptr inbounds [32 x %struct.mproc], [32 x %struct.mproc]* @mproc, i32 0, i32 %3
  %mp_pid = getelementptr inbounds %struct.mproc, %struct.mproc* %arrayidx1, i32 0, i32 1
  %4 = load i32, i32* %mp_pid, align 4
  %5 = load i32, i32* %pid.addr, align 4
  %cmp2 = icmp eq i32 %4, %5
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, i32* %n, align 4
  store i32 %6, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %7 = load i32, i32* %n, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, i32* %n, align 4
  br label %for.cond, !llvm.loop !9

for.end:                                          ; preds = %for.cond
  store i32 -1, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %8 = load i32, i32* %retval, align 4
  ret i32 %8
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly nofree nounwind willreturn }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 14.0.6"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = distinct !{!7, !5}
!8 = distinct !{!8, !5}
!9 = distinct !{!9, !5}
