; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.subscription = type { i32, i32, [16 x i8] }
%struct.data_store = type { i32, [16 x i8], i32, i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"ds: receive failed\00", align 1
@who_e = dso_local global i32 0, align 4
@.str.5 = private unnamed_addr constant [17 x i8] c"ds: cannot reply\00", align 1
@ds_shutting_down = dso_local global i32 0, align 4
@ds_subs = dso_local global [32 x %struct.subscription] zeroinitializer, align 4
@ds_store = dso_local global [16 x %struct.data_store] zeroinitializer, align 4

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
  br label %for.cond

for.cond:                                         ; preds = %if.end4, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, %struct.message* noundef %m, i32* noundef %ipc_status) #3
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  call void @panic(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %0 = load i32, i32* %m_source, align 4
  store i32 %0, i32* @who_e, align 4
  %call1 = call i32 @handle_request(%struct.message* noundef %m) #3
  store i32 %call1, i32* %r, align 4
  %1 = load i32, i32* %r, align 4
  %cmp2 = icmp ne i32 %1, -201
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %if.end
  %2 = load i32, i32* %r, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %2, i32* %m_type, align 4
  %3 = load i32, i32* @who_e, align 4
  call void @reply(i32 noundef %3, %struct.message* noundef %m) #3
  br label %if.end4

if.end4:                                          ; preds = %if.then3, %if.end
  br label %for.cond
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @handle_request(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 1
  %1 = load i32, i32* %m_type, align 4
  switch i32 %1, label %sw.default [
    i32 1024, label %sw.bb
    i32 1025, label %sw.bb1
    i32 1026, label %sw.bb3
    i32 1027, label %sw.bb5
    i32 1537, label %sw.bb7
    i32 1536, label %sw.bb9
  ]

sw.bb:                                            ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %call = call i32 @do_publish(%struct.message* noundef %2) #3
  store i32 %call, i32* %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %call2 = call i32 @do_retrieve_label(%struct.message* noundef %3) #3
  store i32 %call2, i32* %retval, align 4
  br label %return

sw.bb3:                                           ; preds = %entry
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %call4 = call i32 @do_delete(%struct.message* noundef %4) #3
  store i32 %call4, i32* %retval, align 4
  br label %return

sw.bb5:                                           ; preds = %entry
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 0
  %6 = load i32, i32* %m_source, align 4
  %and = and i32 %6, 31
  %7 = load %struct.message*, %struct.message** %m.addr, align 4
  %call6 = call i32 @do_subscribe(i32 noundef %and, %struct.message* noundef %7) #3
  store i32 %call6, i32* %retval, align 4
  br label %return

sw.bb7:                                           ; preds = %entry
  %8 = load %struct.message*, %struct.message** %m.addr, align 4
  %call8 = call i32 @do_shutdown(%struct.message* noundef %8) #3
  store i32 %call8, i32* %retval, align 4
  br label %return

sw.bb9:                                           ; preds = %entry
  %9 = load %struct.message*, %struct.message** %m.addr, align 4
  %call10 = call i32 @do_getstatus(%struct.message* noundef %9) #3
  store i32 %call10, i32* %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 -38, i32* %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb9, %sw.bb7, %sw.bb5, %sw.bb3, %sw.bb1, %sw.bb
  %10 = load i32, i32* %retval, align 4
  ret i32 %10
}

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %whom, %struct.message* noundef %m_ptr) #0 {
entry:
  %whom.addr = alloca i32, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  store i32 %whom, i32* %whom.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  %0 = load i32, i32* %whom.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %call = call i32 @ipc_send(i32 noundef %0, %struct.message* noundef %1) #3
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  call void @panic(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.5, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %entry
  ret void
}

declare dso_local i32 @ipc_send(i32 noundef, %struct.message* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_publish(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %dsp = alloca %struct.data_store*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 4
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load i32, i32* @ds_shutting_down, align 4
  %tobool = icmp ne i32 %2, 0
  br i1 %tobool, label %if.then1, label %if.end2

if.then1:                                         ; preds = %if.end
  store i32 -16, i32* %retval, align 4
  br label %return

if.end2:                                          ; preds = %if.end
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %3, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %key = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %key, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u3 = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_ds_req4 = bitcast %union.anon* %m_u3 to %struct.mess_ds_req*
  %key5 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req4, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %key5, i32 0, i32 0
  %call = call %struct.data_store* @lookup_entry(i8* noundef %arraydecay) #3
  store %struct.data_store* %call, %struct.data_store** %dsp, align 4
  %cmp6 = icmp eq %struct.data_store* %call, null
  br i1 %cmp6, label %land.lhs.true, label %if.end10

land.lhs.true:                                    ; preds = %if.end2
  %call7 = call %struct.data_store* @alloc_entry() #3
  store %struct.data_store* %call7, %struct.data_store** %dsp, align 4
  %cmp8 = icmp eq %struct.data_store* %call7, null
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %land.lhs.true
  store i32 -11, i32* %retval, align 4
  br label %return

if.end10:                                         ; preds = %land.lhs.true, %if.end2
  %5 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %key11 = getelementptr inbounds %struct.data_store, %struct.data_store* %5, i32 0, i32 1
  %arraydecay12 = getelementptr inbounds [16 x i8], [16 x i8]* %key11, i32 0, i32 0
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u13 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_ds_req14 = bitcast %union.anon* %m_u13 to %struct.mess_ds_req*
  %key15 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req14, i32 0, i32 0
  %arraydecay16 = getelementptr inbounds [16 x i8], [16 x i8]* %key15, i32 0, i32 0
  %call17 = call i32 @strlcpy(i8* noundef %arraydecay12, i8* noundef %arraydecay16, i32 noundef 16) #3
  %7 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source18 = getelementptr inbounds %struct.message, %struct.message* %7, i32 0, i32 0
  %8 = load i32, i32* %m_source18, align 4
  %9 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %owner = getelementptr inbounds %struct.data_store, %struct.data_store* %9, i32 0, i32 2
  store i32 %8, i32* %owner, align 4
  %10 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u19 = getelementptr inbounds %struct.message, %struct.message* %10, i32 0, i32 2
  %m_ds_req20 = bitcast %union.anon* %m_u19 to %struct.mess_ds_req*
  %endpt = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req20, i32 0, i32 1
  %11 = load i32, i32* %endpt, align 4
  %12 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %value = getelementptr inbounds %struct.data_store, %struct.data_store* %12, i32 0, i32 3
  store i32 %11, i32* %value, align 4
  %13 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u21 = getelementptr inbounds %struct.message, %struct.message* %13, i32 0, i32 2
  %m_ds_req22 = bitcast %union.anon* %m_u21 to %struct.mess_ds_req*
  %flags = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req22, i32 0, i32 2
  %14 = load i32, i32* %flags, align 4
  %and = and i32 %14, 2
  %or = or i32 1, %and
  %15 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %flags23 = getelementptr inbounds %struct.data_store, %struct.data_store* %15, i32 0, i32 0
  store i32 %or, i32* %flags23, align 4
  %16 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %key24 = getelementptr inbounds %struct.data_store, %struct.data_store* %16, i32 0, i32 1
  %arraydecay25 = getelementptr inbounds [16 x i8], [16 x i8]* %key24, i32 0, i32 0
  call void @notify_subscribers(i8* noundef %arraydecay25) #3
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end10, %if.then9, %if.then1, %if.then
  %17 = load i32, i32* %retval, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind
define internal %struct.data_store* @lookup_entry(i8* noundef %key) #0 {
entry:
  %retval = alloca %struct.data_store*, align 4
  %key.addr = alloca i8*, align 4
  %i = alloca i32, align 4
  store i8* %key, i8** %key.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %1
  %flags = getelementptr inbounds %struct.data_store, %struct.data_store* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %3
  %key2 = getelementptr inbounds %struct.data_store, %struct.data_store* %arrayidx1, i32 0, i32 1
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %key2, i32 0, i32 0
  %4 = load i8*, i8** %key.addr, align 4
  %call = call i32 @strncmp(i8* noundef %arraydecay, i8* noundef %4, i32 noundef 16) #3
  %cmp3 = icmp eq i32 %call, 0
  br i1 %cmp3, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, i32* %i, align 4
  %arrayidx4 = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %5
  store %struct.data_store* %arrayidx4, %struct.data_store** %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %6 = load i32, i32* %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store %struct.data_store* null, %struct.data_store** %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %7 = load %struct.data_store*, %struct.data_store** %retval, align 4
  ret %struct.data_store* %7
}

; Function Attrs: noinline nounwind
define internal %struct.data_store* @alloc_entry() #0 {
entry:
  %retval = alloca %struct.data_store*, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %1
  %flags = getelementptr inbounds %struct.data_store, %struct.data_store* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %3
  store %struct.data_store* %arrayidx1, %struct.data_store** %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %4 = load i32, i32* %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store %struct.data_store* null, %struct.data_store** %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %5 = load %struct.data_store*, %struct.data_store** %retval, align 4
  ret %struct.data_store* %5
}

declare dso_local i32 @strlcpy(i8* noundef, i8* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal void @notify_subscribers(i8* noundef %key) #0 {
entry:
  %key.addr = alloca i8*, align 4
  %i = alloca i32, align 4
  store i8* %key, i8** %key.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], [32 x %struct.subscription]* @ds_subs, i32 0, i32 %1
  %sub_flags = getelementptr inbounds %struct.subscription, %struct.subscription* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %sub_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [32 x %struct.subscription], [32 x %struct.subscription]* @ds_subs, i32 0, i32 %3
  %sub_prefix = getelementptr inbounds %struct.subscription, %struct.subscription* %arrayidx1, i32 0, i32 2
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %sub_prefix, i32 0, i32 0
  %4 = load i8*, i8** %key.addr, align 4
  %5 = load i32, i32* %i, align 4
  %arrayidx2 = getelementptr inbounds [32 x %struct.subscription], [32 x %struct.subscription]* @ds_subs, i32 0, i32 %5
  %sub_prefix3 = getelementptr inbounds %struct.subscription, %struct.subscription* %arrayidx2, i32 0, i32 2
  %arraydecay4 = getelementptr inbounds [16 x i8], [16 x i8]* %sub_prefix3, i32 0, i32 0
  %call = call i32 @strlen(i8* noundef %arraydecay4) #3
  %call5 = call i32 @strncmp(i8* noundef %arraydecay, i8* noundef %4, i32 noundef %call) #3
  %cmp6 = icmp eq i32 %call5, 0
  br i1 %cmp6, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, i32* %i, align 4
  %arrayidx7 = getelementptr inbounds [32 x %struct.subscription], [32 x %struct.subscription]* @ds_subs, i32 0, i32 %6
  %sub_owner = getelementptr inbounds %struct.subscription, %struct.subscription* %arrayidx7, i32 0, i32 1
  %7 = load i32, i32* %sub_owner, align 4
  %call8 = call i32 @ipc_notify(i32 noundef %7) #3
  br label %if.end

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %8 = load i32, i32* %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  ret void
}

declare dso_local i32 @strlen(i8* noundef) #1

declare dso_local i32 @strncmp(i8* noundef, i8* noundef, i32 noundef) #1

declare dso_local i32 @ipc_notify(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_retrieve_label(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %dsp = alloca %struct.data_store*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %key = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %key, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 2
  %m_ds_req2 = bitcast %union.anon* %m_u1 to %struct.mess_ds_req*
  %key3 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req2, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %key3, i32 0, i32 0
  %call = call %struct.data_store* @lookup_entry(i8* noundef %arraydecay) #3
  store %struct.data_store* %call, %struct.data_store** %dsp, align 4
  %cmp = icmp eq %struct.data_store* %call, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -3, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %flags = getelementptr inbounds %struct.data_store, %struct.data_store* %2, i32 0, i32 0
  %3 = load i32, i32* %flags, align 4
  %and = and i32 %3, 2
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end6

land.lhs.true:                                    ; preds = %if.end
  %4 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %owner = getelementptr inbounds %struct.data_store, %struct.data_store* %4, i32 0, i32 2
  %5 = load i32, i32* %owner, align 4
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 0
  %7 = load i32, i32* %m_source, align 4
  %cmp4 = icmp ne i32 %5, %7
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %land.lhs.true
  store i32 -1, i32* %retval, align 4
  br label %return

if.end6:                                          ; preds = %land.lhs.true, %if.end
  %8 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %value = getelementptr inbounds %struct.data_store, %struct.data_store* %8, i32 0, i32 3
  %9 = load i32, i32* %value, align 4
  %10 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u7 = getelementptr inbounds %struct.message, %struct.message* %10, i32 0, i32 2
  %m_ds_req8 = bitcast %union.anon* %m_u7 to %struct.mess_ds_req*
  %endpt = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req8, i32 0, i32 1
  store i32 %9, i32* %endpt, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %11 = load i32, i32* %retval, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_delete(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %dsp = alloca %struct.data_store*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 4
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %key = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %key, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %3, i32 0, i32 2
  %m_ds_req2 = bitcast %union.anon* %m_u1 to %struct.mess_ds_req*
  %key3 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req2, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %key3, i32 0, i32 0
  %call = call %struct.data_store* @lookup_entry(i8* noundef %arraydecay) #3
  store %struct.data_store* %call, %struct.data_store** %dsp, align 4
  %cmp4 = icmp eq %struct.data_store* %call, null
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %if.end
  store i32 -3, i32* %retval, align 4
  br label %return

if.end6:                                          ; preds = %if.end
  %4 = load %struct.data_store*, %struct.data_store** %dsp, align 4
  %flags = getelementptr inbounds %struct.data_store, %struct.data_store* %4, i32 0, i32 0
  store i32 0, i32* %flags, align 4
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u7 = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 2
  %m_ds_req8 = bitcast %union.anon* %m_u7 to %struct.mess_ds_req*
  %key9 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req8, i32 0, i32 0
  %arraydecay10 = getelementptr inbounds [16 x i8], [16 x i8]* %key9, i32 0, i32 0
  call void @notify_subscribers(i8* noundef %arraydecay10) #3
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %6 = load i32, i32* %retval, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_subscribe(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %sp = alloca %struct.subscription*, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], [32 x %struct.subscription]* @ds_subs, i32 0, i32 %0
  store %struct.subscription* %arrayidx, %struct.subscription** %sp, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 2
  %m_ds_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %key = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req, i32 0, i32 0
  %arrayidx1 = getelementptr inbounds [16 x i8], [16 x i8]* %key, i32 0, i32 15
  store i8 0, i8* %arrayidx1, align 1
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 0
  %3 = load i32, i32* %m_source, align 4
  %4 = load %struct.subscription*, %struct.subscription** %sp, align 4
  %sub_owner = getelementptr inbounds %struct.subscription, %struct.subscription* %4, i32 0, i32 1
  store i32 %3, i32* %sub_owner, align 4
  %5 = load %struct.subscription*, %struct.subscription** %sp, align 4
  %sub_prefix = getelementptr inbounds %struct.subscription, %struct.subscription* %5, i32 0, i32 2
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %sub_prefix, i32 0, i32 0
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_ds_req3 = bitcast %union.anon* %m_u2 to %struct.mess_ds_req*
  %key4 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_ds_req3, i32 0, i32 0
  %arraydecay5 = getelementptr inbounds [16 x i8], [16 x i8]* %key4, i32 0, i32 0
  %call = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef %arraydecay5, i32 noundef 16) #3
  %7 = load %struct.subscription*, %struct.subscription** %sp, align 4
  %sub_flags = getelementptr inbounds %struct.subscription, %struct.subscription* %7, i32 0, i32 0
  store i32 1, i32* %sub_flags, align 4
  ret i32 0
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source1 = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 0
  %3 = load i32, i32* %m_source1, align 4
  %cmp2 = icmp ne i32 %3, 4
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %entry
  store i32 1, i32* @ds_shutting_down, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, i32* %retval, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(%struct.message* noundef %m) #0 {
entry:
  %m.addr = alloca %struct.message*, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  store i32 0, i32* %n, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %1, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], [16 x %struct.data_store]* @ds_store, i32 0, i32 %2
  %flags = getelementptr inbounds %struct.data_store, %struct.data_store* %arrayidx, i32 0, i32 0
  %3 = load i32, i32* %flags, align 4
  %and = and i32 %3, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %4 = load i32, i32* %n, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %n, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %5 = load i32, i32* %i, align 4
  %inc1 = add nsw i32 %5, 1
  store i32 %inc1, i32* %i, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %for.cond
  %6 = load i32, i32* %n, align 4
  ret i32 %6
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.ident = !{!0, !0, !0}
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
