; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_pm_exit = type { i32 }
%struct.mess_lc_pm_exec = type { i32, i32 }
%struct.rusage = type { i32, i32, i32, i32, i32 }
%struct.mess_lc_vfs_open = type { i32, i32, i32, i16 }
%struct.mess_lc_vfs_readwrite = type { i32, i32, i32 }
%struct.mess_lc_vfs_umask = type { i16 }

@kernel_call_table = external dso_local global [7 x i32 (i32, %struct.message*, i32*)*], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @fork() #0 {
entry:
  %m = alloca %struct.message, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 257, %struct.message* noundef %m) #2
  ret i32 %call1
}

; Function Attrs: noinline noreturn nounwind
define dso_local void @_exit(i32 noundef %status) #1 {
entry:
  %status.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %status, i32* %status.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %status.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_exit = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %status1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_lc_pm_exit, i32 0, i32 0
  store i32 %1, i32* %status1, align 4
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 256, %struct.message* noundef %m) #2
  br label %for.cond

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond
}

; Function Attrs: noinline nounwind
define dso_local i32 @execve(i8* noundef %path) #0 {
entry:
  %path.addr = alloca i8*, align 4
  %m = alloca %struct.message, align 4
  store i8* %path, i8** %path.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i8*, i8** %path.addr, align 4
  %2 = ptrtoint i8* %1 to i32
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_exec = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exec*
  %name = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_exec, i32 0, i32 0
  store i32 %2, i32* %name, align 4
  %3 = load i8*, i8** %path.addr, align 4
  %call1 = call i32 @strlen(i8* noundef %3) #2
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_exec3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_pm_exec*
  %namelen = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_exec3, i32 0, i32 1
  store i32 %call1, i32* %namelen, align 4
  %call4 = call i32 @_syscall(i32 noundef 0, i32 noundef 258, %struct.message* noundef %m) #2
  ret i32 %call4
}

; Function Attrs: noinline nounwind
define dso_local i32 @getpid() #0 {
entry:
  %m = alloca %struct.message, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 259, %struct.message* noundef %m) #2
  ret i32 %call1
}

; Function Attrs: noinline nounwind
define dso_local i32 @kill(i32 noundef %pid, i32 noundef %sig) #0 {
entry:
  %pid.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %pid, i32* %pid.addr, align 4
  store i32 %sig, i32* %sig.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %pid.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_sig = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exec*
  %pid1 = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_sig, i32 0, i32 0
  store i32 %1, i32* %pid1, align 4
  %2 = load i32, i32* %sig.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_sig3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_pm_exec*
  %nr = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_sig3, i32 0, i32 1
  store i32 %2, i32* %nr, align 4
  %call4 = call i32 @_syscall(i32 noundef 0, i32 noundef 260, %struct.message* noundef %m) #2
  ret i32 %call4
}

; Function Attrs: noinline nounwind
define dso_local i32 @setuid(i32 noundef %uid) #0 {
entry:
  %uid.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %uid, i32* %uid.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %uid.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_setuid = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %uid1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_lc_pm_setuid, i32 0, i32 0
  store i32 %1, i32* %uid1, align 4
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 261, %struct.message* noundef %m) #2
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @getuid() #0 {
entry:
  %m = alloca %struct.message, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 262, %struct.message* noundef %m) #2
  ret i32 %call1
}

; Function Attrs: noinline nounwind
define dso_local i32 @reboot(i32 noundef %how) #0 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, i32* %how.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %how.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_reboot = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %how1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_lc_pm_reboot, i32 0, i32 0
  store i32 %1, i32* %how1, align 4
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 263, %struct.message* noundef %m) #2
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @getrusage(i32 noundef %who, %struct.rusage* noundef %usage) #0 {
entry:
  %who.addr = alloca i32, align 4
  %usage.addr = alloca %struct.rusage*, align 4
  %m = alloca %struct.message, align 4
  store i32 %who, i32* %who.addr, align 4
  store %struct.rusage* %usage, %struct.rusage** %usage.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %who.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_rusage = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exec*
  %who1 = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_rusage, i32 0, i32 0
  store i32 %1, i32* %who1, align 4
  %2 = load %struct.rusage*, %struct.rusage** %usage.addr, align 4
  %3 = ptrtoint %struct.rusage* %2 to i32
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_pm_rusage3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_pm_exec*
  %addr = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_pm_rusage3, i32 0, i32 1
  store i32 %3, i32* %addr, align 4
  %call4 = call i32 @_syscall(i32 noundef 0, i32 noundef 264, %struct.message* noundef %m) #2
  ret i32 %call4
}

; Function Attrs: noinline nounwind
define dso_local i32 @minix_rs_lookup(i8* noundef %name, i32* noundef %value) #0 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca i8*, align 4
  %value.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %len = alloca i32, align 4
  %i = alloca i32, align 4
  %r = alloca i32, align 4
  store i8* %name, i8** %name.addr, align 4
  store i32* %value, i32** %value.addr, align 4
  %0 = load i8*, i8** %name.addr, align 4
  %call = call i32 @strlen(i8* noundef %0) #2
  store i32 %call, i32* %len, align 4
  %1 = load i32, i32* %len, align 4
  %cmp = icmp uge i32 %1, 16
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -36, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = bitcast %struct.message* %m to i8*
  %call1 = call i8* @memset(i8* noundef %2, i32 noundef 0, i32 noundef 64) #2
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %3 = load i32, i32* %i, align 4
  %4 = load i32, i32* %len, align 4
  %cmp2 = icmp ule i32 %3, %4
  br i1 %cmp2, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %5 = load i8*, i8** %name.addr, align 4
  %6 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds i8, i8* %5, i32 %6
  %7 = load i8, i8* %arrayidx, align 1
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_rs_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %label = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req, i32 0, i32 0
  %8 = load i32, i32* %i, align 4
  %arrayidx3 = getelementptr inbounds [16 x i8], [16 x i8]* %label, i32 0, i32 %8
  store i8 %7, i8* %arrayidx3, align 1
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, i32* %i, align 4
  %inc = add i32 %9, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %call4 = call i32 @_syscall(i32 noundef 4, i32 noundef 1282, %struct.message* noundef %m) #2
  store i32 %call4, i32* %r, align 4
  %10 = load i32, i32* %r, align 4
  %cmp5 = icmp eq i32 %10, 0
  br i1 %cmp5, label %if.then6, label %if.end9

if.then6:                                         ; preds = %for.end
  %m_u7 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_rs_req8 = bitcast %union.anon* %m_u7 to %struct.mess_ds_req*
  %endpt = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req8, i32 0, i32 1
  %11 = load i32, i32* %endpt, align 4
  %12 = load i32*, i32** %value.addr, align 4
  store i32 %11, i32* %12, align 4
  br label %if.end9

if.end9:                                          ; preds = %if.then6, %for.end
  %13 = load i32, i32* %r, align 4
  store i32 %13, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end9, %if.then
  %14 = load i32, i32* %retval, align 4
  ret i32 %14
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlen(i8* noundef %s) #0 {
entry:
  %s.addr = alloca i8*, align 4
  %n = alloca i32, align 4
  store i8* %s, i8** %s.addr, align 4
  store i32 0, i32* %n, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load i8*, i8** %s.addr, align 4
  %1 = load i32, i32* %n, align 4
  %arrayidx = getelementptr inbounds i8, i8* %0, i32 %1
  %2 = load i8, i8* %arrayidx, align 1
  %conv = sext i8 %2 to i32
  %cmp = icmp ne i32 %conv, 0
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load i32, i32* %n, align 4
  %inc = add i32 %3, 1
  store i32 %inc, i32* %n, align 4
  br label %while.cond, !llvm.loop !6

while.end:                                        ; preds = %while.cond
  %4 = load i32, i32* %n, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind
define dso_local i8* @memset(i8* noundef %dst, i32 noundef %c, i32 noundef %n) #0 {
entry:
  %dst.addr = alloca i8*, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %p = alloca i8*, align 4
  store i8* %dst, i8** %dst.addr, align 4
  store i32 %c, i32* %c.addr, align 4
  store i32 %n, i32* %n.addr, align 4
  %0 = load i8*, i8** %dst.addr, align 4
  store i8* %0, i8** %p, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %1 = load i32, i32* %n.addr, align 4
  %dec = add i32 %1, -1
  store i32 %dec, i32* %n.addr, align 4
  %cmp = icmp ugt i32 %1, 0
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load i32, i32* %c.addr, align 4
  %conv = trunc i32 %2 to i8
  %3 = load i8*, i8** %p, align 4
  %incdec.ptr = getelementptr inbounds i8, i8* %3, i32 1
  store i8* %incdec.ptr, i8** %p, align 4
  store i8 %conv, i8* %3, align 1
  br label %while.cond, !llvm.loop !7

while.end:                                        ; preds = %while.cond
  %4 = load i8*, i8** %dst.addr, align 4
  ret i8* %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @_syscall(i32 noundef %who, i32 noundef %syscallnr, %struct.message* noundef %msgptr) #0 {
entry:
  %retval = alloca i32, align 4
  %who.addr = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca %struct.message*, align 4
  %status = alloca i32, align 4
  store i32 %who, i32* %who.addr, align 4
  store i32 %syscallnr, i32* %syscallnr.addr, align 4
  store %struct.message* %msgptr, %struct.message** %msgptr.addr, align 4
  %0 = load i32, i32* %syscallnr.addr, align 4
  %1 = load %struct.message*, %struct.message** %msgptr.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 1
  store i32 %0, i32* %m_type, align 4
  %2 = load i32, i32* %who.addr, align 4
  %3 = load %struct.message*, %struct.message** %msgptr.addr, align 4
  %call = call i32 @_ipc_sendrec(i32 noundef %2, %struct.message* noundef %3) #2
  store i32 %call, i32* %status, align 4
  %4 = load i32, i32* %status, align 4
  %cmp = icmp ne i32 %4, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %5 = load i32, i32* %status, align 4
  store i32 %5, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %6 = load %struct.message*, %struct.message** %msgptr.addr, align 4
  %m_type1 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 1
  %7 = load i32, i32* %m_type1, align 4
  store i32 %7, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, i32* %retval, align 4
  ret i32 %8
}

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
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #2
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @open(i8* noundef %path, i32 noundef %flags, i16 noundef zeroext %mode) #0 {
entry:
  %path.addr = alloca i8*, align 4
  %flags.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store i8* %path, i8** %path.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  store i16 %mode, i16* %mode.addr, align 2
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i8*, i8** %path.addr, align 4
  %2 = ptrtoint i8* %1 to i32
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_open = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_open*
  %name = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open, i32 0, i32 0
  store i32 %2, i32* %name, align 4
  %3 = load i8*, i8** %path.addr, align 4
  %call1 = call i32 @strlen(i8* noundef %3) #2
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_open3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_vfs_open*
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open3, i32 0, i32 1
  store i32 %call1, i32* %namelen, align 4
  %4 = load i32, i32* %flags.addr, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_open5 = bitcast %union.anon* %m_u4 to %struct.mess_lc_vfs_open*
  %flags6 = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open5, i32 0, i32 2
  store i32 %4, i32* %flags6, align 4
  %5 = load i16, i16* %mode.addr, align 2
  %m_u7 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_open8 = bitcast %union.anon* %m_u7 to %struct.mess_lc_vfs_open*
  %mode9 = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open8, i32 0, i32 3
  store i16 %5, i16* %mode9, align 4
  %call10 = call i32 @_syscall(i32 noundef 1, i32 noundef 512, %struct.message* noundef %m) #2
  ret i32 %call10
}

; Function Attrs: noinline nounwind
define dso_local i32 @close(i32 noundef %fd) #0 {
entry:
  %fd.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, i32* %fd.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %fd.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_close = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %fd1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_lc_vfs_close, i32 0, i32 0
  store i32 %1, i32* %fd1, align 4
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 513, %struct.message* noundef %m) #2
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @read(i32 noundef %fd, i8* noundef %buf, i32 noundef %len) #0 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca i8*, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, i32* %fd.addr, align 4
  store i8* %buf, i8** %buf.addr, align 4
  store i32 %len, i32* %len.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %fd.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_readwrite*
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite, i32 0, i32 0
  store i32 %1, i32* %fd1, align 4
  %2 = load i8*, i8** %buf.addr, align 4
  %3 = ptrtoint i8* %2 to i32
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_vfs_readwrite*
  %buf4 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite3, i32 0, i32 1
  store i32 %3, i32* %buf4, align 4
  %4 = load i32, i32* %len.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite6 = bitcast %union.anon* %m_u5 to %struct.mess_lc_vfs_readwrite*
  %len7 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite6, i32 0, i32 2
  store i32 %4, i32* %len7, align 4
  %call8 = call i32 @_syscall(i32 noundef 1, i32 noundef 514, %struct.message* noundef %m) #2
  ret i32 %call8
}

; Function Attrs: noinline nounwind
define dso_local i32 @write(i32 noundef %fd, i8* noundef %buf, i32 noundef %len) #0 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca i8*, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, i32* %fd.addr, align 4
  store i8* %buf, i8** %buf.addr, align 4
  store i32 %len, i32* %len.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %fd.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_readwrite*
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite, i32 0, i32 0
  store i32 %1, i32* %fd1, align 4
  %2 = load i8*, i8** %buf.addr, align 4
  %3 = ptrtoint i8* %2 to i32
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_vfs_readwrite*
  %buf4 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite3, i32 0, i32 1
  store i32 %3, i32* %buf4, align 4
  %4 = load i32, i32* %len.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_readwrite6 = bitcast %union.anon* %m_u5 to %struct.mess_lc_vfs_readwrite*
  %len7 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_readwrite6, i32 0, i32 2
  store i32 %4, i32* %len7, align 4
  %call8 = call i32 @_syscall(i32 noundef 1, i32 noundef 515, %struct.message* noundef %m) #2
  ret i32 %call8
}

; Function Attrs: noinline nounwind
define dso_local i32 @lseek(i32 noundef %fd, i32 noundef %offset, i32 noundef %whence) #0 {
entry:
  %retval = alloca i32, align 4
  %fd.addr = alloca i32, align 4
  %offset.addr = alloca i32, align 4
  %whence.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %fd, i32* %fd.addr, align 4
  store i32 %offset, i32* %offset.addr, align 4
  store i32 %whence, i32* %whence.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i32, i32* %fd.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_lseek = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_readwrite*
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_lseek, i32 0, i32 0
  store i32 %1, i32* %fd1, align 4
  %2 = load i32, i32* %offset.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_lseek3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_vfs_readwrite*
  %offset4 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_lseek3, i32 0, i32 1
  store i32 %2, i32* %offset4, align 4
  %3 = load i32, i32* %whence.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_lseek6 = bitcast %union.anon* %m_u5 to %struct.mess_lc_vfs_readwrite*
  %whence7 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_lseek6, i32 0, i32 2
  store i32 %3, i32* %whence7, align 4
  %call8 = call i32 @_syscall(i32 noundef 1, i32 noundef 516, %struct.message* noundef %m) #2
  store i32 %call8, i32* %r, align 4
  %4 = load i32, i32* %r, align 4
  %cmp = icmp ne i32 %4, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %5 = load i32, i32* %r, align 4
  store i32 %5, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %m_u9 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_lseek10 = bitcast %union.anon* %m_u9 to %struct.mess_lc_vfs_readwrite*
  %offset11 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, %struct.mess_lc_vfs_readwrite* %m_lc_vfs_lseek10, i32 0, i32 1
  %6 = load i32, i32* %offset11, align 4
  store i32 %6, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind
define dso_local zeroext i16 @umask(i16 noundef zeroext %mask) #0 {
entry:
  %mask.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store i16 %mask, i16* %mask.addr, align 2
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i16, i16* %mask.addr, align 2
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vfs_umask = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_umask*
  %mask1 = getelementptr inbounds %struct.mess_lc_vfs_umask, %struct.mess_lc_vfs_umask* %m_lc_vfs_umask, i32 0, i32 0
  store i16 %1, i16* %mask1, align 4
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 517, %struct.message* noundef %m) #2
  %conv = trunc i32 %call2 to i16
  ret i16 %conv
}

; Function Attrs: noinline nounwind
define dso_local i32 @brk(i8* noundef %addr) #0 {
entry:
  %addr.addr = alloca i8*, align 4
  %m = alloca %struct.message, align 4
  store i8* %addr, i8** %addr.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #2
  %1 = load i8*, i8** %addr.addr, align 4
  %2 = ptrtoint i8* %1 to i32
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vm_brk = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exit*
  %addr1 = getelementptr inbounds %struct.mess_lc_pm_exit, %struct.mess_lc_pm_exit* %m_lc_vm_brk, i32 0, i32 0
  store i32 %2, i32* %addr1, align 4
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 770, %struct.message* noundef %m) #2
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i8* @mmap(i8* noundef %addr, i32 noundef %len, i32 noundef %prot, i32 noundef %flags, i32 noundef %fd, i32 noundef %offset) #0 {
entry:
  %retval = alloca i8*, align 4
  %addr.addr = alloca i8*, align 4
  %len.addr = alloca i32, align 4
  %prot.addr = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  %fd.addr = alloca i32, align 4
  %offset.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i8* %addr, i8** %addr.addr, align 4
  store i32 %len, i32* %len.addr, align 4
  store i32 %prot, i32* %prot.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  store i32 %fd, i32* %fd.addr, align 4
  store i32 %offset, i32* %offset.addr, align 4
  %0 = load i8*, i8** %addr.addr, align 4
  %1 = load i32, i32* %prot.addr, align 4
  %2 = load i32, i32* %flags.addr, align 4
  %3 = load i32, i32* %fd.addr, align 4
  %4 = load i32, i32* %offset.addr, align 4
  %5 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %5, i32 noundef 0, i32 noundef 64) #2
  %6 = load i32, i32* %len.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vm_mmap = bitcast %union.anon* %m_u to %struct.mess_lc_pm_exec*
  %len1 = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_vm_mmap, i32 0, i32 0
  store i32 %6, i32* %len1, align 4
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 771, %struct.message* noundef %m) #2
  %cmp = icmp ne i32 %call2, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i8* inttoptr (i32 -1 to i8*), i8** %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lc_vm_mmap4 = bitcast %union.anon* %m_u3 to %struct.mess_lc_pm_exec*
  %addr5 = getelementptr inbounds %struct.mess_lc_pm_exec, %struct.mess_lc_pm_exec* %m_lc_vm_mmap4, i32 0, i32 1
  %7 = load i32, i32* %addr5, align 4
  %8 = inttoptr i32 %7 to i8*
  store i8* %8, i8** %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %9 = load i8*, i8** %retval, align 4
  ret i8* %9
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 14.0.6"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = distinct !{!7, !5}
