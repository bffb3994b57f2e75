; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.boot_service = type { [16 x i8], i32 }
%struct.rproc = type { i32, i32, i32, [16 x i8], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_common_shutdown = type { i32 }

@.str = private unnamed_addr constant [19 x i8] c"rs: receive failed\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"rs: cannot publish a boot service\00", align 1
@rs_shutting_down = dso_local global i32 0, align 4
@.str.13 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1
@boot_services = dso_local constant [4 x %struct.boot_service] [%struct.boot_service { [16 x i8] c"pm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 0 }, %struct.boot_service { [16 x i8] c"vfs\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 1 }, %struct.boot_service { [16 x i8] c"vm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 2 }, %struct.boot_service { [16 x i8] c"ds\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 3 }], align 4
@rproc = dso_local global [16 x %struct.rproc] zeroinitializer, align 4
@.str.26 = private unnamed_addr constant [17 x i8] c"rs: cannot reply\00", align 1

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
  call void @rs_init() #3
  br label %for.cond

for.cond:                                         ; preds = %if.end18, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, %struct.message* noundef %m, i32* noundef %ipc_status) #3
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  call void @panic(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %for.cond
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  %0 = load i32, i32* %m_type, align 4
  switch i32 %0, label %sw.default [
    i32 1280, label %sw.bb
    i32 1281, label %sw.bb2
    i32 1282, label %sw.bb4
    i32 1283, label %sw.bb6
    i32 1284, label %sw.bb8
    i32 1285, label %sw.bb10
    i32 1536, label %sw.bb12
  ]

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_up(%struct.message* noundef %m) #3
  store i32 %call1, i32* %r, align 4
  br label %sw.epilog

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_down(%struct.message* noundef %m) #3
  store i32 %call3, i32* %r, align 4
  br label %sw.epilog

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_lookup(%struct.message* noundef %m) #3
  store i32 %call5, i32* %r, align 4
  br label %sw.epilog

sw.bb6:                                           ; preds = %if.end
  %call7 = call i32 @do_status(%struct.message* noundef %m) #3
  store i32 %call7, i32* %r, align 4
  br label %sw.epilog

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_shutdown(%struct.message* noundef %m) #3
  store i32 %call9, i32* %r, align 4
  br label %sw.epilog

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_init(%struct.message* noundef %m) #3
  store i32 %call11, i32* %r, align 4
  br label %sw.epilog

sw.bb12:                                          ; preds = %if.end
  %call13 = call i32 @do_getstatus(%struct.message* noundef %m) #3
  store i32 %call13, i32* %r, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %if.end
  store i32 -38, i32* %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %sw.bb12, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %1 = load i32, i32* %r, align 4
  %cmp14 = icmp ne i32 %1, -201
  br i1 %cmp14, label %if.then15, label %if.end18

if.then15:                                        ; preds = %sw.epilog
  %2 = load i32, i32* %r, align 4
  %m_type16 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %2, i32* %m_type16, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %3 = load i32, i32* %m_source, align 4
  %call17 = call i32 @ipc_send(i32 noundef %3, %struct.message* noundef %m) #3
  br label %if.end18

if.end18:                                         ; preds = %if.then15, %sw.epilog
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal void @rs_init() #0 {
entry:
  %rp = alloca %struct.rproc*, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 4
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %1
  store %struct.rproc* %arrayidx, %struct.rproc** %rp, align 4
  %2 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %2, i32 0, i32 0
  store i32 1, i32* %r_flags, align 4
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [4 x %struct.boot_service], [4 x %struct.boot_service]* @boot_services, i32 0, i32 %3
  %endpoint = getelementptr inbounds %struct.boot_service, %struct.boot_service* %arrayidx1, i32 0, i32 1
  %4 = load i32, i32* %endpoint, align 4
  %5 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint = getelementptr inbounds %struct.rproc, %struct.rproc* %5, i32 0, i32 1
  store i32 %4, i32* %r_endpoint, align 4
  %6 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_caller = getelementptr inbounds %struct.rproc, %struct.rproc* %6, i32 0, i32 4
  store i32 27648, i32* %r_caller, align 4
  %7 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_label = getelementptr inbounds %struct.rproc, %struct.rproc* %7, i32 0, i32 3
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %r_label, i32 0, i32 0
  %8 = load i32, i32* %i, align 4
  %arrayidx2 = getelementptr inbounds [4 x %struct.boot_service], [4 x %struct.boot_service]* @boot_services, i32 0, i32 %8
  %label = getelementptr inbounds %struct.boot_service, %struct.boot_service* %arrayidx2, i32 0, i32 0
  %arraydecay3 = getelementptr inbounds [16 x i8], [16 x i8]* %label, i32 0, i32 0
  %call = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef %arraydecay3, i32 noundef 16) #3
  %9 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_label4 = getelementptr inbounds %struct.rproc, %struct.rproc* %9, i32 0, i32 3
  %arraydecay5 = getelementptr inbounds [16 x i8], [16 x i8]* %r_label4, i32 0, i32 0
  %10 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint6 = getelementptr inbounds %struct.rproc, %struct.rproc* %10, i32 0, i32 1
  %11 = load i32, i32* %r_endpoint6, align 4
  %call7 = call i32 @ds_publish_label(i8* noundef %arraydecay5, i32 noundef %11, i32 noundef 0) #3
  %cmp8 = icmp ne i32 %call7, 0
  br i1 %cmp8, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  call void @panic(i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str.1, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %12 = load i32, i32* %i, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  ret void
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, %struct.message* noundef) #1

declare dso_local i32 @strlcpy(i8* noundef, i8* noundef, i32 noundef) #1

declare dso_local i32 @ds_publish_label(i8* noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_up(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rp = alloca %struct.rproc*, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* @rs_shutting_down, align 4
  %tobool = icmp ne i32 %0, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -16, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 2
  %m_rs_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %label = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %label, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_rs_req2 = bitcast %union.anon* %m_u1 to %struct.mess_ds_req*
  %label3 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req2, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %label3, i32 0, i32 0
  %call = call %struct.rproc* @find_service(i8* noundef %arraydecay) #3
  %cmp = icmp ne %struct.rproc* %call, null
  br i1 %cmp, label %if.then4, label %if.end5

if.then4:                                         ; preds = %if.end
  store i32 -17, i32* %retval, align 4
  br label %return

if.end5:                                          ; preds = %if.end
  %call6 = call %struct.rproc* @alloc_service() #3
  store %struct.rproc* %call6, %struct.rproc** %rp, align 4
  %cmp7 = icmp eq %struct.rproc* %call6, null
  br i1 %cmp7, label %if.then8, label %if.end9

if.then8:                                         ; preds = %if.end5
  store i32 -11, i32* %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end5
  %3 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_label = getelementptr inbounds %struct.rproc, %struct.rproc* %3, i32 0, i32 3
  %arraydecay10 = getelementptr inbounds [16 x i8], [16 x i8]* %r_label, i32 0, i32 0
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u11 = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_rs_req12 = bitcast %union.anon* %m_u11 to %struct.mess_ds_req*
  %label13 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req12, i32 0, i32 0
  %arraydecay14 = getelementptr inbounds [16 x i8], [16 x i8]* %label13, i32 0, i32 0
  %call15 = call i32 @strlcpy(i8* noundef %arraydecay10, i8* noundef %arraydecay14, i32 noundef 16) #3
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u16 = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 2
  %m_rs_req17 = bitcast %union.anon* %m_u16 to %struct.mess_ds_req*
  %endpt = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req17, i32 0, i32 1
  %6 = load i32, i32* %endpt, align 4
  %7 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint = getelementptr inbounds %struct.rproc, %struct.rproc* %7, i32 0, i32 1
  store i32 %6, i32* %r_endpoint, align 4
  %8 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_restarts = getelementptr inbounds %struct.rproc, %struct.rproc* %8, i32 0, i32 2
  store i32 0, i32* %r_restarts, align 4
  %9 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %9, i32 0, i32 0
  store i32 1, i32* %r_flags, align 4
  %10 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_label18 = getelementptr inbounds %struct.rproc, %struct.rproc* %10, i32 0, i32 3
  %arraydecay19 = getelementptr inbounds [16 x i8], [16 x i8]* %r_label18, i32 0, i32 0
  %11 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint20 = getelementptr inbounds %struct.rproc, %struct.rproc* %11, i32 0, i32 1
  %12 = load i32, i32* %r_endpoint20, align 4
  %call21 = call i32 @ds_publish_label(i8* noundef %arraydecay19, i32 noundef %12, i32 noundef 0) #3
  store i32 %call21, i32* %r, align 4
  %cmp22 = icmp ne i32 %call21, 0
  br i1 %cmp22, label %if.then23, label %if.end25

if.then23:                                        ; preds = %if.end9
  %13 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_flags24 = getelementptr inbounds %struct.rproc, %struct.rproc* %13, i32 0, i32 0
  store i32 0, i32* %r_flags24, align 4
  %14 = load i32, i32* %r, align 4
  store i32 %14, i32* %retval, align 4
  br label %return

if.end25:                                         ; preds = %if.end9
  %15 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %15, i32 0, i32 0
  %16 = load i32, i32* %m_source, align 4
  %17 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_caller = getelementptr inbounds %struct.rproc, %struct.rproc* %17, i32 0, i32 4
  store i32 %16, i32* %r_caller, align 4
  store i32 -201, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end25, %if.then23, %if.then8, %if.then4, %if.then
  %18 = load i32, i32* %retval, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_init(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rp = alloca %struct.rproc*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %call = call %struct.rproc* @find_service_by_endpoint(i32 noundef %1) #3
  store %struct.rproc* %call, %struct.rproc** %rp, align 4
  %cmp = icmp eq %struct.rproc* %call, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -3, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_caller = getelementptr inbounds %struct.rproc, %struct.rproc* %2, i32 0, i32 4
  %3 = load i32, i32* %r_caller, align 4
  %cmp1 = icmp ne i32 %3, 27648
  br i1 %cmp1, label %if.then2, label %if.end4

if.then2:                                         ; preds = %if.end
  %4 = load %struct.rproc*, %struct.rproc** %rp, align 4
  call void @late_reply(%struct.rproc* noundef %4, i32 noundef 0) #3
  %5 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_caller3 = getelementptr inbounds %struct.rproc, %struct.rproc* %5, i32 0, i32 4
  store i32 27648, i32* %r_caller3, align 4
  br label %if.end4

if.end4:                                          ; preds = %if.then2, %if.end
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end4, %if.then
  %6 = load i32, i32* %retval, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_down(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rp = alloca %struct.rproc*, align 4
  %sm = alloca %struct.message, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_rs_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %label = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %label, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 2
  %m_rs_req2 = bitcast %union.anon* %m_u1 to %struct.mess_ds_req*
  %label3 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req2, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %label3, i32 0, i32 0
  %call = call %struct.rproc* @find_service(i8* noundef %arraydecay) #3
  store %struct.rproc* %call, %struct.rproc** %rp, align 4
  %cmp = icmp eq %struct.rproc* %call, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -3, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = bitcast %struct.message* %sm to i8*
  %call4 = call i8* @memset(i8* noundef %2, i32 noundef 0, i32 noundef 64) #3
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %sm, i32 0, i32 2
  %m_common_shutdown = bitcast %union.anon* %m_u5 to %struct.mess_common_shutdown*
  %how = getelementptr inbounds %struct.mess_common_shutdown, %struct.mess_common_shutdown* %m_common_shutdown, i32 0, i32 0
  store i32 0, i32* %how, align 4
  %3 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint = getelementptr inbounds %struct.rproc, %struct.rproc* %3, i32 0, i32 1
  %4 = load i32, i32* %r_endpoint, align 4
  %call6 = call i32 @_taskcall(i32 noundef %4, i32 noundef 1537, %struct.message* noundef %sm) #3
  %5 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_label = getelementptr inbounds %struct.rproc, %struct.rproc* %5, i32 0, i32 3
  %arraydecay7 = getelementptr inbounds [16 x i8], [16 x i8]* %r_label, i32 0, i32 0
  %call8 = call i32 @ds_delete_label(i8* noundef %arraydecay7) #3
  %6 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %6, i32 0, i32 0
  store i32 0, i32* %r_flags, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

declare dso_local i8* @memset(i8* noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @_taskcall(i32 noundef, i32 noundef, %struct.message* noundef) #1

declare dso_local i32 @ds_delete_label(i8* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_lookup(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rp = alloca %struct.rproc*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_rs_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %label = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req, i32 0, i32 0
  %arrayidx = getelementptr inbounds [16 x i8], [16 x i8]* %label, i32 0, i32 15
  store i8 0, i8* %arrayidx, align 1
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 2
  %m_rs_req2 = bitcast %union.anon* %m_u1 to %struct.mess_ds_req*
  %label3 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req2, i32 0, i32 0
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %label3, i32 0, i32 0
  %call = call %struct.rproc* @find_service(i8* noundef %arraydecay) #3
  store %struct.rproc* %call, %struct.rproc** %rp, align 4
  %cmp = icmp eq %struct.rproc* %call, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -3, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.rproc*, %struct.rproc** %rp, align 4
  %r_endpoint = getelementptr inbounds %struct.rproc, %struct.rproc* %2, i32 0, i32 1
  %3 = load i32, i32* %r_endpoint, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_rs_req5 = bitcast %union.anon* %m_u4 to %struct.mess_ds_req*
  %endpt = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req5, i32 0, i32 1
  store i32 %3, i32* %endpt, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, i32* %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_status(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %index = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_rs_req = bitcast %union.anon* %m_u to %struct.mess_ds_req*
  %index1 = getelementptr inbounds %struct.mess_ds_req, %struct.mess_ds_req* %m_rs_req, i32 0, i32 2
  %1 = load i32, i32* %index1, align 4
  store i32 %1, i32* %index, align 4
  %2 = load i32, i32* %index, align 4
  %cmp = icmp slt i32 %2, 0
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, i32* %index, align 4
  %cmp2 = icmp sge i32 %3, 4
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %4 = bitcast %struct.message* %sm to i8*
  %call = call i8* @memset(i8* noundef %4, i32 noundef 0, i32 noundef 64) #3
  %5 = load i32, i32* %index, align 4
  %arrayidx = getelementptr inbounds [4 x %struct.boot_service], [4 x %struct.boot_service]* @boot_services, i32 0, i32 %5
  %endpoint = getelementptr inbounds %struct.boot_service, %struct.boot_service* %arrayidx, i32 0, i32 1
  %6 = load i32, i32* %endpoint, align 4
  %call3 = call i32 @_taskcall(i32 noundef %6, i32 noundef 1536, %struct.message* noundef %sm) #3
  store i32 %call3, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vfs_endpt = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  store i32 1, i32* @rs_shutting_down, align 4
  %call = call i32 @ds_retrieve_label_endpt(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.13, i32 0, i32 0), i32* noundef %vfs_endpt) #3
  %cmp1 = icmp ne i32 %call, 0
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  store i32 0, i32* %retval, align 4
  br label %return

if.end3:                                          ; preds = %if.end
  %2 = bitcast %struct.message* %sm to i8*
  %call4 = call i8* @memset(i8* noundef %2, i32 noundef 0, i32 noundef 64) #3
  %3 = load i32, i32* %vfs_endpt, align 4
  %call5 = call i32 @_taskcall(i32 noundef %3, i32 noundef 544, %struct.message* noundef %sm) #3
  %cmp6 = icmp slt i32 %call5, 0
  %4 = zext i1 %cmp6 to i64
  %cond = select i1 %cmp6, i32 -5, i32 0
  store i32 %cond, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %5 = load i32, i32* %retval, align 4
  ret i32 %5
}

declare dso_local i32 @ds_retrieve_label_endpt(i8* noundef, i32* noundef) #1

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
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %2
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx, i32 0, i32 0
  %3 = load i32, i32* %r_flags, align 4
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
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %6 = load i32, i32* %n, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local %struct.rproc* @find_service(i8* noundef %label) #0 {
entry:
  %retval = alloca %struct.rproc*, align 4
  %label.addr = alloca i8*, align 4
  %i = alloca i32, align 4
  store i8* %label, i8** %label.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %1
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %r_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %3
  %r_label = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx1, i32 0, i32 3
  %arraydecay = getelementptr inbounds [16 x i8], [16 x i8]* %r_label, i32 0, i32 0
  %4 = load i8*, i8** %label.addr, align 4
  %call = call i32 @strncmp(i8* noundef %arraydecay, i8* noundef %4, i32 noundef 16) #3
  %cmp2 = icmp eq i32 %call, 0
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, i32* %i, align 4
  %arrayidx3 = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %5
  store %struct.rproc* %arrayidx3, %struct.rproc** %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %6 = load i32, i32* %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  store %struct.rproc* null, %struct.rproc** %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %7 = load %struct.rproc*, %struct.rproc** %retval, align 4
  ret %struct.rproc* %7
}

declare dso_local i32 @strncmp(i8* noundef, i8* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local %struct.rproc* @find_service_by_endpoint(i32 noundef %endpt) #0 {
entry:
  %retval = alloca %struct.rproc*, align 4
  %endpt.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %endpt, i32* %endpt.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %1
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %r_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %3
  %r_endpoint = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx1, i32 0, i32 1
  %4 = load i32, i32* %r_endpoint, align 4
  %5 = load i32, i32* %endpt.addr, align 4
  %cmp2 = icmp eq i32 %4, %5
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, i32* %i, align 4
  %arrayidx3 = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %6
  store %struct.rproc* %arrayidx3, %struct.rproc** %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %7 = load i32, i32* %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %for.cond
  store %struct.rproc* null, %struct.rproc** %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %8 = load %struct.rproc*, %struct.rproc** %retval, align 4
  ret %struct.rproc* %8
}

; Function Attrs: noinline nounwind
define dso_local %struct.rproc* @alloc_service() #0 {
entry:
  %retval = alloca %struct.rproc*, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %1
  %r_flags = getelementptr inbounds %struct.rproc, %struct.rproc* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %r_flags, align 4
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], [16 x %struct.rproc]* @rproc, i32 0, i32 %3
  store %struct.rproc* %arrayidx1, %struct.rproc** %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %4 = load i32, i32* %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !9

for.end:                                          ; preds = %for.cond
  store %struct.rproc* null, %struct.rproc** %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %5 = load %struct.rproc*, %struct.rproc** %retval, align 4
  ret %struct.rproc* %5
}

; Function Attrs: noinline nounwind
define dso_local void @late_reply(%struct.rproc* noundef %rp, i32 noundef %result) #0 {
entry:
  %rp.addr = alloca %struct.rproc*, align 4
  %result.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store %struct.rproc* %rp, %struct.rproc** %rp.addr, align 4
  store i32 %result, i32* %result.addr, align 4
  %0 = bitcast %struct.message* %m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #3
  %1 = load i32, i32* %result.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %1, i32* %m_type, align 4
  %2 = load %struct.rproc*, %struct.rproc** %rp.addr, align 4
  %r_caller = getelementptr inbounds %struct.rproc, %struct.rproc* %2, i32 0, i32 4
  %3 = load i32, i32* %r_caller, align 4
  %call1 = call i32 @ipc_sendnb(i32 noundef %3, %struct.message* noundef %m) #3
  %cmp = icmp ne i32 %call1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  call void @panic(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.26, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %entry
  ret void
}

declare dso_local i32 @ipc_sendnb(i32 noundef, %struct.message* noundef) #1

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0}
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
