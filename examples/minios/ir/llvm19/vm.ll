; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.vmproc = type { i32, i32, i32, [32 x i32], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_vm_brk = type { i32 }
%struct.mess_lc_vm_mmap = type { i32, i32 }
%struct.mess_lsys_vm_usage = type { i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"vm: receive failed\00", align 1, !dbg !0
@next_free = dso_local global [256 x i32] zeroinitializer, align 4, !dbg !7
@free_list_head = dso_local global i32 0, align 4, !dbg !31
@vm_shutting_down = dso_local global i32 0, align 4, !dbg !35
@vmproc = dso_local global [32 x %struct.vmproc] zeroinitializer, align 4, !dbg !11
@free_page_count = dso_local global i32 0, align 4, !dbg !33

; Function Attrs: noinline nounwind
define dso_local i32 @alloc_page() #0 !dbg !54 {
entry:
  %retval = alloca i32, align 4
  %page = alloca i32, align 4
    #dbg_declare(ptr %page, !58, !DIExpression(), !59)
  %0 = load i32, ptr @free_list_head, align 4, !dbg !60
  store i32 %0, ptr %page, align 4, !dbg !59
  %1 = load i32, ptr %page, align 4, !dbg !61
  %cmp = icmp eq i32 %1, -1, !dbg !63
  br i1 %cmp, label %if.then, label %if.end, !dbg !64

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !65
  br label %return, !dbg !65

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %page, align 4, !dbg !66
  %arrayidx = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %2, !dbg !67
  %3 = load i32, ptr %arrayidx, align 4, !dbg !67
  store i32 %3, ptr @free_list_head, align 4, !dbg !68
  %4 = load i32, ptr %page, align 4, !dbg !69
  %arrayidx1 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %4, !dbg !70
  store i32 -2, ptr %arrayidx1, align 4, !dbg !71
  %5 = load i32, ptr @free_page_count, align 4, !dbg !72
  %dec = add nsw i32 %5, -1, !dbg !72
  store i32 %dec, ptr @free_page_count, align 4, !dbg !72
  %6 = load i32, ptr %page, align 4, !dbg !73
  store i32 %6, ptr %retval, align 4, !dbg !74
  br label %return, !dbg !74

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !75
  ret i32 %7, !dbg !75
}

; Function Attrs: noinline nounwind
define dso_local void @free_page(i32 noundef %page) #0 !dbg !76 {
entry:
  %page.addr = alloca i32, align 4
  store i32 %page, ptr %page.addr, align 4
    #dbg_declare(ptr %page.addr, !79, !DIExpression(), !80)
  %0 = load i32, ptr @free_list_head, align 4, !dbg !81
  %1 = load i32, ptr %page.addr, align 4, !dbg !82
  %arrayidx = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %1, !dbg !83
  store i32 %0, ptr %arrayidx, align 4, !dbg !84
  %2 = load i32, ptr %page.addr, align 4, !dbg !85
  store i32 %2, ptr @free_list_head, align 4, !dbg !86
  %3 = load i32, ptr @free_page_count, align 4, !dbg !87
  %inc = add nsw i32 %3, 1, !dbg !87
  store i32 %inc, ptr @free_page_count, align 4, !dbg !87
  ret void, !dbg !88
}

; Function Attrs: noinline nounwind
define dso_local i32 @grow_proc(ptr noundef %vmp, i32 noundef %npages) #0 !dbg !89 {
entry:
  %retval = alloca i32, align 4
  %vmp.addr = alloca ptr, align 4
  %npages.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %vmp, ptr %vmp.addr, align 4
    #dbg_declare(ptr %vmp.addr, !100, !DIExpression(), !101)
  store i32 %npages, ptr %npages.addr, align 4
    #dbg_declare(ptr %npages.addr, !102, !DIExpression(), !103)
    #dbg_declare(ptr %i, !104, !DIExpression(), !105)
  %0 = load i32, ptr %npages.addr, align 4, !dbg !106
  %1 = load ptr, ptr %vmp.addr, align 4, !dbg !108
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %1, i32 0, i32 2, !dbg !109
  %2 = load i32, ptr %vm_npages, align 4, !dbg !109
  %sub = sub nsw i32 32, %2, !dbg !110
  %cmp = icmp sgt i32 %0, %sub, !dbg !111
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !112

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, ptr %npages.addr, align 4, !dbg !113
  %4 = load i32, ptr @free_page_count, align 4, !dbg !114
  %cmp1 = icmp sgt i32 %3, %4, !dbg !115
  br i1 %cmp1, label %if.then, label %if.end, !dbg !116

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, ptr %retval, align 4, !dbg !117
  br label %return, !dbg !117

if.end:                                           ; preds = %lor.lhs.false
  store i32 0, ptr %i, align 4, !dbg !118
  br label %for.cond, !dbg !120

for.cond:                                         ; preds = %for.inc, %if.end
  %5 = load i32, ptr %i, align 4, !dbg !121
  %6 = load i32, ptr %npages.addr, align 4, !dbg !123
  %cmp2 = icmp slt i32 %5, %6, !dbg !124
  br i1 %cmp2, label %for.body, label %for.end, !dbg !125

for.body:                                         ; preds = %for.cond
  %call = call i32 @alloc_page() #3, !dbg !126
  %7 = load ptr, ptr %vmp.addr, align 4, !dbg !127
  %vm_pages = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 3, !dbg !128
  %8 = load ptr, ptr %vmp.addr, align 4, !dbg !129
  %vm_npages3 = getelementptr inbounds %struct.vmproc, ptr %8, i32 0, i32 2, !dbg !130
  %9 = load i32, ptr %vm_npages3, align 4, !dbg !131
  %inc = add nsw i32 %9, 1, !dbg !131
  store i32 %inc, ptr %vm_npages3, align 4, !dbg !131
  %arrayidx = getelementptr inbounds [32 x i32], ptr %vm_pages, i32 0, i32 %9, !dbg !127
  store i32 %call, ptr %arrayidx, align 4, !dbg !132
  br label %for.inc, !dbg !127

for.inc:                                          ; preds = %for.body
  %10 = load i32, ptr %i, align 4, !dbg !133
  %inc4 = add nsw i32 %10, 1, !dbg !133
  store i32 %inc4, ptr %i, align 4, !dbg !133
  br label %for.cond, !dbg !134, !llvm.loop !135

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %retval, align 4, !dbg !138
  br label %return, !dbg !138

return:                                           ; preds = %for.end, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !139
  ret i32 %11, !dbg !139
}

; Function Attrs: noinline nounwind
define dso_local void @free_proc_pages(ptr noundef %vmp) #0 !dbg !140 {
entry:
  %vmp.addr = alloca ptr, align 4
  store ptr %vmp, ptr %vmp.addr, align 4
    #dbg_declare(ptr %vmp.addr, !143, !DIExpression(), !144)
  br label %while.cond, !dbg !145

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %vmp.addr, align 4, !dbg !146
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %0, i32 0, i32 2, !dbg !147
  %1 = load i32, ptr %vm_npages, align 4, !dbg !147
  %cmp = icmp sgt i32 %1, 0, !dbg !148
  br i1 %cmp, label %while.body, label %while.end, !dbg !145

while.body:                                       ; preds = %while.cond
  %2 = load ptr, ptr %vmp.addr, align 4, !dbg !149
  %vm_pages = getelementptr inbounds %struct.vmproc, ptr %2, i32 0, i32 3, !dbg !150
  %3 = load ptr, ptr %vmp.addr, align 4, !dbg !151
  %vm_npages1 = getelementptr inbounds %struct.vmproc, ptr %3, i32 0, i32 2, !dbg !152
  %4 = load i32, ptr %vm_npages1, align 4, !dbg !153
  %dec = add nsw i32 %4, -1, !dbg !153
  store i32 %dec, ptr %vm_npages1, align 4, !dbg !153
  %arrayidx = getelementptr inbounds [32 x i32], ptr %vm_pages, i32 0, i32 %dec, !dbg !149
  %5 = load i32, ptr %arrayidx, align 4, !dbg !149
  call void @free_page(i32 noundef %5) #3, !dbg !154
  br label %while.cond, !dbg !145, !llvm.loop !155

while.end:                                        ; preds = %while.cond
  ret void, !dbg !157
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !158 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !159, !DIExpression(), !349)
    #dbg_declare(ptr %ipc_status, !350, !DIExpression(), !351)
    #dbg_declare(ptr %r, !352, !DIExpression(), !353)
  call void @vm_init() #3, !dbg !354
  br label %for.cond, !dbg !355

for.cond:                                         ; preds = %if.end20, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !356
  %cmp = icmp ne i32 %call, 0, !dbg !361
  br i1 %cmp, label %if.then, label %if.end, !dbg !362

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !363
  unreachable, !dbg !363

if.end:                                           ; preds = %for.cond
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !364
  %0 = load i32, ptr %m_type, align 4, !dbg !364
  switch i32 %0, label %sw.default [
    i32 769, label %sw.bb
    i32 768, label %sw.bb2
    i32 772, label %sw.bb4
    i32 770, label %sw.bb6
    i32 771, label %sw.bb8
    i32 773, label %sw.bb10
    i32 1537, label %sw.bb12
    i32 1536, label %sw.bb14
  ], !dbg !365

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_fork(ptr noundef %m) #3, !dbg !366
  store i32 %call1, ptr %r, align 4, !dbg !368
  br label %sw.epilog, !dbg !369

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_exit(ptr noundef %m) #3, !dbg !370
  store i32 %call3, ptr %r, align 4, !dbg !371
  br label %sw.epilog, !dbg !372

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_exec_newmem(ptr noundef %m) #3, !dbg !373
  store i32 %call5, ptr %r, align 4, !dbg !374
  br label %sw.epilog, !dbg !375

sw.bb6:                                           ; preds = %if.end
  %call7 = call i32 @do_brk(ptr noundef %m) #3, !dbg !376
  store i32 %call7, ptr %r, align 4, !dbg !377
  br label %sw.epilog, !dbg !378

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_mmap(ptr noundef %m) #3, !dbg !379
  store i32 %call9, ptr %r, align 4, !dbg !380
  br label %sw.epilog, !dbg !381

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_getrusage(ptr noundef %m) #3, !dbg !382
  store i32 %call11, ptr %r, align 4, !dbg !383
  br label %sw.epilog, !dbg !384

sw.bb12:                                          ; preds = %if.end
  %call13 = call i32 @do_shutdown(ptr noundef %m) #3, !dbg !385
  store i32 %call13, ptr %r, align 4, !dbg !386
  br label %sw.epilog, !dbg !387

sw.bb14:                                          ; preds = %if.end
  %call15 = call i32 @do_getstatus(ptr noundef %m) #3, !dbg !388
  store i32 %call15, ptr %r, align 4, !dbg !389
  br label %sw.epilog, !dbg !390

sw.default:                                       ; preds = %if.end
  store i32 -38, ptr %r, align 4, !dbg !391
  br label %sw.epilog, !dbg !392

sw.epilog:                                        ; preds = %sw.default, %sw.bb14, %sw.bb12, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %1 = load i32, ptr %r, align 4, !dbg !393
  %cmp16 = icmp ne i32 %1, -201, !dbg !395
  br i1 %cmp16, label %if.then17, label %if.end20, !dbg !396

if.then17:                                        ; preds = %sw.epilog
  %2 = load i32, ptr %r, align 4, !dbg !397
  %m_type18 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !399
  store i32 %2, ptr %m_type18, align 4, !dbg !400
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !401
  %3 = load i32, ptr %m_source, align 4, !dbg !401
  %call19 = call i32 @ipc_send(i32 noundef %3, ptr noundef %m) #3, !dbg !402
  br label %if.end20, !dbg !403

if.end20:                                         ; preds = %if.then17, %sw.epilog
  br label %for.cond, !dbg !404, !llvm.loop !405
}

; Function Attrs: noinline nounwind
define internal void @vm_init() #0 !dbg !408 {
entry:
  %i = alloca i32, align 4
  %page = alloca i32, align 4
    #dbg_declare(ptr %i, !411, !DIExpression(), !412)
    #dbg_declare(ptr %page, !413, !DIExpression(), !414)
  store i32 -1, ptr @free_list_head, align 4, !dbg !415
  store i32 0, ptr @free_page_count, align 4, !dbg !416
  store i32 255, ptr %page, align 4, !dbg !417
  br label %for.cond, !dbg !419

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %page, align 4, !dbg !420
  %cmp = icmp sge i32 %0, 32, !dbg !422
  br i1 %cmp, label %for.body, label %for.end, !dbg !423

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %page, align 4, !dbg !424
  call void @free_page(i32 noundef %1) #3, !dbg !425
  br label %for.inc, !dbg !425

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %page, align 4, !dbg !426
  %dec = add nsw i32 %2, -1, !dbg !426
  store i32 %dec, ptr %page, align 4, !dbg !426
  br label %for.cond, !dbg !427, !llvm.loop !428

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i, align 4, !dbg !430
  br label %for.cond1, !dbg !432

for.cond1:                                        ; preds = %for.inc5, %for.end
  %3 = load i32, ptr %i, align 4, !dbg !433
  %cmp2 = icmp slt i32 %3, 5, !dbg !435
  br i1 %cmp2, label %for.body3, label %for.end6, !dbg !436

for.body3:                                        ; preds = %for.cond1
  %4 = load i32, ptr %i, align 4, !dbg !437
  %5 = load i32, ptr %i, align 4, !dbg !439
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %5, !dbg !440
  %vm_endpoint = getelementptr inbounds %struct.vmproc, ptr %arrayidx, i32 0, i32 0, !dbg !441
  store i32 %4, ptr %vm_endpoint, align 4, !dbg !442
  %6 = load i32, ptr %i, align 4, !dbg !443
  %arrayidx4 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %6, !dbg !444
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %arrayidx4, i32 0, i32 1, !dbg !445
  store i32 1, ptr %vm_flags, align 4, !dbg !446
  br label %for.inc5, !dbg !447

for.inc5:                                         ; preds = %for.body3
  %7 = load i32, ptr %i, align 4, !dbg !448
  %inc = add nsw i32 %7, 1, !dbg !448
  store i32 %inc, ptr %i, align 4, !dbg !448
  br label %for.cond1, !dbg !449, !llvm.loop !450

for.end6:                                         ; preds = %for.cond1
  store i32 37, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), align 4, !dbg !452
  store i32 1, ptr getelementptr inbounds (%struct.vmproc, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), i32 0, i32 1), align 4, !dbg !453
  store i32 134217728, ptr getelementptr inbounds (%struct.vmproc, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), i32 0, i32 4), align 4, !dbg !454
  ret void, !dbg !455
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_brk(ptr noundef %m) #0 !dbg !456 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %addr = alloca i32, align 4
  %needed = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !632, !DIExpression(), !633)
    #dbg_declare(ptr %vmp, !634, !DIExpression(), !643)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !644
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !644
  %1 = load i32, ptr %m_source, align 4, !dbg !644
  %and = and i32 %1, 31, !dbg !644
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !645
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !643
    #dbg_declare(ptr %addr, !646, !DIExpression(), !647)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !648
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !649
  %addr1 = getelementptr inbounds %struct.mess_lc_vm_brk, ptr %m_u, i32 0, i32 0, !dbg !650
  %3 = load i32, ptr %addr1, align 4, !dbg !650
  store i32 %3, ptr %addr, align 4, !dbg !647
    #dbg_declare(ptr %needed, !651, !DIExpression(), !652)
    #dbg_declare(ptr %r, !653, !DIExpression(), !654)
  %4 = load i32, ptr %addr, align 4, !dbg !655
  %cmp = icmp ult i32 %4, 134217728, !dbg !657
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !658

lor.lhs.false:                                    ; preds = %entry
  %5 = load i32, ptr %addr, align 4, !dbg !659
  %cmp2 = icmp uge i32 %5, 134348800, !dbg !660
  br i1 %cmp2, label %if.then, label %if.end, !dbg !661

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, ptr %retval, align 4, !dbg !662
  br label %return, !dbg !662

if.end:                                           ; preds = %lor.lhs.false
  %6 = load i32, ptr %addr, align 4, !dbg !663
  %sub = sub i32 %6, 134217728, !dbg !664
  %add = add i32 %sub, 4096, !dbg !665
  %sub3 = sub i32 %add, 1, !dbg !666
  %div = udiv i32 %sub3, 4096, !dbg !667
  %add4 = add i32 %div, 2, !dbg !668
  store i32 %add4, ptr %needed, align 4, !dbg !669
  %7 = load i32, ptr %needed, align 4, !dbg !670
  %8 = load ptr, ptr %vmp, align 4, !dbg !672
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %8, i32 0, i32 2, !dbg !673
  %9 = load i32, ptr %vm_npages, align 4, !dbg !673
  %cmp5 = icmp sgt i32 %7, %9, !dbg !674
  br i1 %cmp5, label %land.lhs.true, label %if.end10, !dbg !675

land.lhs.true:                                    ; preds = %if.end
  %10 = load ptr, ptr %vmp, align 4, !dbg !676
  %11 = load i32, ptr %needed, align 4, !dbg !677
  %12 = load ptr, ptr %vmp, align 4, !dbg !678
  %vm_npages6 = getelementptr inbounds %struct.vmproc, ptr %12, i32 0, i32 2, !dbg !679
  %13 = load i32, ptr %vm_npages6, align 4, !dbg !679
  %sub7 = sub nsw i32 %11, %13, !dbg !680
  %call = call i32 @grow_proc(ptr noundef %10, i32 noundef %sub7) #3, !dbg !681
  store i32 %call, ptr %r, align 4, !dbg !682
  %cmp8 = icmp ne i32 %call, 0, !dbg !683
  br i1 %cmp8, label %if.then9, label %if.end10, !dbg !684

if.then9:                                         ; preds = %land.lhs.true
  %14 = load i32, ptr %r, align 4, !dbg !685
  store i32 %14, ptr %retval, align 4, !dbg !686
  br label %return, !dbg !686

if.end10:                                         ; preds = %land.lhs.true, %if.end
  %15 = load i32, ptr %addr, align 4, !dbg !687
  %16 = load ptr, ptr %vmp, align 4, !dbg !688
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %16, i32 0, i32 4, !dbg !689
  store i32 %15, ptr %vm_brk, align 4, !dbg !690
  store i32 0, ptr %retval, align 4, !dbg !691
  br label %return, !dbg !691

return:                                           ; preds = %if.end10, %if.then9, %if.then
  %17 = load i32, ptr %retval, align 4, !dbg !692
  ret i32 %17, !dbg !692
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_mmap(ptr noundef %m) #0 !dbg !693 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %len = alloca i32, align 4
  %first = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !694, !DIExpression(), !695)
    #dbg_declare(ptr %vmp, !696, !DIExpression(), !697)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !698
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !698
  %1 = load i32, ptr %m_source, align 4, !dbg !698
  %and = and i32 %1, 31, !dbg !698
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !699
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !697
    #dbg_declare(ptr %len, !700, !DIExpression(), !701)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !702
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !703
  %len1 = getelementptr inbounds %struct.mess_lc_vm_mmap, ptr %m_u, i32 0, i32 0, !dbg !704
  %3 = load i32, ptr %len1, align 4, !dbg !704
  store i32 %3, ptr %len, align 4, !dbg !701
    #dbg_declare(ptr %first, !705, !DIExpression(), !706)
  %4 = load ptr, ptr %vmp, align 4, !dbg !707
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %4, i32 0, i32 2, !dbg !708
  %5 = load i32, ptr %vm_npages, align 4, !dbg !708
  store i32 %5, ptr %first, align 4, !dbg !706
    #dbg_declare(ptr %r, !709, !DIExpression(), !710)
  %6 = load i32, ptr %len, align 4, !dbg !711
  %cmp = icmp eq i32 %6, 0, !dbg !713
  br i1 %cmp, label %if.then, label %if.end, !dbg !714

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !715
  br label %return, !dbg !715

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %vmp, align 4, !dbg !716
  %8 = load i32, ptr %len, align 4, !dbg !718
  %add = add i32 %8, 4096, !dbg !719
  %sub = sub i32 %add, 1, !dbg !720
  %div = udiv i32 %sub, 4096, !dbg !721
  %call = call i32 @grow_proc(ptr noundef %7, i32 noundef %div) #3, !dbg !722
  store i32 %call, ptr %r, align 4, !dbg !723
  %cmp2 = icmp ne i32 %call, 0, !dbg !724
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !725

if.then3:                                         ; preds = %if.end
  %9 = load i32, ptr %r, align 4, !dbg !726
  store i32 %9, ptr %retval, align 4, !dbg !727
  br label %return, !dbg !727

if.end4:                                          ; preds = %if.end
  %10 = load i32, ptr %first, align 4, !dbg !728
  %mul = mul nsw i32 %10, 4096, !dbg !729
  %add5 = add nsw i32 134217728, %mul, !dbg !730
  %11 = load ptr, ptr %m.addr, align 4, !dbg !731
  %m_u6 = getelementptr inbounds %struct.message, ptr %11, i32 0, i32 2, !dbg !732
  %addr = getelementptr inbounds %struct.mess_lc_vm_mmap, ptr %m_u6, i32 0, i32 1, !dbg !733
  store i32 %add5, ptr %addr, align 4, !dbg !734
  store i32 0, ptr %retval, align 4, !dbg !735
  br label %return, !dbg !735

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %12 = load i32, ptr %retval, align 4, !dbg !736
  ret i32 %12, !dbg !736
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage(ptr noundef %m) #0 !dbg !737 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !738, !DIExpression(), !739)
    #dbg_declare(ptr %vmp, !740, !DIExpression(), !741)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !742
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !742
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 0, !dbg !742
  %1 = load i32, ptr %endpt, align 4, !dbg !742
  %and = and i32 %1, 31, !dbg !742
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !743
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !741
  %2 = load ptr, ptr %vmp, align 4, !dbg !744
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %2, i32 0, i32 1, !dbg !746
  %3 = load i32, ptr %vm_flags, align 4, !dbg !746
  %and1 = and i32 %3, 1, !dbg !747
  %tobool = icmp ne i32 %and1, 0, !dbg !747
  br i1 %tobool, label %if.end, label %if.then, !dbg !748

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !749
  br label %return, !dbg !749

if.end:                                           ; preds = %entry
  %4 = load ptr, ptr %vmp, align 4, !dbg !750
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %4, i32 0, i32 2, !dbg !751
  %5 = load i32, ptr %vm_npages, align 4, !dbg !751
  %6 = load ptr, ptr %m.addr, align 4, !dbg !752
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !753
  %pages = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u2, i32 0, i32 1, !dbg !754
  store i32 %5, ptr %pages, align 4, !dbg !755
  %7 = load ptr, ptr %vmp, align 4, !dbg !756
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 4, !dbg !757
  %8 = load i32, ptr %vm_brk, align 4, !dbg !757
  %9 = load ptr, ptr %m.addr, align 4, !dbg !758
  %m_u3 = getelementptr inbounds %struct.message, ptr %9, i32 0, i32 2, !dbg !759
  %brk = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u3, i32 0, i32 2, !dbg !760
  store i32 %8, ptr %brk, align 4, !dbg !761
  store i32 0, ptr %retval, align 4, !dbg !762
  br label %return, !dbg !762

return:                                           ; preds = %if.end, %if.then
  %10 = load i32, ptr %retval, align 4, !dbg !763
  ret i32 %10, !dbg !763
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !764 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !940, !DIExpression(), !941)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !942
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !944
  %1 = load i32, ptr %m_source, align 4, !dbg !944
  %cmp = icmp ne i32 %1, 0, !dbg !945
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !946

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !947
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !948
  %3 = load i32, ptr %m_source1, align 4, !dbg !948
  %cmp2 = icmp ne i32 %3, 4, !dbg !949
  br i1 %cmp2, label %if.then, label %if.end, !dbg !950

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !951
  br label %return, !dbg !951

if.end:                                           ; preds = %land.lhs.true, %entry
  store i32 1, ptr @vm_shutting_down, align 4, !dbg !952
  store i32 0, ptr %retval, align 4, !dbg !953
  br label %return, !dbg !953

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !954
  ret i32 %4, !dbg !954
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !955 {
entry:
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !956, !DIExpression(), !957)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !958
  %1 = load i32, ptr @free_page_count, align 4, !dbg !959
  ret i32 %1, !dbg !960
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork(ptr noundef %m) #0 !dbg !961 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %parent = alloca ptr, align 4
  %child = alloca ptr, align 4
  %child_endpt = alloca i32, align 4
  %child_slot = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1137, !DIExpression(), !1138)
    #dbg_declare(ptr %parent, !1139, !DIExpression(), !1148)
    #dbg_declare(ptr %child, !1149, !DIExpression(), !1150)
    #dbg_declare(ptr %child_endpt, !1151, !DIExpression(), !1152)
    #dbg_declare(ptr %child_slot, !1153, !DIExpression(), !1154)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1155
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !1156
  %slot = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 1, !dbg !1157
  %1 = load i32, ptr %slot, align 4, !dbg !1157
  store i32 %1, ptr %child_slot, align 4, !dbg !1154
    #dbg_declare(ptr %r, !1158, !DIExpression(), !1159)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1160
  %m_source = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1162
  %3 = load i32, ptr %m_source, align 4, !dbg !1162
  %cmp = icmp ne i32 %3, 0, !dbg !1163
  br i1 %cmp, label %if.then, label %if.end, !dbg !1164

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1165
  br label %return, !dbg !1165

if.end:                                           ; preds = %entry
  %4 = load i32, ptr %child_slot, align 4, !dbg !1166
  %cmp1 = icmp slt i32 %4, 0, !dbg !1168
  br i1 %cmp1, label %if.then3, label %lor.lhs.false, !dbg !1169

lor.lhs.false:                                    ; preds = %if.end
  %5 = load i32, ptr %child_slot, align 4, !dbg !1170
  %cmp2 = icmp sge i32 %5, 32, !dbg !1171
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1172

if.then3:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -22, ptr %retval, align 4, !dbg !1173
  br label %return, !dbg !1173

if.end4:                                          ; preds = %lor.lhs.false
  %6 = load ptr, ptr %m.addr, align 4, !dbg !1174
  %m_u5 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !1174
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u5, i32 0, i32 0, !dbg !1174
  %7 = load i32, ptr %endpt, align 4, !dbg !1174
  %and = and i32 %7, 31, !dbg !1174
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1175
  store ptr %arrayidx, ptr %parent, align 4, !dbg !1176
  %8 = load i32, ptr %child_slot, align 4, !dbg !1177
  %arrayidx6 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %8, !dbg !1178
  store ptr %arrayidx6, ptr %child, align 4, !dbg !1179
  %9 = load ptr, ptr %parent, align 4, !dbg !1180
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %9, i32 0, i32 1, !dbg !1182
  %10 = load i32, ptr %vm_flags, align 4, !dbg !1182
  %and7 = and i32 %10, 1, !dbg !1183
  %tobool = icmp ne i32 %and7, 0, !dbg !1183
  br i1 %tobool, label %lor.lhs.false8, label %if.then12, !dbg !1184

lor.lhs.false8:                                   ; preds = %if.end4
  %11 = load ptr, ptr %child, align 4, !dbg !1185
  %vm_flags9 = getelementptr inbounds %struct.vmproc, ptr %11, i32 0, i32 1, !dbg !1186
  %12 = load i32, ptr %vm_flags9, align 4, !dbg !1186
  %and10 = and i32 %12, 1, !dbg !1187
  %tobool11 = icmp ne i32 %and10, 0, !dbg !1187
  br i1 %tobool11, label %if.then12, label %if.end13, !dbg !1188

if.then12:                                        ; preds = %lor.lhs.false8, %if.end4
  store i32 -22, ptr %retval, align 4, !dbg !1189
  br label %return, !dbg !1189

if.end13:                                         ; preds = %lor.lhs.false8
  %13 = load ptr, ptr %parent, align 4, !dbg !1190
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %13, i32 0, i32 2, !dbg !1192
  %14 = load i32, ptr %vm_npages, align 4, !dbg !1192
  %15 = load i32, ptr @free_page_count, align 4, !dbg !1193
  %cmp14 = icmp sgt i32 %14, %15, !dbg !1194
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !1195

if.then15:                                        ; preds = %if.end13
  store i32 -12, ptr %retval, align 4, !dbg !1196
  br label %return, !dbg !1196

if.end16:                                         ; preds = %if.end13
  %16 = load ptr, ptr %parent, align 4, !dbg !1197
  %vm_endpoint = getelementptr inbounds %struct.vmproc, ptr %16, i32 0, i32 0, !dbg !1199
  %17 = load i32, ptr %vm_endpoint, align 4, !dbg !1199
  %18 = load i32, ptr %child_slot, align 4, !dbg !1200
  %call = call i32 @sys_fork(i32 noundef %17, i32 noundef %18, ptr noundef %child_endpt) #3, !dbg !1201
  store i32 %call, ptr %r, align 4, !dbg !1202
  %cmp17 = icmp ne i32 %call, 0, !dbg !1203
  br i1 %cmp17, label %if.then18, label %if.end19, !dbg !1204

if.then18:                                        ; preds = %if.end16
  %19 = load i32, ptr %r, align 4, !dbg !1205
  store i32 %19, ptr %retval, align 4, !dbg !1206
  br label %return, !dbg !1206

if.end19:                                         ; preds = %if.end16
  %20 = load i32, ptr %child_endpt, align 4, !dbg !1207
  %21 = load ptr, ptr %child, align 4, !dbg !1208
  %vm_endpoint20 = getelementptr inbounds %struct.vmproc, ptr %21, i32 0, i32 0, !dbg !1209
  store i32 %20, ptr %vm_endpoint20, align 4, !dbg !1210
  %22 = load ptr, ptr %child, align 4, !dbg !1211
  %vm_flags21 = getelementptr inbounds %struct.vmproc, ptr %22, i32 0, i32 1, !dbg !1212
  store i32 1, ptr %vm_flags21, align 4, !dbg !1213
  %23 = load ptr, ptr %parent, align 4, !dbg !1214
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %23, i32 0, i32 4, !dbg !1215
  %24 = load i32, ptr %vm_brk, align 4, !dbg !1215
  %25 = load ptr, ptr %child, align 4, !dbg !1216
  %vm_brk22 = getelementptr inbounds %struct.vmproc, ptr %25, i32 0, i32 4, !dbg !1217
  store i32 %24, ptr %vm_brk22, align 4, !dbg !1218
  %26 = load ptr, ptr %child, align 4, !dbg !1219
  %vm_npages23 = getelementptr inbounds %struct.vmproc, ptr %26, i32 0, i32 2, !dbg !1220
  store i32 0, ptr %vm_npages23, align 4, !dbg !1221
  %27 = load ptr, ptr %child, align 4, !dbg !1222
  %28 = load ptr, ptr %parent, align 4, !dbg !1224
  %vm_npages24 = getelementptr inbounds %struct.vmproc, ptr %28, i32 0, i32 2, !dbg !1225
  %29 = load i32, ptr %vm_npages24, align 4, !dbg !1225
  %call25 = call i32 @grow_proc(ptr noundef %27, i32 noundef %29) #3, !dbg !1226
  store i32 %call25, ptr %r, align 4, !dbg !1227
  %cmp26 = icmp ne i32 %call25, 0, !dbg !1228
  br i1 %cmp26, label %if.then27, label %if.end28, !dbg !1229

if.then27:                                        ; preds = %if.end19
  %30 = load i32, ptr %r, align 4, !dbg !1230
  store i32 %30, ptr %retval, align 4, !dbg !1231
  br label %return, !dbg !1231

if.end28:                                         ; preds = %if.end19
  %31 = load i32, ptr %child_endpt, align 4, !dbg !1232
  %32 = load ptr, ptr %m.addr, align 4, !dbg !1233
  %m_u29 = getelementptr inbounds %struct.message, ptr %32, i32 0, i32 2, !dbg !1234
  %child_endpt30 = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u29, i32 0, i32 2, !dbg !1235
  store i32 %31, ptr %child_endpt30, align 4, !dbg !1236
  store i32 0, ptr %retval, align 4, !dbg !1237
  br label %return, !dbg !1237

return:                                           ; preds = %if.end28, %if.then27, %if.then18, %if.then15, %if.then12, %if.then3, %if.then
  %33 = load i32, ptr %retval, align 4, !dbg !1238
  ret i32 %33, !dbg !1238
}

declare dso_local i32 @sys_fork(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit(ptr noundef %m) #0 !dbg !1239 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1240, !DIExpression(), !1241)
    #dbg_declare(ptr %vmp, !1242, !DIExpression(), !1243)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1244
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1246
  %1 = load i32, ptr %m_source, align 4, !dbg !1246
  %cmp = icmp ne i32 %1, 0, !dbg !1247
  br i1 %cmp, label %if.then, label %if.end, !dbg !1248

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1249
  br label %return, !dbg !1249

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1250
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1250
  %endpt = getelementptr inbounds %struct.mess_lc_vm_brk, ptr %m_u, i32 0, i32 0, !dbg !1250
  %3 = load i32, ptr %endpt, align 4, !dbg !1250
  %and = and i32 %3, 31, !dbg !1250
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1251
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !1252
  %4 = load ptr, ptr %vmp, align 4, !dbg !1253
  call void @free_proc_pages(ptr noundef %4) #3, !dbg !1254
  %5 = load ptr, ptr %vmp, align 4, !dbg !1255
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %5, i32 0, i32 1, !dbg !1256
  store i32 0, ptr %vm_flags, align 4, !dbg !1257
  store i32 0, ptr %retval, align 4, !dbg !1258
  br label %return, !dbg !1258

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1259
  ret i32 %6, !dbg !1259
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec_newmem(ptr noundef %m) #0 !dbg !1260 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %bytes = alloca i32, align 4
  %npages = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1261, !DIExpression(), !1262)
    #dbg_declare(ptr %vmp, !1263, !DIExpression(), !1264)
    #dbg_declare(ptr %bytes, !1265, !DIExpression(), !1266)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1267
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !1268
  %text_bytes = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 1, !dbg !1269
  %1 = load i32, ptr %text_bytes, align 4, !dbg !1269
  store i32 %1, ptr %bytes, align 4, !dbg !1266
    #dbg_declare(ptr %npages, !1270, !DIExpression(), !1271)
  %2 = load i32, ptr %bytes, align 4, !dbg !1272
  %add = add i32 %2, 4096, !dbg !1273
  %sub = sub i32 %add, 1, !dbg !1274
  %div = udiv i32 %sub, 4096, !dbg !1275
  %add1 = add i32 %div, 2, !dbg !1276
  store i32 %add1, ptr %npages, align 4, !dbg !1271
    #dbg_declare(ptr %r, !1277, !DIExpression(), !1278)
  %3 = load ptr, ptr %m.addr, align 4, !dbg !1279
  %m_source = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 0, !dbg !1281
  %4 = load i32, ptr %m_source, align 4, !dbg !1281
  %cmp = icmp ne i32 %4, 1, !dbg !1282
  br i1 %cmp, label %if.then, label %if.end, !dbg !1283

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1284
  br label %return, !dbg !1284

if.end:                                           ; preds = %entry
  %5 = load ptr, ptr %m.addr, align 4, !dbg !1285
  %m_u2 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !1285
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u2, i32 0, i32 0, !dbg !1285
  %6 = load i32, ptr %endpt, align 4, !dbg !1285
  %and = and i32 %6, 31, !dbg !1285
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1286
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !1287
  %7 = load ptr, ptr %vmp, align 4, !dbg !1288
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 1, !dbg !1290
  %8 = load i32, ptr %vm_flags, align 4, !dbg !1290
  %and3 = and i32 %8, 1, !dbg !1291
  %tobool = icmp ne i32 %and3, 0, !dbg !1291
  br i1 %tobool, label %if.end5, label %if.then4, !dbg !1292

if.then4:                                         ; preds = %if.end
  store i32 -22, ptr %retval, align 4, !dbg !1293
  br label %return, !dbg !1293

if.end5:                                          ; preds = %if.end
  %9 = load ptr, ptr %vmp, align 4, !dbg !1294
  call void @free_proc_pages(ptr noundef %9) #3, !dbg !1295
  %10 = load ptr, ptr %vmp, align 4, !dbg !1296
  %11 = load i32, ptr %npages, align 4, !dbg !1298
  %call = call i32 @grow_proc(ptr noundef %10, i32 noundef %11) #3, !dbg !1299
  store i32 %call, ptr %r, align 4, !dbg !1300
  %cmp6 = icmp ne i32 %call, 0, !dbg !1301
  br i1 %cmp6, label %if.then7, label %if.end8, !dbg !1302

if.then7:                                         ; preds = %if.end5
  %12 = load i32, ptr %r, align 4, !dbg !1303
  store i32 %12, ptr %retval, align 4, !dbg !1304
  br label %return, !dbg !1304

if.end8:                                          ; preds = %if.end5
  %13 = load i32, ptr %npages, align 4, !dbg !1305
  %sub9 = sub nsw i32 %13, 2, !dbg !1306
  %mul = mul nsw i32 %sub9, 4096, !dbg !1307
  %add10 = add nsw i32 134217728, %mul, !dbg !1308
  %14 = load ptr, ptr %vmp, align 4, !dbg !1309
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %14, i32 0, i32 4, !dbg !1310
  store i32 %add10, ptr %vm_brk, align 4, !dbg !1311
  %15 = load ptr, ptr %m.addr, align 4, !dbg !1312
  %m_u11 = getelementptr inbounds %struct.message, ptr %15, i32 0, i32 2, !dbg !1313
  %base = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u11, i32 0, i32 2, !dbg !1314
  store i32 134217728, ptr %base, align 4, !dbg !1315
  store i32 0, ptr %retval, align 4, !dbg !1316
  br label %return, !dbg !1316

return:                                           ; preds = %if.end8, %if.then7, %if.then4, %if.then
  %16 = load i32, ptr %retval, align 4, !dbg !1317
  ret i32 %16, !dbg !1317
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!40, !9, !42, !44, !46}
!llvm.ident = !{!48, !48, !48, !48, !48}
!llvm.module.flags = !{!49, !50, !51, !52, !53}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/vm/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "dc64fc3379b60a09379834a85c3739ae")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "next_free", scope: !9, file: !2, line: 6, type: !37, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !10, splitDebugInlining: false, nameTableKind: None)
!10 = !{!0, !11, !7, !31, !33, !35}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "vmproc", scope: !9, file: !2, line: 5, type: !13, isLocal: false, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 36864, elements: !25)
!14 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !15, line: 23, size: 1152, elements: !16)
!15 = !DIFile(filename: "servers/vm/vm.h", directory: ".", checksumkind: CSK_MD5, checksum: "3336b4d5316512b2b17a151876bca3e2")
!16 = !{!17, !21, !22, !23, !27}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !14, file: !15, line: 24, baseType: !18, size: 32)
!18 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !19, line: 25, baseType: !20)
!19 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !14, file: !15, line: 25, baseType: !20, size: 32, offset: 32)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !14, file: !15, line: 26, baseType: !20, size: 32, offset: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !14, file: !15, line: 27, baseType: !24, size: 1024, offset: 96)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 1024, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 32)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !14, file: !15, line: 28, baseType: !28, size: 32, offset: 1120)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !19, line: 30, baseType: !29)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !19, line: 22, baseType: !30)
!30 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!31 = !DIGlobalVariableExpression(var: !32, expr: !DIExpression())
!32 = distinct !DIGlobalVariable(name: "free_list_head", scope: !9, file: !2, line: 7, type: !20, isLocal: false, isDefinition: true)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "free_page_count", scope: !9, file: !2, line: 8, type: !20, isLocal: false, isDefinition: true)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(name: "vm_shutting_down", scope: !9, file: !2, line: 9, type: !20, isLocal: false, isDefinition: true)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 8192, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 256)
!40 = distinct !DICompileUnit(language: DW_LANG_C11, file: !41, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!41 = !DIFile(filename: "servers/vm/alloc.c", directory: ".", checksumkind: CSK_MD5, checksum: "0dc37cdda6129be5571e75fb919d1acf")
!42 = distinct !DICompileUnit(language: DW_LANG_C11, file: !43, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!43 = !DIFile(filename: "servers/vm/mem.c", directory: ".", checksumkind: CSK_MD5, checksum: "73b99919179b08fa7a3d3c383789ccdc")
!44 = distinct !DICompileUnit(language: DW_LANG_C11, file: !45, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!45 = !DIFile(filename: "servers/vm/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "7b3ba4ab1083137b927eb401904f852c")
!46 = distinct !DICompileUnit(language: DW_LANG_C11, file: !47, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!47 = !DIFile(filename: "servers/vm/proc.c", directory: ".", checksumkind: CSK_MD5, checksum: "2eb142ba3c558d75830dfd96fbf2c21c")
!48 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!49 = !{i32 1, !"NumRegisterParameters", i32 0}
!50 = !{i32 7, !"Dwarf Version", i32 5}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = !{i32 1, !"wchar_size", i32 4}
!53 = !{i32 7, !"frame-pointer", i32 2}
!54 = distinct !DISubprogram(name: "alloc_page", scope: !41, file: !41, line: 4, type: !55, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !40, retainedNodes: !57)
!55 = !DISubroutineType(types: !56)
!56 = !{!20}
!57 = !{}
!58 = !DILocalVariable(name: "page", scope: !54, file: !41, line: 6, type: !20)
!59 = !DILocation(line: 6, column: 6, scope: !54)
!60 = !DILocation(line: 6, column: 13, scope: !54)
!61 = !DILocation(line: 8, column: 6, scope: !62)
!62 = distinct !DILexicalBlock(scope: !54, file: !41, line: 8, column: 6)
!63 = !DILocation(line: 8, column: 11, scope: !62)
!64 = !DILocation(line: 8, column: 6, scope: !54)
!65 = !DILocation(line: 9, column: 3, scope: !62)
!66 = !DILocation(line: 10, column: 29, scope: !54)
!67 = !DILocation(line: 10, column: 19, scope: !54)
!68 = !DILocation(line: 10, column: 17, scope: !54)
!69 = !DILocation(line: 11, column: 12, scope: !54)
!70 = !DILocation(line: 11, column: 2, scope: !54)
!71 = !DILocation(line: 11, column: 18, scope: !54)
!72 = !DILocation(line: 12, column: 17, scope: !54)
!73 = !DILocation(line: 13, column: 9, scope: !54)
!74 = !DILocation(line: 13, column: 2, scope: !54)
!75 = !DILocation(line: 14, column: 1, scope: !54)
!76 = distinct !DISubprogram(name: "free_page", scope: !41, file: !41, line: 16, type: !77, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !40, retainedNodes: !57)
!77 = !DISubroutineType(types: !78)
!78 = !{null, !20}
!79 = !DILocalVariable(name: "page", arg: 1, scope: !76, file: !41, line: 16, type: !20)
!80 = !DILocation(line: 16, column: 20, scope: !76)
!81 = !DILocation(line: 18, column: 20, scope: !76)
!82 = !DILocation(line: 18, column: 12, scope: !76)
!83 = !DILocation(line: 18, column: 2, scope: !76)
!84 = !DILocation(line: 18, column: 18, scope: !76)
!85 = !DILocation(line: 19, column: 19, scope: !76)
!86 = !DILocation(line: 19, column: 17, scope: !76)
!87 = !DILocation(line: 20, column: 17, scope: !76)
!88 = !DILocation(line: 21, column: 1, scope: !76)
!89 = distinct !DISubprogram(name: "grow_proc", scope: !41, file: !41, line: 24, type: !90, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !40, retainedNodes: !57)
!90 = !DISubroutineType(types: !91)
!91 = !{!20, !92, !20}
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 32)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !15, line: 23, size: 1152, elements: !94)
!94 = !{!95, !96, !97, !98, !99}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !93, file: !15, line: 24, baseType: !18, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !93, file: !15, line: 25, baseType: !20, size: 32, offset: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !93, file: !15, line: 26, baseType: !20, size: 32, offset: 64)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !93, file: !15, line: 27, baseType: !24, size: 1024, offset: 96)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !93, file: !15, line: 28, baseType: !28, size: 32, offset: 1120)
!100 = !DILocalVariable(name: "vmp", arg: 1, scope: !89, file: !41, line: 24, type: !92)
!101 = !DILocation(line: 24, column: 30, scope: !89)
!102 = !DILocalVariable(name: "npages", arg: 2, scope: !89, file: !41, line: 24, type: !20)
!103 = !DILocation(line: 24, column: 39, scope: !89)
!104 = !DILocalVariable(name: "i", scope: !89, file: !41, line: 26, type: !20)
!105 = !DILocation(line: 26, column: 6, scope: !89)
!106 = !DILocation(line: 28, column: 6, scope: !107)
!107 = distinct !DILexicalBlock(scope: !89, file: !41, line: 28, column: 6)
!108 = !DILocation(line: 28, column: 32, scope: !107)
!109 = !DILocation(line: 28, column: 37, scope: !107)
!110 = !DILocation(line: 28, column: 30, scope: !107)
!111 = !DILocation(line: 28, column: 13, scope: !107)
!112 = !DILocation(line: 28, column: 47, scope: !107)
!113 = !DILocation(line: 28, column: 50, scope: !107)
!114 = !DILocation(line: 28, column: 59, scope: !107)
!115 = !DILocation(line: 28, column: 57, scope: !107)
!116 = !DILocation(line: 28, column: 6, scope: !89)
!117 = !DILocation(line: 29, column: 3, scope: !107)
!118 = !DILocation(line: 30, column: 9, scope: !119)
!119 = distinct !DILexicalBlock(scope: !89, file: !41, line: 30, column: 2)
!120 = !DILocation(line: 30, column: 7, scope: !119)
!121 = !DILocation(line: 30, column: 14, scope: !122)
!122 = distinct !DILexicalBlock(scope: !119, file: !41, line: 30, column: 2)
!123 = !DILocation(line: 30, column: 18, scope: !122)
!124 = !DILocation(line: 30, column: 16, scope: !122)
!125 = !DILocation(line: 30, column: 2, scope: !119)
!126 = !DILocation(line: 31, column: 37, scope: !122)
!127 = !DILocation(line: 31, column: 3, scope: !122)
!128 = !DILocation(line: 31, column: 8, scope: !122)
!129 = !DILocation(line: 31, column: 17, scope: !122)
!130 = !DILocation(line: 31, column: 22, scope: !122)
!131 = !DILocation(line: 31, column: 31, scope: !122)
!132 = !DILocation(line: 31, column: 35, scope: !122)
!133 = !DILocation(line: 30, column: 27, scope: !122)
!134 = !DILocation(line: 30, column: 2, scope: !122)
!135 = distinct !{!135, !125, !136, !137}
!136 = !DILocation(line: 31, column: 48, scope: !119)
!137 = !{!"llvm.loop.mustprogress"}
!138 = !DILocation(line: 32, column: 2, scope: !89)
!139 = !DILocation(line: 33, column: 1, scope: !89)
!140 = distinct !DISubprogram(name: "free_proc_pages", scope: !41, file: !41, line: 35, type: !141, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !40, retainedNodes: !57)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !92}
!143 = !DILocalVariable(name: "vmp", arg: 1, scope: !140, file: !41, line: 35, type: !92)
!144 = !DILocation(line: 35, column: 37, scope: !140)
!145 = !DILocation(line: 37, column: 2, scope: !140)
!146 = !DILocation(line: 37, column: 9, scope: !140)
!147 = !DILocation(line: 37, column: 14, scope: !140)
!148 = !DILocation(line: 37, column: 24, scope: !140)
!149 = !DILocation(line: 38, column: 13, scope: !140)
!150 = !DILocation(line: 38, column: 18, scope: !140)
!151 = !DILocation(line: 38, column: 29, scope: !140)
!152 = !DILocation(line: 38, column: 34, scope: !140)
!153 = !DILocation(line: 38, column: 27, scope: !140)
!154 = !DILocation(line: 38, column: 3, scope: !140)
!155 = distinct !{!155, !145, !156, !137}
!156 = !DILocation(line: 38, column: 44, scope: !140)
!157 = !DILocation(line: 39, column: 1, scope: !140)
!158 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !55, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !57)
!159 = !DILocalVariable(name: "m", scope: !158, file: !2, line: 30, type: !160)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !161, line: 97, baseType: !162)
!161 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!162 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 65, size: 512, elements: !163)
!163 = !{!164, !165, !166}
!164 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !162, file: !161, line: 66, baseType: !18, size: 32)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !162, file: !161, line: 67, baseType: !20, size: 32, offset: 32)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !162, file: !161, line: 96, baseType: !167, size: 448, offset: 64)
!167 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !162, file: !161, line: 68, size: 448, elements: !168)
!168 = !{!169, !174, !181, !188, !194, !199, !205, !213, !220, !231, !236, !243, !252, !257, !264, !269, !276, !283, !288, !294, !304, !311, !316, !323, !329, !338, !343}
!169 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !167, file: !161, line: 69, baseType: !170, size: 32)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !161, line: 15, baseType: !171)
!171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 15, size: 32, elements: !172)
!172 = !{!173}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !171, file: !161, line: 15, baseType: !20, size: 32)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !167, file: !161, line: 70, baseType: !175, size: 64)
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !161, line: 16, baseType: !176)
!176 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 16, size: 64, elements: !177)
!177 = !{!178, !179}
!178 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !176, file: !161, line: 16, baseType: !28, size: 32)
!179 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !176, file: !161, line: 16, baseType: !180, size: 32, offset: 32)
!180 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !19, line: 23, baseType: !30)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !167, file: !161, line: 71, baseType: !182, size: 64)
!182 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !161, line: 17, baseType: !183)
!183 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 17, size: 64, elements: !184)
!184 = !{!185, !187}
!185 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !183, file: !161, line: 17, baseType: !186, size: 32)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !19, line: 26, baseType: !20)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !183, file: !161, line: 17, baseType: !20, size: 32, offset: 32)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !167, file: !161, line: 72, baseType: !189, size: 32)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !161, line: 18, baseType: !190)
!190 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 18, size: 32, elements: !191)
!191 = !{!192}
!192 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !190, file: !161, line: 18, baseType: !193, size: 32)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !19, line: 27, baseType: !20)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !167, file: !161, line: 73, baseType: !195, size: 32)
!195 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !161, line: 19, baseType: !196)
!196 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 19, size: 32, elements: !197)
!197 = !{!198}
!198 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !196, file: !161, line: 19, baseType: !20, size: 32)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !167, file: !161, line: 74, baseType: !200, size: 64)
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !161, line: 20, baseType: !201)
!201 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 20, size: 64, elements: !202)
!202 = !{!203, !204}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !201, file: !161, line: 20, baseType: !20, size: 32)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !201, file: !161, line: 20, baseType: !28, size: 32, offset: 32)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !167, file: !161, line: 75, baseType: !206, size: 128)
!206 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !161, line: 28, baseType: !207)
!207 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 23, size: 128, elements: !208)
!208 = !{!209, !210, !211, !212}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !207, file: !161, line: 24, baseType: !18, size: 32)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !207, file: !161, line: 25, baseType: !18, size: 32, offset: 32)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !207, file: !161, line: 26, baseType: !186, size: 32, offset: 64)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !207, file: !161, line: 27, baseType: !193, size: 32, offset: 96)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !167, file: !161, line: 76, baseType: !214, size: 96)
!214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !161, line: 29, baseType: !215)
!215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 29, size: 96, elements: !216)
!216 = !{!217, !218, !219}
!217 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !215, file: !161, line: 29, baseType: !18, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !215, file: !161, line: 29, baseType: !28, size: 32, offset: 32)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !215, file: !161, line: 29, baseType: !180, size: 32, offset: 64)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !167, file: !161, line: 77, baseType: !221, size: 128)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !161, line: 32, baseType: !222)
!222 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 32, size: 128, elements: !223)
!223 = !{!224, !225, !226, !227}
!224 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !222, file: !161, line: 32, baseType: !28, size: 32)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !222, file: !161, line: 32, baseType: !180, size: 32, offset: 32)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !222, file: !161, line: 32, baseType: !20, size: 32, offset: 64)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !222, file: !161, line: 32, baseType: !228, size: 16, offset: 96)
!228 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !19, line: 28, baseType: !229)
!229 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !19, line: 20, baseType: !230)
!230 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !167, file: !161, line: 78, baseType: !232, size: 32)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !161, line: 33, baseType: !233)
!233 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 33, size: 32, elements: !234)
!234 = !{!235}
!235 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !233, file: !161, line: 33, baseType: !20, size: 32)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !167, file: !161, line: 79, baseType: !237, size: 96)
!237 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !161, line: 34, baseType: !238)
!238 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 34, size: 96, elements: !239)
!239 = !{!240, !241, !242}
!240 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !238, file: !161, line: 34, baseType: !20, size: 32)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !238, file: !161, line: 34, baseType: !28, size: 32, offset: 32)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !238, file: !161, line: 34, baseType: !180, size: 32, offset: 64)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !167, file: !161, line: 80, baseType: !244, size: 96)
!244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !161, line: 35, baseType: !245)
!245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 35, size: 96, elements: !246)
!246 = !{!247, !248, !251}
!247 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !245, file: !161, line: 35, baseType: !20, size: 32)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !245, file: !161, line: 35, baseType: !249, size: 32, offset: 32)
!249 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !19, line: 29, baseType: !250)
!250 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !19, line: 21, baseType: !20)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !245, file: !161, line: 35, baseType: !20, size: 32, offset: 64)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !167, file: !161, line: 81, baseType: !253, size: 16)
!253 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !161, line: 36, baseType: !254)
!254 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 36, size: 16, elements: !255)
!255 = !{!256}
!256 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !254, file: !161, line: 36, baseType: !228, size: 16)
!257 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !167, file: !161, line: 82, baseType: !258, size: 96)
!258 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !161, line: 39, baseType: !259)
!259 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 39, size: 96, elements: !260)
!260 = !{!261, !262, !263}
!261 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !259, file: !161, line: 39, baseType: !18, size: 32)
!262 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !259, file: !161, line: 39, baseType: !20, size: 32, offset: 32)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !259, file: !161, line: 39, baseType: !18, size: 32, offset: 64)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !167, file: !161, line: 83, baseType: !265, size: 32)
!265 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !161, line: 40, baseType: !266)
!266 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 40, size: 32, elements: !267)
!267 = !{!268}
!268 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !266, file: !161, line: 40, baseType: !18, size: 32)
!269 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !167, file: !161, line: 84, baseType: !270, size: 96)
!270 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !161, line: 41, baseType: !271)
!271 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 41, size: 96, elements: !272)
!272 = !{!273, !274, !275}
!273 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !271, file: !161, line: 41, baseType: !18, size: 32)
!274 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !271, file: !161, line: 41, baseType: !180, size: 32, offset: 32)
!275 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !271, file: !161, line: 41, baseType: !28, size: 32, offset: 64)
!276 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !167, file: !161, line: 85, baseType: !277, size: 96)
!277 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !161, line: 42, baseType: !278)
!278 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 42, size: 96, elements: !279)
!279 = !{!280, !281, !282}
!280 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !278, file: !161, line: 42, baseType: !18, size: 32)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !278, file: !161, line: 42, baseType: !180, size: 32, offset: 32)
!282 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !278, file: !161, line: 42, baseType: !28, size: 32, offset: 64)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !167, file: !161, line: 86, baseType: !284, size: 32)
!284 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !161, line: 45, baseType: !285)
!285 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 45, size: 32, elements: !286)
!286 = !{!287}
!287 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !285, file: !161, line: 45, baseType: !28, size: 32)
!288 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !167, file: !161, line: 87, baseType: !289, size: 64)
!289 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !161, line: 46, baseType: !290)
!290 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 46, size: 64, elements: !291)
!291 = !{!292, !293}
!292 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !290, file: !161, line: 46, baseType: !180, size: 32)
!293 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !290, file: !161, line: 46, baseType: !28, size: 32, offset: 32)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !167, file: !161, line: 88, baseType: !295, size: 192)
!295 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !161, line: 49, baseType: !296)
!296 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 49, size: 192, elements: !297)
!297 = !{!298, !302, !303}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !296, file: !161, line: 49, baseType: !299, size: 128)
!299 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !300)
!300 = !{!301}
!301 = !DISubrange(count: 16)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !296, file: !161, line: 49, baseType: !18, size: 32, offset: 128)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !296, file: !161, line: 49, baseType: !20, size: 32, offset: 160)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !167, file: !161, line: 89, baseType: !305, size: 192)
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !161, line: 50, baseType: !306)
!306 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 50, size: 192, elements: !307)
!307 = !{!308, !309, !310}
!308 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !306, file: !161, line: 50, baseType: !299, size: 128)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !306, file: !161, line: 50, baseType: !18, size: 32, offset: 128)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !306, file: !161, line: 50, baseType: !20, size: 32, offset: 160)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !167, file: !161, line: 90, baseType: !312, size: 32)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !161, line: 53, baseType: !313)
!313 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 53, size: 32, elements: !314)
!314 = !{!315}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !313, file: !161, line: 53, baseType: !20, size: 32)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !167, file: !161, line: 91, baseType: !317, size: 96)
!317 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !161, line: 56, baseType: !318)
!318 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 56, size: 96, elements: !319)
!319 = !{!320, !321, !322}
!320 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !318, file: !161, line: 56, baseType: !18, size: 32)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !318, file: !161, line: 56, baseType: !20, size: 32, offset: 32)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !318, file: !161, line: 56, baseType: !18, size: 32, offset: 64)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !167, file: !161, line: 92, baseType: !324, size: 64)
!324 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !161, line: 57, baseType: !325)
!325 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 57, size: 64, elements: !326)
!326 = !{!327, !328}
!327 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !325, file: !161, line: 57, baseType: !18, size: 32)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !325, file: !161, line: 57, baseType: !20, size: 32, offset: 32)
!329 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !167, file: !161, line: 93, baseType: !330, size: 160)
!330 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !161, line: 62, baseType: !331)
!331 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 58, size: 160, elements: !332)
!332 = !{!333, !334, !335, !336, !337}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !331, file: !161, line: 59, baseType: !18, size: 32)
!334 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !331, file: !161, line: 59, baseType: !28, size: 32, offset: 32)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !331, file: !161, line: 60, baseType: !18, size: 32, offset: 64)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !331, file: !161, line: 60, baseType: !28, size: 32, offset: 96)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !331, file: !161, line: 61, baseType: !180, size: 32, offset: 128)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !167, file: !161, line: 94, baseType: !339, size: 32)
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !161, line: 63, baseType: !340)
!340 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 63, size: 32, elements: !341)
!341 = !{!342}
!342 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !340, file: !161, line: 63, baseType: !20, size: 32)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !167, file: !161, line: 95, baseType: !344, size: 448)
!344 = !DICompositeType(tag: DW_TAG_array_type, baseType: !345, size: 448, elements: !347)
!345 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !19, line: 18, baseType: !346)
!346 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!347 = !{!348}
!348 = !DISubrange(count: 56)
!349 = !DILocation(line: 30, column: 10, scope: !158)
!350 = !DILocalVariable(name: "ipc_status", scope: !158, file: !2, line: 31, type: !20)
!351 = !DILocation(line: 31, column: 6, scope: !158)
!352 = !DILocalVariable(name: "r", scope: !158, file: !2, line: 31, type: !20)
!353 = !DILocation(line: 31, column: 18, scope: !158)
!354 = !DILocation(line: 33, column: 2, scope: !158)
!355 = !DILocation(line: 34, column: 2, scope: !158)
!356 = !DILocation(line: 35, column: 7, scope: !357)
!357 = distinct !DILexicalBlock(scope: !358, file: !2, line: 35, column: 7)
!358 = distinct !DILexicalBlock(scope: !359, file: !2, line: 34, column: 11)
!359 = distinct !DILexicalBlock(scope: !360, file: !2, line: 34, column: 2)
!360 = distinct !DILexicalBlock(scope: !158, file: !2, line: 34, column: 2)
!361 = !DILocation(line: 35, column: 48, scope: !357)
!362 = !DILocation(line: 35, column: 7, scope: !358)
!363 = !DILocation(line: 36, column: 4, scope: !357)
!364 = !DILocation(line: 38, column: 13, scope: !358)
!365 = !DILocation(line: 38, column: 3, scope: !358)
!366 = !DILocation(line: 39, column: 22, scope: !367)
!367 = distinct !DILexicalBlock(scope: !358, file: !2, line: 38, column: 21)
!368 = !DILocation(line: 39, column: 20, scope: !367)
!369 = !DILocation(line: 39, column: 35, scope: !367)
!370 = !DILocation(line: 40, column: 22, scope: !367)
!371 = !DILocation(line: 40, column: 20, scope: !367)
!372 = !DILocation(line: 40, column: 35, scope: !367)
!373 = !DILocation(line: 41, column: 28, scope: !367)
!374 = !DILocation(line: 41, column: 26, scope: !367)
!375 = !DILocation(line: 41, column: 48, scope: !367)
!376 = !DILocation(line: 42, column: 21, scope: !367)
!377 = !DILocation(line: 42, column: 19, scope: !367)
!378 = !DILocation(line: 42, column: 33, scope: !367)
!379 = !DILocation(line: 43, column: 22, scope: !367)
!380 = !DILocation(line: 43, column: 20, scope: !367)
!381 = !DILocation(line: 43, column: 35, scope: !367)
!382 = !DILocation(line: 44, column: 26, scope: !367)
!383 = !DILocation(line: 44, column: 24, scope: !367)
!384 = !DILocation(line: 44, column: 44, scope: !367)
!385 = !DILocation(line: 45, column: 29, scope: !367)
!386 = !DILocation(line: 45, column: 27, scope: !367)
!387 = !DILocation(line: 45, column: 46, scope: !367)
!388 = !DILocation(line: 46, column: 30, scope: !367)
!389 = !DILocation(line: 46, column: 28, scope: !367)
!390 = !DILocation(line: 46, column: 48, scope: !367)
!391 = !DILocation(line: 47, column: 15, scope: !367)
!392 = !DILocation(line: 47, column: 25, scope: !367)
!393 = !DILocation(line: 50, column: 7, scope: !394)
!394 = distinct !DILexicalBlock(scope: !358, file: !2, line: 50, column: 7)
!395 = !DILocation(line: 50, column: 9, scope: !394)
!396 = !DILocation(line: 50, column: 7, scope: !358)
!397 = !DILocation(line: 51, column: 15, scope: !398)
!398 = distinct !DILexicalBlock(scope: !394, file: !2, line: 50, column: 24)
!399 = !DILocation(line: 51, column: 6, scope: !398)
!400 = !DILocation(line: 51, column: 13, scope: !398)
!401 = !DILocation(line: 52, column: 15, scope: !398)
!402 = !DILocation(line: 52, column: 4, scope: !398)
!403 = !DILocation(line: 53, column: 3, scope: !398)
!404 = !DILocation(line: 34, column: 2, scope: !359)
!405 = distinct !{!405, !406, !407}
!406 = !DILocation(line: 34, column: 2, scope: !360)
!407 = !DILocation(line: 54, column: 2, scope: !360)
!408 = distinct !DISubprogram(name: "vm_init", scope: !2, file: !2, line: 11, type: !409, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !57)
!409 = !DISubroutineType(types: !410)
!410 = !{null}
!411 = !DILocalVariable(name: "i", scope: !408, file: !2, line: 13, type: !20)
!412 = !DILocation(line: 13, column: 6, scope: !408)
!413 = !DILocalVariable(name: "page", scope: !408, file: !2, line: 13, type: !20)
!414 = !DILocation(line: 13, column: 9, scope: !408)
!415 = !DILocation(line: 15, column: 17, scope: !408)
!416 = !DILocation(line: 16, column: 18, scope: !408)
!417 = !DILocation(line: 17, column: 12, scope: !418)
!418 = distinct !DILexicalBlock(scope: !408, file: !2, line: 17, column: 2)
!419 = !DILocation(line: 17, column: 7, scope: !418)
!420 = !DILocation(line: 17, column: 28, scope: !421)
!421 = distinct !DILexicalBlock(scope: !418, file: !2, line: 17, column: 2)
!422 = !DILocation(line: 17, column: 33, scope: !421)
!423 = !DILocation(line: 17, column: 2, scope: !418)
!424 = !DILocation(line: 18, column: 13, scope: !421)
!425 = !DILocation(line: 18, column: 3, scope: !421)
!426 = !DILocation(line: 17, column: 57, scope: !421)
!427 = !DILocation(line: 17, column: 2, scope: !421)
!428 = distinct !{!428, !423, !429, !137}
!429 = !DILocation(line: 18, column: 17, scope: !418)
!430 = !DILocation(line: 19, column: 9, scope: !431)
!431 = distinct !DILexicalBlock(scope: !408, file: !2, line: 19, column: 2)
!432 = !DILocation(line: 19, column: 7, scope: !431)
!433 = !DILocation(line: 19, column: 14, scope: !434)
!434 = distinct !DILexicalBlock(scope: !431, file: !2, line: 19, column: 2)
!435 = !DILocation(line: 19, column: 16, scope: !434)
!436 = !DILocation(line: 19, column: 2, scope: !431)
!437 = !DILocation(line: 20, column: 27, scope: !438)
!438 = distinct !DILexicalBlock(scope: !434, file: !2, line: 19, column: 38)
!439 = !DILocation(line: 20, column: 10, scope: !438)
!440 = !DILocation(line: 20, column: 3, scope: !438)
!441 = !DILocation(line: 20, column: 13, scope: !438)
!442 = !DILocation(line: 20, column: 25, scope: !438)
!443 = !DILocation(line: 21, column: 10, scope: !438)
!444 = !DILocation(line: 21, column: 3, scope: !438)
!445 = !DILocation(line: 21, column: 13, scope: !438)
!446 = !DILocation(line: 21, column: 22, scope: !438)
!447 = !DILocation(line: 22, column: 2, scope: !438)
!448 = !DILocation(line: 19, column: 34, scope: !434)
!449 = !DILocation(line: 19, column: 2, scope: !434)
!450 = distinct !{!450, !436, !451, !137}
!451 = !DILocation(line: 22, column: 2, scope: !431)
!452 = !DILocation(line: 23, column: 35, scope: !408)
!453 = !DILocation(line: 24, column: 32, scope: !408)
!454 = !DILocation(line: 25, column: 30, scope: !408)
!455 = !DILocation(line: 26, column: 1, scope: !408)
!456 = distinct !DISubprogram(name: "do_brk", scope: !43, file: !43, line: 4, type: !457, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !42, retainedNodes: !57)
!457 = !DISubroutineType(types: !458)
!458 = !{!20, !459}
!459 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !460, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !161, line: 97, baseType: !461)
!461 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 65, size: 512, elements: !462)
!462 = !{!463, !464, !465}
!463 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !461, file: !161, line: 66, baseType: !18, size: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !461, file: !161, line: 67, baseType: !20, size: 32, offset: 32)
!465 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !461, file: !161, line: 96, baseType: !466, size: 448, offset: 64)
!466 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !461, file: !161, line: 68, size: 448, elements: !467)
!467 = !{!468, !473, !479, !485, !490, !495, !501, !509, !516, !524, !529, !536, !543, !548, !555, !560, !567, !574, !579, !585, !592, !599, !604, !611, !617, !626, !631}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !466, file: !161, line: 69, baseType: !469, size: 32)
!469 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !161, line: 15, baseType: !470)
!470 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 15, size: 32, elements: !471)
!471 = !{!472}
!472 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !470, file: !161, line: 15, baseType: !20, size: 32)
!473 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !466, file: !161, line: 70, baseType: !474, size: 64)
!474 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !161, line: 16, baseType: !475)
!475 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 16, size: 64, elements: !476)
!476 = !{!477, !478}
!477 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !475, file: !161, line: 16, baseType: !28, size: 32)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !475, file: !161, line: 16, baseType: !180, size: 32, offset: 32)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !466, file: !161, line: 71, baseType: !480, size: 64)
!480 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !161, line: 17, baseType: !481)
!481 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 17, size: 64, elements: !482)
!482 = !{!483, !484}
!483 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !481, file: !161, line: 17, baseType: !186, size: 32)
!484 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !481, file: !161, line: 17, baseType: !20, size: 32, offset: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !466, file: !161, line: 72, baseType: !486, size: 32)
!486 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !161, line: 18, baseType: !487)
!487 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 18, size: 32, elements: !488)
!488 = !{!489}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !487, file: !161, line: 18, baseType: !193, size: 32)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !466, file: !161, line: 73, baseType: !491, size: 32)
!491 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !161, line: 19, baseType: !492)
!492 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 19, size: 32, elements: !493)
!493 = !{!494}
!494 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !492, file: !161, line: 19, baseType: !20, size: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !466, file: !161, line: 74, baseType: !496, size: 64)
!496 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !161, line: 20, baseType: !497)
!497 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 20, size: 64, elements: !498)
!498 = !{!499, !500}
!499 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !497, file: !161, line: 20, baseType: !20, size: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !497, file: !161, line: 20, baseType: !28, size: 32, offset: 32)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !466, file: !161, line: 75, baseType: !502, size: 128)
!502 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !161, line: 28, baseType: !503)
!503 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 23, size: 128, elements: !504)
!504 = !{!505, !506, !507, !508}
!505 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !503, file: !161, line: 24, baseType: !18, size: 32)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !503, file: !161, line: 25, baseType: !18, size: 32, offset: 32)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !503, file: !161, line: 26, baseType: !186, size: 32, offset: 64)
!508 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !503, file: !161, line: 27, baseType: !193, size: 32, offset: 96)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !466, file: !161, line: 76, baseType: !510, size: 96)
!510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !161, line: 29, baseType: !511)
!511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 29, size: 96, elements: !512)
!512 = !{!513, !514, !515}
!513 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !511, file: !161, line: 29, baseType: !18, size: 32)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !511, file: !161, line: 29, baseType: !28, size: 32, offset: 32)
!515 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !511, file: !161, line: 29, baseType: !180, size: 32, offset: 64)
!516 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !466, file: !161, line: 77, baseType: !517, size: 128)
!517 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !161, line: 32, baseType: !518)
!518 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 32, size: 128, elements: !519)
!519 = !{!520, !521, !522, !523}
!520 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !518, file: !161, line: 32, baseType: !28, size: 32)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !518, file: !161, line: 32, baseType: !180, size: 32, offset: 32)
!522 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !518, file: !161, line: 32, baseType: !20, size: 32, offset: 64)
!523 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !518, file: !161, line: 32, baseType: !228, size: 16, offset: 96)
!524 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !466, file: !161, line: 78, baseType: !525, size: 32)
!525 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !161, line: 33, baseType: !526)
!526 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 33, size: 32, elements: !527)
!527 = !{!528}
!528 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !526, file: !161, line: 33, baseType: !20, size: 32)
!529 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !466, file: !161, line: 79, baseType: !530, size: 96)
!530 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !161, line: 34, baseType: !531)
!531 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 34, size: 96, elements: !532)
!532 = !{!533, !534, !535}
!533 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !531, file: !161, line: 34, baseType: !20, size: 32)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !531, file: !161, line: 34, baseType: !28, size: 32, offset: 32)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !531, file: !161, line: 34, baseType: !180, size: 32, offset: 64)
!536 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !466, file: !161, line: 80, baseType: !537, size: 96)
!537 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !161, line: 35, baseType: !538)
!538 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 35, size: 96, elements: !539)
!539 = !{!540, !541, !542}
!540 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !538, file: !161, line: 35, baseType: !20, size: 32)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !538, file: !161, line: 35, baseType: !249, size: 32, offset: 32)
!542 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !538, file: !161, line: 35, baseType: !20, size: 32, offset: 64)
!543 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !466, file: !161, line: 81, baseType: !544, size: 16)
!544 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !161, line: 36, baseType: !545)
!545 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 36, size: 16, elements: !546)
!546 = !{!547}
!547 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !545, file: !161, line: 36, baseType: !228, size: 16)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !466, file: !161, line: 82, baseType: !549, size: 96)
!549 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !161, line: 39, baseType: !550)
!550 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 39, size: 96, elements: !551)
!551 = !{!552, !553, !554}
!552 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !550, file: !161, line: 39, baseType: !18, size: 32)
!553 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !550, file: !161, line: 39, baseType: !20, size: 32, offset: 32)
!554 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !550, file: !161, line: 39, baseType: !18, size: 32, offset: 64)
!555 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !466, file: !161, line: 83, baseType: !556, size: 32)
!556 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !161, line: 40, baseType: !557)
!557 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 40, size: 32, elements: !558)
!558 = !{!559}
!559 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !557, file: !161, line: 40, baseType: !18, size: 32)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !466, file: !161, line: 84, baseType: !561, size: 96)
!561 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !161, line: 41, baseType: !562)
!562 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 41, size: 96, elements: !563)
!563 = !{!564, !565, !566}
!564 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !562, file: !161, line: 41, baseType: !18, size: 32)
!565 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !562, file: !161, line: 41, baseType: !180, size: 32, offset: 32)
!566 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !562, file: !161, line: 41, baseType: !28, size: 32, offset: 64)
!567 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !466, file: !161, line: 85, baseType: !568, size: 96)
!568 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !161, line: 42, baseType: !569)
!569 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 42, size: 96, elements: !570)
!570 = !{!571, !572, !573}
!571 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !569, file: !161, line: 42, baseType: !18, size: 32)
!572 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !569, file: !161, line: 42, baseType: !180, size: 32, offset: 32)
!573 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !569, file: !161, line: 42, baseType: !28, size: 32, offset: 64)
!574 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !466, file: !161, line: 86, baseType: !575, size: 32)
!575 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !161, line: 45, baseType: !576)
!576 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 45, size: 32, elements: !577)
!577 = !{!578}
!578 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !576, file: !161, line: 45, baseType: !28, size: 32)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !466, file: !161, line: 87, baseType: !580, size: 64)
!580 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !161, line: 46, baseType: !581)
!581 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 46, size: 64, elements: !582)
!582 = !{!583, !584}
!583 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !581, file: !161, line: 46, baseType: !180, size: 32)
!584 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !581, file: !161, line: 46, baseType: !28, size: 32, offset: 32)
!585 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !466, file: !161, line: 88, baseType: !586, size: 192)
!586 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !161, line: 49, baseType: !587)
!587 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 49, size: 192, elements: !588)
!588 = !{!589, !590, !591}
!589 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !587, file: !161, line: 49, baseType: !299, size: 128)
!590 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !587, file: !161, line: 49, baseType: !18, size: 32, offset: 128)
!591 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !587, file: !161, line: 49, baseType: !20, size: 32, offset: 160)
!592 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !466, file: !161, line: 89, baseType: !593, size: 192)
!593 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !161, line: 50, baseType: !594)
!594 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 50, size: 192, elements: !595)
!595 = !{!596, !597, !598}
!596 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !594, file: !161, line: 50, baseType: !299, size: 128)
!597 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !594, file: !161, line: 50, baseType: !18, size: 32, offset: 128)
!598 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !594, file: !161, line: 50, baseType: !20, size: 32, offset: 160)
!599 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !466, file: !161, line: 90, baseType: !600, size: 32)
!600 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !161, line: 53, baseType: !601)
!601 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 53, size: 32, elements: !602)
!602 = !{!603}
!603 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !601, file: !161, line: 53, baseType: !20, size: 32)
!604 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !466, file: !161, line: 91, baseType: !605, size: 96)
!605 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !161, line: 56, baseType: !606)
!606 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 56, size: 96, elements: !607)
!607 = !{!608, !609, !610}
!608 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !606, file: !161, line: 56, baseType: !18, size: 32)
!609 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !606, file: !161, line: 56, baseType: !20, size: 32, offset: 32)
!610 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !606, file: !161, line: 56, baseType: !18, size: 32, offset: 64)
!611 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !466, file: !161, line: 92, baseType: !612, size: 64)
!612 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !161, line: 57, baseType: !613)
!613 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 57, size: 64, elements: !614)
!614 = !{!615, !616}
!615 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !613, file: !161, line: 57, baseType: !18, size: 32)
!616 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !613, file: !161, line: 57, baseType: !20, size: 32, offset: 32)
!617 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !466, file: !161, line: 93, baseType: !618, size: 160)
!618 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !161, line: 62, baseType: !619)
!619 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 58, size: 160, elements: !620)
!620 = !{!621, !622, !623, !624, !625}
!621 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !619, file: !161, line: 59, baseType: !18, size: 32)
!622 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !619, file: !161, line: 59, baseType: !28, size: 32, offset: 32)
!623 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !619, file: !161, line: 60, baseType: !18, size: 32, offset: 64)
!624 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !619, file: !161, line: 60, baseType: !28, size: 32, offset: 96)
!625 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !619, file: !161, line: 61, baseType: !180, size: 32, offset: 128)
!626 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !466, file: !161, line: 94, baseType: !627, size: 32)
!627 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !161, line: 63, baseType: !628)
!628 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 63, size: 32, elements: !629)
!629 = !{!630}
!630 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !628, file: !161, line: 63, baseType: !20, size: 32)
!631 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !466, file: !161, line: 95, baseType: !344, size: 448)
!632 = !DILocalVariable(name: "m", arg: 1, scope: !456, file: !43, line: 4, type: !459)
!633 = !DILocation(line: 4, column: 21, scope: !456)
!634 = !DILocalVariable(name: "vmp", scope: !456, file: !43, line: 6, type: !635)
!635 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !636, size: 32)
!636 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !15, line: 23, size: 1152, elements: !637)
!637 = !{!638, !639, !640, !641, !642}
!638 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !636, file: !15, line: 24, baseType: !18, size: 32)
!639 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !636, file: !15, line: 25, baseType: !20, size: 32, offset: 32)
!640 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !636, file: !15, line: 26, baseType: !20, size: 32, offset: 64)
!641 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !636, file: !15, line: 27, baseType: !24, size: 1024, offset: 96)
!642 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !636, file: !15, line: 28, baseType: !28, size: 32, offset: 1120)
!643 = !DILocation(line: 6, column: 17, scope: !456)
!644 = !DILocation(line: 6, column: 31, scope: !456)
!645 = !DILocation(line: 6, column: 24, scope: !456)
!646 = !DILocalVariable(name: "addr", scope: !456, file: !43, line: 7, type: !28)
!647 = !DILocation(line: 7, column: 12, scope: !456)
!648 = !DILocation(line: 7, column: 19, scope: !456)
!649 = !DILocation(line: 7, column: 22, scope: !456)
!650 = !DILocation(line: 7, column: 38, scope: !456)
!651 = !DILocalVariable(name: "needed", scope: !456, file: !43, line: 8, type: !20)
!652 = !DILocation(line: 8, column: 6, scope: !456)
!653 = !DILocalVariable(name: "r", scope: !456, file: !43, line: 9, type: !20)
!654 = !DILocation(line: 9, column: 6, scope: !456)
!655 = !DILocation(line: 11, column: 6, scope: !656)
!656 = distinct !DILexicalBlock(scope: !456, file: !43, line: 11, column: 6)
!657 = !DILocation(line: 11, column: 11, scope: !656)
!658 = !DILocation(line: 11, column: 26, scope: !656)
!659 = !DILocation(line: 11, column: 29, scope: !656)
!660 = !DILocation(line: 11, column: 34, scope: !656)
!661 = !DILocation(line: 11, column: 6, scope: !456)
!662 = !DILocation(line: 12, column: 3, scope: !656)
!663 = !DILocation(line: 13, column: 12, scope: !456)
!664 = !DILocation(line: 13, column: 17, scope: !456)
!665 = !DILocation(line: 13, column: 32, scope: !456)
!666 = !DILocation(line: 13, column: 44, scope: !456)
!667 = !DILocation(line: 13, column: 49, scope: !456)
!668 = !DILocation(line: 13, column: 61, scope: !456)
!669 = !DILocation(line: 13, column: 9, scope: !456)
!670 = !DILocation(line: 14, column: 6, scope: !671)
!671 = distinct !DILexicalBlock(scope: !456, file: !43, line: 14, column: 6)
!672 = !DILocation(line: 14, column: 15, scope: !671)
!673 = !DILocation(line: 14, column: 20, scope: !671)
!674 = !DILocation(line: 14, column: 13, scope: !671)
!675 = !DILocation(line: 14, column: 30, scope: !671)
!676 = !DILocation(line: 14, column: 48, scope: !671)
!677 = !DILocation(line: 14, column: 53, scope: !671)
!678 = !DILocation(line: 14, column: 62, scope: !671)
!679 = !DILocation(line: 14, column: 67, scope: !671)
!680 = !DILocation(line: 14, column: 60, scope: !671)
!681 = !DILocation(line: 14, column: 38, scope: !671)
!682 = !DILocation(line: 14, column: 36, scope: !671)
!683 = !DILocation(line: 14, column: 79, scope: !671)
!684 = !DILocation(line: 14, column: 6, scope: !456)
!685 = !DILocation(line: 15, column: 10, scope: !671)
!686 = !DILocation(line: 15, column: 3, scope: !671)
!687 = !DILocation(line: 16, column: 16, scope: !456)
!688 = !DILocation(line: 16, column: 2, scope: !456)
!689 = !DILocation(line: 16, column: 7, scope: !456)
!690 = !DILocation(line: 16, column: 14, scope: !456)
!691 = !DILocation(line: 17, column: 2, scope: !456)
!692 = !DILocation(line: 18, column: 1, scope: !456)
!693 = distinct !DISubprogram(name: "do_mmap", scope: !43, file: !43, line: 20, type: !457, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !42, retainedNodes: !57)
!694 = !DILocalVariable(name: "m", arg: 1, scope: !693, file: !43, line: 20, type: !459)
!695 = !DILocation(line: 20, column: 22, scope: !693)
!696 = !DILocalVariable(name: "vmp", scope: !693, file: !43, line: 22, type: !635)
!697 = !DILocation(line: 22, column: 17, scope: !693)
!698 = !DILocation(line: 22, column: 31, scope: !693)
!699 = !DILocation(line: 22, column: 24, scope: !693)
!700 = !DILocalVariable(name: "len", scope: !693, file: !43, line: 23, type: !180)
!701 = !DILocation(line: 23, column: 9, scope: !693)
!702 = !DILocation(line: 23, column: 15, scope: !693)
!703 = !DILocation(line: 23, column: 18, scope: !693)
!704 = !DILocation(line: 23, column: 35, scope: !693)
!705 = !DILocalVariable(name: "first", scope: !693, file: !43, line: 24, type: !20)
!706 = !DILocation(line: 24, column: 6, scope: !693)
!707 = !DILocation(line: 24, column: 14, scope: !693)
!708 = !DILocation(line: 24, column: 19, scope: !693)
!709 = !DILocalVariable(name: "r", scope: !693, file: !43, line: 25, type: !20)
!710 = !DILocation(line: 25, column: 6, scope: !693)
!711 = !DILocation(line: 27, column: 6, scope: !712)
!712 = distinct !DILexicalBlock(scope: !693, file: !43, line: 27, column: 6)
!713 = !DILocation(line: 27, column: 10, scope: !712)
!714 = !DILocation(line: 27, column: 6, scope: !693)
!715 = !DILocation(line: 28, column: 3, scope: !712)
!716 = !DILocation(line: 29, column: 21, scope: !717)
!717 = distinct !DILexicalBlock(scope: !693, file: !43, line: 29, column: 6)
!718 = !DILocation(line: 29, column: 27, scope: !717)
!719 = !DILocation(line: 29, column: 31, scope: !717)
!720 = !DILocation(line: 29, column: 43, scope: !717)
!721 = !DILocation(line: 29, column: 48, scope: !717)
!722 = !DILocation(line: 29, column: 11, scope: !717)
!723 = !DILocation(line: 29, column: 9, scope: !717)
!724 = !DILocation(line: 29, column: 62, scope: !717)
!725 = !DILocation(line: 29, column: 6, scope: !693)
!726 = !DILocation(line: 30, column: 10, scope: !717)
!727 = !DILocation(line: 30, column: 3, scope: !717)
!728 = !DILocation(line: 31, column: 44, scope: !693)
!729 = !DILocation(line: 31, column: 50, scope: !693)
!730 = !DILocation(line: 31, column: 42, scope: !693)
!731 = !DILocation(line: 31, column: 2, scope: !693)
!732 = !DILocation(line: 31, column: 5, scope: !693)
!733 = !DILocation(line: 31, column: 22, scope: !693)
!734 = !DILocation(line: 31, column: 27, scope: !693)
!735 = !DILocation(line: 32, column: 2, scope: !693)
!736 = !DILocation(line: 33, column: 1, scope: !693)
!737 = distinct !DISubprogram(name: "do_getrusage", scope: !43, file: !43, line: 35, type: !457, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !42, retainedNodes: !57)
!738 = !DILocalVariable(name: "m", arg: 1, scope: !737, file: !43, line: 35, type: !459)
!739 = !DILocation(line: 35, column: 27, scope: !737)
!740 = !DILocalVariable(name: "vmp", scope: !737, file: !43, line: 37, type: !635)
!741 = !DILocation(line: 37, column: 17, scope: !737)
!742 = !DILocation(line: 37, column: 31, scope: !737)
!743 = !DILocation(line: 37, column: 24, scope: !737)
!744 = !DILocation(line: 39, column: 8, scope: !745)
!745 = distinct !DILexicalBlock(scope: !737, file: !43, line: 39, column: 6)
!746 = !DILocation(line: 39, column: 13, scope: !745)
!747 = !DILocation(line: 39, column: 22, scope: !745)
!748 = !DILocation(line: 39, column: 6, scope: !737)
!749 = !DILocation(line: 40, column: 3, scope: !745)
!750 = !DILocation(line: 41, column: 33, scope: !737)
!751 = !DILocation(line: 41, column: 38, scope: !737)
!752 = !DILocation(line: 41, column: 2, scope: !737)
!753 = !DILocation(line: 41, column: 5, scope: !737)
!754 = !DILocation(line: 41, column: 25, scope: !737)
!755 = !DILocation(line: 41, column: 31, scope: !737)
!756 = !DILocation(line: 42, column: 31, scope: !737)
!757 = !DILocation(line: 42, column: 36, scope: !737)
!758 = !DILocation(line: 42, column: 2, scope: !737)
!759 = !DILocation(line: 42, column: 5, scope: !737)
!760 = !DILocation(line: 42, column: 25, scope: !737)
!761 = !DILocation(line: 42, column: 29, scope: !737)
!762 = !DILocation(line: 43, column: 2, scope: !737)
!763 = !DILocation(line: 44, column: 1, scope: !737)
!764 = distinct !DISubprogram(name: "do_shutdown", scope: !45, file: !45, line: 4, type: !765, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !44, retainedNodes: !57)
!765 = !DISubroutineType(types: !766)
!766 = !{!20, !767}
!767 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !768, size: 32)
!768 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !161, line: 97, baseType: !769)
!769 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 65, size: 512, elements: !770)
!770 = !{!771, !772, !773}
!771 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !769, file: !161, line: 66, baseType: !18, size: 32)
!772 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !769, file: !161, line: 67, baseType: !20, size: 32, offset: 32)
!773 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !769, file: !161, line: 96, baseType: !774, size: 448, offset: 64)
!774 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !769, file: !161, line: 68, size: 448, elements: !775)
!775 = !{!776, !781, !787, !793, !798, !803, !809, !817, !824, !832, !837, !844, !851, !856, !863, !868, !875, !882, !887, !893, !900, !907, !912, !919, !925, !934, !939}
!776 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !774, file: !161, line: 69, baseType: !777, size: 32)
!777 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !161, line: 15, baseType: !778)
!778 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 15, size: 32, elements: !779)
!779 = !{!780}
!780 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !778, file: !161, line: 15, baseType: !20, size: 32)
!781 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !774, file: !161, line: 70, baseType: !782, size: 64)
!782 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !161, line: 16, baseType: !783)
!783 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 16, size: 64, elements: !784)
!784 = !{!785, !786}
!785 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !783, file: !161, line: 16, baseType: !28, size: 32)
!786 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !783, file: !161, line: 16, baseType: !180, size: 32, offset: 32)
!787 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !774, file: !161, line: 71, baseType: !788, size: 64)
!788 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !161, line: 17, baseType: !789)
!789 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 17, size: 64, elements: !790)
!790 = !{!791, !792}
!791 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !789, file: !161, line: 17, baseType: !186, size: 32)
!792 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !789, file: !161, line: 17, baseType: !20, size: 32, offset: 32)
!793 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !774, file: !161, line: 72, baseType: !794, size: 32)
!794 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !161, line: 18, baseType: !795)
!795 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 18, size: 32, elements: !796)
!796 = !{!797}
!797 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !795, file: !161, line: 18, baseType: !193, size: 32)
!798 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !774, file: !161, line: 73, baseType: !799, size: 32)
!799 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !161, line: 19, baseType: !800)
!800 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 19, size: 32, elements: !801)
!801 = !{!802}
!802 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !800, file: !161, line: 19, baseType: !20, size: 32)
!803 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !774, file: !161, line: 74, baseType: !804, size: 64)
!804 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !161, line: 20, baseType: !805)
!805 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 20, size: 64, elements: !806)
!806 = !{!807, !808}
!807 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !805, file: !161, line: 20, baseType: !20, size: 32)
!808 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !805, file: !161, line: 20, baseType: !28, size: 32, offset: 32)
!809 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !774, file: !161, line: 75, baseType: !810, size: 128)
!810 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !161, line: 28, baseType: !811)
!811 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 23, size: 128, elements: !812)
!812 = !{!813, !814, !815, !816}
!813 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !811, file: !161, line: 24, baseType: !18, size: 32)
!814 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !811, file: !161, line: 25, baseType: !18, size: 32, offset: 32)
!815 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !811, file: !161, line: 26, baseType: !186, size: 32, offset: 64)
!816 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !811, file: !161, line: 27, baseType: !193, size: 32, offset: 96)
!817 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !774, file: !161, line: 76, baseType: !818, size: 96)
!818 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !161, line: 29, baseType: !819)
!819 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 29, size: 96, elements: !820)
!820 = !{!821, !822, !823}
!821 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !819, file: !161, line: 29, baseType: !18, size: 32)
!822 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !819, file: !161, line: 29, baseType: !28, size: 32, offset: 32)
!823 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !819, file: !161, line: 29, baseType: !180, size: 32, offset: 64)
!824 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !774, file: !161, line: 77, baseType: !825, size: 128)
!825 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !161, line: 32, baseType: !826)
!826 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 32, size: 128, elements: !827)
!827 = !{!828, !829, !830, !831}
!828 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !826, file: !161, line: 32, baseType: !28, size: 32)
!829 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !826, file: !161, line: 32, baseType: !180, size: 32, offset: 32)
!830 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !826, file: !161, line: 32, baseType: !20, size: 32, offset: 64)
!831 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !826, file: !161, line: 32, baseType: !228, size: 16, offset: 96)
!832 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !774, file: !161, line: 78, baseType: !833, size: 32)
!833 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !161, line: 33, baseType: !834)
!834 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 33, size: 32, elements: !835)
!835 = !{!836}
!836 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !834, file: !161, line: 33, baseType: !20, size: 32)
!837 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !774, file: !161, line: 79, baseType: !838, size: 96)
!838 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !161, line: 34, baseType: !839)
!839 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 34, size: 96, elements: !840)
!840 = !{!841, !842, !843}
!841 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !839, file: !161, line: 34, baseType: !20, size: 32)
!842 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !839, file: !161, line: 34, baseType: !28, size: 32, offset: 32)
!843 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !839, file: !161, line: 34, baseType: !180, size: 32, offset: 64)
!844 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !774, file: !161, line: 80, baseType: !845, size: 96)
!845 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !161, line: 35, baseType: !846)
!846 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 35, size: 96, elements: !847)
!847 = !{!848, !849, !850}
!848 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !846, file: !161, line: 35, baseType: !20, size: 32)
!849 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !846, file: !161, line: 35, baseType: !249, size: 32, offset: 32)
!850 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !846, file: !161, line: 35, baseType: !20, size: 32, offset: 64)
!851 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !774, file: !161, line: 81, baseType: !852, size: 16)
!852 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !161, line: 36, baseType: !853)
!853 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 36, size: 16, elements: !854)
!854 = !{!855}
!855 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !853, file: !161, line: 36, baseType: !228, size: 16)
!856 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !774, file: !161, line: 82, baseType: !857, size: 96)
!857 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !161, line: 39, baseType: !858)
!858 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 39, size: 96, elements: !859)
!859 = !{!860, !861, !862}
!860 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !858, file: !161, line: 39, baseType: !18, size: 32)
!861 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !858, file: !161, line: 39, baseType: !20, size: 32, offset: 32)
!862 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !858, file: !161, line: 39, baseType: !18, size: 32, offset: 64)
!863 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !774, file: !161, line: 83, baseType: !864, size: 32)
!864 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !161, line: 40, baseType: !865)
!865 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 40, size: 32, elements: !866)
!866 = !{!867}
!867 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !865, file: !161, line: 40, baseType: !18, size: 32)
!868 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !774, file: !161, line: 84, baseType: !869, size: 96)
!869 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !161, line: 41, baseType: !870)
!870 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 41, size: 96, elements: !871)
!871 = !{!872, !873, !874}
!872 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !870, file: !161, line: 41, baseType: !18, size: 32)
!873 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !870, file: !161, line: 41, baseType: !180, size: 32, offset: 32)
!874 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !870, file: !161, line: 41, baseType: !28, size: 32, offset: 64)
!875 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !774, file: !161, line: 85, baseType: !876, size: 96)
!876 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !161, line: 42, baseType: !877)
!877 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 42, size: 96, elements: !878)
!878 = !{!879, !880, !881}
!879 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !877, file: !161, line: 42, baseType: !18, size: 32)
!880 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !877, file: !161, line: 42, baseType: !180, size: 32, offset: 32)
!881 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !877, file: !161, line: 42, baseType: !28, size: 32, offset: 64)
!882 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !774, file: !161, line: 86, baseType: !883, size: 32)
!883 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !161, line: 45, baseType: !884)
!884 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 45, size: 32, elements: !885)
!885 = !{!886}
!886 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !884, file: !161, line: 45, baseType: !28, size: 32)
!887 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !774, file: !161, line: 87, baseType: !888, size: 64)
!888 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !161, line: 46, baseType: !889)
!889 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 46, size: 64, elements: !890)
!890 = !{!891, !892}
!891 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !889, file: !161, line: 46, baseType: !180, size: 32)
!892 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !889, file: !161, line: 46, baseType: !28, size: 32, offset: 32)
!893 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !774, file: !161, line: 88, baseType: !894, size: 192)
!894 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !161, line: 49, baseType: !895)
!895 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 49, size: 192, elements: !896)
!896 = !{!897, !898, !899}
!897 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !895, file: !161, line: 49, baseType: !299, size: 128)
!898 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !895, file: !161, line: 49, baseType: !18, size: 32, offset: 128)
!899 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !895, file: !161, line: 49, baseType: !20, size: 32, offset: 160)
!900 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !774, file: !161, line: 89, baseType: !901, size: 192)
!901 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !161, line: 50, baseType: !902)
!902 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 50, size: 192, elements: !903)
!903 = !{!904, !905, !906}
!904 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !902, file: !161, line: 50, baseType: !299, size: 128)
!905 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !902, file: !161, line: 50, baseType: !18, size: 32, offset: 128)
!906 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !902, file: !161, line: 50, baseType: !20, size: 32, offset: 160)
!907 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !774, file: !161, line: 90, baseType: !908, size: 32)
!908 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !161, line: 53, baseType: !909)
!909 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 53, size: 32, elements: !910)
!910 = !{!911}
!911 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !909, file: !161, line: 53, baseType: !20, size: 32)
!912 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !774, file: !161, line: 91, baseType: !913, size: 96)
!913 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !161, line: 56, baseType: !914)
!914 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 56, size: 96, elements: !915)
!915 = !{!916, !917, !918}
!916 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !914, file: !161, line: 56, baseType: !18, size: 32)
!917 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !914, file: !161, line: 56, baseType: !20, size: 32, offset: 32)
!918 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !914, file: !161, line: 56, baseType: !18, size: 32, offset: 64)
!919 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !774, file: !161, line: 92, baseType: !920, size: 64)
!920 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !161, line: 57, baseType: !921)
!921 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 57, size: 64, elements: !922)
!922 = !{!923, !924}
!923 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !921, file: !161, line: 57, baseType: !18, size: 32)
!924 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !921, file: !161, line: 57, baseType: !20, size: 32, offset: 32)
!925 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !774, file: !161, line: 93, baseType: !926, size: 160)
!926 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !161, line: 62, baseType: !927)
!927 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 58, size: 160, elements: !928)
!928 = !{!929, !930, !931, !932, !933}
!929 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !927, file: !161, line: 59, baseType: !18, size: 32)
!930 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !927, file: !161, line: 59, baseType: !28, size: 32, offset: 32)
!931 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !927, file: !161, line: 60, baseType: !18, size: 32, offset: 64)
!932 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !927, file: !161, line: 60, baseType: !28, size: 32, offset: 96)
!933 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !927, file: !161, line: 61, baseType: !180, size: 32, offset: 128)
!934 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !774, file: !161, line: 94, baseType: !935, size: 32)
!935 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !161, line: 63, baseType: !936)
!936 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 63, size: 32, elements: !937)
!937 = !{!938}
!938 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !936, file: !161, line: 63, baseType: !20, size: 32)
!939 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !774, file: !161, line: 95, baseType: !344, size: 448)
!940 = !DILocalVariable(name: "m", arg: 1, scope: !764, file: !45, line: 4, type: !767)
!941 = !DILocation(line: 4, column: 26, scope: !764)
!942 = !DILocation(line: 6, column: 6, scope: !943)
!943 = distinct !DILexicalBlock(scope: !764, file: !45, line: 6, column: 6)
!944 = !DILocation(line: 6, column: 9, scope: !943)
!945 = !DILocation(line: 6, column: 18, scope: !943)
!946 = !DILocation(line: 6, column: 32, scope: !943)
!947 = !DILocation(line: 6, column: 35, scope: !943)
!948 = !DILocation(line: 6, column: 38, scope: !943)
!949 = !DILocation(line: 6, column: 47, scope: !943)
!950 = !DILocation(line: 6, column: 6, scope: !764)
!951 = !DILocation(line: 7, column: 3, scope: !943)
!952 = !DILocation(line: 8, column: 19, scope: !764)
!953 = !DILocation(line: 9, column: 2, scope: !764)
!954 = !DILocation(line: 10, column: 1, scope: !764)
!955 = distinct !DISubprogram(name: "do_getstatus", scope: !45, file: !45, line: 12, type: !765, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !44, retainedNodes: !57)
!956 = !DILocalVariable(name: "m", arg: 1, scope: !955, file: !45, line: 12, type: !767)
!957 = !DILocation(line: 12, column: 27, scope: !955)
!958 = !DILocation(line: 14, column: 9, scope: !955)
!959 = !DILocation(line: 15, column: 9, scope: !955)
!960 = !DILocation(line: 15, column: 2, scope: !955)
!961 = distinct !DISubprogram(name: "do_fork", scope: !47, file: !47, line: 6, type: !962, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !46, retainedNodes: !57)
!962 = !DISubroutineType(types: !963)
!963 = !{!20, !964}
!964 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !965, size: 32)
!965 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !161, line: 97, baseType: !966)
!966 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 65, size: 512, elements: !967)
!967 = !{!968, !969, !970}
!968 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !966, file: !161, line: 66, baseType: !18, size: 32)
!969 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !966, file: !161, line: 67, baseType: !20, size: 32, offset: 32)
!970 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !966, file: !161, line: 96, baseType: !971, size: 448, offset: 64)
!971 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !966, file: !161, line: 68, size: 448, elements: !972)
!972 = !{!973, !978, !984, !990, !995, !1000, !1006, !1014, !1021, !1029, !1034, !1041, !1048, !1053, !1060, !1065, !1072, !1079, !1084, !1090, !1097, !1104, !1109, !1116, !1122, !1131, !1136}
!973 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !971, file: !161, line: 69, baseType: !974, size: 32)
!974 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !161, line: 15, baseType: !975)
!975 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 15, size: 32, elements: !976)
!976 = !{!977}
!977 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !975, file: !161, line: 15, baseType: !20, size: 32)
!978 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !971, file: !161, line: 70, baseType: !979, size: 64)
!979 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !161, line: 16, baseType: !980)
!980 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 16, size: 64, elements: !981)
!981 = !{!982, !983}
!982 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !980, file: !161, line: 16, baseType: !28, size: 32)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !980, file: !161, line: 16, baseType: !180, size: 32, offset: 32)
!984 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !971, file: !161, line: 71, baseType: !985, size: 64)
!985 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !161, line: 17, baseType: !986)
!986 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 17, size: 64, elements: !987)
!987 = !{!988, !989}
!988 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !986, file: !161, line: 17, baseType: !186, size: 32)
!989 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !986, file: !161, line: 17, baseType: !20, size: 32, offset: 32)
!990 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !971, file: !161, line: 72, baseType: !991, size: 32)
!991 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !161, line: 18, baseType: !992)
!992 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 18, size: 32, elements: !993)
!993 = !{!994}
!994 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !992, file: !161, line: 18, baseType: !193, size: 32)
!995 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !971, file: !161, line: 73, baseType: !996, size: 32)
!996 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !161, line: 19, baseType: !997)
!997 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 19, size: 32, elements: !998)
!998 = !{!999}
!999 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !997, file: !161, line: 19, baseType: !20, size: 32)
!1000 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !971, file: !161, line: 74, baseType: !1001, size: 64)
!1001 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !161, line: 20, baseType: !1002)
!1002 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 20, size: 64, elements: !1003)
!1003 = !{!1004, !1005}
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1002, file: !161, line: 20, baseType: !20, size: 32)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1002, file: !161, line: 20, baseType: !28, size: 32, offset: 32)
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !971, file: !161, line: 75, baseType: !1007, size: 128)
!1007 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !161, line: 28, baseType: !1008)
!1008 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 23, size: 128, elements: !1009)
!1009 = !{!1010, !1011, !1012, !1013}
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1008, file: !161, line: 24, baseType: !18, size: 32)
!1011 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1008, file: !161, line: 25, baseType: !18, size: 32, offset: 32)
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1008, file: !161, line: 26, baseType: !186, size: 32, offset: 64)
!1013 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1008, file: !161, line: 27, baseType: !193, size: 32, offset: 96)
!1014 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !971, file: !161, line: 76, baseType: !1015, size: 96)
!1015 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !161, line: 29, baseType: !1016)
!1016 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 29, size: 96, elements: !1017)
!1017 = !{!1018, !1019, !1020}
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1016, file: !161, line: 29, baseType: !18, size: 32)
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1016, file: !161, line: 29, baseType: !28, size: 32, offset: 32)
!1020 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1016, file: !161, line: 29, baseType: !180, size: 32, offset: 64)
!1021 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !971, file: !161, line: 77, baseType: !1022, size: 128)
!1022 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !161, line: 32, baseType: !1023)
!1023 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 32, size: 128, elements: !1024)
!1024 = !{!1025, !1026, !1027, !1028}
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1023, file: !161, line: 32, baseType: !28, size: 32)
!1026 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1023, file: !161, line: 32, baseType: !180, size: 32, offset: 32)
!1027 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1023, file: !161, line: 32, baseType: !20, size: 32, offset: 64)
!1028 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1023, file: !161, line: 32, baseType: !228, size: 16, offset: 96)
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !971, file: !161, line: 78, baseType: !1030, size: 32)
!1030 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !161, line: 33, baseType: !1031)
!1031 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 33, size: 32, elements: !1032)
!1032 = !{!1033}
!1033 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1031, file: !161, line: 33, baseType: !20, size: 32)
!1034 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !971, file: !161, line: 79, baseType: !1035, size: 96)
!1035 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !161, line: 34, baseType: !1036)
!1036 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 34, size: 96, elements: !1037)
!1037 = !{!1038, !1039, !1040}
!1038 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1036, file: !161, line: 34, baseType: !20, size: 32)
!1039 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1036, file: !161, line: 34, baseType: !28, size: 32, offset: 32)
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1036, file: !161, line: 34, baseType: !180, size: 32, offset: 64)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !971, file: !161, line: 80, baseType: !1042, size: 96)
!1042 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !161, line: 35, baseType: !1043)
!1043 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 35, size: 96, elements: !1044)
!1044 = !{!1045, !1046, !1047}
!1045 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1043, file: !161, line: 35, baseType: !20, size: 32)
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1043, file: !161, line: 35, baseType: !249, size: 32, offset: 32)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1043, file: !161, line: 35, baseType: !20, size: 32, offset: 64)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !971, file: !161, line: 81, baseType: !1049, size: 16)
!1049 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !161, line: 36, baseType: !1050)
!1050 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 36, size: 16, elements: !1051)
!1051 = !{!1052}
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1050, file: !161, line: 36, baseType: !228, size: 16)
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !971, file: !161, line: 82, baseType: !1054, size: 96)
!1054 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !161, line: 39, baseType: !1055)
!1055 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 39, size: 96, elements: !1056)
!1056 = !{!1057, !1058, !1059}
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1055, file: !161, line: 39, baseType: !18, size: 32)
!1058 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1055, file: !161, line: 39, baseType: !20, size: 32, offset: 32)
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1055, file: !161, line: 39, baseType: !18, size: 32, offset: 64)
!1060 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !971, file: !161, line: 83, baseType: !1061, size: 32)
!1061 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !161, line: 40, baseType: !1062)
!1062 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 40, size: 32, elements: !1063)
!1063 = !{!1064}
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1062, file: !161, line: 40, baseType: !18, size: 32)
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !971, file: !161, line: 84, baseType: !1066, size: 96)
!1066 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !161, line: 41, baseType: !1067)
!1067 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 41, size: 96, elements: !1068)
!1068 = !{!1069, !1070, !1071}
!1069 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1067, file: !161, line: 41, baseType: !18, size: 32)
!1070 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1067, file: !161, line: 41, baseType: !180, size: 32, offset: 32)
!1071 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1067, file: !161, line: 41, baseType: !28, size: 32, offset: 64)
!1072 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !971, file: !161, line: 85, baseType: !1073, size: 96)
!1073 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !161, line: 42, baseType: !1074)
!1074 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 42, size: 96, elements: !1075)
!1075 = !{!1076, !1077, !1078}
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1074, file: !161, line: 42, baseType: !18, size: 32)
!1077 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1074, file: !161, line: 42, baseType: !180, size: 32, offset: 32)
!1078 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1074, file: !161, line: 42, baseType: !28, size: 32, offset: 64)
!1079 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !971, file: !161, line: 86, baseType: !1080, size: 32)
!1080 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !161, line: 45, baseType: !1081)
!1081 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 45, size: 32, elements: !1082)
!1082 = !{!1083}
!1083 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1081, file: !161, line: 45, baseType: !28, size: 32)
!1084 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !971, file: !161, line: 87, baseType: !1085, size: 64)
!1085 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !161, line: 46, baseType: !1086)
!1086 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 46, size: 64, elements: !1087)
!1087 = !{!1088, !1089}
!1088 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1086, file: !161, line: 46, baseType: !180, size: 32)
!1089 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1086, file: !161, line: 46, baseType: !28, size: 32, offset: 32)
!1090 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !971, file: !161, line: 88, baseType: !1091, size: 192)
!1091 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !161, line: 49, baseType: !1092)
!1092 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 49, size: 192, elements: !1093)
!1093 = !{!1094, !1095, !1096}
!1094 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1092, file: !161, line: 49, baseType: !299, size: 128)
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1092, file: !161, line: 49, baseType: !18, size: 32, offset: 128)
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1092, file: !161, line: 49, baseType: !20, size: 32, offset: 160)
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !971, file: !161, line: 89, baseType: !1098, size: 192)
!1098 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !161, line: 50, baseType: !1099)
!1099 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 50, size: 192, elements: !1100)
!1100 = !{!1101, !1102, !1103}
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1099, file: !161, line: 50, baseType: !299, size: 128)
!1102 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1099, file: !161, line: 50, baseType: !18, size: 32, offset: 128)
!1103 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1099, file: !161, line: 50, baseType: !20, size: 32, offset: 160)
!1104 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !971, file: !161, line: 90, baseType: !1105, size: 32)
!1105 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !161, line: 53, baseType: !1106)
!1106 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 53, size: 32, elements: !1107)
!1107 = !{!1108}
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1106, file: !161, line: 53, baseType: !20, size: 32)
!1109 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !971, file: !161, line: 91, baseType: !1110, size: 96)
!1110 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !161, line: 56, baseType: !1111)
!1111 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 56, size: 96, elements: !1112)
!1112 = !{!1113, !1114, !1115}
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1111, file: !161, line: 56, baseType: !18, size: 32)
!1114 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1111, file: !161, line: 56, baseType: !20, size: 32, offset: 32)
!1115 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1111, file: !161, line: 56, baseType: !18, size: 32, offset: 64)
!1116 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !971, file: !161, line: 92, baseType: !1117, size: 64)
!1117 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !161, line: 57, baseType: !1118)
!1118 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 57, size: 64, elements: !1119)
!1119 = !{!1120, !1121}
!1120 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1118, file: !161, line: 57, baseType: !18, size: 32)
!1121 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1118, file: !161, line: 57, baseType: !20, size: 32, offset: 32)
!1122 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !971, file: !161, line: 93, baseType: !1123, size: 160)
!1123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !161, line: 62, baseType: !1124)
!1124 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 58, size: 160, elements: !1125)
!1125 = !{!1126, !1127, !1128, !1129, !1130}
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1124, file: !161, line: 59, baseType: !18, size: 32)
!1127 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1124, file: !161, line: 59, baseType: !28, size: 32, offset: 32)
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1124, file: !161, line: 60, baseType: !18, size: 32, offset: 64)
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1124, file: !161, line: 60, baseType: !28, size: 32, offset: 96)
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1124, file: !161, line: 61, baseType: !180, size: 32, offset: 128)
!1131 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !971, file: !161, line: 94, baseType: !1132, size: 32)
!1132 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !161, line: 63, baseType: !1133)
!1133 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !161, line: 63, size: 32, elements: !1134)
!1134 = !{!1135}
!1135 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1133, file: !161, line: 63, baseType: !20, size: 32)
!1136 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !971, file: !161, line: 95, baseType: !344, size: 448)
!1137 = !DILocalVariable(name: "m", arg: 1, scope: !961, file: !47, line: 6, type: !964)
!1138 = !DILocation(line: 6, column: 22, scope: !961)
!1139 = !DILocalVariable(name: "parent", scope: !961, file: !47, line: 8, type: !1140)
!1140 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1141, size: 32)
!1141 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !15, line: 23, size: 1152, elements: !1142)
!1142 = !{!1143, !1144, !1145, !1146, !1147}
!1143 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !1141, file: !15, line: 24, baseType: !18, size: 32)
!1144 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !1141, file: !15, line: 25, baseType: !20, size: 32, offset: 32)
!1145 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !1141, file: !15, line: 26, baseType: !20, size: 32, offset: 64)
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !1141, file: !15, line: 27, baseType: !24, size: 1024, offset: 96)
!1147 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !1141, file: !15, line: 28, baseType: !28, size: 32, offset: 1120)
!1148 = !DILocation(line: 8, column: 17, scope: !961)
!1149 = !DILocalVariable(name: "child", scope: !961, file: !47, line: 8, type: !1140)
!1150 = !DILocation(line: 8, column: 26, scope: !961)
!1151 = !DILocalVariable(name: "child_endpt", scope: !961, file: !47, line: 9, type: !18)
!1152 = !DILocation(line: 9, column: 13, scope: !961)
!1153 = !DILocalVariable(name: "child_slot", scope: !961, file: !47, line: 10, type: !20)
!1154 = !DILocation(line: 10, column: 6, scope: !961)
!1155 = !DILocation(line: 10, column: 19, scope: !961)
!1156 = !DILocation(line: 10, column: 22, scope: !961)
!1157 = !DILocation(line: 10, column: 41, scope: !961)
!1158 = !DILocalVariable(name: "r", scope: !961, file: !47, line: 11, type: !20)
!1159 = !DILocation(line: 11, column: 6, scope: !961)
!1160 = !DILocation(line: 13, column: 6, scope: !1161)
!1161 = distinct !DILexicalBlock(scope: !961, file: !47, line: 13, column: 6)
!1162 = !DILocation(line: 13, column: 9, scope: !1161)
!1163 = !DILocation(line: 13, column: 18, scope: !1161)
!1164 = !DILocation(line: 13, column: 6, scope: !961)
!1165 = !DILocation(line: 14, column: 3, scope: !1161)
!1166 = !DILocation(line: 15, column: 6, scope: !1167)
!1167 = distinct !DILexicalBlock(scope: !961, file: !47, line: 15, column: 6)
!1168 = !DILocation(line: 15, column: 17, scope: !1167)
!1169 = !DILocation(line: 15, column: 21, scope: !1167)
!1170 = !DILocation(line: 15, column: 24, scope: !1167)
!1171 = !DILocation(line: 15, column: 35, scope: !1167)
!1172 = !DILocation(line: 15, column: 6, scope: !961)
!1173 = !DILocation(line: 16, column: 3, scope: !1167)
!1174 = !DILocation(line: 17, column: 19, scope: !961)
!1175 = !DILocation(line: 17, column: 12, scope: !961)
!1176 = !DILocation(line: 17, column: 9, scope: !961)
!1177 = !DILocation(line: 18, column: 18, scope: !961)
!1178 = !DILocation(line: 18, column: 11, scope: !961)
!1179 = !DILocation(line: 18, column: 8, scope: !961)
!1180 = !DILocation(line: 19, column: 8, scope: !1181)
!1181 = distinct !DILexicalBlock(scope: !961, file: !47, line: 19, column: 6)
!1182 = !DILocation(line: 19, column: 16, scope: !1181)
!1183 = !DILocation(line: 19, column: 25, scope: !1181)
!1184 = !DILocation(line: 19, column: 38, scope: !1181)
!1185 = !DILocation(line: 19, column: 42, scope: !1181)
!1186 = !DILocation(line: 19, column: 49, scope: !1181)
!1187 = !DILocation(line: 19, column: 58, scope: !1181)
!1188 = !DILocation(line: 19, column: 6, scope: !961)
!1189 = !DILocation(line: 20, column: 3, scope: !1181)
!1190 = !DILocation(line: 21, column: 6, scope: !1191)
!1191 = distinct !DILexicalBlock(scope: !961, file: !47, line: 21, column: 6)
!1192 = !DILocation(line: 21, column: 14, scope: !1191)
!1193 = !DILocation(line: 21, column: 26, scope: !1191)
!1194 = !DILocation(line: 21, column: 24, scope: !1191)
!1195 = !DILocation(line: 21, column: 6, scope: !961)
!1196 = !DILocation(line: 22, column: 3, scope: !1191)
!1197 = !DILocation(line: 23, column: 20, scope: !1198)
!1198 = distinct !DILexicalBlock(scope: !961, file: !47, line: 23, column: 6)
!1199 = !DILocation(line: 23, column: 28, scope: !1198)
!1200 = !DILocation(line: 23, column: 41, scope: !1198)
!1201 = !DILocation(line: 23, column: 11, scope: !1198)
!1202 = !DILocation(line: 23, column: 9, scope: !1198)
!1203 = !DILocation(line: 23, column: 68, scope: !1198)
!1204 = !DILocation(line: 23, column: 6, scope: !961)
!1205 = !DILocation(line: 24, column: 10, scope: !1198)
!1206 = !DILocation(line: 24, column: 3, scope: !1198)
!1207 = !DILocation(line: 28, column: 23, scope: !961)
!1208 = !DILocation(line: 28, column: 2, scope: !961)
!1209 = !DILocation(line: 28, column: 9, scope: !961)
!1210 = !DILocation(line: 28, column: 21, scope: !961)
!1211 = !DILocation(line: 29, column: 2, scope: !961)
!1212 = !DILocation(line: 29, column: 9, scope: !961)
!1213 = !DILocation(line: 29, column: 18, scope: !961)
!1214 = !DILocation(line: 30, column: 18, scope: !961)
!1215 = !DILocation(line: 30, column: 26, scope: !961)
!1216 = !DILocation(line: 30, column: 2, scope: !961)
!1217 = !DILocation(line: 30, column: 9, scope: !961)
!1218 = !DILocation(line: 30, column: 16, scope: !961)
!1219 = !DILocation(line: 31, column: 2, scope: !961)
!1220 = !DILocation(line: 31, column: 9, scope: !961)
!1221 = !DILocation(line: 31, column: 19, scope: !961)
!1222 = !DILocation(line: 32, column: 21, scope: !1223)
!1223 = distinct !DILexicalBlock(scope: !961, file: !47, line: 32, column: 6)
!1224 = !DILocation(line: 32, column: 28, scope: !1223)
!1225 = !DILocation(line: 32, column: 36, scope: !1223)
!1226 = !DILocation(line: 32, column: 11, scope: !1223)
!1227 = !DILocation(line: 32, column: 9, scope: !1223)
!1228 = !DILocation(line: 32, column: 48, scope: !1223)
!1229 = !DILocation(line: 32, column: 6, scope: !961)
!1230 = !DILocation(line: 33, column: 10, scope: !1223)
!1231 = !DILocation(line: 33, column: 3, scope: !1223)
!1232 = !DILocation(line: 35, column: 38, scope: !961)
!1233 = !DILocation(line: 35, column: 2, scope: !961)
!1234 = !DILocation(line: 35, column: 5, scope: !961)
!1235 = !DILocation(line: 35, column: 24, scope: !961)
!1236 = !DILocation(line: 35, column: 36, scope: !961)
!1237 = !DILocation(line: 36, column: 2, scope: !961)
!1238 = !DILocation(line: 37, column: 1, scope: !961)
!1239 = distinct !DISubprogram(name: "do_exit", scope: !47, file: !47, line: 39, type: !962, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !46, retainedNodes: !57)
!1240 = !DILocalVariable(name: "m", arg: 1, scope: !1239, file: !47, line: 39, type: !964)
!1241 = !DILocation(line: 39, column: 22, scope: !1239)
!1242 = !DILocalVariable(name: "vmp", scope: !1239, file: !47, line: 41, type: !1140)
!1243 = !DILocation(line: 41, column: 17, scope: !1239)
!1244 = !DILocation(line: 43, column: 6, scope: !1245)
!1245 = distinct !DILexicalBlock(scope: !1239, file: !47, line: 43, column: 6)
!1246 = !DILocation(line: 43, column: 9, scope: !1245)
!1247 = !DILocation(line: 43, column: 18, scope: !1245)
!1248 = !DILocation(line: 43, column: 6, scope: !1239)
!1249 = !DILocation(line: 44, column: 3, scope: !1245)
!1250 = !DILocation(line: 45, column: 16, scope: !1239)
!1251 = !DILocation(line: 45, column: 9, scope: !1239)
!1252 = !DILocation(line: 45, column: 6, scope: !1239)
!1253 = !DILocation(line: 46, column: 18, scope: !1239)
!1254 = !DILocation(line: 46, column: 2, scope: !1239)
!1255 = !DILocation(line: 47, column: 2, scope: !1239)
!1256 = !DILocation(line: 47, column: 7, scope: !1239)
!1257 = !DILocation(line: 47, column: 16, scope: !1239)
!1258 = !DILocation(line: 48, column: 2, scope: !1239)
!1259 = !DILocation(line: 49, column: 1, scope: !1239)
!1260 = distinct !DISubprogram(name: "do_exec_newmem", scope: !47, file: !47, line: 51, type: !962, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !46, retainedNodes: !57)
!1261 = !DILocalVariable(name: "m", arg: 1, scope: !1260, file: !47, line: 51, type: !964)
!1262 = !DILocation(line: 51, column: 29, scope: !1260)
!1263 = !DILocalVariable(name: "vmp", scope: !1260, file: !47, line: 53, type: !1140)
!1264 = !DILocation(line: 53, column: 17, scope: !1260)
!1265 = !DILocalVariable(name: "bytes", scope: !1260, file: !47, line: 54, type: !180)
!1266 = !DILocation(line: 54, column: 9, scope: !1260)
!1267 = !DILocation(line: 54, column: 17, scope: !1260)
!1268 = !DILocation(line: 54, column: 20, scope: !1260)
!1269 = !DILocation(line: 54, column: 41, scope: !1260)
!1270 = !DILocalVariable(name: "npages", scope: !1260, file: !47, line: 55, type: !20)
!1271 = !DILocation(line: 55, column: 6, scope: !1260)
!1272 = !DILocation(line: 55, column: 16, scope: !1260)
!1273 = !DILocation(line: 55, column: 22, scope: !1260)
!1274 = !DILocation(line: 55, column: 34, scope: !1260)
!1275 = !DILocation(line: 55, column: 39, scope: !1260)
!1276 = !DILocation(line: 55, column: 51, scope: !1260)
!1277 = !DILocalVariable(name: "r", scope: !1260, file: !47, line: 56, type: !20)
!1278 = !DILocation(line: 56, column: 6, scope: !1260)
!1279 = !DILocation(line: 58, column: 6, scope: !1280)
!1280 = distinct !DILexicalBlock(scope: !1260, file: !47, line: 58, column: 6)
!1281 = !DILocation(line: 58, column: 9, scope: !1280)
!1282 = !DILocation(line: 58, column: 18, scope: !1280)
!1283 = !DILocation(line: 58, column: 6, scope: !1260)
!1284 = !DILocation(line: 59, column: 3, scope: !1280)
!1285 = !DILocation(line: 60, column: 16, scope: !1260)
!1286 = !DILocation(line: 60, column: 9, scope: !1260)
!1287 = !DILocation(line: 60, column: 6, scope: !1260)
!1288 = !DILocation(line: 61, column: 8, scope: !1289)
!1289 = distinct !DILexicalBlock(scope: !1260, file: !47, line: 61, column: 6)
!1290 = !DILocation(line: 61, column: 13, scope: !1289)
!1291 = !DILocation(line: 61, column: 22, scope: !1289)
!1292 = !DILocation(line: 61, column: 6, scope: !1260)
!1293 = !DILocation(line: 62, column: 3, scope: !1289)
!1294 = !DILocation(line: 64, column: 18, scope: !1260)
!1295 = !DILocation(line: 64, column: 2, scope: !1260)
!1296 = !DILocation(line: 65, column: 21, scope: !1297)
!1297 = distinct !DILexicalBlock(scope: !1260, file: !47, line: 65, column: 6)
!1298 = !DILocation(line: 65, column: 26, scope: !1297)
!1299 = !DILocation(line: 65, column: 11, scope: !1297)
!1300 = !DILocation(line: 65, column: 9, scope: !1297)
!1301 = !DILocation(line: 65, column: 35, scope: !1297)
!1302 = !DILocation(line: 65, column: 6, scope: !1260)
!1303 = !DILocation(line: 66, column: 10, scope: !1297)
!1304 = !DILocation(line: 66, column: 3, scope: !1297)
!1305 = !DILocation(line: 67, column: 32, scope: !1260)
!1306 = !DILocation(line: 67, column: 39, scope: !1260)
!1307 = !DILocation(line: 67, column: 54, scope: !1260)
!1308 = !DILocation(line: 67, column: 29, scope: !1260)
!1309 = !DILocation(line: 67, column: 2, scope: !1260)
!1310 = !DILocation(line: 67, column: 7, scope: !1260)
!1311 = !DILocation(line: 67, column: 14, scope: !1260)
!1312 = !DILocation(line: 68, column: 2, scope: !1260)
!1313 = !DILocation(line: 68, column: 5, scope: !1260)
!1314 = !DILocation(line: 68, column: 26, scope: !1260)
!1315 = !DILocation(line: 68, column: 31, scope: !1260)
!1316 = !DILocation(line: 69, column: 2, scope: !1260)
!1317 = !DILocation(line: 70, column: 1, scope: !1260)
