; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.vm_call = type { i32 (%struct.message*)*, i8* }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.vmproc = type { i32, i32, i32, [32 x i32], i32 }
%struct.mess_lc_vm_brk = type { i32 }
%struct.mess_lc_vm_mmap = type { i32, i32 }
%struct.mess_lsys_vm_usage = type { i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"vm: receive failed\00", align 1
@vm_calls = dso_local global [6 x %struct.vm_call] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [17 x i8] c"vm: cannot reply\00", align 1
@next_free = dso_local global [256 x i32] zeroinitializer, align 4
@free_list_head = dso_local global i32 0, align 4
@.str.2 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_EXIT out of range\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"VM_EXIT\00", align 1
@.str.4 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_FORK out of range\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"VM_FORK\00", align 1
@.str.6 = private unnamed_addr constant [32 x i8] c"vm: CALLMAP VM_BRK out of range\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"VM_BRK\00", align 1
@.str.8 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_MMAP out of range\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"VM_MMAP\00", align 1
@.str.10 = private unnamed_addr constant [40 x i8] c"vm: CALLMAP VM_EXEC_NEWMEM out of range\00", align 1
@.str.11 = private unnamed_addr constant [15 x i8] c"VM_EXEC_NEWMEM\00", align 1
@.str.12 = private unnamed_addr constant [38 x i8] c"vm: CALLMAP VM_GETRUSAGE out of range\00", align 1
@.str.13 = private unnamed_addr constant [13 x i8] c"VM_GETRUSAGE\00", align 1
@vm_shutting_down = dso_local global i32 0, align 4
@vmproc = dso_local global [32 x %struct.vmproc] zeroinitializer, align 4
@free_page_count = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind
define dso_local i32 @alloc_page() #0 {
entry:
  %retval = alloca i32, align 4
  %page = alloca i32, align 4
  %0 = load i32, i32* @free_list_head, align 4
  store i32 %0, i32* %page, align 4
  %1 = load i32, i32* %page, align 4
  %cmp = icmp eq i32 %1, -1
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load i32, i32* %page, align 4
  %arrayidx = getelementptr inbounds [256 x i32], [256 x i32]* @next_free, i32 0, i32 %2
  %3 = load i32, i32* %arrayidx, align 4
  store i32 %3, i32* @free_list_head, align 4
  %4 = load i32, i32* %page, align 4
  %arrayidx1 = getelementptr inbounds [256 x i32], [256 x i32]* @next_free, i32 0, i32 %4
  store i32 -2, i32* %arrayidx1, align 4
  %5 = load i32, i32* @free_page_count, align 4
  %dec = add nsw i32 %5, -1
  store i32 %dec, i32* @free_page_count, align 4
  %6 = load i32, i32* %page, align 4
  store i32 %6, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind
define dso_local void @free_page(i32 noundef %page) #0 {
entry:
  %page.addr = alloca i32, align 4
  store i32 %page, i32* %page.addr, align 4
  %0 = load i32, i32* @free_list_head, align 4
  %1 = load i32, i32* %page.addr, align 4
  %arrayidx = getelementptr inbounds [256 x i32], [256 x i32]* @next_free, i32 0, i32 %1
  store i32 %0, i32* %arrayidx, align 4
  %2 = load i32, i32* %page.addr, align 4
  store i32 %2, i32* @free_list_head, align 4
  %3 = load i32, i32* @free_page_count, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, i32* @free_page_count, align 4
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @grow_proc(%struct.vmproc* noundef %vmp, i32 noundef %npages) #0 {
entry:
  %retval = alloca i32, align 4
  %vmp.addr = alloca %struct.vmproc*, align 4
  %npages.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store %struct.vmproc* %vmp, %struct.vmproc** %vmp.addr, align 4
  store i32 %npages, i32* %npages.addr, align 4
  %0 = load i32, i32* %npages.addr, align 4
  %1 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %1, i32 0, i32 2
  %2 = load i32, i32* %vm_npages, align 4
  %sub = sub nsw i32 32, %2
  %cmp = icmp sgt i32 %0, %sub
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, i32* %npages.addr, align 4
  %4 = load i32, i32* @free_page_count, align 4
  %cmp1 = icmp sgt i32 %3, %4
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %5 = load i32, i32* %i, align 4
  %6 = load i32, i32* %npages.addr, align 4
  %cmp2 = icmp slt i32 %5, %6
  br i1 %cmp2, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %call = call i32 @alloc_page() #3
  %7 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_pages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %7, i32 0, i32 3
  %8 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_npages3 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %8, i32 0, i32 2
  %9 = load i32, i32* %vm_npages3, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, i32* %vm_npages3, align 4
  %arrayidx = getelementptr inbounds [32 x i32], [32 x i32]* %vm_pages, i32 0, i32 %9
  store i32 %call, i32* %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %10 = load i32, i32* %i, align 4
  %inc4 = add nsw i32 %10, 1
  store i32 %inc4, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %11 = load i32, i32* %retval, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind
define dso_local void @free_proc_pages(%struct.vmproc* noundef %vmp) #0 {
entry:
  %vmp.addr = alloca %struct.vmproc*, align 4
  store %struct.vmproc* %vmp, %struct.vmproc** %vmp.addr, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %0, i32 0, i32 2
  %1 = load i32, i32* %vm_npages, align 4
  %cmp = icmp sgt i32 %1, 0
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_pages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %2, i32 0, i32 3
  %3 = load %struct.vmproc*, %struct.vmproc** %vmp.addr, align 4
  %vm_npages1 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %3, i32 0, i32 2
  %4 = load i32, i32* %vm_npages1, align 4
  %dec = add nsw i32 %4, -1
  store i32 %dec, i32* %vm_npages1, align 4
  %arrayidx = getelementptr inbounds [32 x i32], [32 x i32]* %vm_pages, i32 0, i32 %dec
  %5 = load i32, i32* %arrayidx, align 4
  call void @free_page(i32 noundef %5) #3
  br label %while.cond, !llvm.loop !6

while.end:                                        ; preds = %while.cond
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 {
entry:
  %msg = alloca %struct.message, align 4
  %who_e = alloca i32, align 4
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %c = alloca i32, align 4
  call void @vm_init() #3
  br label %for.cond

for.cond:                                         ; preds = %if.end31, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, %struct.message* noundef %msg, i32* noundef %ipc_status) #3
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  call void @panic(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 0
  %0 = load i32, i32* %m_source, align 4
  store i32 %0, i32* %who_e, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  %1 = load i32, i32* %m_type, align 4
  %cmp1 = icmp sge i32 %1, 768
  br i1 %cmp1, label %land.lhs.true, label %cond.false

land.lhs.true:                                    ; preds = %if.end
  %m_type2 = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  %2 = load i32, i32* %m_type2, align 4
  %cmp3 = icmp slt i32 %2, 774
  br i1 %cmp3, label %cond.true, label %cond.false

cond.true:                                        ; preds = %land.lhs.true
  %m_type4 = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  %3 = load i32, i32* %m_type4, align 4
  %sub = sub nsw i32 %3, 768
  br label %cond.end

cond.false:                                       ; preds = %land.lhs.true, %if.end
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ -1, %cond.false ]
  store i32 %cond, i32* %c, align 4
  %m_type5 = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  %4 = load i32, i32* %m_type5, align 4
  %cmp6 = icmp eq i32 %4, 1536
  br i1 %cmp6, label %if.then7, label %if.else

if.then7:                                         ; preds = %cond.end
  %call8 = call i32 @do_getstatus(%struct.message* noundef %msg) #3
  store i32 %call8, i32* %result, align 4
  br label %if.end23

if.else:                                          ; preds = %cond.end
  %m_type9 = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  %5 = load i32, i32* %m_type9, align 4
  %cmp10 = icmp eq i32 %5, 1537
  br i1 %cmp10, label %if.then11, label %if.else13

if.then11:                                        ; preds = %if.else
  %call12 = call i32 @do_shutdown(%struct.message* noundef %msg) #3
  store i32 %call12, i32* %result, align 4
  br label %if.end22

if.else13:                                        ; preds = %if.else
  %6 = load i32, i32* %c, align 4
  %cmp14 = icmp slt i32 %6, 0
  br i1 %cmp14, label %if.then16, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %if.else13
  %7 = load i32, i32* %c, align 4
  %arrayidx = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %7
  %vmc_func = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx, i32 0, i32 0
  %8 = load i32 (%struct.message*)*, i32 (%struct.message*)** %vmc_func, align 4
  %cmp15 = icmp eq i32 (%struct.message*)* %8, null
  br i1 %cmp15, label %if.then16, label %if.else17

if.then16:                                        ; preds = %lor.lhs.false, %if.else13
  store i32 -38, i32* %result, align 4
  br label %if.end21

if.else17:                                        ; preds = %lor.lhs.false
  %9 = load i32, i32* %c, align 4
  %arrayidx18 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %9
  %vmc_func19 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx18, i32 0, i32 0
  %10 = load i32 (%struct.message*)*, i32 (%struct.message*)** %vmc_func19, align 4
  %call20 = call i32 %10(%struct.message* noundef %msg) #3
  store i32 %call20, i32* %result, align 4
  br label %if.end21

if.end21:                                         ; preds = %if.else17, %if.then16
  br label %if.end22

if.end22:                                         ; preds = %if.end21, %if.then11
  br label %if.end23

if.end23:                                         ; preds = %if.end22, %if.then7
  %11 = load i32, i32* %result, align 4
  %cmp24 = icmp ne i32 %11, -201
  br i1 %cmp24, label %if.then25, label %if.end31

if.then25:                                        ; preds = %if.end23
  %12 = load i32, i32* %result, align 4
  %m_type26 = getelementptr inbounds %struct.message, %struct.message* %msg, i32 0, i32 1
  store i32 %12, i32* %m_type26, align 4
  %13 = load i32, i32* %who_e, align 4
  %call27 = call i32 @ipc_send(i32 noundef %13, %struct.message* noundef %msg) #3
  %cmp28 = icmp ne i32 %call27, 0
  br i1 %cmp28, label %if.then29, label %if.end30

if.then29:                                        ; preds = %if.then25
  call void @panic(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.1, i32 0, i32 0)) #4
  unreachable

if.end30:                                         ; preds = %if.then25
  br label %if.end31

if.end31:                                         ; preds = %if.end30, %if.end23
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal void @vm_init() #0 {
entry:
  %i = alloca i32, align 4
  %page = alloca i32, align 4
  %_cmi = alloca i32, align 4
  %_cmi11 = alloca i32, align 4
  %_cmi21 = alloca i32, align 4
  %_cmi31 = alloca i32, align 4
  %_cmi41 = alloca i32, align 4
  %_cmi51 = alloca i32, align 4
  store i32 -1, i32* @free_list_head, align 4
  store i32 0, i32* @free_page_count, align 4
  store i32 255, i32* %page, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %page, align 4
  %cmp = icmp sge i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %page, align 4
  call void @free_page(i32 noundef %1) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, i32* %page, align 4
  %dec = add nsw i32 %2, -1
  store i32 %dec, i32* %page, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  store i32 0, i32* %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc5, %for.end
  %3 = load i32, i32* %i, align 4
  %cmp2 = icmp slt i32 %3, 5
  br i1 %cmp2, label %for.body3, label %for.end6

for.body3:                                        ; preds = %for.cond1
  %4 = load i32, i32* %i, align 4
  %5 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %5
  %vm_endpoint = getelementptr inbounds %struct.vmproc, %struct.vmproc* %arrayidx, i32 0, i32 0
  store i32 %4, i32* %vm_endpoint, align 4
  %6 = load i32, i32* %i, align 4
  %arrayidx4 = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %6
  %vm_flags = getelementptr inbounds %struct.vmproc, %struct.vmproc* %arrayidx4, i32 0, i32 1
  store i32 1, i32* %vm_flags, align 4
  br label %for.inc5

for.inc5:                                         ; preds = %for.body3
  %7 = load i32, i32* %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond1, !llvm.loop !8

for.end6:                                         ; preds = %for.cond1
  store i32 37, i32* getelementptr inbounds ([32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 5, i32 0), align 4
  store i32 1, i32* getelementptr inbounds ([32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 5, i32 1), align 4
  store i32 134217728, i32* getelementptr inbounds ([32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 5, i32 4), align 4
  %call = call i8* @memset(i8* noundef bitcast ([6 x %struct.vm_call]* @vm_calls to i8*), i32 noundef 0, i32 noundef 48) #3
  store i32 0, i32* %_cmi, align 4
  %8 = load i32, i32* %_cmi, align 4
  %cmp7 = icmp slt i32 %8, 0
  br i1 %cmp7, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %for.end6
  %9 = load i32, i32* %_cmi, align 4
  %cmp8 = icmp sge i32 %9, 6
  br i1 %cmp8, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %for.end6
  call void @panic(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.2, i32 0, i32 0)) #4
  unreachable

if.end:                                           ; preds = %lor.lhs.false
  %10 = load i32, i32* %_cmi, align 4
  %arrayidx9 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %10
  %vmc_func = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx9, i32 0, i32 0
  store i32 (%struct.message*)* @do_exit, i32 (%struct.message*)** %vmc_func, align 4
  %11 = load i32, i32* %_cmi, align 4
  %arrayidx10 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %11
  %vmc_name = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx10, i32 0, i32 1
  store i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.3, i32 0, i32 0), i8** %vmc_name, align 4
  store i32 1, i32* %_cmi11, align 4
  %12 = load i32, i32* %_cmi11, align 4
  %cmp12 = icmp slt i32 %12, 0
  br i1 %cmp12, label %if.then15, label %lor.lhs.false13

lor.lhs.false13:                                  ; preds = %if.end
  %13 = load i32, i32* %_cmi11, align 4
  %cmp14 = icmp sge i32 %13, 6
  br i1 %cmp14, label %if.then15, label %if.end16

if.then15:                                        ; preds = %lor.lhs.false13, %if.end
  call void @panic(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.4, i32 0, i32 0)) #4
  unreachable

if.end16:                                         ; preds = %lor.lhs.false13
  %14 = load i32, i32* %_cmi11, align 4
  %arrayidx17 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %14
  %vmc_func18 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx17, i32 0, i32 0
  store i32 (%struct.message*)* @do_fork, i32 (%struct.message*)** %vmc_func18, align 4
  %15 = load i32, i32* %_cmi11, align 4
  %arrayidx19 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %15
  %vmc_name20 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx19, i32 0, i32 1
  store i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.5, i32 0, i32 0), i8** %vmc_name20, align 4
  store i32 2, i32* %_cmi21, align 4
  %16 = load i32, i32* %_cmi21, align 4
  %cmp22 = icmp slt i32 %16, 0
  br i1 %cmp22, label %if.then25, label %lor.lhs.false23

lor.lhs.false23:                                  ; preds = %if.end16
  %17 = load i32, i32* %_cmi21, align 4
  %cmp24 = icmp sge i32 %17, 6
  br i1 %cmp24, label %if.then25, label %if.end26

if.then25:                                        ; preds = %lor.lhs.false23, %if.end16
  call void @panic(i8* noundef getelementptr inbounds ([32 x i8], [32 x i8]* @.str.6, i32 0, i32 0)) #4
  unreachable

if.end26:                                         ; preds = %lor.lhs.false23
  %18 = load i32, i32* %_cmi21, align 4
  %arrayidx27 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %18
  %vmc_func28 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx27, i32 0, i32 0
  store i32 (%struct.message*)* @do_brk, i32 (%struct.message*)** %vmc_func28, align 4
  %19 = load i32, i32* %_cmi21, align 4
  %arrayidx29 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %19
  %vmc_name30 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx29, i32 0, i32 1
  store i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.7, i32 0, i32 0), i8** %vmc_name30, align 4
  store i32 3, i32* %_cmi31, align 4
  %20 = load i32, i32* %_cmi31, align 4
  %cmp32 = icmp slt i32 %20, 0
  br i1 %cmp32, label %if.then35, label %lor.lhs.false33

lor.lhs.false33:                                  ; preds = %if.end26
  %21 = load i32, i32* %_cmi31, align 4
  %cmp34 = icmp sge i32 %21, 6
  br i1 %cmp34, label %if.then35, label %if.end36

if.then35:                                        ; preds = %lor.lhs.false33, %if.end26
  call void @panic(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.8, i32 0, i32 0)) #4
  unreachable

if.end36:                                         ; preds = %lor.lhs.false33
  %22 = load i32, i32* %_cmi31, align 4
  %arrayidx37 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %22
  %vmc_func38 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx37, i32 0, i32 0
  store i32 (%struct.message*)* @do_mmap, i32 (%struct.message*)** %vmc_func38, align 4
  %23 = load i32, i32* %_cmi31, align 4
  %arrayidx39 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %23
  %vmc_name40 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx39, i32 0, i32 1
  store i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.9, i32 0, i32 0), i8** %vmc_name40, align 4
  store i32 4, i32* %_cmi41, align 4
  %24 = load i32, i32* %_cmi41, align 4
  %cmp42 = icmp slt i32 %24, 0
  br i1 %cmp42, label %if.then45, label %lor.lhs.false43

lor.lhs.false43:                                  ; preds = %if.end36
  %25 = load i32, i32* %_cmi41, align 4
  %cmp44 = icmp sge i32 %25, 6
  br i1 %cmp44, label %if.then45, label %if.end46

if.then45:                                        ; preds = %lor.lhs.false43, %if.end36
  call void @panic(i8* noundef getelementptr inbounds ([40 x i8], [40 x i8]* @.str.10, i32 0, i32 0)) #4
  unreachable

if.end46:                                         ; preds = %lor.lhs.false43
  %26 = load i32, i32* %_cmi41, align 4
  %arrayidx47 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %26
  %vmc_func48 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx47, i32 0, i32 0
  store i32 (%struct.message*)* @do_exec_newmem, i32 (%struct.message*)** %vmc_func48, align 4
  %27 = load i32, i32* %_cmi41, align 4
  %arrayidx49 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %27
  %vmc_name50 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx49, i32 0, i32 1
  store i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.11, i32 0, i32 0), i8** %vmc_name50, align 4
  store i32 5, i32* %_cmi51, align 4
  %28 = load i32, i32* %_cmi51, align 4
  %cmp52 = icmp slt i32 %28, 0
  br i1 %cmp52, label %if.then55, label %lor.lhs.false53

lor.lhs.false53:                                  ; preds = %if.end46
  %29 = load i32, i32* %_cmi51, align 4
  %cmp54 = icmp sge i32 %29, 6
  br i1 %cmp54, label %if.then55, label %if.end56

if.then55:                                        ; preds = %lor.lhs.false53, %if.end46
  call void @panic(i8* noundef getelementptr inbounds ([38 x i8], [38 x i8]* @.str.12, i32 0, i32 0)) #4
  unreachable

if.end56:                                         ; preds = %lor.lhs.false53
  %30 = load i32, i32* %_cmi51, align 4
  %arrayidx57 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %30
  %vmc_func58 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx57, i32 0, i32 0
  store i32 (%struct.message*)* @do_getrusage, i32 (%struct.message*)** %vmc_func58, align 4
  %31 = load i32, i32* %_cmi51, align 4
  %arrayidx59 = getelementptr inbounds [6 x %struct.vm_call], [6 x %struct.vm_call]* @vm_calls, i32 0, i32 %31
  %vmc_name60 = getelementptr inbounds %struct.vm_call, %struct.vm_call* %arrayidx59, i32 0, i32 1
  store i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.13, i32 0, i32 0), i8** %vmc_name60, align 4
  ret void
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, %struct.message* noundef) #1

declare dso_local i8* @memset(i8* noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_brk(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vmp = alloca %struct.vmproc*, align 4
  %addr = alloca i32, align 4
  %needed = alloca i32, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %and = and i32 %1, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %vmp, align 4
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_lc_vm_brk = bitcast %union.anon* %m_u to %struct.mess_lc_vm_brk*
  %addr1 = getelementptr inbounds %struct.mess_lc_vm_brk, %struct.mess_lc_vm_brk* %m_lc_vm_brk, i32 0, i32 0
  %3 = load i32, i32* %addr1, align 4
  store i32 %3, i32* %addr, align 4
  %4 = load i32, i32* %addr, align 4
  %cmp = icmp ult i32 %4, 134217728
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %5 = load i32, i32* %addr, align 4
  %cmp2 = icmp uge i32 %5, 134348800
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %6 = load i32, i32* %addr, align 4
  %sub = sub i32 %6, 134217728
  %add = add i32 %sub, 4096
  %sub3 = sub i32 %add, 1
  %div = udiv i32 %sub3, 4096
  %add4 = add i32 %div, 2
  store i32 %add4, i32* %needed, align 4
  %7 = load i32, i32* %needed, align 4
  %8 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %8, i32 0, i32 2
  %9 = load i32, i32* %vm_npages, align 4
  %cmp5 = icmp sgt i32 %7, %9
  br i1 %cmp5, label %land.lhs.true, label %if.end10

land.lhs.true:                                    ; preds = %if.end
  %10 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %11 = load i32, i32* %needed, align 4
  %12 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_npages6 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %12, i32 0, i32 2
  %13 = load i32, i32* %vm_npages6, align 4
  %sub7 = sub nsw i32 %11, %13
  %call = call i32 @grow_proc(%struct.vmproc* noundef %10, i32 noundef %sub7) #3
  store i32 %call, i32* %r, align 4
  %cmp8 = icmp ne i32 %call, 0
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %land.lhs.true
  %14 = load i32, i32* %r, align 4
  store i32 %14, i32* %retval, align 4
  br label %return

if.end10:                                         ; preds = %land.lhs.true, %if.end
  %15 = load i32, i32* %addr, align 4
  %16 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_brk = getelementptr inbounds %struct.vmproc, %struct.vmproc* %16, i32 0, i32 4
  store i32 %15, i32* %vm_brk, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end10, %if.then9, %if.then
  %17 = load i32, i32* %retval, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_mmap(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vmp = alloca %struct.vmproc*, align 4
  %len = alloca i32, align 4
  %first = alloca i32, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %and = and i32 %1, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %vmp, align 4
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_lc_vm_mmap = bitcast %union.anon* %m_u to %struct.mess_lc_vm_mmap*
  %len1 = getelementptr inbounds %struct.mess_lc_vm_mmap, %struct.mess_lc_vm_mmap* %m_lc_vm_mmap, i32 0, i32 0
  %3 = load i32, i32* %len1, align 4
  store i32 %3, i32* %len, align 4
  %4 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %4, i32 0, i32 2
  %5 = load i32, i32* %vm_npages, align 4
  store i32 %5, i32* %first, align 4
  %6 = load i32, i32* %len, align 4
  %cmp = icmp eq i32 %6, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %7 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %8 = load i32, i32* %len, align 4
  %add = add i32 %8, 4096
  %sub = sub i32 %add, 1
  %div = udiv i32 %sub, 4096
  %call = call i32 @grow_proc(%struct.vmproc* noundef %7, i32 noundef %div) #3
  store i32 %call, i32* %r, align 4
  %cmp2 = icmp ne i32 %call, 0
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %if.end
  %9 = load i32, i32* %r, align 4
  store i32 %9, i32* %retval, align 4
  br label %return

if.end4:                                          ; preds = %if.end
  %10 = load i32, i32* %first, align 4
  %mul = mul nsw i32 %10, 4096
  %add5 = add nsw i32 134217728, %mul
  %11 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %11, i32 0, i32 2
  %m_lc_vm_mmap7 = bitcast %union.anon* %m_u6 to %struct.mess_lc_vm_mmap*
  %addr = getelementptr inbounds %struct.mess_lc_vm_mmap, %struct.mess_lc_vm_mmap* %m_lc_vm_mmap7, i32 0, i32 1
  store i32 %add5, i32* %addr, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %12 = load i32, i32* %retval, align 4
  ret i32 %12
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vmp = alloca %struct.vmproc*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_lsys_vm_usage = bitcast %union.anon* %m_u to %struct.mess_lsys_vm_usage*
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_usage, i32 0, i32 0
  %1 = load i32, i32* %endpt, align 4
  %and = and i32 %1, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %vmp, align 4
  %2 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_flags = getelementptr inbounds %struct.vmproc, %struct.vmproc* %2, i32 0, i32 1
  %3 = load i32, i32* %vm_flags, align 4
  %and1 = and i32 %3, 1
  %tobool = icmp ne i32 %and1, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %entry
  store i32 -22, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %4 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %4, i32 0, i32 2
  %5 = load i32, i32* %vm_npages, align 4
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_lsys_vm_usage3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_vm_usage*
  %pages = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_usage3, i32 0, i32 1
  store i32 %5, i32* %pages, align 4
  %7 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_brk = getelementptr inbounds %struct.vmproc, %struct.vmproc* %7, i32 0, i32 4
  %8 = load i32, i32* %vm_brk, align 4
  %9 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %9, i32 0, i32 2
  %m_lsys_vm_usage5 = bitcast %union.anon* %m_u4 to %struct.mess_lsys_vm_usage*
  %brk = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_usage5, i32 0, i32 2
  store i32 %8, i32* %brk, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %10 = load i32, i32* %retval, align 4
  ret i32 %10
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
  store i32 1, i32* @vm_shutting_down, align 4
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
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %1 = load i32, i32* @free_page_count, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %parent = alloca %struct.vmproc*, align 4
  %child = alloca %struct.vmproc*, align 4
  %child_endpt = alloca i32, align 4
  %child_slot = alloca i32, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_lsys_vm_fork = bitcast %union.anon* %m_u to %struct.mess_lsys_vm_usage*
  %slot = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_fork, i32 0, i32 1
  %1 = load i32, i32* %slot, align 4
  store i32 %1, i32* %child_slot, align 4
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 0
  %3 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %3, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %4 = load i32, i32* %child_slot, align 4
  %cmp1 = icmp slt i32 %4, 0
  br i1 %cmp1, label %if.then3, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %if.end
  %5 = load i32, i32* %child_slot, align 4
  %cmp2 = icmp sge i32 %5, 32
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -22, i32* %retval, align 4
  br label %return

if.end4:                                          ; preds = %lor.lhs.false
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_lsys_vm_fork6 = bitcast %union.anon* %m_u5 to %struct.mess_lsys_vm_usage*
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_fork6, i32 0, i32 0
  %7 = load i32, i32* %endpt, align 4
  %and = and i32 %7, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %parent, align 4
  %8 = load i32, i32* %child_slot, align 4
  %arrayidx7 = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %8
  store %struct.vmproc* %arrayidx7, %struct.vmproc** %child, align 4
  %9 = load %struct.vmproc*, %struct.vmproc** %parent, align 4
  %vm_flags = getelementptr inbounds %struct.vmproc, %struct.vmproc* %9, i32 0, i32 1
  %10 = load i32, i32* %vm_flags, align 4
  %and8 = and i32 %10, 1
  %tobool = icmp ne i32 %and8, 0
  br i1 %tobool, label %lor.lhs.false9, label %if.then13

lor.lhs.false9:                                   ; preds = %if.end4
  %11 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %vm_flags10 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %11, i32 0, i32 1
  %12 = load i32, i32* %vm_flags10, align 4
  %and11 = and i32 %12, 1
  %tobool12 = icmp ne i32 %and11, 0
  br i1 %tobool12, label %if.then13, label %if.end14

if.then13:                                        ; preds = %lor.lhs.false9, %if.end4
  store i32 -22, i32* %retval, align 4
  br label %return

if.end14:                                         ; preds = %lor.lhs.false9
  %13 = load %struct.vmproc*, %struct.vmproc** %parent, align 4
  %vm_npages = getelementptr inbounds %struct.vmproc, %struct.vmproc* %13, i32 0, i32 2
  %14 = load i32, i32* %vm_npages, align 4
  %15 = load i32, i32* @free_page_count, align 4
  %cmp15 = icmp sgt i32 %14, %15
  br i1 %cmp15, label %if.then16, label %if.end17

if.then16:                                        ; preds = %if.end14
  store i32 -12, i32* %retval, align 4
  br label %return

if.end17:                                         ; preds = %if.end14
  %16 = load %struct.vmproc*, %struct.vmproc** %parent, align 4
  %vm_endpoint = getelementptr inbounds %struct.vmproc, %struct.vmproc* %16, i32 0, i32 0
  %17 = load i32, i32* %vm_endpoint, align 4
  %18 = load i32, i32* %child_slot, align 4
  %call = call i32 @sys_fork(i32 noundef %17, i32 noundef %18, i32* noundef %child_endpt) #3
  store i32 %call, i32* %r, align 4
  %cmp18 = icmp ne i32 %call, 0
  br i1 %cmp18, label %if.then19, label %if.end20

if.then19:                                        ; preds = %if.end17
  %19 = load i32, i32* %r, align 4
  store i32 %19, i32* %retval, align 4
  br label %return

if.end20:                                         ; preds = %if.end17
  %20 = load i32, i32* %child_endpt, align 4
  %21 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %vm_endpoint21 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %21, i32 0, i32 0
  store i32 %20, i32* %vm_endpoint21, align 4
  %22 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %vm_flags22 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %22, i32 0, i32 1
  store i32 1, i32* %vm_flags22, align 4
  %23 = load %struct.vmproc*, %struct.vmproc** %parent, align 4
  %vm_brk = getelementptr inbounds %struct.vmproc, %struct.vmproc* %23, i32 0, i32 4
  %24 = load i32, i32* %vm_brk, align 4
  %25 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %vm_brk23 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %25, i32 0, i32 4
  store i32 %24, i32* %vm_brk23, align 4
  %26 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %vm_npages24 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %26, i32 0, i32 2
  store i32 0, i32* %vm_npages24, align 4
  %27 = load %struct.vmproc*, %struct.vmproc** %child, align 4
  %28 = load %struct.vmproc*, %struct.vmproc** %parent, align 4
  %vm_npages25 = getelementptr inbounds %struct.vmproc, %struct.vmproc* %28, i32 0, i32 2
  %29 = load i32, i32* %vm_npages25, align 4
  %call26 = call i32 @grow_proc(%struct.vmproc* noundef %27, i32 noundef %29) #3
  store i32 %call26, i32* %r, align 4
  %cmp27 = icmp ne i32 %call26, 0
  br i1 %cmp27, label %if.then28, label %if.end29

if.then28:                                        ; preds = %if.end20
  %30 = load i32, i32* %r, align 4
  store i32 %30, i32* %retval, align 4
  br label %return

if.end29:                                         ; preds = %if.end20
  %31 = load i32, i32* %child_endpt, align 4
  %32 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u30 = getelementptr inbounds %struct.message, %struct.message* %32, i32 0, i32 2
  %m_lsys_vm_fork31 = bitcast %union.anon* %m_u30 to %struct.mess_lsys_vm_usage*
  %child_endpt32 = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_fork31, i32 0, i32 2
  store i32 %31, i32* %child_endpt32, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end29, %if.then28, %if.then19, %if.then16, %if.then13, %if.then3, %if.then
  %33 = load i32, i32* %retval, align 4
  ret i32 %33
}

declare dso_local i32 @sys_fork(i32 noundef, i32 noundef, i32* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vmp = alloca %struct.vmproc*, align 4
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
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_lsys_vm_exit = bitcast %union.anon* %m_u to %struct.mess_lc_vm_brk*
  %endpt = getelementptr inbounds %struct.mess_lc_vm_brk, %struct.mess_lc_vm_brk* %m_lsys_vm_exit, i32 0, i32 0
  %3 = load i32, i32* %endpt, align 4
  %and = and i32 %3, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %vmp, align 4
  %4 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  call void @free_proc_pages(%struct.vmproc* noundef %4) #3
  %5 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_flags = getelementptr inbounds %struct.vmproc, %struct.vmproc* %5, i32 0, i32 1
  store i32 0, i32* %vm_flags, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, i32* %retval, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec_newmem(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %vmp = alloca %struct.vmproc*, align 4
  %bytes = alloca i32, align 4
  %npages = alloca i32, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_lsys_vm_newmem = bitcast %union.anon* %m_u to %struct.mess_lsys_vm_usage*
  %text_bytes = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_newmem, i32 0, i32 1
  %1 = load i32, i32* %text_bytes, align 4
  store i32 %1, i32* %bytes, align 4
  %2 = load i32, i32* %bytes, align 4
  %add = add i32 %2, 4096
  %sub = sub i32 %add, 1
  %div = udiv i32 %sub, 4096
  %add1 = add i32 %div, 2
  store i32 %add1, i32* %npages, align 4
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %3, i32 0, i32 0
  %4 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %4, 1
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 2
  %m_lsys_vm_newmem3 = bitcast %union.anon* %m_u2 to %struct.mess_lsys_vm_usage*
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_newmem3, i32 0, i32 0
  %6 = load i32, i32* %endpt, align 4
  %and = and i32 %6, 31
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], [32 x %struct.vmproc]* @vmproc, i32 0, i32 %and
  store %struct.vmproc* %arrayidx, %struct.vmproc** %vmp, align 4
  %7 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_flags = getelementptr inbounds %struct.vmproc, %struct.vmproc* %7, i32 0, i32 1
  %8 = load i32, i32* %vm_flags, align 4
  %and4 = and i32 %8, 1
  %tobool = icmp ne i32 %and4, 0
  br i1 %tobool, label %if.end6, label %if.then5

if.then5:                                         ; preds = %if.end
  store i32 -22, i32* %retval, align 4
  br label %return

if.end6:                                          ; preds = %if.end
  %9 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  call void @free_proc_pages(%struct.vmproc* noundef %9) #3
  %10 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %11 = load i32, i32* %npages, align 4
  %call = call i32 @grow_proc(%struct.vmproc* noundef %10, i32 noundef %11) #3
  store i32 %call, i32* %r, align 4
  %cmp7 = icmp ne i32 %call, 0
  br i1 %cmp7, label %if.then8, label %if.end9

if.then8:                                         ; preds = %if.end6
  %12 = load i32, i32* %r, align 4
  store i32 %12, i32* %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end6
  %13 = load i32, i32* %npages, align 4
  %sub10 = sub nsw i32 %13, 2
  %mul = mul nsw i32 %sub10, 4096
  %add11 = add nsw i32 134217728, %mul
  %14 = load %struct.vmproc*, %struct.vmproc** %vmp, align 4
  %vm_brk = getelementptr inbounds %struct.vmproc, %struct.vmproc* %14, i32 0, i32 4
  store i32 %add11, i32* %vm_brk, align 4
  %15 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u12 = getelementptr inbounds %struct.message, %struct.message* %15, i32 0, i32 2
  %m_lsys_vm_newmem13 = bitcast %union.anon* %m_u12 to %struct.mess_lsys_vm_usage*
  %base = getelementptr inbounds %struct.mess_lsys_vm_usage, %struct.mess_lsys_vm_usage* %m_lsys_vm_newmem13, i32 0, i32 2
  store i32 134217728, i32* %base, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end9, %if.then8, %if.then5, %if.then
  %16 = load i32, i32* %retval, align 4
  ret i32 %16
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0}
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
