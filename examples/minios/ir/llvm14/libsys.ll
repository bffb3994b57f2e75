; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_krn_lsys_clock = type { i32 }
%struct.mess_lsys_krn_fork = type { i32, i32, i32 }
%struct.mess_lsys_krn_kill = type { i32, i32 }
%struct.mess_lsys_krn_datacopy = type { i32, i32, i32, i32, i32 }

@kernel_call_table = dso_local global [7 x i32 (i32, %struct.message*, i32*)*] [i32 (i32, %struct.message*, i32*)* @softint_send, i32 (i32, %struct.message*, i32*)* @softint_receive, i32 (i32, %struct.message*, i32*)* @softint_sendrec, i32 (i32, %struct.message*, i32*)* @softint_sendnb, i32 (i32, %struct.message*, i32*)* @softint_notify, i32 (i32, %struct.message*, i32*)* @softint_senda, i32 (i32, %struct.message*, i32*)* @softint_kernel_call], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @asynsend3(i32 noundef %dst, %struct.message* noundef %m_ptr, i32 noundef %flags) #0 {
entry:
  %retval = alloca i32, align 4
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  %0 = load i32, i32* %dst.addr, align 4
  %cmp = icmp eq i32 %0, 27648
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, i32* %dst.addr, align 4
  %cmp1 = icmp eq i32 %1, 31744
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %2 = load i32, i32* %dst.addr, align 4
  %3 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %4 = load i32, i32* %flags.addr, align 4
  %call = call i32 @ipc_senda(i32 noundef %2, %struct.message* noundef %3, i32 noundef %4) #3
  store i32 %call, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, i32* %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind
define dso_local i32 @getuptime(i32* noundef %ticks) #0 {
entry:
  %ticks.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32* %ticks, i32** %ticks.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %call1 = call i32 @_taskcall(i32 noundef -3, i32 noundef 2048, %struct.message* noundef %m) #3
  store i32 %call1, i32* %r, align 4
  %1 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_krn_lsys_clock = bitcast %union.anon* %m_u to %struct.mess_krn_lsys_clock*
  %uptime = getelementptr inbounds %struct.mess_krn_lsys_clock, %struct.mess_krn_lsys_clock* %m_krn_lsys_clock, i32 0, i32 0
  %2 = load i32, i32* %uptime, align 4
  %3 = load i32*, i32** %ticks.addr, align 4
  store i32 %2, i32* %3, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %4 = load i32, i32* %r, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_publish_label(i8* noundef %label, i32 noundef %endpt, i32 noundef %flags) #0 {
entry:
  %label.addr = alloca i8*, align 4
  %endpt.addr = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i8* %label, i8** %label.addr, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %endpt1 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 1
  store i32 %1, i32* %endpt1, align 4
  %2 = load i32, i32* %flags.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_ds_req3 = bitcast %union.anon* %m_u2 to %struct.mess_ds_req*
  %flags4 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req3, i32 0, i32 2
  store i32 %2, i32* %flags4, align 4
  %3 = load i8*, i8** %label.addr, align 4
  %call5 = call i32 @do_invoke_ds(%struct.message* noundef %m, i32 noundef 1024, i8* noundef %3) #3
  ret i32 %call5
}

; Function Attrs: noinline nounwind
define internal i32 @do_invoke_ds(%struct.message* noundef %m, i32 noundef %type, i8* noundef %key) #0 {
entry:
  %m.addr = alloca %struct.message*, align 4
  %type.addr = alloca i32, align 4
  %key.addr = alloca i8*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  store i32 %type, i32* %type.addr, align 4
  store i8* %key, i8** %key.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %key1 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %key1, i32 0, i32 0
  %1 = load i8*, i8** %key.addr, align 4
  %call = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef %1, i32 noundef 16) #3
  %2 = load i32, i32* %type.addr, align 4
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %call2 = call i32 @_taskcall(i32 noundef 3, i32 noundef %2, %struct.message* noundef %3) #3
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_retrieve_label_endpt(i8* noundef %label, i32* noundef %endpt) #0 {
entry:
  %label.addr = alloca i8*, align 4
  %endpt.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i8* %label, i8** %label.addr, align 4
  store i32* %endpt, i32** %endpt.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i8*, i8** %label.addr, align 4
  %call1 = call i32 @do_invoke_ds(%struct.message* noundef %m, i32 noundef 1025, i8* noundef %1) #3
  store i32 %call1, i32* %r, align 4
  %2 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %2, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %endpt2 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 1
  %3 = load i32, i32* %endpt2, align 4
  %4 = load i32*, i32** %endpt.addr, align 4
  store i32 %3, i32* %4, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, i32* %r, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_delete_label(i8* noundef %label) #0 {
entry:
  %label.addr = alloca i8*, align 4
  %m = alloca %struct.message, align 4
  store i8* %label, i8** %label.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i8*, i8** %label.addr, align 4
  %call1 = call i32 @do_invoke_ds(%struct.message* noundef %m, i32 noundef 1026, i8* noundef %1) #3
  ret i32 %call1
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_subscribe(i8* noundef %prefix, i32 noundef %flags) #0 {
entry:
  %prefix.addr = alloca i8*, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i8* %prefix, i8** %prefix.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %flags.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %flags1 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 2
  store i32 %1, i32* %flags1, align 4
  %2 = load i8*, i8** %prefix.addr, align 4
  %call2 = call i32 @do_invoke_ds(%struct.message* noundef %m, i32 noundef 1027, i8* noundef %2) #3
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_send(i32 noundef %dst, %struct.message* noundef %m_ptr) #0 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 0), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_sendnb(i32 noundef %dst, %struct.message* noundef %m_ptr) #0 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 3), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_senda(i32 noundef %dst, %struct.message* noundef %m_ptr, i32 noundef %flags) #0 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, i32* %dst.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32 %flags, i32* %flags.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 5), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef %flags.addr) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_notify(i32 noundef %dst) #0 {
entry:
  %dst.addr = alloca i32, align 4
  store i32 %dst, i32* %dst.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 4), align 4
  %1 = load i32, i32* %dst.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef null, i32* noundef null) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_receive(i32 noundef %src, %struct.message* noundef %m_ptr, i32* noundef %status_ptr) #0 {
entry:
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %status_ptr.addr = alloca i32*, align 4
  store i32 %src, i32* %src.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %status_ptr, i32** %status_ptr.addr, align 4
  %0 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 1), align 4
  %1 = load i32, i32* %src.addr, align 4
  %2 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %3 = load i32*, i32** %status_ptr.addr, align 4
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef %3) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @_kernel_call(i32 noundef %syscallnr, %struct.message* noundef %msgptr) #0 {
entry:
  %retval = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca %struct.message*, align 4
  %status = alloca i32, align 4
  store i32 %syscallnr, i32* %syscallnr.addr, align 4
  store %struct.message* %msgptr, %struct.message** %msgptr.addr, align 4
  %0 = load i32, i32* %syscallnr.addr, align 4
  %1 = load %struct.message*, %struct.message** %msgptr.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 1
  store i32 %0, i32* %m_type, align 4
  %2 = load i32 (i32, %struct.message*, i32*)*, i32 (i32, %struct.message*, i32*)** getelementptr inbounds ([7 x i32 (i32, %struct.message*, i32*)*], [7 x i32 (i32, %struct.message*, i32*)*]* @kernel_call_table, i32 0, i32 6), align 4
  %3 = load %struct.message*, %struct.message** %msgptr.addr, align 4
  %call = call i32 %2(i32 noundef -2, %struct.message* noundef %3, i32* noundef null) #3
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

; Function Attrs: noinline noreturn nounwind
define dso_local void @panic(i8* noundef %why) #1 {
entry:
  %why.addr = alloca i8*, align 4
  store i8* %why, i8** %why.addr, align 4
  %0 = load i8*, i8** %why.addr, align 4
  %call = call i32 @sys_abort(i32 noundef 0) #3
  br label %for.cond

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal i32 @softint_send(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 0, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_receive(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 1, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendrec(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 2, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendnb(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 3, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_notify(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 4, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_senda(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 5, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define internal i32 @softint_kernel_call(i32 noundef %endpt, %struct.message* noundef %m_ptr, i32* noundef %word) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %word.addr = alloca i32*, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %word, i32** %word.addr, align 4
  %0 = load i32, i32* %endpt.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %word.addr, align 4
  %call = call i32 @_kernel_trap(i32 noundef 6, i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  ret i32 %call
}

declare dso_local i32 @_kernel_trap(i32 noundef, i32 noundef, %struct.message* noundef, i32* noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @sef_receive_status(i32 noundef %src, %struct.message* noundef %m_ptr, i32* noundef %status_ptr) #0 {
entry:
  %retval = alloca i32, align 4
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %status_ptr.addr = alloca i32*, align 4
  %r = alloca i32, align 4
  store i32 %src, i32* %src.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store i32* %status_ptr, i32** %status_ptr.addr, align 4
  br label %for.cond

for.cond:                                         ; preds = %if.then3, %entry
  %0 = load i32, i32* %src.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %2 = load i32*, i32** %status_ptr.addr, align 4
  %call = call i32 @ipc_receive(i32 noundef %0, %struct.message* noundef %1, i32* noundef %2) #3
  store i32 %call, i32* %r, align 4
  %3 = load i32, i32* %r, align 4
  %cmp = icmp ne i32 %3, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  %4 = load i32, i32* %r, align 4
  store i32 %4, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %for.cond
  %5 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 0
  %6 = load i32, i32* %m_source, align 4
  %cmp1 = icmp eq i32 %6, -3
  br i1 %cmp1, label %land.lhs.true, label %if.end4

land.lhs.true:                                    ; preds = %if.end
  %7 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %7, i32 0, i32 1
  %8 = load i32, i32* %m_type, align 4
  %cmp2 = icmp eq i32 %8, 4096
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %land.lhs.true
  br label %for.cond

if.end4:                                          ; preds = %land.lhs.true, %if.end
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end4, %if.then
  %9 = load i32, i32* %retval, align 4
  ret i32 %9
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
  br label %while.cond, !llvm.loop !4

while.end:                                        ; preds = %while.cond
  %4 = load i32, i32* %n, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @strncmp(i8* noundef %a, i8* noundef %b, i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %a.addr = alloca i8*, align 4
  %b.addr = alloca i8*, align 4
  %n.addr = alloca i32, align 4
  store i8* %a, i8** %a.addr, align 4
  store i8* %b, i8** %b.addr, align 4
  store i32 %n, i32* %n.addr, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %n.addr, align 4
  %cmp = icmp ugt i32 %0, 0
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i8*, i8** %a.addr, align 4
  %2 = load i8, i8* %1, align 1
  %conv = sext i8 %2 to i32
  %3 = load i8*, i8** %b.addr, align 4
  %4 = load i8, i8* %3, align 1
  %conv1 = sext i8 %4 to i32
  %cmp2 = icmp ne i32 %conv, %conv1
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %5 = load i8*, i8** %a.addr, align 4
  %6 = load i8, i8* %5, align 1
  %conv4 = zext i8 %6 to i32
  %7 = load i8*, i8** %b.addr, align 4
  %8 = load i8, i8* %7, align 1
  %conv5 = zext i8 %8 to i32
  %sub = sub nsw i32 %conv4, %conv5
  store i32 %sub, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body
  %9 = load i8*, i8** %a.addr, align 4
  %10 = load i8, i8* %9, align 1
  %conv6 = sext i8 %10 to i32
  %cmp7 = icmp eq i32 %conv6, 0
  br i1 %cmp7, label %if.then9, label %if.end10

if.then9:                                         ; preds = %if.end
  store i32 0, i32* %retval, align 4
  br label %return

if.end10:                                         ; preds = %if.end
  br label %for.inc

for.inc:                                          ; preds = %if.end10
  %11 = load i8*, i8** %a.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, i8* %11, i32 1
  store i8* %incdec.ptr, i8** %a.addr, align 4
  %12 = load i8*, i8** %b.addr, align 4
  %incdec.ptr11 = getelementptr inbounds i8, i8* %12, i32 1
  store i8* %incdec.ptr11, i8** %b.addr, align 4
  %13 = load i32, i32* %n.addr, align 4
  %dec = add i32 %13, -1
  store i32 %dec, i32* %n.addr, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then9, %if.then
  %14 = load i32, i32* %retval, align 4
  ret i32 %14
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlcpy(i8* noundef %dst, i8* noundef %src, i32 noundef %size) #0 {
entry:
  %dst.addr = alloca i8*, align 4
  %src.addr = alloca i8*, align 4
  %size.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i8* %dst, i8** %dst.addr, align 4
  store i8* %src, i8** %src.addr, align 4
  store i32 %size, i32* %size.addr, align 4
  store i32 0, i32* %n, align 4
  %0 = load i32, i32* %size.addr, align 4
  %cmp = icmp ugt i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.then
  %1 = load i32, i32* %n, align 4
  %add = add i32 %1, 1
  %2 = load i32, i32* %size.addr, align 4
  %cmp1 = icmp ult i32 %add, %2
  br i1 %cmp1, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %3 = load i8*, i8** %src.addr, align 4
  %4 = load i32, i32* %n, align 4
  %arrayidx = getelementptr inbounds i8, i8* %3, i32 %4
  %5 = load i8, i8* %arrayidx, align 1
  %conv = sext i8 %5 to i32
  %cmp2 = icmp ne i32 %conv, 0
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %6 = phi i1 [ false, %while.cond ], [ %cmp2, %land.rhs ]
  br i1 %6, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %7 = load i8*, i8** %src.addr, align 4
  %8 = load i32, i32* %n, align 4
  %arrayidx4 = getelementptr inbounds i8, i8* %7, i32 %8
  %9 = load i8, i8* %arrayidx4, align 1
  %10 = load i8*, i8** %dst.addr, align 4
  %11 = load i32, i32* %n, align 4
  %arrayidx5 = getelementptr inbounds i8, i8* %10, i32 %11
  store i8 %9, i8* %arrayidx5, align 1
  %12 = load i32, i32* %n, align 4
  %inc = add i32 %12, 1
  store i32 %inc, i32* %n, align 4
  br label %while.cond, !llvm.loop !7

while.end:                                        ; preds = %land.end
  %13 = load i8*, i8** %dst.addr, align 4
  %14 = load i32, i32* %n, align 4
  %arrayidx6 = getelementptr inbounds i8, i8* %13, i32 %14
  store i8 0, i8* %arrayidx6, align 1
  br label %if.end

if.end:                                           ; preds = %while.end, %entry
  br label %while.cond7

while.cond7:                                      ; preds = %while.body12, %if.end
  %15 = load i8*, i8** %src.addr, align 4
  %16 = load i32, i32* %n, align 4
  %arrayidx8 = getelementptr inbounds i8, i8* %15, i32 %16
  %17 = load i8, i8* %arrayidx8, align 1
  %conv9 = sext i8 %17 to i32
  %cmp10 = icmp ne i32 %conv9, 0
  br i1 %cmp10, label %while.body12, label %while.end14

while.body12:                                     ; preds = %while.cond7
  %18 = load i32, i32* %n, align 4
  %inc13 = add i32 %18, 1
  store i32 %inc13, i32* %n, align 4
  br label %while.cond7, !llvm.loop !8

while.end14:                                      ; preds = %while.cond7
  %19 = load i32, i32* %n, align 4
  ret i32 %19
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
  br label %while.cond, !llvm.loop !9

while.end:                                        ; preds = %while.cond
  %4 = load i8*, i8** %dst.addr, align 4
  ret i8* %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_fork(i32 noundef %parent, i32 noundef %child_slot, i32* noundef %child_endpt) #0 {
entry:
  %parent.addr = alloca i32, align 4
  %child_slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %parent, i32* %parent.addr, align 4
  store i32 %child_slot, i32* %child_slot.addr, align 4
  store i32* %child_endpt, i32** %child_endpt.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %parent.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_fork = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_fork*
  %parent1 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_krn_fork, i32 0, i32 0
  store i32 %1, i32* %parent1, align 4
  %2 = load i32, i32* %child_slot.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_fork3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_krn_fork*
  %slot = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_krn_fork3, i32 0, i32 1
  store i32 %2, i32* %slot, align 4
  %call4 = call i32 @_kernel_call(i32 noundef 1792, %struct.message* noundef %m) #3
  store i32 %call4, i32* %r, align 4
  %3 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %3, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_fork6 = bitcast %union.anon* %m_u5 to %struct.mess_lsys_krn_fork*
  %child = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_krn_fork6, i32 0, i32 2
  %4 = load i32, i32* %child, align 4
  %5 = load i32*, i32** %child_endpt.addr, align 4
  store i32 %4, i32* %5, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %6 = load i32, i32* %r, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_kill(i32 noundef %endpt, i32 noundef %sig) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 %sig, i32* %sig.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_kill = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_kill*
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_kill, %struct.mess_lsys_krn_kill* %m_lsys_krn_kill, i32 0, i32 0
  store i32 %1, i32* %endpt1, align 4
  %2 = load i32, i32* %sig.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_kill3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_krn_kill*
  %sig4 = getelementptr inbounds %struct.mess_lsys_krn_kill, %struct.mess_lsys_krn_kill* %m_lsys_krn_kill3, i32 0, i32 1
  store i32 %2, i32* %sig4, align 4
  %call5 = call i32 @_kernel_call(i32 noundef 1793, %struct.message* noundef %m) #3
  ret i32 %call5
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_datacopy(i32 noundef %src_endpt, i32 noundef %src_addr, i32 noundef %dst_endpt, i32 noundef %dst_addr, i32 noundef %bytes) #0 {
entry:
  %src_endpt.addr = alloca i32, align 4
  %src_addr.addr = alloca i32, align 4
  %dst_endpt.addr = alloca i32, align 4
  %dst_addr.addr = alloca i32, align 4
  %bytes.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %src_endpt, i32* %src_endpt.addr, align 4
  store i32 %src_addr, i32* %src_addr.addr, align 4
  store i32 %dst_endpt, i32* %dst_endpt.addr, align 4
  store i32 %dst_addr, i32* %dst_addr.addr, align 4
  store i32 %bytes, i32* %bytes.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %src_endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_datacopy = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_datacopy*
  %src_endpt1 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, %struct.mess_lsys_krn_datacopy* %m_lsys_krn_datacopy, i32 0, i32 0
  store i32 %1, i32* %src_endpt1, align 4
  %2 = load i32, i32* %src_addr.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_datacopy3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_krn_datacopy*
  %src_addr4 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, %struct.mess_lsys_krn_datacopy* %m_lsys_krn_datacopy3, i32 0, i32 1
  store i32 %2, i32* %src_addr4, align 4
  %3 = load i32, i32* %dst_endpt.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_datacopy6 = bitcast %union.anon* %m_u5 to %struct.mess_lsys_krn_datacopy*
  %dst_endpt7 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, %struct.mess_lsys_krn_datacopy* %m_lsys_krn_datacopy6, i32 0, i32 2
  store i32 %3, i32* %dst_endpt7, align 4
  %4 = load i32, i32* %dst_addr.addr, align 4
  %m_u8 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_datacopy9 = bitcast %union.anon* %m_u8 to %struct.mess_lsys_krn_datacopy*
  %dst_addr10 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, %struct.mess_lsys_krn_datacopy* %m_lsys_krn_datacopy9, i32 0, i32 3
  store i32 %4, i32* %dst_addr10, align 4
  %5 = load i32, i32* %bytes.addr, align 4
  %m_u11 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_datacopy12 = bitcast %union.anon* %m_u11 to %struct.mess_lsys_krn_datacopy*
  %bytes13 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, %struct.mess_lsys_krn_datacopy* %m_lsys_krn_datacopy12, i32 0, i32 4
  store i32 %5, i32* %bytes13, align 4
  %call14 = call i32 @_kernel_call(i32 noundef 1794, %struct.message* noundef %m) #3
  ret i32 %call14
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_abort(i32 noundef %how) #0 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, i32* %how.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %how.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_krn_abort = bitcast %union.anon* %m_u to %struct.mess_krn_lsys_clock*
  %how1 = getelementptr inbounds %struct.mess_krn_lsys_clock, %struct.mess_krn_lsys_clock* %m_lsys_krn_abort, i32 0, i32 0
  store i32 %1, i32* %how1, align 4
  %call2 = call i32 @_kernel_call(i32 noundef 1795, %struct.message* noundef %m) #3
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @_taskcall(i32 noundef %who, i32 noundef %syscallnr, %struct.message* noundef %msgptr) #0 {
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
  %call = call i32 @_ipc_sendrec(i32 noundef %2, %struct.message* noundef %3) #3
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
  %call = call i32 %0(i32 noundef %1, %struct.message* noundef %2, i32* noundef null) #3
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_fork(i32 noundef %endpt, i32 noundef %slot, i32* noundef %child_endpt) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 %slot, i32* %slot.addr, align 4
  store i32* %child_endpt, i32** %child_endpt.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_fork = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_fork*
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_fork, i32 0, i32 0
  store i32 %1, i32* %endpt1, align 4
  %2 = load i32, i32* %slot.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_fork3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_krn_fork*
  %slot4 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_fork3, i32 0, i32 1
  store i32 %2, i32* %slot4, align 4
  %call5 = call i32 @_taskcall(i32 noundef 2, i32 noundef 769, %struct.message* noundef %m) #3
  store i32 %call5, i32* %r, align 4
  %3 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %3, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_fork7 = bitcast %union.anon* %m_u6 to %struct.mess_lsys_krn_fork*
  %child_endpt8 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_fork7, i32 0, i32 2
  %4 = load i32, i32* %child_endpt8, align 4
  %5 = load i32*, i32** %child_endpt.addr, align 4
  store i32 %4, i32* %5, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %6 = load i32, i32* %r, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exit(i32 noundef %endpt) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_exit = bitcast %union.anon* %m_u to %struct.mess_krn_lsys_clock*
  %endpt1 = getelementptr inbounds %struct.mess_krn_lsys_clock, %struct.mess_krn_lsys_clock* %m_lsys_vm_exit, i32 0, i32 0
  store i32 %1, i32* %endpt1, align 4
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 768, %struct.message* noundef %m) #3
  ret i32 %call2
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exec_newmem(i32 noundef %endpt, i32 noundef %text_bytes, i32* noundef %base) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %text_bytes.addr = alloca i32, align 4
  %base.addr = alloca i32*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 %text_bytes, i32* %text_bytes.addr, align 4
  store i32* %base, i32** %base.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_newmem = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_fork*
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_newmem, i32 0, i32 0
  store i32 %1, i32* %endpt1, align 4
  %2 = load i32, i32* %text_bytes.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_newmem3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_krn_fork*
  %text_bytes4 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_newmem3, i32 0, i32 1
  store i32 %2, i32* %text_bytes4, align 4
  %call5 = call i32 @_taskcall(i32 noundef 2, i32 noundef 772, %struct.message* noundef %m) #3
  store i32 %call5, i32* %r, align 4
  %3 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %3, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_newmem7 = bitcast %union.anon* %m_u6 to %struct.mess_lsys_krn_fork*
  %base8 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_newmem7, i32 0, i32 2
  %4 = load i32, i32* %base8, align 4
  %5 = load i32*, i32** %base.addr, align 4
  store i32 %4, i32* %5, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %6 = load i32, i32* %r, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_info_usage(i32 noundef %endpt, %struct.mess_lsys_krn_kill* noundef %vui) #0 {
entry:
  %endpt.addr = alloca i32, align 4
  %vui.addr = alloca %struct.mess_lsys_krn_kill*, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store %struct.mess_lsys_krn_kill* %vui, %struct.mess_lsys_krn_kill** %vui.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %endpt.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_usage = bitcast %union.anon* %m_u to %struct.mess_lsys_krn_fork*
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_usage, i32 0, i32 0
  store i32 %1, i32* %endpt1, align 4
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 773, %struct.message* noundef %m) #3
  store i32 %call2, i32* %r, align 4
  %2 = load i32, i32* %r, align 4
  %cmp = icmp eq i32 %2, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_usage4 = bitcast %union.anon* %m_u3 to %struct.mess_lsys_krn_fork*
  %pages = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_usage4, i32 0, i32 1
  %3 = load i32, i32* %pages, align 4
  %4 = load %struct.mess_lsys_krn_kill*, %struct.mess_lsys_krn_kill** %vui.addr, align 4
  %vui_pages = getelementptr inbounds %struct.mess_lsys_krn_kill, %struct.mess_lsys_krn_kill* %4, i32 0, i32 0
  store i32 %3, i32* %vui_pages, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 2
  %m_lsys_vm_usage6 = bitcast %union.anon* %m_u5 to %struct.mess_lsys_krn_fork*
  %brk = getelementptr inbounds %struct.mess_lsys_krn_fork, %struct.mess_lsys_krn_fork* %m_lsys_vm_usage6, i32 0, i32 2
  %5 = load i32, i32* %brk, align 4
  %6 = load %struct.mess_lsys_krn_kill*, %struct.mess_lsys_krn_kill** %vui.addr, align 4
  %vui_brk = getelementptr inbounds %struct.mess_lsys_krn_kill, %struct.mess_lsys_krn_kill* %6, i32 0, i32 1
  store i32 %5, i32* %vui_brk, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %7 = load i32, i32* %r, align 4
  ret i32 %7
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0, !0, !0}
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
