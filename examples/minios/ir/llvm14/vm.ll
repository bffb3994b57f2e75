; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.vmproc = type { i32, i32, i32, [32 x i32], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_vm_brk = type { i32 }
%struct.mess_lc_vm_mmap = type { i32, i32 }
%struct.mess_lsys_vm_usage = type { i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"vm: receive failed\00", align 1
@next_free = dso_local global [256 x i32] zeroinitializer, align 4
@free_list_head = dso_local global i32 0, align 4
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
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
  call void @vm_init() #3
  br label %for.cond

for.cond:                                         ; preds = %if.end20, %entry
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
    i32 769, label %sw.bb
    i32 768, label %sw.bb2
    i32 772, label %sw.bb4
    i32 770, label %sw.bb6
    i32 771, label %sw.bb8
    i32 773, label %sw.bb10
    i32 1537, label %sw.bb12
    i32 1536, label %sw.bb14
  ]

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_fork(%struct.message* noundef %m) #3
  store i32 %call1, i32* %r, align 4
  br label %sw.epilog

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_exit(%struct.message* noundef %m) #3
  store i32 %call3, i32* %r, align 4
  br label %sw.epilog

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_exec_newmem(%struct.message* noundef %m) #3
  store i32 %call5, i32* %r, align 4
  br label %sw.epilog

sw.bb6:                                           ; preds = %if.end
  %call7 = call i32 @do_brk(%struct.message* noundef %m) #3
  store i32 %call7, i32* %r, align 4
  br label %sw.epilog

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_mmap(%struct.message* noundef %m) #3
  store i32 %call9, i32* %r, align 4
  br label %sw.epilog

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_getrusage(%struct.message* noundef %m) #3
  store i32 %call11, i32* %r, align 4
  br label %sw.epilog

sw.bb12:                                          ; preds = %if.end
  %call13 = call i32 @do_shutdown(%struct.message* noundef %m) #3
  store i32 %call13, i32* %r, align 4
  br label %sw.epilog

sw.bb14:                                          ; preds = %if.end
  %call15 = call i32 @do_getstatus(%struct.message* noundef %m) #3
  store i32 %call15, i32* %r, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %if.end
  store i32 -38, i32* %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %sw.bb14, %sw.bb12, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %1 = load i32, i32* %r, align 4
  %cmp16 = icmp ne i32 %1, -201
  br i1 %cmp16, label %if.then17, label %if.end20

if.then17:                                        ; preds = %sw.epilog
  %2 = load i32, i32* %r, align 4
  %m_type18 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 1
  store i32 %2, i32* %m_type18, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %3 = load i32, i32* %m_source, align 4
  %call19 = call i32 @ipc_send(i32 noundef %3, %struct.message* noundef %m) #3
  br label %if.end20

if.end20:                                         ; preds = %if.then17, %sw.epilog
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal void @vm_init() #0 {
entry:
  %i = alloca i32, align 4
  %page = alloca i32, align 4
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
  ret void
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, %struct.message* noundef) #1

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
