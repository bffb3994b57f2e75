; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.vm_call = type { ptr, ptr }
%struct.vmproc = type { i32, i32, i32, [32 x i32], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_vm_brk = type { i32 }
%struct.mess_lc_vm_mmap = type { i32, i32 }
%struct.mess_lsys_vm_usage = type { i32, i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"vm: receive failed\00", align 1, !dbg !0
@vm_calls = dso_local global [6 x %struct.vm_call] zeroinitializer, align 4, !dbg !7
@.str.1 = private unnamed_addr constant [17 x i8] c"vm: cannot reply\00", align 1, !dbg !13
@next_free = dso_local global [256 x i32] zeroinitializer, align 4, !dbg !38
@free_list_head = dso_local global i32 0, align 4, !dbg !43
@.str.2 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_EXIT out of range\00", align 1, !dbg !49
@.str.3 = private unnamed_addr constant [8 x i8] c"VM_EXIT\00", align 1, !dbg !54
@.str.4 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_FORK out of range\00", align 1, !dbg !59
@.str.5 = private unnamed_addr constant [8 x i8] c"VM_FORK\00", align 1, !dbg !61
@.str.6 = private unnamed_addr constant [32 x i8] c"vm: CALLMAP VM_BRK out of range\00", align 1, !dbg !63
@.str.7 = private unnamed_addr constant [7 x i8] c"VM_BRK\00", align 1, !dbg !66
@.str.8 = private unnamed_addr constant [33 x i8] c"vm: CALLMAP VM_MMAP out of range\00", align 1, !dbg !71
@.str.9 = private unnamed_addr constant [8 x i8] c"VM_MMAP\00", align 1, !dbg !73
@.str.10 = private unnamed_addr constant [40 x i8] c"vm: CALLMAP VM_EXEC_NEWMEM out of range\00", align 1, !dbg !75
@.str.11 = private unnamed_addr constant [15 x i8] c"VM_EXEC_NEWMEM\00", align 1, !dbg !80
@.str.12 = private unnamed_addr constant [38 x i8] c"vm: CALLMAP VM_GETRUSAGE out of range\00", align 1, !dbg !85
@.str.13 = private unnamed_addr constant [13 x i8] c"VM_GETRUSAGE\00", align 1, !dbg !90
@vm_shutting_down = dso_local global i32 0, align 4, !dbg !47
@vmproc = dso_local global [32 x %struct.vmproc] zeroinitializer, align 4, !dbg !18
@free_page_count = dso_local global i32 0, align 4, !dbg !45

; Function Attrs: noinline nounwind
define dso_local i32 @alloc_page() #0 !dbg !331 {
entry:
  %retval = alloca i32, align 4
  %page = alloca i32, align 4
    #dbg_declare(ptr %page, !335, !DIExpression(), !336)
  %0 = load i32, ptr @free_list_head, align 4, !dbg !337
  store i32 %0, ptr %page, align 4, !dbg !336
  %1 = load i32, ptr %page, align 4, !dbg !338
  %cmp = icmp eq i32 %1, -1, !dbg !340
  br i1 %cmp, label %if.then, label %if.end, !dbg !341

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !342
  br label %return, !dbg !342

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %page, align 4, !dbg !343
  %arrayidx = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %2, !dbg !344
  %3 = load i32, ptr %arrayidx, align 4, !dbg !344
  store i32 %3, ptr @free_list_head, align 4, !dbg !345
  %4 = load i32, ptr %page, align 4, !dbg !346
  %arrayidx1 = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %4, !dbg !347
  store i32 -2, ptr %arrayidx1, align 4, !dbg !348
  %5 = load i32, ptr @free_page_count, align 4, !dbg !349
  %dec = add nsw i32 %5, -1, !dbg !349
  store i32 %dec, ptr @free_page_count, align 4, !dbg !349
  %6 = load i32, ptr %page, align 4, !dbg !350
  store i32 %6, ptr %retval, align 4, !dbg !351
  br label %return, !dbg !351

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !352
  ret i32 %7, !dbg !352
}

; Function Attrs: noinline nounwind
define dso_local void @free_page(i32 noundef %page) #0 !dbg !353 {
entry:
  %page.addr = alloca i32, align 4
  store i32 %page, ptr %page.addr, align 4
    #dbg_declare(ptr %page.addr, !356, !DIExpression(), !357)
  %0 = load i32, ptr @free_list_head, align 4, !dbg !358
  %1 = load i32, ptr %page.addr, align 4, !dbg !359
  %arrayidx = getelementptr inbounds [256 x i32], ptr @next_free, i32 0, i32 %1, !dbg !360
  store i32 %0, ptr %arrayidx, align 4, !dbg !361
  %2 = load i32, ptr %page.addr, align 4, !dbg !362
  store i32 %2, ptr @free_list_head, align 4, !dbg !363
  %3 = load i32, ptr @free_page_count, align 4, !dbg !364
  %inc = add nsw i32 %3, 1, !dbg !364
  store i32 %inc, ptr @free_page_count, align 4, !dbg !364
  ret void, !dbg !365
}

; Function Attrs: noinline nounwind
define dso_local i32 @grow_proc(ptr noundef %vmp, i32 noundef %npages) #0 !dbg !366 {
entry:
  %retval = alloca i32, align 4
  %vmp.addr = alloca ptr, align 4
  %npages.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %vmp, ptr %vmp.addr, align 4
    #dbg_declare(ptr %vmp.addr, !377, !DIExpression(), !378)
  store i32 %npages, ptr %npages.addr, align 4
    #dbg_declare(ptr %npages.addr, !379, !DIExpression(), !380)
    #dbg_declare(ptr %i, !381, !DIExpression(), !382)
  %0 = load i32, ptr %npages.addr, align 4, !dbg !383
  %1 = load ptr, ptr %vmp.addr, align 4, !dbg !385
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %1, i32 0, i32 2, !dbg !386
  %2 = load i32, ptr %vm_npages, align 4, !dbg !386
  %sub = sub nsw i32 32, %2, !dbg !387
  %cmp = icmp sgt i32 %0, %sub, !dbg !388
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !389

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, ptr %npages.addr, align 4, !dbg !390
  %4 = load i32, ptr @free_page_count, align 4, !dbg !391
  %cmp1 = icmp sgt i32 %3, %4, !dbg !392
  br i1 %cmp1, label %if.then, label %if.end, !dbg !393

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, ptr %retval, align 4, !dbg !394
  br label %return, !dbg !394

if.end:                                           ; preds = %lor.lhs.false
  store i32 0, ptr %i, align 4, !dbg !395
  br label %for.cond, !dbg !397

for.cond:                                         ; preds = %for.inc, %if.end
  %5 = load i32, ptr %i, align 4, !dbg !398
  %6 = load i32, ptr %npages.addr, align 4, !dbg !400
  %cmp2 = icmp slt i32 %5, %6, !dbg !401
  br i1 %cmp2, label %for.body, label %for.end, !dbg !402

for.body:                                         ; preds = %for.cond
  %call = call i32 @alloc_page() #3, !dbg !403
  %7 = load ptr, ptr %vmp.addr, align 4, !dbg !404
  %vm_pages = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 3, !dbg !405
  %8 = load ptr, ptr %vmp.addr, align 4, !dbg !406
  %vm_npages3 = getelementptr inbounds %struct.vmproc, ptr %8, i32 0, i32 2, !dbg !407
  %9 = load i32, ptr %vm_npages3, align 4, !dbg !408
  %inc = add nsw i32 %9, 1, !dbg !408
  store i32 %inc, ptr %vm_npages3, align 4, !dbg !408
  %arrayidx = getelementptr inbounds [32 x i32], ptr %vm_pages, i32 0, i32 %9, !dbg !404
  store i32 %call, ptr %arrayidx, align 4, !dbg !409
  br label %for.inc, !dbg !404

for.inc:                                          ; preds = %for.body
  %10 = load i32, ptr %i, align 4, !dbg !410
  %inc4 = add nsw i32 %10, 1, !dbg !410
  store i32 %inc4, ptr %i, align 4, !dbg !410
  br label %for.cond, !dbg !411, !llvm.loop !412

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %retval, align 4, !dbg !415
  br label %return, !dbg !415

return:                                           ; preds = %for.end, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !416
  ret i32 %11, !dbg !416
}

; Function Attrs: noinline nounwind
define dso_local void @free_proc_pages(ptr noundef %vmp) #0 !dbg !417 {
entry:
  %vmp.addr = alloca ptr, align 4
  store ptr %vmp, ptr %vmp.addr, align 4
    #dbg_declare(ptr %vmp.addr, !420, !DIExpression(), !421)
  br label %while.cond, !dbg !422

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %vmp.addr, align 4, !dbg !423
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %0, i32 0, i32 2, !dbg !424
  %1 = load i32, ptr %vm_npages, align 4, !dbg !424
  %cmp = icmp sgt i32 %1, 0, !dbg !425
  br i1 %cmp, label %while.body, label %while.end, !dbg !422

while.body:                                       ; preds = %while.cond
  %2 = load ptr, ptr %vmp.addr, align 4, !dbg !426
  %vm_pages = getelementptr inbounds %struct.vmproc, ptr %2, i32 0, i32 3, !dbg !427
  %3 = load ptr, ptr %vmp.addr, align 4, !dbg !428
  %vm_npages1 = getelementptr inbounds %struct.vmproc, ptr %3, i32 0, i32 2, !dbg !429
  %4 = load i32, ptr %vm_npages1, align 4, !dbg !430
  %dec = add nsw i32 %4, -1, !dbg !430
  store i32 %dec, ptr %vm_npages1, align 4, !dbg !430
  %arrayidx = getelementptr inbounds [32 x i32], ptr %vm_pages, i32 0, i32 %dec, !dbg !426
  %5 = load i32, ptr %arrayidx, align 4, !dbg !426
  call void @free_page(i32 noundef %5) #3, !dbg !431
  br label %while.cond, !dbg !422, !llvm.loop !432

while.end:                                        ; preds = %while.cond
  ret void, !dbg !434
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !435 {
entry:
  %msg = alloca %struct.message, align 4
  %who_e = alloca i32, align 4
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %c = alloca i32, align 4
    #dbg_declare(ptr %msg, !436, !DIExpression(), !437)
    #dbg_declare(ptr %who_e, !438, !DIExpression(), !439)
    #dbg_declare(ptr %ipc_status, !440, !DIExpression(), !441)
    #dbg_declare(ptr %result, !442, !DIExpression(), !443)
    #dbg_declare(ptr %c, !444, !DIExpression(), !445)
  call void @vm_init() #3, !dbg !446
  br label %for.cond, !dbg !447

for.cond:                                         ; preds = %if.end31, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %msg, ptr noundef %ipc_status) #3, !dbg !448
  %cmp = icmp ne i32 %call, 0, !dbg !453
  br i1 %cmp, label %if.then, label %if.end, !dbg !454

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !455
  unreachable, !dbg !455

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 0, !dbg !456
  %0 = load i32, ptr %m_source, align 4, !dbg !456
  store i32 %0, ptr %who_e, align 4, !dbg !457
  %m_type = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !458
  %1 = load i32, ptr %m_type, align 4, !dbg !458
  %cmp1 = icmp sge i32 %1, 768, !dbg !458
  br i1 %cmp1, label %land.lhs.true, label %cond.false, !dbg !458

land.lhs.true:                                    ; preds = %if.end
  %m_type2 = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !458
  %2 = load i32, ptr %m_type2, align 4, !dbg !458
  %cmp3 = icmp slt i32 %2, 774, !dbg !458
  br i1 %cmp3, label %cond.true, label %cond.false, !dbg !458

cond.true:                                        ; preds = %land.lhs.true
  %m_type4 = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !458
  %3 = load i32, ptr %m_type4, align 4, !dbg !458
  %sub = sub nsw i32 %3, 768, !dbg !458
  br label %cond.end, !dbg !458

cond.false:                                       ; preds = %land.lhs.true, %if.end
  br label %cond.end, !dbg !458

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ -1, %cond.false ], !dbg !458
  store i32 %cond, ptr %c, align 4, !dbg !459
  %m_type5 = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !460
  %4 = load i32, ptr %m_type5, align 4, !dbg !460
  %cmp6 = icmp eq i32 %4, 1536, !dbg !462
  br i1 %cmp6, label %if.then7, label %if.else, !dbg !463

if.then7:                                         ; preds = %cond.end
  %call8 = call i32 @do_getstatus(ptr noundef %msg) #3, !dbg !464
  store i32 %call8, ptr %result, align 4, !dbg !465
  br label %if.end23, !dbg !466

if.else:                                          ; preds = %cond.end
  %m_type9 = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !467
  %5 = load i32, ptr %m_type9, align 4, !dbg !467
  %cmp10 = icmp eq i32 %5, 1537, !dbg !469
  br i1 %cmp10, label %if.then11, label %if.else13, !dbg !470

if.then11:                                        ; preds = %if.else
  %call12 = call i32 @do_shutdown(ptr noundef %msg) #3, !dbg !471
  store i32 %call12, ptr %result, align 4, !dbg !472
  br label %if.end22, !dbg !473

if.else13:                                        ; preds = %if.else
  %6 = load i32, ptr %c, align 4, !dbg !474
  %cmp14 = icmp slt i32 %6, 0, !dbg !476
  br i1 %cmp14, label %if.then16, label %lor.lhs.false, !dbg !477

lor.lhs.false:                                    ; preds = %if.else13
  %7 = load i32, ptr %c, align 4, !dbg !478
  %arrayidx = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %7, !dbg !479
  %vmc_func = getelementptr inbounds %struct.vm_call, ptr %arrayidx, i32 0, i32 0, !dbg !480
  %8 = load ptr, ptr %vmc_func, align 4, !dbg !480
  %cmp15 = icmp eq ptr %8, null, !dbg !481
  br i1 %cmp15, label %if.then16, label %if.else17, !dbg !482

if.then16:                                        ; preds = %lor.lhs.false, %if.else13
  store i32 -38, ptr %result, align 4, !dbg !483
  br label %if.end21, !dbg !484

if.else17:                                        ; preds = %lor.lhs.false
  %9 = load i32, ptr %c, align 4, !dbg !485
  %arrayidx18 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %9, !dbg !486
  %vmc_func19 = getelementptr inbounds %struct.vm_call, ptr %arrayidx18, i32 0, i32 0, !dbg !487
  %10 = load ptr, ptr %vmc_func19, align 4, !dbg !487
  %call20 = call i32 %10(ptr noundef %msg) #3, !dbg !486
  store i32 %call20, ptr %result, align 4, !dbg !488
  br label %if.end21

if.end21:                                         ; preds = %if.else17, %if.then16
  br label %if.end22

if.end22:                                         ; preds = %if.end21, %if.then11
  br label %if.end23

if.end23:                                         ; preds = %if.end22, %if.then7
  %11 = load i32, ptr %result, align 4, !dbg !489
  %cmp24 = icmp ne i32 %11, -201, !dbg !491
  br i1 %cmp24, label %if.then25, label %if.end31, !dbg !492

if.then25:                                        ; preds = %if.end23
  %12 = load i32, ptr %result, align 4, !dbg !493
  %m_type26 = getelementptr inbounds %struct.message, ptr %msg, i32 0, i32 1, !dbg !495
  store i32 %12, ptr %m_type26, align 4, !dbg !496
  %13 = load i32, ptr %who_e, align 4, !dbg !497
  %call27 = call i32 @ipc_send(i32 noundef %13, ptr noundef %msg) #3, !dbg !499
  %cmp28 = icmp ne i32 %call27, 0, !dbg !500
  br i1 %cmp28, label %if.then29, label %if.end30, !dbg !501

if.then29:                                        ; preds = %if.then25
  call void @panic(ptr noundef @.str.1) #4, !dbg !502
  unreachable, !dbg !502

if.end30:                                         ; preds = %if.then25
  br label %if.end31, !dbg !503

if.end31:                                         ; preds = %if.end30, %if.end23
  br label %for.cond, !dbg !504, !llvm.loop !505
}

; Function Attrs: noinline nounwind
define internal void @vm_init() #0 !dbg !508 {
entry:
  %i = alloca i32, align 4
  %page = alloca i32, align 4
  %_cmi = alloca i32, align 4
  %_cmi11 = alloca i32, align 4
  %_cmi21 = alloca i32, align 4
  %_cmi31 = alloca i32, align 4
  %_cmi41 = alloca i32, align 4
  %_cmi51 = alloca i32, align 4
    #dbg_declare(ptr %i, !511, !DIExpression(), !512)
    #dbg_declare(ptr %page, !513, !DIExpression(), !514)
  store i32 -1, ptr @free_list_head, align 4, !dbg !515
  store i32 0, ptr @free_page_count, align 4, !dbg !516
  store i32 255, ptr %page, align 4, !dbg !517
  br label %for.cond, !dbg !519

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %page, align 4, !dbg !520
  %cmp = icmp sge i32 %0, 32, !dbg !522
  br i1 %cmp, label %for.body, label %for.end, !dbg !523

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %page, align 4, !dbg !524
  call void @free_page(i32 noundef %1) #3, !dbg !525
  br label %for.inc, !dbg !525

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %page, align 4, !dbg !526
  %dec = add nsw i32 %2, -1, !dbg !526
  store i32 %dec, ptr %page, align 4, !dbg !526
  br label %for.cond, !dbg !527, !llvm.loop !528

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i, align 4, !dbg !530
  br label %for.cond1, !dbg !532

for.cond1:                                        ; preds = %for.inc5, %for.end
  %3 = load i32, ptr %i, align 4, !dbg !533
  %cmp2 = icmp slt i32 %3, 5, !dbg !535
  br i1 %cmp2, label %for.body3, label %for.end6, !dbg !536

for.body3:                                        ; preds = %for.cond1
  %4 = load i32, ptr %i, align 4, !dbg !537
  %5 = load i32, ptr %i, align 4, !dbg !539
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %5, !dbg !540
  %vm_endpoint = getelementptr inbounds %struct.vmproc, ptr %arrayidx, i32 0, i32 0, !dbg !541
  store i32 %4, ptr %vm_endpoint, align 4, !dbg !542
  %6 = load i32, ptr %i, align 4, !dbg !543
  %arrayidx4 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %6, !dbg !544
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %arrayidx4, i32 0, i32 1, !dbg !545
  store i32 1, ptr %vm_flags, align 4, !dbg !546
  br label %for.inc5, !dbg !547

for.inc5:                                         ; preds = %for.body3
  %7 = load i32, ptr %i, align 4, !dbg !548
  %inc = add nsw i32 %7, 1, !dbg !548
  store i32 %inc, ptr %i, align 4, !dbg !548
  br label %for.cond1, !dbg !549, !llvm.loop !550

for.end6:                                         ; preds = %for.cond1
  store i32 37, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), align 4, !dbg !552
  store i32 1, ptr getelementptr inbounds (%struct.vmproc, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), i32 0, i32 1), align 4, !dbg !553
  store i32 134217728, ptr getelementptr inbounds (%struct.vmproc, ptr getelementptr inbounds ([32 x %struct.vmproc], ptr @vmproc, i32 0, i32 5), i32 0, i32 4), align 4, !dbg !554
  %call = call ptr @memset(ptr noundef @vm_calls, i32 noundef 0, i32 noundef 48) #3, !dbg !555
    #dbg_declare(ptr %_cmi, !556, !DIExpression(), !558)
  store i32 0, ptr %_cmi, align 4, !dbg !558
  %8 = load i32, ptr %_cmi, align 4, !dbg !559
  %cmp7 = icmp slt i32 %8, 0, !dbg !559
  br i1 %cmp7, label %if.then, label %lor.lhs.false, !dbg !559

lor.lhs.false:                                    ; preds = %for.end6
  %9 = load i32, ptr %_cmi, align 4, !dbg !559
  %cmp8 = icmp sge i32 %9, 6, !dbg !559
  br i1 %cmp8, label %if.then, label %if.end, !dbg !558

if.then:                                          ; preds = %lor.lhs.false, %for.end6
  call void @panic(ptr noundef @.str.2) #4, !dbg !559
  unreachable, !dbg !559

if.end:                                           ; preds = %lor.lhs.false
  %10 = load i32, ptr %_cmi, align 4, !dbg !558
  %arrayidx9 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %10, !dbg !558
  %vmc_func = getelementptr inbounds %struct.vm_call, ptr %arrayidx9, i32 0, i32 0, !dbg !558
  store ptr @do_exit, ptr %vmc_func, align 4, !dbg !558
  %11 = load i32, ptr %_cmi, align 4, !dbg !558
  %arrayidx10 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %11, !dbg !558
  %vmc_name = getelementptr inbounds %struct.vm_call, ptr %arrayidx10, i32 0, i32 1, !dbg !558
  store ptr @.str.3, ptr %vmc_name, align 4, !dbg !558
    #dbg_declare(ptr %_cmi11, !561, !DIExpression(), !563)
  store i32 1, ptr %_cmi11, align 4, !dbg !563
  %12 = load i32, ptr %_cmi11, align 4, !dbg !564
  %cmp12 = icmp slt i32 %12, 0, !dbg !564
  br i1 %cmp12, label %if.then15, label %lor.lhs.false13, !dbg !564

lor.lhs.false13:                                  ; preds = %if.end
  %13 = load i32, ptr %_cmi11, align 4, !dbg !564
  %cmp14 = icmp sge i32 %13, 6, !dbg !564
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !563

if.then15:                                        ; preds = %lor.lhs.false13, %if.end
  call void @panic(ptr noundef @.str.4) #4, !dbg !564
  unreachable, !dbg !564

if.end16:                                         ; preds = %lor.lhs.false13
  %14 = load i32, ptr %_cmi11, align 4, !dbg !563
  %arrayidx17 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %14, !dbg !563
  %vmc_func18 = getelementptr inbounds %struct.vm_call, ptr %arrayidx17, i32 0, i32 0, !dbg !563
  store ptr @do_fork, ptr %vmc_func18, align 4, !dbg !563
  %15 = load i32, ptr %_cmi11, align 4, !dbg !563
  %arrayidx19 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %15, !dbg !563
  %vmc_name20 = getelementptr inbounds %struct.vm_call, ptr %arrayidx19, i32 0, i32 1, !dbg !563
  store ptr @.str.5, ptr %vmc_name20, align 4, !dbg !563
    #dbg_declare(ptr %_cmi21, !566, !DIExpression(), !568)
  store i32 2, ptr %_cmi21, align 4, !dbg !568
  %16 = load i32, ptr %_cmi21, align 4, !dbg !569
  %cmp22 = icmp slt i32 %16, 0, !dbg !569
  br i1 %cmp22, label %if.then25, label %lor.lhs.false23, !dbg !569

lor.lhs.false23:                                  ; preds = %if.end16
  %17 = load i32, ptr %_cmi21, align 4, !dbg !569
  %cmp24 = icmp sge i32 %17, 6, !dbg !569
  br i1 %cmp24, label %if.then25, label %if.end26, !dbg !568

if.then25:                                        ; preds = %lor.lhs.false23, %if.end16
  call void @panic(ptr noundef @.str.6) #4, !dbg !569
  unreachable, !dbg !569

if.end26:                                         ; preds = %lor.lhs.false23
  %18 = load i32, ptr %_cmi21, align 4, !dbg !568
  %arrayidx27 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %18, !dbg !568
  %vmc_func28 = getelementptr inbounds %struct.vm_call, ptr %arrayidx27, i32 0, i32 0, !dbg !568
  store ptr @do_brk, ptr %vmc_func28, align 4, !dbg !568
  %19 = load i32, ptr %_cmi21, align 4, !dbg !568
  %arrayidx29 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %19, !dbg !568
  %vmc_name30 = getelementptr inbounds %struct.vm_call, ptr %arrayidx29, i32 0, i32 1, !dbg !568
  store ptr @.str.7, ptr %vmc_name30, align 4, !dbg !568
    #dbg_declare(ptr %_cmi31, !571, !DIExpression(), !573)
  store i32 3, ptr %_cmi31, align 4, !dbg !573
  %20 = load i32, ptr %_cmi31, align 4, !dbg !574
  %cmp32 = icmp slt i32 %20, 0, !dbg !574
  br i1 %cmp32, label %if.then35, label %lor.lhs.false33, !dbg !574

lor.lhs.false33:                                  ; preds = %if.end26
  %21 = load i32, ptr %_cmi31, align 4, !dbg !574
  %cmp34 = icmp sge i32 %21, 6, !dbg !574
  br i1 %cmp34, label %if.then35, label %if.end36, !dbg !573

if.then35:                                        ; preds = %lor.lhs.false33, %if.end26
  call void @panic(ptr noundef @.str.8) #4, !dbg !574
  unreachable, !dbg !574

if.end36:                                         ; preds = %lor.lhs.false33
  %22 = load i32, ptr %_cmi31, align 4, !dbg !573
  %arrayidx37 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %22, !dbg !573
  %vmc_func38 = getelementptr inbounds %struct.vm_call, ptr %arrayidx37, i32 0, i32 0, !dbg !573
  store ptr @do_mmap, ptr %vmc_func38, align 4, !dbg !573
  %23 = load i32, ptr %_cmi31, align 4, !dbg !573
  %arrayidx39 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %23, !dbg !573
  %vmc_name40 = getelementptr inbounds %struct.vm_call, ptr %arrayidx39, i32 0, i32 1, !dbg !573
  store ptr @.str.9, ptr %vmc_name40, align 4, !dbg !573
    #dbg_declare(ptr %_cmi41, !576, !DIExpression(), !578)
  store i32 4, ptr %_cmi41, align 4, !dbg !578
  %24 = load i32, ptr %_cmi41, align 4, !dbg !579
  %cmp42 = icmp slt i32 %24, 0, !dbg !579
  br i1 %cmp42, label %if.then45, label %lor.lhs.false43, !dbg !579

lor.lhs.false43:                                  ; preds = %if.end36
  %25 = load i32, ptr %_cmi41, align 4, !dbg !579
  %cmp44 = icmp sge i32 %25, 6, !dbg !579
  br i1 %cmp44, label %if.then45, label %if.end46, !dbg !578

if.then45:                                        ; preds = %lor.lhs.false43, %if.end36
  call void @panic(ptr noundef @.str.10) #4, !dbg !579
  unreachable, !dbg !579

if.end46:                                         ; preds = %lor.lhs.false43
  %26 = load i32, ptr %_cmi41, align 4, !dbg !578
  %arrayidx47 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %26, !dbg !578
  %vmc_func48 = getelementptr inbounds %struct.vm_call, ptr %arrayidx47, i32 0, i32 0, !dbg !578
  store ptr @do_exec_newmem, ptr %vmc_func48, align 4, !dbg !578
  %27 = load i32, ptr %_cmi41, align 4, !dbg !578
  %arrayidx49 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %27, !dbg !578
  %vmc_name50 = getelementptr inbounds %struct.vm_call, ptr %arrayidx49, i32 0, i32 1, !dbg !578
  store ptr @.str.11, ptr %vmc_name50, align 4, !dbg !578
    #dbg_declare(ptr %_cmi51, !581, !DIExpression(), !583)
  store i32 5, ptr %_cmi51, align 4, !dbg !583
  %28 = load i32, ptr %_cmi51, align 4, !dbg !584
  %cmp52 = icmp slt i32 %28, 0, !dbg !584
  br i1 %cmp52, label %if.then55, label %lor.lhs.false53, !dbg !584

lor.lhs.false53:                                  ; preds = %if.end46
  %29 = load i32, ptr %_cmi51, align 4, !dbg !584
  %cmp54 = icmp sge i32 %29, 6, !dbg !584
  br i1 %cmp54, label %if.then55, label %if.end56, !dbg !583

if.then55:                                        ; preds = %lor.lhs.false53, %if.end46
  call void @panic(ptr noundef @.str.12) #4, !dbg !584
  unreachable, !dbg !584

if.end56:                                         ; preds = %lor.lhs.false53
  %30 = load i32, ptr %_cmi51, align 4, !dbg !583
  %arrayidx57 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %30, !dbg !583
  %vmc_func58 = getelementptr inbounds %struct.vm_call, ptr %arrayidx57, i32 0, i32 0, !dbg !583
  store ptr @do_getrusage, ptr %vmc_func58, align 4, !dbg !583
  %31 = load i32, ptr %_cmi51, align 4, !dbg !583
  %arrayidx59 = getelementptr inbounds [6 x %struct.vm_call], ptr @vm_calls, i32 0, i32 %31, !dbg !583
  %vmc_name60 = getelementptr inbounds %struct.vm_call, ptr %arrayidx59, i32 0, i32 1, !dbg !583
  store ptr @.str.13, ptr %vmc_name60, align 4, !dbg !583
  ret void, !dbg !586
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_brk(ptr noundef %m) #0 !dbg !587 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %addr = alloca i32, align 4
  %needed = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !782, !DIExpression(), !783)
    #dbg_declare(ptr %vmp, !784, !DIExpression(), !793)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !794
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !794
  %1 = load i32, ptr %m_source, align 4, !dbg !794
  %and = and i32 %1, 31, !dbg !794
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !795
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !793
    #dbg_declare(ptr %addr, !796, !DIExpression(), !797)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !798
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !799
  %addr1 = getelementptr inbounds %struct.mess_lc_vm_brk, ptr %m_u, i32 0, i32 0, !dbg !800
  %3 = load i32, ptr %addr1, align 4, !dbg !800
  store i32 %3, ptr %addr, align 4, !dbg !797
    #dbg_declare(ptr %needed, !801, !DIExpression(), !802)
    #dbg_declare(ptr %r, !803, !DIExpression(), !804)
  %4 = load i32, ptr %addr, align 4, !dbg !805
  %cmp = icmp ult i32 %4, 134217728, !dbg !807
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !808

lor.lhs.false:                                    ; preds = %entry
  %5 = load i32, ptr %addr, align 4, !dbg !809
  %cmp2 = icmp uge i32 %5, 134348800, !dbg !810
  br i1 %cmp2, label %if.then, label %if.end, !dbg !811

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -12, ptr %retval, align 4, !dbg !812
  br label %return, !dbg !812

if.end:                                           ; preds = %lor.lhs.false
  %6 = load i32, ptr %addr, align 4, !dbg !813
  %sub = sub i32 %6, 134217728, !dbg !814
  %add = add i32 %sub, 4096, !dbg !815
  %sub3 = sub i32 %add, 1, !dbg !816
  %div = udiv i32 %sub3, 4096, !dbg !817
  %add4 = add i32 %div, 2, !dbg !818
  store i32 %add4, ptr %needed, align 4, !dbg !819
  %7 = load i32, ptr %needed, align 4, !dbg !820
  %8 = load ptr, ptr %vmp, align 4, !dbg !822
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %8, i32 0, i32 2, !dbg !823
  %9 = load i32, ptr %vm_npages, align 4, !dbg !823
  %cmp5 = icmp sgt i32 %7, %9, !dbg !824
  br i1 %cmp5, label %land.lhs.true, label %if.end10, !dbg !825

land.lhs.true:                                    ; preds = %if.end
  %10 = load ptr, ptr %vmp, align 4, !dbg !826
  %11 = load i32, ptr %needed, align 4, !dbg !827
  %12 = load ptr, ptr %vmp, align 4, !dbg !828
  %vm_npages6 = getelementptr inbounds %struct.vmproc, ptr %12, i32 0, i32 2, !dbg !829
  %13 = load i32, ptr %vm_npages6, align 4, !dbg !829
  %sub7 = sub nsw i32 %11, %13, !dbg !830
  %call = call i32 @grow_proc(ptr noundef %10, i32 noundef %sub7) #3, !dbg !831
  store i32 %call, ptr %r, align 4, !dbg !832
  %cmp8 = icmp ne i32 %call, 0, !dbg !833
  br i1 %cmp8, label %if.then9, label %if.end10, !dbg !834

if.then9:                                         ; preds = %land.lhs.true
  %14 = load i32, ptr %r, align 4, !dbg !835
  store i32 %14, ptr %retval, align 4, !dbg !836
  br label %return, !dbg !836

if.end10:                                         ; preds = %land.lhs.true, %if.end
  %15 = load i32, ptr %addr, align 4, !dbg !837
  %16 = load ptr, ptr %vmp, align 4, !dbg !838
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %16, i32 0, i32 4, !dbg !839
  store i32 %15, ptr %vm_brk, align 4, !dbg !840
  store i32 0, ptr %retval, align 4, !dbg !841
  br label %return, !dbg !841

return:                                           ; preds = %if.end10, %if.then9, %if.then
  %17 = load i32, ptr %retval, align 4, !dbg !842
  ret i32 %17, !dbg !842
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_mmap(ptr noundef %m) #0 !dbg !843 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %len = alloca i32, align 4
  %first = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !844, !DIExpression(), !845)
    #dbg_declare(ptr %vmp, !846, !DIExpression(), !847)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !848
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !848
  %1 = load i32, ptr %m_source, align 4, !dbg !848
  %and = and i32 %1, 31, !dbg !848
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !849
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !847
    #dbg_declare(ptr %len, !850, !DIExpression(), !851)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !852
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !853
  %len1 = getelementptr inbounds %struct.mess_lc_vm_mmap, ptr %m_u, i32 0, i32 0, !dbg !854
  %3 = load i32, ptr %len1, align 4, !dbg !854
  store i32 %3, ptr %len, align 4, !dbg !851
    #dbg_declare(ptr %first, !855, !DIExpression(), !856)
  %4 = load ptr, ptr %vmp, align 4, !dbg !857
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %4, i32 0, i32 2, !dbg !858
  %5 = load i32, ptr %vm_npages, align 4, !dbg !858
  store i32 %5, ptr %first, align 4, !dbg !856
    #dbg_declare(ptr %r, !859, !DIExpression(), !860)
  %6 = load i32, ptr %len, align 4, !dbg !861
  %cmp = icmp eq i32 %6, 0, !dbg !863
  br i1 %cmp, label %if.then, label %if.end, !dbg !864

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !865
  br label %return, !dbg !865

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %vmp, align 4, !dbg !866
  %8 = load i32, ptr %len, align 4, !dbg !868
  %add = add i32 %8, 4096, !dbg !869
  %sub = sub i32 %add, 1, !dbg !870
  %div = udiv i32 %sub, 4096, !dbg !871
  %call = call i32 @grow_proc(ptr noundef %7, i32 noundef %div) #3, !dbg !872
  store i32 %call, ptr %r, align 4, !dbg !873
  %cmp2 = icmp ne i32 %call, 0, !dbg !874
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !875

if.then3:                                         ; preds = %if.end
  %9 = load i32, ptr %r, align 4, !dbg !876
  store i32 %9, ptr %retval, align 4, !dbg !877
  br label %return, !dbg !877

if.end4:                                          ; preds = %if.end
  %10 = load i32, ptr %first, align 4, !dbg !878
  %mul = mul nsw i32 %10, 4096, !dbg !879
  %add5 = add nsw i32 134217728, %mul, !dbg !880
  %11 = load ptr, ptr %m.addr, align 4, !dbg !881
  %m_u6 = getelementptr inbounds %struct.message, ptr %11, i32 0, i32 2, !dbg !882
  %addr = getelementptr inbounds %struct.mess_lc_vm_mmap, ptr %m_u6, i32 0, i32 1, !dbg !883
  store i32 %add5, ptr %addr, align 4, !dbg !884
  store i32 0, ptr %retval, align 4, !dbg !885
  br label %return, !dbg !885

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %12 = load i32, ptr %retval, align 4, !dbg !886
  ret i32 %12, !dbg !886
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage(ptr noundef %m) #0 !dbg !887 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !888, !DIExpression(), !889)
    #dbg_declare(ptr %vmp, !890, !DIExpression(), !891)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !892
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !892
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 0, !dbg !892
  %1 = load i32, ptr %endpt, align 4, !dbg !892
  %and = and i32 %1, 31, !dbg !892
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !893
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !891
  %2 = load ptr, ptr %vmp, align 4, !dbg !894
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %2, i32 0, i32 1, !dbg !896
  %3 = load i32, ptr %vm_flags, align 4, !dbg !896
  %and1 = and i32 %3, 1, !dbg !897
  %tobool = icmp ne i32 %and1, 0, !dbg !897
  br i1 %tobool, label %if.end, label %if.then, !dbg !898

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !899
  br label %return, !dbg !899

if.end:                                           ; preds = %entry
  %4 = load ptr, ptr %vmp, align 4, !dbg !900
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %4, i32 0, i32 2, !dbg !901
  %5 = load i32, ptr %vm_npages, align 4, !dbg !901
  %6 = load ptr, ptr %m.addr, align 4, !dbg !902
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !903
  %pages = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u2, i32 0, i32 1, !dbg !904
  store i32 %5, ptr %pages, align 4, !dbg !905
  %7 = load ptr, ptr %vmp, align 4, !dbg !906
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 4, !dbg !907
  %8 = load i32, ptr %vm_brk, align 4, !dbg !907
  %9 = load ptr, ptr %m.addr, align 4, !dbg !908
  %m_u3 = getelementptr inbounds %struct.message, ptr %9, i32 0, i32 2, !dbg !909
  %brk = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u3, i32 0, i32 2, !dbg !910
  store i32 %8, ptr %brk, align 4, !dbg !911
  store i32 0, ptr %retval, align 4, !dbg !912
  br label %return, !dbg !912

return:                                           ; preds = %if.end, %if.then
  %10 = load i32, ptr %retval, align 4, !dbg !913
  ret i32 %10, !dbg !913
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !914 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1109, !DIExpression(), !1110)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1111
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1113
  %1 = load i32, ptr %m_source, align 4, !dbg !1113
  %cmp = icmp ne i32 %1, 0, !dbg !1114
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !1115

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1116
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1117
  %3 = load i32, ptr %m_source1, align 4, !dbg !1117
  %cmp2 = icmp ne i32 %3, 4, !dbg !1118
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1119

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1120
  br label %return, !dbg !1120

if.end:                                           ; preds = %land.lhs.true, %entry
  store i32 1, ptr @vm_shutting_down, align 4, !dbg !1121
  store i32 0, ptr %retval, align 4, !dbg !1122
  br label %return, !dbg !1122

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !1123
  ret i32 %4, !dbg !1123
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !1124 {
entry:
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1125, !DIExpression(), !1126)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1127
  %1 = load i32, ptr @free_page_count, align 4, !dbg !1128
  ret i32 %1, !dbg !1129
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork(ptr noundef %m) #0 !dbg !1130 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %parent = alloca ptr, align 4
  %child = alloca ptr, align 4
  %child_endpt = alloca i32, align 4
  %child_slot = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1325, !DIExpression(), !1326)
    #dbg_declare(ptr %parent, !1327, !DIExpression(), !1336)
    #dbg_declare(ptr %child, !1337, !DIExpression(), !1338)
    #dbg_declare(ptr %child_endpt, !1339, !DIExpression(), !1340)
    #dbg_declare(ptr %child_slot, !1341, !DIExpression(), !1342)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1343
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !1344
  %slot = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 1, !dbg !1345
  %1 = load i32, ptr %slot, align 4, !dbg !1345
  store i32 %1, ptr %child_slot, align 4, !dbg !1342
    #dbg_declare(ptr %r, !1346, !DIExpression(), !1347)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1348
  %m_source = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1350
  %3 = load i32, ptr %m_source, align 4, !dbg !1350
  %cmp = icmp ne i32 %3, 0, !dbg !1351
  br i1 %cmp, label %if.then, label %if.end, !dbg !1352

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1353
  br label %return, !dbg !1353

if.end:                                           ; preds = %entry
  %4 = load i32, ptr %child_slot, align 4, !dbg !1354
  %cmp1 = icmp slt i32 %4, 0, !dbg !1356
  br i1 %cmp1, label %if.then3, label %lor.lhs.false, !dbg !1357

lor.lhs.false:                                    ; preds = %if.end
  %5 = load i32, ptr %child_slot, align 4, !dbg !1358
  %cmp2 = icmp sge i32 %5, 32, !dbg !1359
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1360

if.then3:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -22, ptr %retval, align 4, !dbg !1361
  br label %return, !dbg !1361

if.end4:                                          ; preds = %lor.lhs.false
  %6 = load ptr, ptr %m.addr, align 4, !dbg !1362
  %m_u5 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !1362
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u5, i32 0, i32 0, !dbg !1362
  %7 = load i32, ptr %endpt, align 4, !dbg !1362
  %and = and i32 %7, 31, !dbg !1362
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1363
  store ptr %arrayidx, ptr %parent, align 4, !dbg !1364
  %8 = load i32, ptr %child_slot, align 4, !dbg !1365
  %arrayidx6 = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %8, !dbg !1366
  store ptr %arrayidx6, ptr %child, align 4, !dbg !1367
  %9 = load ptr, ptr %parent, align 4, !dbg !1368
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %9, i32 0, i32 1, !dbg !1370
  %10 = load i32, ptr %vm_flags, align 4, !dbg !1370
  %and7 = and i32 %10, 1, !dbg !1371
  %tobool = icmp ne i32 %and7, 0, !dbg !1371
  br i1 %tobool, label %lor.lhs.false8, label %if.then12, !dbg !1372

lor.lhs.false8:                                   ; preds = %if.end4
  %11 = load ptr, ptr %child, align 4, !dbg !1373
  %vm_flags9 = getelementptr inbounds %struct.vmproc, ptr %11, i32 0, i32 1, !dbg !1374
  %12 = load i32, ptr %vm_flags9, align 4, !dbg !1374
  %and10 = and i32 %12, 1, !dbg !1375
  %tobool11 = icmp ne i32 %and10, 0, !dbg !1375
  br i1 %tobool11, label %if.then12, label %if.end13, !dbg !1376

if.then12:                                        ; preds = %lor.lhs.false8, %if.end4
  store i32 -22, ptr %retval, align 4, !dbg !1377
  br label %return, !dbg !1377

if.end13:                                         ; preds = %lor.lhs.false8
  %13 = load ptr, ptr %parent, align 4, !dbg !1378
  %vm_npages = getelementptr inbounds %struct.vmproc, ptr %13, i32 0, i32 2, !dbg !1380
  %14 = load i32, ptr %vm_npages, align 4, !dbg !1380
  %15 = load i32, ptr @free_page_count, align 4, !dbg !1381
  %cmp14 = icmp sgt i32 %14, %15, !dbg !1382
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !1383

if.then15:                                        ; preds = %if.end13
  store i32 -12, ptr %retval, align 4, !dbg !1384
  br label %return, !dbg !1384

if.end16:                                         ; preds = %if.end13
  %16 = load ptr, ptr %parent, align 4, !dbg !1385
  %vm_endpoint = getelementptr inbounds %struct.vmproc, ptr %16, i32 0, i32 0, !dbg !1387
  %17 = load i32, ptr %vm_endpoint, align 4, !dbg !1387
  %18 = load i32, ptr %child_slot, align 4, !dbg !1388
  %call = call i32 @sys_fork(i32 noundef %17, i32 noundef %18, ptr noundef %child_endpt) #3, !dbg !1389
  store i32 %call, ptr %r, align 4, !dbg !1390
  %cmp17 = icmp ne i32 %call, 0, !dbg !1391
  br i1 %cmp17, label %if.then18, label %if.end19, !dbg !1392

if.then18:                                        ; preds = %if.end16
  %19 = load i32, ptr %r, align 4, !dbg !1393
  store i32 %19, ptr %retval, align 4, !dbg !1394
  br label %return, !dbg !1394

if.end19:                                         ; preds = %if.end16
  %20 = load i32, ptr %child_endpt, align 4, !dbg !1395
  %21 = load ptr, ptr %child, align 4, !dbg !1396
  %vm_endpoint20 = getelementptr inbounds %struct.vmproc, ptr %21, i32 0, i32 0, !dbg !1397
  store i32 %20, ptr %vm_endpoint20, align 4, !dbg !1398
  %22 = load ptr, ptr %child, align 4, !dbg !1399
  %vm_flags21 = getelementptr inbounds %struct.vmproc, ptr %22, i32 0, i32 1, !dbg !1400
  store i32 1, ptr %vm_flags21, align 4, !dbg !1401
  %23 = load ptr, ptr %parent, align 4, !dbg !1402
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %23, i32 0, i32 4, !dbg !1403
  %24 = load i32, ptr %vm_brk, align 4, !dbg !1403
  %25 = load ptr, ptr %child, align 4, !dbg !1404
  %vm_brk22 = getelementptr inbounds %struct.vmproc, ptr %25, i32 0, i32 4, !dbg !1405
  store i32 %24, ptr %vm_brk22, align 4, !dbg !1406
  %26 = load ptr, ptr %child, align 4, !dbg !1407
  %vm_npages23 = getelementptr inbounds %struct.vmproc, ptr %26, i32 0, i32 2, !dbg !1408
  store i32 0, ptr %vm_npages23, align 4, !dbg !1409
  %27 = load ptr, ptr %child, align 4, !dbg !1410
  %28 = load ptr, ptr %parent, align 4, !dbg !1412
  %vm_npages24 = getelementptr inbounds %struct.vmproc, ptr %28, i32 0, i32 2, !dbg !1413
  %29 = load i32, ptr %vm_npages24, align 4, !dbg !1413
  %call25 = call i32 @grow_proc(ptr noundef %27, i32 noundef %29) #3, !dbg !1414
  store i32 %call25, ptr %r, align 4, !dbg !1415
  %cmp26 = icmp ne i32 %call25, 0, !dbg !1416
  br i1 %cmp26, label %if.then27, label %if.end28, !dbg !1417

if.then27:                                        ; preds = %if.end19
  %30 = load i32, ptr %r, align 4, !dbg !1418
  store i32 %30, ptr %retval, align 4, !dbg !1419
  br label %return, !dbg !1419

if.end28:                                         ; preds = %if.end19
  %31 = load i32, ptr %child_endpt, align 4, !dbg !1420
  %32 = load ptr, ptr %m.addr, align 4, !dbg !1421
  %m_u29 = getelementptr inbounds %struct.message, ptr %32, i32 0, i32 2, !dbg !1422
  %child_endpt30 = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u29, i32 0, i32 2, !dbg !1423
  store i32 %31, ptr %child_endpt30, align 4, !dbg !1424
  store i32 0, ptr %retval, align 4, !dbg !1425
  br label %return, !dbg !1425

return:                                           ; preds = %if.end28, %if.then27, %if.then18, %if.then15, %if.then12, %if.then3, %if.then
  %33 = load i32, ptr %retval, align 4, !dbg !1426
  ret i32 %33, !dbg !1426
}

declare dso_local i32 @sys_fork(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit(ptr noundef %m) #0 !dbg !1427 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1428, !DIExpression(), !1429)
    #dbg_declare(ptr %vmp, !1430, !DIExpression(), !1431)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1432
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1434
  %1 = load i32, ptr %m_source, align 4, !dbg !1434
  %cmp = icmp ne i32 %1, 0, !dbg !1435
  br i1 %cmp, label %if.then, label %if.end, !dbg !1436

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1437
  br label %return, !dbg !1437

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1438
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1438
  %endpt = getelementptr inbounds %struct.mess_lc_vm_brk, ptr %m_u, i32 0, i32 0, !dbg !1438
  %3 = load i32, ptr %endpt, align 4, !dbg !1438
  %and = and i32 %3, 31, !dbg !1438
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1439
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !1440
  %4 = load ptr, ptr %vmp, align 4, !dbg !1441
  call void @free_proc_pages(ptr noundef %4) #3, !dbg !1442
  %5 = load ptr, ptr %vmp, align 4, !dbg !1443
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %5, i32 0, i32 1, !dbg !1444
  store i32 0, ptr %vm_flags, align 4, !dbg !1445
  store i32 0, ptr %retval, align 4, !dbg !1446
  br label %return, !dbg !1446

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1447
  ret i32 %6, !dbg !1447
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec_newmem(ptr noundef %m) #0 !dbg !1448 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vmp = alloca ptr, align 4
  %bytes = alloca i32, align 4
  %npages = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1449, !DIExpression(), !1450)
    #dbg_declare(ptr %vmp, !1451, !DIExpression(), !1452)
    #dbg_declare(ptr %bytes, !1453, !DIExpression(), !1454)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1455
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !1456
  %text_bytes = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u, i32 0, i32 1, !dbg !1457
  %1 = load i32, ptr %text_bytes, align 4, !dbg !1457
  store i32 %1, ptr %bytes, align 4, !dbg !1454
    #dbg_declare(ptr %npages, !1458, !DIExpression(), !1459)
  %2 = load i32, ptr %bytes, align 4, !dbg !1460
  %add = add i32 %2, 4096, !dbg !1461
  %sub = sub i32 %add, 1, !dbg !1462
  %div = udiv i32 %sub, 4096, !dbg !1463
  %add1 = add i32 %div, 2, !dbg !1464
  store i32 %add1, ptr %npages, align 4, !dbg !1459
    #dbg_declare(ptr %r, !1465, !DIExpression(), !1466)
  %3 = load ptr, ptr %m.addr, align 4, !dbg !1467
  %m_source = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 0, !dbg !1469
  %4 = load i32, ptr %m_source, align 4, !dbg !1469
  %cmp = icmp ne i32 %4, 1, !dbg !1470
  br i1 %cmp, label %if.then, label %if.end, !dbg !1471

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1472
  br label %return, !dbg !1472

if.end:                                           ; preds = %entry
  %5 = load ptr, ptr %m.addr, align 4, !dbg !1473
  %m_u2 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !1473
  %endpt = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u2, i32 0, i32 0, !dbg !1473
  %6 = load i32, ptr %endpt, align 4, !dbg !1473
  %and = and i32 %6, 31, !dbg !1473
  %arrayidx = getelementptr inbounds [32 x %struct.vmproc], ptr @vmproc, i32 0, i32 %and, !dbg !1474
  store ptr %arrayidx, ptr %vmp, align 4, !dbg !1475
  %7 = load ptr, ptr %vmp, align 4, !dbg !1476
  %vm_flags = getelementptr inbounds %struct.vmproc, ptr %7, i32 0, i32 1, !dbg !1478
  %8 = load i32, ptr %vm_flags, align 4, !dbg !1478
  %and3 = and i32 %8, 1, !dbg !1479
  %tobool = icmp ne i32 %and3, 0, !dbg !1479
  br i1 %tobool, label %if.end5, label %if.then4, !dbg !1480

if.then4:                                         ; preds = %if.end
  store i32 -22, ptr %retval, align 4, !dbg !1481
  br label %return, !dbg !1481

if.end5:                                          ; preds = %if.end
  %9 = load ptr, ptr %vmp, align 4, !dbg !1482
  call void @free_proc_pages(ptr noundef %9) #3, !dbg !1483
  %10 = load ptr, ptr %vmp, align 4, !dbg !1484
  %11 = load i32, ptr %npages, align 4, !dbg !1486
  %call = call i32 @grow_proc(ptr noundef %10, i32 noundef %11) #3, !dbg !1487
  store i32 %call, ptr %r, align 4, !dbg !1488
  %cmp6 = icmp ne i32 %call, 0, !dbg !1489
  br i1 %cmp6, label %if.then7, label %if.end8, !dbg !1490

if.then7:                                         ; preds = %if.end5
  %12 = load i32, ptr %r, align 4, !dbg !1491
  store i32 %12, ptr %retval, align 4, !dbg !1492
  br label %return, !dbg !1492

if.end8:                                          ; preds = %if.end5
  %13 = load i32, ptr %npages, align 4, !dbg !1493
  %sub9 = sub nsw i32 %13, 2, !dbg !1494
  %mul = mul nsw i32 %sub9, 4096, !dbg !1495
  %add10 = add nsw i32 134217728, %mul, !dbg !1496
  %14 = load ptr, ptr %vmp, align 4, !dbg !1497
  %vm_brk = getelementptr inbounds %struct.vmproc, ptr %14, i32 0, i32 4, !dbg !1498
  store i32 %add10, ptr %vm_brk, align 4, !dbg !1499
  %15 = load ptr, ptr %m.addr, align 4, !dbg !1500
  %m_u11 = getelementptr inbounds %struct.message, ptr %15, i32 0, i32 2, !dbg !1501
  %base = getelementptr inbounds %struct.mess_lsys_vm_usage, ptr %m_u11, i32 0, i32 2, !dbg !1502
  store i32 134217728, ptr %base, align 4, !dbg !1503
  store i32 0, ptr %retval, align 4, !dbg !1504
  br label %return, !dbg !1504

return:                                           ; preds = %if.end8, %if.then7, %if.then4, %if.then
  %16 = load i32, ptr %retval, align 4, !dbg !1505
  ret i32 %16, !dbg !1505
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!317, !9, !319, !321, !323}
!llvm.ident = !{!325, !325, !325, !325, !325}
!llvm.module.flags = !{!326, !327, !328, !329, !330}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 62, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/vm/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "bd148e1fa7fd64b5f4df334e37397f72")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "vm_calls", scope: !9, file: !2, line: 11, type: !95, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !10, globals: !12, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11}
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!12 = !{!0, !13, !7, !18, !38, !43, !45, !47, !49, !54, !59, !61, !63, !66, !71, !73, !75, !80, !85, !90}
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(scope: null, file: !2, line: 78, type: !15, isLocal: true, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !16)
!16 = !{!17}
!17 = !DISubrange(count: 17)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "vmproc", scope: !9, file: !2, line: 12, type: !20, isLocal: false, isDefinition: true)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !21, size: 36864, elements: !32)
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !22, line: 23, size: 1152, elements: !23)
!22 = !DIFile(filename: "servers/vm/vm.h", directory: ".", checksumkind: CSK_MD5, checksum: "6c3056caac69856a8a177096d585c6c0")
!23 = !{!24, !28, !29, !30, !34}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !21, file: !22, line: 24, baseType: !25, size: 32)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !26, line: 25, baseType: !27)
!26 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!27 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !21, file: !22, line: 25, baseType: !27, size: 32, offset: 32)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !21, file: !22, line: 26, baseType: !27, size: 32, offset: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !21, file: !22, line: 27, baseType: !31, size: 1024, offset: 96)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 1024, elements: !32)
!32 = !{!33}
!33 = !DISubrange(count: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !21, file: !22, line: 28, baseType: !35, size: 32, offset: 1120)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !26, line: 30, baseType: !36)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 22, baseType: !37)
!37 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "next_free", scope: !9, file: !2, line: 13, type: !40, isLocal: false, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 8192, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 256)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "free_list_head", scope: !9, file: !2, line: 14, type: !27, isLocal: false, isDefinition: true)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(name: "free_page_count", scope: !9, file: !2, line: 15, type: !27, isLocal: false, isDefinition: true)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(name: "vm_shutting_down", scope: !9, file: !2, line: 16, type: !27, isLocal: false, isDefinition: true)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !51, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 264, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 33)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !56, isLocal: true, isDefinition: true)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 8)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(scope: null, file: !2, line: 46, type: !51, isLocal: true, isDefinition: true)
!61 = !DIGlobalVariableExpression(var: !62, expr: !DIExpression())
!62 = distinct !DIGlobalVariable(scope: null, file: !2, line: 46, type: !56, isLocal: true, isDefinition: true)
!63 = !DIGlobalVariableExpression(var: !64, expr: !DIExpression())
!64 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !65, isLocal: true, isDefinition: true)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 256, elements: !32)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !68, isLocal: true, isDefinition: true)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 7)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !51, isLocal: true, isDefinition: true)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !56, isLocal: true, isDefinition: true)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(scope: null, file: !2, line: 49, type: !77, isLocal: true, isDefinition: true)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 320, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 40)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(scope: null, file: !2, line: 49, type: !82, isLocal: true, isDefinition: true)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 15)
!85 = !DIGlobalVariableExpression(var: !86, expr: !DIExpression())
!86 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !87, isLocal: true, isDefinition: true)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 304, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 38)
!90 = !DIGlobalVariableExpression(var: !91, expr: !DIExpression())
!91 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !92, isLocal: true, isDefinition: true)
!92 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !93)
!93 = !{!94}
!94 = !DISubrange(count: 13)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 384, elements: !315)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_call", file: !22, line: 38, size: 64, elements: !97)
!97 = !{!98, !312}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "vmc_func", scope: !96, file: !22, line: 39, baseType: !99, size: 32)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 32)
!100 = !DISubroutineType(types: !101)
!101 = !{!27, !102}
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 32)
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !104, line: 105, baseType: !105)
!104 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!105 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 70, size: 512, elements: !106)
!106 = !{!107, !108, !109}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !105, file: !104, line: 71, baseType: !25, size: 32)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !105, file: !104, line: 72, baseType: !27, size: 32, offset: 32)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !105, file: !104, line: 104, baseType: !110, size: 448, offset: 64)
!110 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !105, file: !104, line: 73, size: 448, elements: !111)
!111 = !{!112, !117, !124, !131, !137, !142, !148, !156, !163, !174, !179, !186, !195, !200, !207, !212, !219, !226, !231, !237, !247, !254, !262, !268, !273, !280, !286, !295, !300, !306}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !110, file: !104, line: 74, baseType: !113, size: 32)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !104, line: 15, baseType: !114)
!114 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 15, size: 32, elements: !115)
!115 = !{!116}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !114, file: !104, line: 15, baseType: !27, size: 32)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !110, file: !104, line: 75, baseType: !118, size: 64)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !104, line: 16, baseType: !119)
!119 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 16, size: 64, elements: !120)
!120 = !{!121, !122}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !119, file: !104, line: 16, baseType: !35, size: 32)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !119, file: !104, line: 16, baseType: !123, size: 32, offset: 32)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !26, line: 23, baseType: !37)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !110, file: !104, line: 76, baseType: !125, size: 64)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !104, line: 17, baseType: !126)
!126 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 17, size: 64, elements: !127)
!127 = !{!128, !130}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !126, file: !104, line: 17, baseType: !129, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !26, line: 26, baseType: !27)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !126, file: !104, line: 17, baseType: !27, size: 32, offset: 32)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !110, file: !104, line: 77, baseType: !132, size: 32)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !104, line: 18, baseType: !133)
!133 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 18, size: 32, elements: !134)
!134 = !{!135}
!135 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !133, file: !104, line: 18, baseType: !136, size: 32)
!136 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !26, line: 27, baseType: !27)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !110, file: !104, line: 78, baseType: !138, size: 32)
!138 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !104, line: 19, baseType: !139)
!139 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 19, size: 32, elements: !140)
!140 = !{!141}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !139, file: !104, line: 19, baseType: !27, size: 32)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !110, file: !104, line: 79, baseType: !143, size: 64)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !104, line: 20, baseType: !144)
!144 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 20, size: 64, elements: !145)
!145 = !{!146, !147}
!146 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !144, file: !104, line: 20, baseType: !27, size: 32)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !144, file: !104, line: 20, baseType: !35, size: 32, offset: 32)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !110, file: !104, line: 80, baseType: !149, size: 128)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !104, line: 28, baseType: !150)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 23, size: 128, elements: !151)
!151 = !{!152, !153, !154, !155}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !150, file: !104, line: 24, baseType: !25, size: 32)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !150, file: !104, line: 25, baseType: !25, size: 32, offset: 32)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !150, file: !104, line: 26, baseType: !129, size: 32, offset: 64)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !150, file: !104, line: 27, baseType: !136, size: 32, offset: 96)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !110, file: !104, line: 81, baseType: !157, size: 96)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !104, line: 29, baseType: !158)
!158 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 29, size: 96, elements: !159)
!159 = !{!160, !161, !162}
!160 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !158, file: !104, line: 29, baseType: !25, size: 32)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !158, file: !104, line: 29, baseType: !35, size: 32, offset: 32)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !158, file: !104, line: 29, baseType: !123, size: 32, offset: 64)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !110, file: !104, line: 82, baseType: !164, size: 128)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !104, line: 32, baseType: !165)
!165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 32, size: 128, elements: !166)
!166 = !{!167, !168, !169, !170}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !165, file: !104, line: 32, baseType: !35, size: 32)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !165, file: !104, line: 32, baseType: !123, size: 32, offset: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !165, file: !104, line: 32, baseType: !27, size: 32, offset: 64)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !165, file: !104, line: 32, baseType: !171, size: 16, offset: 96)
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !26, line: 28, baseType: !172)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 20, baseType: !173)
!173 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !110, file: !104, line: 83, baseType: !175, size: 32)
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !104, line: 33, baseType: !176)
!176 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 33, size: 32, elements: !177)
!177 = !{!178}
!178 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !176, file: !104, line: 33, baseType: !27, size: 32)
!179 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !110, file: !104, line: 84, baseType: !180, size: 96)
!180 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !104, line: 34, baseType: !181)
!181 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 34, size: 96, elements: !182)
!182 = !{!183, !184, !185}
!183 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !181, file: !104, line: 34, baseType: !27, size: 32)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !181, file: !104, line: 34, baseType: !35, size: 32, offset: 32)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !181, file: !104, line: 34, baseType: !123, size: 32, offset: 64)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !110, file: !104, line: 85, baseType: !187, size: 96)
!187 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !104, line: 35, baseType: !188)
!188 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 35, size: 96, elements: !189)
!189 = !{!190, !191, !194}
!190 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !188, file: !104, line: 35, baseType: !27, size: 32)
!191 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !188, file: !104, line: 35, baseType: !192, size: 32, offset: 32)
!192 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !26, line: 29, baseType: !193)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !26, line: 21, baseType: !27)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !188, file: !104, line: 35, baseType: !27, size: 32, offset: 64)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !110, file: !104, line: 86, baseType: !196, size: 16)
!196 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !104, line: 36, baseType: !197)
!197 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 36, size: 16, elements: !198)
!198 = !{!199}
!199 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !197, file: !104, line: 36, baseType: !171, size: 16)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !110, file: !104, line: 87, baseType: !201, size: 96)
!201 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !104, line: 39, baseType: !202)
!202 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 39, size: 96, elements: !203)
!203 = !{!204, !205, !206}
!204 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !202, file: !104, line: 39, baseType: !25, size: 32)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !202, file: !104, line: 39, baseType: !27, size: 32, offset: 32)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !202, file: !104, line: 39, baseType: !25, size: 32, offset: 64)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !110, file: !104, line: 88, baseType: !208, size: 32)
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !104, line: 40, baseType: !209)
!209 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 40, size: 32, elements: !210)
!210 = !{!211}
!211 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !209, file: !104, line: 40, baseType: !25, size: 32)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !110, file: !104, line: 89, baseType: !213, size: 96)
!213 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !104, line: 41, baseType: !214)
!214 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 41, size: 96, elements: !215)
!215 = !{!216, !217, !218}
!216 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !214, file: !104, line: 41, baseType: !25, size: 32)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !214, file: !104, line: 41, baseType: !123, size: 32, offset: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !214, file: !104, line: 41, baseType: !35, size: 32, offset: 64)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !110, file: !104, line: 90, baseType: !220, size: 96)
!220 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !104, line: 42, baseType: !221)
!221 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 42, size: 96, elements: !222)
!222 = !{!223, !224, !225}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !221, file: !104, line: 42, baseType: !25, size: 32)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !221, file: !104, line: 42, baseType: !123, size: 32, offset: 32)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !221, file: !104, line: 42, baseType: !35, size: 32, offset: 64)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !110, file: !104, line: 91, baseType: !227, size: 32)
!227 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !104, line: 45, baseType: !228)
!228 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 45, size: 32, elements: !229)
!229 = !{!230}
!230 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !228, file: !104, line: 45, baseType: !35, size: 32)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !110, file: !104, line: 92, baseType: !232, size: 64)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !104, line: 46, baseType: !233)
!233 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 46, size: 64, elements: !234)
!234 = !{!235, !236}
!235 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !233, file: !104, line: 46, baseType: !123, size: 32)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !233, file: !104, line: 46, baseType: !35, size: 32, offset: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !110, file: !104, line: 93, baseType: !238, size: 192)
!238 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !104, line: 49, baseType: !239)
!239 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 49, size: 192, elements: !240)
!240 = !{!241, !245, !246}
!241 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !239, file: !104, line: 49, baseType: !242, size: 128)
!242 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !243)
!243 = !{!244}
!244 = !DISubrange(count: 16)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !239, file: !104, line: 49, baseType: !25, size: 32, offset: 128)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !239, file: !104, line: 49, baseType: !27, size: 32, offset: 160)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !110, file: !104, line: 94, baseType: !248, size: 192)
!248 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !104, line: 50, baseType: !249)
!249 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 50, size: 192, elements: !250)
!250 = !{!251, !252, !253}
!251 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !249, file: !104, line: 50, baseType: !242, size: 128)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !249, file: !104, line: 50, baseType: !25, size: 32, offset: 128)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !249, file: !104, line: 50, baseType: !27, size: 32, offset: 160)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !110, file: !104, line: 95, baseType: !255, size: 128)
!255 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !104, line: 53, baseType: !256)
!256 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 53, size: 128, elements: !257)
!257 = !{!258, !259, !260, !261}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !256, file: !104, line: 53, baseType: !25, size: 32)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !256, file: !104, line: 53, baseType: !35, size: 32, offset: 32)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !256, file: !104, line: 53, baseType: !123, size: 32, offset: 64)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !256, file: !104, line: 53, baseType: !27, size: 32, offset: 96)
!262 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !110, file: !104, line: 96, baseType: !263, size: 64)
!263 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !104, line: 54, baseType: !264)
!264 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 54, size: 64, elements: !265)
!265 = !{!266, !267}
!266 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !264, file: !104, line: 54, baseType: !25, size: 32)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !264, file: !104, line: 54, baseType: !27, size: 32, offset: 32)
!268 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !110, file: !104, line: 97, baseType: !269, size: 32)
!269 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !104, line: 57, baseType: !270)
!270 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 57, size: 32, elements: !271)
!271 = !{!272}
!272 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !270, file: !104, line: 57, baseType: !27, size: 32)
!273 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !110, file: !104, line: 98, baseType: !274, size: 96)
!274 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !104, line: 60, baseType: !275)
!275 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 60, size: 96, elements: !276)
!276 = !{!277, !278, !279}
!277 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !275, file: !104, line: 60, baseType: !25, size: 32)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !275, file: !104, line: 60, baseType: !27, size: 32, offset: 32)
!279 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !275, file: !104, line: 60, baseType: !25, size: 32, offset: 64)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !110, file: !104, line: 99, baseType: !281, size: 64)
!281 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !104, line: 61, baseType: !282)
!282 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 61, size: 64, elements: !283)
!283 = !{!284, !285}
!284 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !282, file: !104, line: 61, baseType: !25, size: 32)
!285 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !282, file: !104, line: 61, baseType: !27, size: 32, offset: 32)
!286 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !110, file: !104, line: 100, baseType: !287, size: 160)
!287 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !104, line: 66, baseType: !288)
!288 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 62, size: 160, elements: !289)
!289 = !{!290, !291, !292, !293, !294}
!290 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !288, file: !104, line: 63, baseType: !25, size: 32)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !288, file: !104, line: 63, baseType: !35, size: 32, offset: 32)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !288, file: !104, line: 64, baseType: !25, size: 32, offset: 64)
!293 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !288, file: !104, line: 64, baseType: !35, size: 32, offset: 96)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !288, file: !104, line: 65, baseType: !123, size: 32, offset: 128)
!295 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !110, file: !104, line: 101, baseType: !296, size: 32)
!296 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !104, line: 67, baseType: !297)
!297 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 67, size: 32, elements: !298)
!298 = !{!299}
!299 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !297, file: !104, line: 67, baseType: !27, size: 32)
!300 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !110, file: !104, line: 102, baseType: !301, size: 32)
!301 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !104, line: 68, baseType: !302)
!302 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 68, size: 32, elements: !303)
!303 = !{!304}
!304 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !302, file: !104, line: 68, baseType: !305, size: 32)
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !26, line: 31, baseType: !36)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !110, file: !104, line: 103, baseType: !307, size: 448)
!307 = !DICompositeType(tag: DW_TAG_array_type, baseType: !308, size: 448, elements: !310)
!308 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !26, line: 18, baseType: !309)
!309 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!310 = !{!311}
!311 = !DISubrange(count: 56)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "vmc_name", scope: !96, file: !22, line: 40, baseType: !313, size: 32, offset: 32)
!313 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !314, size: 32)
!314 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!315 = !{!316}
!316 = !DISubrange(count: 6)
!317 = distinct !DICompileUnit(language: DW_LANG_C11, file: !318, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!318 = !DIFile(filename: "servers/vm/alloc.c", directory: ".", checksumkind: CSK_MD5, checksum: "0dc37cdda6129be5571e75fb919d1acf")
!319 = distinct !DICompileUnit(language: DW_LANG_C11, file: !320, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!320 = !DIFile(filename: "servers/vm/mem.c", directory: ".", checksumkind: CSK_MD5, checksum: "73b99919179b08fa7a3d3c383789ccdc")
!321 = distinct !DICompileUnit(language: DW_LANG_C11, file: !322, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!322 = !DIFile(filename: "servers/vm/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "7b3ba4ab1083137b927eb401904f852c")
!323 = distinct !DICompileUnit(language: DW_LANG_C11, file: !324, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!324 = !DIFile(filename: "servers/vm/proc.c", directory: ".", checksumkind: CSK_MD5, checksum: "2eb142ba3c558d75830dfd96fbf2c21c")
!325 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!326 = !{i32 1, !"NumRegisterParameters", i32 0}
!327 = !{i32 7, !"Dwarf Version", i32 5}
!328 = !{i32 2, !"Debug Info Version", i32 3}
!329 = !{i32 1, !"wchar_size", i32 4}
!330 = !{i32 7, !"frame-pointer", i32 2}
!331 = distinct !DISubprogram(name: "alloc_page", scope: !318, file: !318, line: 4, type: !332, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !317, retainedNodes: !334)
!332 = !DISubroutineType(types: !333)
!333 = !{!27}
!334 = !{}
!335 = !DILocalVariable(name: "page", scope: !331, file: !318, line: 6, type: !27)
!336 = !DILocation(line: 6, column: 6, scope: !331)
!337 = !DILocation(line: 6, column: 13, scope: !331)
!338 = !DILocation(line: 8, column: 6, scope: !339)
!339 = distinct !DILexicalBlock(scope: !331, file: !318, line: 8, column: 6)
!340 = !DILocation(line: 8, column: 11, scope: !339)
!341 = !DILocation(line: 8, column: 6, scope: !331)
!342 = !DILocation(line: 9, column: 3, scope: !339)
!343 = !DILocation(line: 10, column: 29, scope: !331)
!344 = !DILocation(line: 10, column: 19, scope: !331)
!345 = !DILocation(line: 10, column: 17, scope: !331)
!346 = !DILocation(line: 11, column: 12, scope: !331)
!347 = !DILocation(line: 11, column: 2, scope: !331)
!348 = !DILocation(line: 11, column: 18, scope: !331)
!349 = !DILocation(line: 12, column: 17, scope: !331)
!350 = !DILocation(line: 13, column: 9, scope: !331)
!351 = !DILocation(line: 13, column: 2, scope: !331)
!352 = !DILocation(line: 14, column: 1, scope: !331)
!353 = distinct !DISubprogram(name: "free_page", scope: !318, file: !318, line: 16, type: !354, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !317, retainedNodes: !334)
!354 = !DISubroutineType(types: !355)
!355 = !{null, !27}
!356 = !DILocalVariable(name: "page", arg: 1, scope: !353, file: !318, line: 16, type: !27)
!357 = !DILocation(line: 16, column: 20, scope: !353)
!358 = !DILocation(line: 18, column: 20, scope: !353)
!359 = !DILocation(line: 18, column: 12, scope: !353)
!360 = !DILocation(line: 18, column: 2, scope: !353)
!361 = !DILocation(line: 18, column: 18, scope: !353)
!362 = !DILocation(line: 19, column: 19, scope: !353)
!363 = !DILocation(line: 19, column: 17, scope: !353)
!364 = !DILocation(line: 20, column: 17, scope: !353)
!365 = !DILocation(line: 21, column: 1, scope: !353)
!366 = distinct !DISubprogram(name: "grow_proc", scope: !318, file: !318, line: 24, type: !367, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !317, retainedNodes: !334)
!367 = !DISubroutineType(types: !368)
!368 = !{!27, !369, !27}
!369 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !370, size: 32)
!370 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !22, line: 23, size: 1152, elements: !371)
!371 = !{!372, !373, !374, !375, !376}
!372 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !370, file: !22, line: 24, baseType: !25, size: 32)
!373 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !370, file: !22, line: 25, baseType: !27, size: 32, offset: 32)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !370, file: !22, line: 26, baseType: !27, size: 32, offset: 64)
!375 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !370, file: !22, line: 27, baseType: !31, size: 1024, offset: 96)
!376 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !370, file: !22, line: 28, baseType: !35, size: 32, offset: 1120)
!377 = !DILocalVariable(name: "vmp", arg: 1, scope: !366, file: !318, line: 24, type: !369)
!378 = !DILocation(line: 24, column: 30, scope: !366)
!379 = !DILocalVariable(name: "npages", arg: 2, scope: !366, file: !318, line: 24, type: !27)
!380 = !DILocation(line: 24, column: 39, scope: !366)
!381 = !DILocalVariable(name: "i", scope: !366, file: !318, line: 26, type: !27)
!382 = !DILocation(line: 26, column: 6, scope: !366)
!383 = !DILocation(line: 28, column: 6, scope: !384)
!384 = distinct !DILexicalBlock(scope: !366, file: !318, line: 28, column: 6)
!385 = !DILocation(line: 28, column: 32, scope: !384)
!386 = !DILocation(line: 28, column: 37, scope: !384)
!387 = !DILocation(line: 28, column: 30, scope: !384)
!388 = !DILocation(line: 28, column: 13, scope: !384)
!389 = !DILocation(line: 28, column: 47, scope: !384)
!390 = !DILocation(line: 28, column: 50, scope: !384)
!391 = !DILocation(line: 28, column: 59, scope: !384)
!392 = !DILocation(line: 28, column: 57, scope: !384)
!393 = !DILocation(line: 28, column: 6, scope: !366)
!394 = !DILocation(line: 29, column: 3, scope: !384)
!395 = !DILocation(line: 30, column: 9, scope: !396)
!396 = distinct !DILexicalBlock(scope: !366, file: !318, line: 30, column: 2)
!397 = !DILocation(line: 30, column: 7, scope: !396)
!398 = !DILocation(line: 30, column: 14, scope: !399)
!399 = distinct !DILexicalBlock(scope: !396, file: !318, line: 30, column: 2)
!400 = !DILocation(line: 30, column: 18, scope: !399)
!401 = !DILocation(line: 30, column: 16, scope: !399)
!402 = !DILocation(line: 30, column: 2, scope: !396)
!403 = !DILocation(line: 31, column: 37, scope: !399)
!404 = !DILocation(line: 31, column: 3, scope: !399)
!405 = !DILocation(line: 31, column: 8, scope: !399)
!406 = !DILocation(line: 31, column: 17, scope: !399)
!407 = !DILocation(line: 31, column: 22, scope: !399)
!408 = !DILocation(line: 31, column: 31, scope: !399)
!409 = !DILocation(line: 31, column: 35, scope: !399)
!410 = !DILocation(line: 30, column: 27, scope: !399)
!411 = !DILocation(line: 30, column: 2, scope: !399)
!412 = distinct !{!412, !402, !413, !414}
!413 = !DILocation(line: 31, column: 48, scope: !396)
!414 = !{!"llvm.loop.mustprogress"}
!415 = !DILocation(line: 32, column: 2, scope: !366)
!416 = !DILocation(line: 33, column: 1, scope: !366)
!417 = distinct !DISubprogram(name: "free_proc_pages", scope: !318, file: !318, line: 35, type: !418, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !317, retainedNodes: !334)
!418 = !DISubroutineType(types: !419)
!419 = !{null, !369}
!420 = !DILocalVariable(name: "vmp", arg: 1, scope: !417, file: !318, line: 35, type: !369)
!421 = !DILocation(line: 35, column: 37, scope: !417)
!422 = !DILocation(line: 37, column: 2, scope: !417)
!423 = !DILocation(line: 37, column: 9, scope: !417)
!424 = !DILocation(line: 37, column: 14, scope: !417)
!425 = !DILocation(line: 37, column: 24, scope: !417)
!426 = !DILocation(line: 38, column: 13, scope: !417)
!427 = !DILocation(line: 38, column: 18, scope: !417)
!428 = !DILocation(line: 38, column: 29, scope: !417)
!429 = !DILocation(line: 38, column: 34, scope: !417)
!430 = !DILocation(line: 38, column: 27, scope: !417)
!431 = !DILocation(line: 38, column: 3, scope: !417)
!432 = distinct !{!432, !422, !433, !414}
!433 = !DILocation(line: 38, column: 44, scope: !417)
!434 = !DILocation(line: 39, column: 1, scope: !417)
!435 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 53, type: !332, scopeLine: 54, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !334)
!436 = !DILocalVariable(name: "msg", scope: !435, file: !2, line: 55, type: !103)
!437 = !DILocation(line: 55, column: 10, scope: !435)
!438 = !DILocalVariable(name: "who_e", scope: !435, file: !2, line: 56, type: !25)
!439 = !DILocation(line: 56, column: 13, scope: !435)
!440 = !DILocalVariable(name: "ipc_status", scope: !435, file: !2, line: 57, type: !27)
!441 = !DILocation(line: 57, column: 6, scope: !435)
!442 = !DILocalVariable(name: "result", scope: !435, file: !2, line: 57, type: !27)
!443 = !DILocation(line: 57, column: 18, scope: !435)
!444 = !DILocalVariable(name: "c", scope: !435, file: !2, line: 57, type: !27)
!445 = !DILocation(line: 57, column: 26, scope: !435)
!446 = !DILocation(line: 59, column: 2, scope: !435)
!447 = !DILocation(line: 60, column: 2, scope: !435)
!448 = !DILocation(line: 61, column: 7, scope: !449)
!449 = distinct !DILexicalBlock(scope: !450, file: !2, line: 61, column: 7)
!450 = distinct !DILexicalBlock(scope: !451, file: !2, line: 60, column: 11)
!451 = distinct !DILexicalBlock(scope: !452, file: !2, line: 60, column: 2)
!452 = distinct !DILexicalBlock(scope: !435, file: !2, line: 60, column: 2)
!453 = !DILocation(line: 61, column: 50, scope: !449)
!454 = !DILocation(line: 61, column: 7, scope: !450)
!455 = !DILocation(line: 62, column: 4, scope: !449)
!456 = !DILocation(line: 63, column: 15, scope: !450)
!457 = !DILocation(line: 63, column: 9, scope: !450)
!458 = !DILocation(line: 64, column: 7, scope: !450)
!459 = !DILocation(line: 64, column: 5, scope: !450)
!460 = !DILocation(line: 66, column: 11, scope: !461)
!461 = distinct !DILexicalBlock(scope: !450, file: !2, line: 66, column: 7)
!462 = !DILocation(line: 66, column: 18, scope: !461)
!463 = !DILocation(line: 66, column: 7, scope: !450)
!464 = !DILocation(line: 67, column: 13, scope: !461)
!465 = !DILocation(line: 67, column: 11, scope: !461)
!466 = !DILocation(line: 67, column: 4, scope: !461)
!467 = !DILocation(line: 68, column: 16, scope: !468)
!468 = distinct !DILexicalBlock(scope: !461, file: !2, line: 68, column: 12)
!469 = !DILocation(line: 68, column: 23, scope: !468)
!470 = !DILocation(line: 68, column: 12, scope: !461)
!471 = !DILocation(line: 69, column: 13, scope: !468)
!472 = !DILocation(line: 69, column: 11, scope: !468)
!473 = !DILocation(line: 69, column: 4, scope: !468)
!474 = !DILocation(line: 70, column: 12, scope: !475)
!475 = distinct !DILexicalBlock(scope: !468, file: !2, line: 70, column: 12)
!476 = !DILocation(line: 70, column: 14, scope: !475)
!477 = !DILocation(line: 70, column: 18, scope: !475)
!478 = !DILocation(line: 70, column: 30, scope: !475)
!479 = !DILocation(line: 70, column: 21, scope: !475)
!480 = !DILocation(line: 70, column: 33, scope: !475)
!481 = !DILocation(line: 70, column: 42, scope: !475)
!482 = !DILocation(line: 70, column: 12, scope: !468)
!483 = !DILocation(line: 71, column: 11, scope: !475)
!484 = !DILocation(line: 71, column: 4, scope: !475)
!485 = !DILocation(line: 73, column: 22, scope: !475)
!486 = !DILocation(line: 73, column: 13, scope: !475)
!487 = !DILocation(line: 73, column: 25, scope: !475)
!488 = !DILocation(line: 73, column: 11, scope: !475)
!489 = !DILocation(line: 75, column: 7, scope: !490)
!490 = distinct !DILexicalBlock(scope: !450, file: !2, line: 75, column: 7)
!491 = !DILocation(line: 75, column: 14, scope: !490)
!492 = !DILocation(line: 75, column: 7, scope: !450)
!493 = !DILocation(line: 76, column: 17, scope: !494)
!494 = distinct !DILexicalBlock(scope: !490, file: !2, line: 75, column: 29)
!495 = !DILocation(line: 76, column: 8, scope: !494)
!496 = !DILocation(line: 76, column: 15, scope: !494)
!497 = !DILocation(line: 77, column: 17, scope: !498)
!498 = distinct !DILexicalBlock(scope: !494, file: !2, line: 77, column: 8)
!499 = !DILocation(line: 77, column: 8, scope: !498)
!500 = !DILocation(line: 77, column: 30, scope: !498)
!501 = !DILocation(line: 77, column: 8, scope: !494)
!502 = !DILocation(line: 78, column: 5, scope: !498)
!503 = !DILocation(line: 79, column: 3, scope: !494)
!504 = !DILocation(line: 60, column: 2, scope: !451)
!505 = distinct !{!505, !506, !507}
!506 = !DILocation(line: 60, column: 2, scope: !452)
!507 = !DILocation(line: 80, column: 2, scope: !452)
!508 = distinct !DISubprogram(name: "vm_init", scope: !2, file: !2, line: 27, type: !509, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !334)
!509 = !DISubroutineType(types: !510)
!510 = !{null}
!511 = !DILocalVariable(name: "i", scope: !508, file: !2, line: 29, type: !27)
!512 = !DILocation(line: 29, column: 6, scope: !508)
!513 = !DILocalVariable(name: "page", scope: !508, file: !2, line: 29, type: !27)
!514 = !DILocation(line: 29, column: 9, scope: !508)
!515 = !DILocation(line: 31, column: 17, scope: !508)
!516 = !DILocation(line: 32, column: 18, scope: !508)
!517 = !DILocation(line: 33, column: 12, scope: !518)
!518 = distinct !DILexicalBlock(scope: !508, file: !2, line: 33, column: 2)
!519 = !DILocation(line: 33, column: 7, scope: !518)
!520 = !DILocation(line: 33, column: 28, scope: !521)
!521 = distinct !DILexicalBlock(scope: !518, file: !2, line: 33, column: 2)
!522 = !DILocation(line: 33, column: 33, scope: !521)
!523 = !DILocation(line: 33, column: 2, scope: !518)
!524 = !DILocation(line: 34, column: 13, scope: !521)
!525 = !DILocation(line: 34, column: 3, scope: !521)
!526 = !DILocation(line: 33, column: 57, scope: !521)
!527 = !DILocation(line: 33, column: 2, scope: !521)
!528 = distinct !{!528, !523, !529, !414}
!529 = !DILocation(line: 34, column: 17, scope: !518)
!530 = !DILocation(line: 35, column: 9, scope: !531)
!531 = distinct !DILexicalBlock(scope: !508, file: !2, line: 35, column: 2)
!532 = !DILocation(line: 35, column: 7, scope: !531)
!533 = !DILocation(line: 35, column: 14, scope: !534)
!534 = distinct !DILexicalBlock(scope: !531, file: !2, line: 35, column: 2)
!535 = !DILocation(line: 35, column: 16, scope: !534)
!536 = !DILocation(line: 35, column: 2, scope: !531)
!537 = !DILocation(line: 36, column: 27, scope: !538)
!538 = distinct !DILexicalBlock(scope: !534, file: !2, line: 35, column: 38)
!539 = !DILocation(line: 36, column: 10, scope: !538)
!540 = !DILocation(line: 36, column: 3, scope: !538)
!541 = !DILocation(line: 36, column: 13, scope: !538)
!542 = !DILocation(line: 36, column: 25, scope: !538)
!543 = !DILocation(line: 37, column: 10, scope: !538)
!544 = !DILocation(line: 37, column: 3, scope: !538)
!545 = !DILocation(line: 37, column: 13, scope: !538)
!546 = !DILocation(line: 37, column: 22, scope: !538)
!547 = !DILocation(line: 38, column: 2, scope: !538)
!548 = !DILocation(line: 35, column: 34, scope: !534)
!549 = !DILocation(line: 35, column: 2, scope: !534)
!550 = distinct !{!550, !536, !551, !414}
!551 = !DILocation(line: 38, column: 2, scope: !531)
!552 = !DILocation(line: 39, column: 35, scope: !508)
!553 = !DILocation(line: 40, column: 32, scope: !508)
!554 = !DILocation(line: 41, column: 30, scope: !508)
!555 = !DILocation(line: 44, column: 2, scope: !508)
!556 = !DILocalVariable(name: "_cmi", scope: !557, file: !2, line: 45, type: !27)
!557 = distinct !DILexicalBlock(scope: !508, file: !2, line: 45, column: 2)
!558 = !DILocation(line: 45, column: 2, scope: !557)
!559 = !DILocation(line: 45, column: 2, scope: !560)
!560 = distinct !DILexicalBlock(scope: !557, file: !2, line: 45, column: 2)
!561 = !DILocalVariable(name: "_cmi", scope: !562, file: !2, line: 46, type: !27)
!562 = distinct !DILexicalBlock(scope: !508, file: !2, line: 46, column: 2)
!563 = !DILocation(line: 46, column: 2, scope: !562)
!564 = !DILocation(line: 46, column: 2, scope: !565)
!565 = distinct !DILexicalBlock(scope: !562, file: !2, line: 46, column: 2)
!566 = !DILocalVariable(name: "_cmi", scope: !567, file: !2, line: 47, type: !27)
!567 = distinct !DILexicalBlock(scope: !508, file: !2, line: 47, column: 2)
!568 = !DILocation(line: 47, column: 2, scope: !567)
!569 = !DILocation(line: 47, column: 2, scope: !570)
!570 = distinct !DILexicalBlock(scope: !567, file: !2, line: 47, column: 2)
!571 = !DILocalVariable(name: "_cmi", scope: !572, file: !2, line: 48, type: !27)
!572 = distinct !DILexicalBlock(scope: !508, file: !2, line: 48, column: 2)
!573 = !DILocation(line: 48, column: 2, scope: !572)
!574 = !DILocation(line: 48, column: 2, scope: !575)
!575 = distinct !DILexicalBlock(scope: !572, file: !2, line: 48, column: 2)
!576 = !DILocalVariable(name: "_cmi", scope: !577, file: !2, line: 49, type: !27)
!577 = distinct !DILexicalBlock(scope: !508, file: !2, line: 49, column: 2)
!578 = !DILocation(line: 49, column: 2, scope: !577)
!579 = !DILocation(line: 49, column: 2, scope: !580)
!580 = distinct !DILexicalBlock(scope: !577, file: !2, line: 49, column: 2)
!581 = !DILocalVariable(name: "_cmi", scope: !582, file: !2, line: 50, type: !27)
!582 = distinct !DILexicalBlock(scope: !508, file: !2, line: 50, column: 2)
!583 = !DILocation(line: 50, column: 2, scope: !582)
!584 = !DILocation(line: 50, column: 2, scope: !585)
!585 = distinct !DILexicalBlock(scope: !582, file: !2, line: 50, column: 2)
!586 = !DILocation(line: 51, column: 1, scope: !508)
!587 = distinct !DISubprogram(name: "do_brk", scope: !320, file: !320, line: 4, type: !588, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !319, retainedNodes: !334)
!588 = !DISubroutineType(types: !589)
!589 = !{!27, !590}
!590 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !591, size: 32)
!591 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !104, line: 105, baseType: !592)
!592 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 70, size: 512, elements: !593)
!593 = !{!594, !595, !596}
!594 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !592, file: !104, line: 71, baseType: !25, size: 32)
!595 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !592, file: !104, line: 72, baseType: !27, size: 32, offset: 32)
!596 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !592, file: !104, line: 104, baseType: !597, size: 448, offset: 64)
!597 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !592, file: !104, line: 73, size: 448, elements: !598)
!598 = !{!599, !604, !610, !616, !621, !626, !632, !640, !647, !655, !660, !667, !674, !679, !686, !691, !698, !705, !710, !716, !723, !730, !738, !744, !749, !756, !762, !771, !776, !781}
!599 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !597, file: !104, line: 74, baseType: !600, size: 32)
!600 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !104, line: 15, baseType: !601)
!601 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 15, size: 32, elements: !602)
!602 = !{!603}
!603 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !601, file: !104, line: 15, baseType: !27, size: 32)
!604 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !597, file: !104, line: 75, baseType: !605, size: 64)
!605 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !104, line: 16, baseType: !606)
!606 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 16, size: 64, elements: !607)
!607 = !{!608, !609}
!608 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !606, file: !104, line: 16, baseType: !35, size: 32)
!609 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !606, file: !104, line: 16, baseType: !123, size: 32, offset: 32)
!610 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !597, file: !104, line: 76, baseType: !611, size: 64)
!611 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !104, line: 17, baseType: !612)
!612 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 17, size: 64, elements: !613)
!613 = !{!614, !615}
!614 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !612, file: !104, line: 17, baseType: !129, size: 32)
!615 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !612, file: !104, line: 17, baseType: !27, size: 32, offset: 32)
!616 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !597, file: !104, line: 77, baseType: !617, size: 32)
!617 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !104, line: 18, baseType: !618)
!618 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 18, size: 32, elements: !619)
!619 = !{!620}
!620 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !618, file: !104, line: 18, baseType: !136, size: 32)
!621 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !597, file: !104, line: 78, baseType: !622, size: 32)
!622 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !104, line: 19, baseType: !623)
!623 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 19, size: 32, elements: !624)
!624 = !{!625}
!625 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !623, file: !104, line: 19, baseType: !27, size: 32)
!626 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !597, file: !104, line: 79, baseType: !627, size: 64)
!627 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !104, line: 20, baseType: !628)
!628 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 20, size: 64, elements: !629)
!629 = !{!630, !631}
!630 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !628, file: !104, line: 20, baseType: !27, size: 32)
!631 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !628, file: !104, line: 20, baseType: !35, size: 32, offset: 32)
!632 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !597, file: !104, line: 80, baseType: !633, size: 128)
!633 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !104, line: 28, baseType: !634)
!634 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 23, size: 128, elements: !635)
!635 = !{!636, !637, !638, !639}
!636 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !634, file: !104, line: 24, baseType: !25, size: 32)
!637 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !634, file: !104, line: 25, baseType: !25, size: 32, offset: 32)
!638 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !634, file: !104, line: 26, baseType: !129, size: 32, offset: 64)
!639 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !634, file: !104, line: 27, baseType: !136, size: 32, offset: 96)
!640 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !597, file: !104, line: 81, baseType: !641, size: 96)
!641 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !104, line: 29, baseType: !642)
!642 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 29, size: 96, elements: !643)
!643 = !{!644, !645, !646}
!644 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !642, file: !104, line: 29, baseType: !25, size: 32)
!645 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !642, file: !104, line: 29, baseType: !35, size: 32, offset: 32)
!646 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !642, file: !104, line: 29, baseType: !123, size: 32, offset: 64)
!647 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !597, file: !104, line: 82, baseType: !648, size: 128)
!648 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !104, line: 32, baseType: !649)
!649 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 32, size: 128, elements: !650)
!650 = !{!651, !652, !653, !654}
!651 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !649, file: !104, line: 32, baseType: !35, size: 32)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !649, file: !104, line: 32, baseType: !123, size: 32, offset: 32)
!653 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !649, file: !104, line: 32, baseType: !27, size: 32, offset: 64)
!654 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !649, file: !104, line: 32, baseType: !171, size: 16, offset: 96)
!655 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !597, file: !104, line: 83, baseType: !656, size: 32)
!656 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !104, line: 33, baseType: !657)
!657 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 33, size: 32, elements: !658)
!658 = !{!659}
!659 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !657, file: !104, line: 33, baseType: !27, size: 32)
!660 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !597, file: !104, line: 84, baseType: !661, size: 96)
!661 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !104, line: 34, baseType: !662)
!662 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 34, size: 96, elements: !663)
!663 = !{!664, !665, !666}
!664 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !662, file: !104, line: 34, baseType: !27, size: 32)
!665 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !662, file: !104, line: 34, baseType: !35, size: 32, offset: 32)
!666 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !662, file: !104, line: 34, baseType: !123, size: 32, offset: 64)
!667 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !597, file: !104, line: 85, baseType: !668, size: 96)
!668 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !104, line: 35, baseType: !669)
!669 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 35, size: 96, elements: !670)
!670 = !{!671, !672, !673}
!671 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !669, file: !104, line: 35, baseType: !27, size: 32)
!672 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !669, file: !104, line: 35, baseType: !192, size: 32, offset: 32)
!673 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !669, file: !104, line: 35, baseType: !27, size: 32, offset: 64)
!674 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !597, file: !104, line: 86, baseType: !675, size: 16)
!675 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !104, line: 36, baseType: !676)
!676 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 36, size: 16, elements: !677)
!677 = !{!678}
!678 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !676, file: !104, line: 36, baseType: !171, size: 16)
!679 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !597, file: !104, line: 87, baseType: !680, size: 96)
!680 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !104, line: 39, baseType: !681)
!681 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 39, size: 96, elements: !682)
!682 = !{!683, !684, !685}
!683 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !681, file: !104, line: 39, baseType: !25, size: 32)
!684 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !681, file: !104, line: 39, baseType: !27, size: 32, offset: 32)
!685 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !681, file: !104, line: 39, baseType: !25, size: 32, offset: 64)
!686 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !597, file: !104, line: 88, baseType: !687, size: 32)
!687 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !104, line: 40, baseType: !688)
!688 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 40, size: 32, elements: !689)
!689 = !{!690}
!690 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !688, file: !104, line: 40, baseType: !25, size: 32)
!691 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !597, file: !104, line: 89, baseType: !692, size: 96)
!692 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !104, line: 41, baseType: !693)
!693 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 41, size: 96, elements: !694)
!694 = !{!695, !696, !697}
!695 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !693, file: !104, line: 41, baseType: !25, size: 32)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !693, file: !104, line: 41, baseType: !123, size: 32, offset: 32)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !693, file: !104, line: 41, baseType: !35, size: 32, offset: 64)
!698 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !597, file: !104, line: 90, baseType: !699, size: 96)
!699 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !104, line: 42, baseType: !700)
!700 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 42, size: 96, elements: !701)
!701 = !{!702, !703, !704}
!702 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !700, file: !104, line: 42, baseType: !25, size: 32)
!703 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !700, file: !104, line: 42, baseType: !123, size: 32, offset: 32)
!704 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !700, file: !104, line: 42, baseType: !35, size: 32, offset: 64)
!705 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !597, file: !104, line: 91, baseType: !706, size: 32)
!706 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !104, line: 45, baseType: !707)
!707 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 45, size: 32, elements: !708)
!708 = !{!709}
!709 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !707, file: !104, line: 45, baseType: !35, size: 32)
!710 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !597, file: !104, line: 92, baseType: !711, size: 64)
!711 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !104, line: 46, baseType: !712)
!712 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 46, size: 64, elements: !713)
!713 = !{!714, !715}
!714 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !712, file: !104, line: 46, baseType: !123, size: 32)
!715 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !712, file: !104, line: 46, baseType: !35, size: 32, offset: 32)
!716 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !597, file: !104, line: 93, baseType: !717, size: 192)
!717 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !104, line: 49, baseType: !718)
!718 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 49, size: 192, elements: !719)
!719 = !{!720, !721, !722}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !718, file: !104, line: 49, baseType: !242, size: 128)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !718, file: !104, line: 49, baseType: !25, size: 32, offset: 128)
!722 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !718, file: !104, line: 49, baseType: !27, size: 32, offset: 160)
!723 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !597, file: !104, line: 94, baseType: !724, size: 192)
!724 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !104, line: 50, baseType: !725)
!725 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 50, size: 192, elements: !726)
!726 = !{!727, !728, !729}
!727 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !725, file: !104, line: 50, baseType: !242, size: 128)
!728 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !725, file: !104, line: 50, baseType: !25, size: 32, offset: 128)
!729 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !725, file: !104, line: 50, baseType: !27, size: 32, offset: 160)
!730 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !597, file: !104, line: 95, baseType: !731, size: 128)
!731 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !104, line: 53, baseType: !732)
!732 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 53, size: 128, elements: !733)
!733 = !{!734, !735, !736, !737}
!734 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !732, file: !104, line: 53, baseType: !25, size: 32)
!735 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !732, file: !104, line: 53, baseType: !35, size: 32, offset: 32)
!736 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !732, file: !104, line: 53, baseType: !123, size: 32, offset: 64)
!737 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !732, file: !104, line: 53, baseType: !27, size: 32, offset: 96)
!738 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !597, file: !104, line: 96, baseType: !739, size: 64)
!739 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !104, line: 54, baseType: !740)
!740 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 54, size: 64, elements: !741)
!741 = !{!742, !743}
!742 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !740, file: !104, line: 54, baseType: !25, size: 32)
!743 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !740, file: !104, line: 54, baseType: !27, size: 32, offset: 32)
!744 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !597, file: !104, line: 97, baseType: !745, size: 32)
!745 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !104, line: 57, baseType: !746)
!746 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 57, size: 32, elements: !747)
!747 = !{!748}
!748 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !746, file: !104, line: 57, baseType: !27, size: 32)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !597, file: !104, line: 98, baseType: !750, size: 96)
!750 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !104, line: 60, baseType: !751)
!751 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 60, size: 96, elements: !752)
!752 = !{!753, !754, !755}
!753 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !751, file: !104, line: 60, baseType: !25, size: 32)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !751, file: !104, line: 60, baseType: !27, size: 32, offset: 32)
!755 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !751, file: !104, line: 60, baseType: !25, size: 32, offset: 64)
!756 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !597, file: !104, line: 99, baseType: !757, size: 64)
!757 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !104, line: 61, baseType: !758)
!758 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 61, size: 64, elements: !759)
!759 = !{!760, !761}
!760 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !758, file: !104, line: 61, baseType: !25, size: 32)
!761 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !758, file: !104, line: 61, baseType: !27, size: 32, offset: 32)
!762 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !597, file: !104, line: 100, baseType: !763, size: 160)
!763 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !104, line: 66, baseType: !764)
!764 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 62, size: 160, elements: !765)
!765 = !{!766, !767, !768, !769, !770}
!766 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !764, file: !104, line: 63, baseType: !25, size: 32)
!767 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !764, file: !104, line: 63, baseType: !35, size: 32, offset: 32)
!768 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !764, file: !104, line: 64, baseType: !25, size: 32, offset: 64)
!769 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !764, file: !104, line: 64, baseType: !35, size: 32, offset: 96)
!770 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !764, file: !104, line: 65, baseType: !123, size: 32, offset: 128)
!771 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !597, file: !104, line: 101, baseType: !772, size: 32)
!772 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !104, line: 67, baseType: !773)
!773 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 67, size: 32, elements: !774)
!774 = !{!775}
!775 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !773, file: !104, line: 67, baseType: !27, size: 32)
!776 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !597, file: !104, line: 102, baseType: !777, size: 32)
!777 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !104, line: 68, baseType: !778)
!778 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 68, size: 32, elements: !779)
!779 = !{!780}
!780 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !778, file: !104, line: 68, baseType: !305, size: 32)
!781 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !597, file: !104, line: 103, baseType: !307, size: 448)
!782 = !DILocalVariable(name: "m", arg: 1, scope: !587, file: !320, line: 4, type: !590)
!783 = !DILocation(line: 4, column: 21, scope: !587)
!784 = !DILocalVariable(name: "vmp", scope: !587, file: !320, line: 6, type: !785)
!785 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !786, size: 32)
!786 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !22, line: 23, size: 1152, elements: !787)
!787 = !{!788, !789, !790, !791, !792}
!788 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !786, file: !22, line: 24, baseType: !25, size: 32)
!789 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !786, file: !22, line: 25, baseType: !27, size: 32, offset: 32)
!790 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !786, file: !22, line: 26, baseType: !27, size: 32, offset: 64)
!791 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !786, file: !22, line: 27, baseType: !31, size: 1024, offset: 96)
!792 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !786, file: !22, line: 28, baseType: !35, size: 32, offset: 1120)
!793 = !DILocation(line: 6, column: 17, scope: !587)
!794 = !DILocation(line: 6, column: 31, scope: !587)
!795 = !DILocation(line: 6, column: 24, scope: !587)
!796 = !DILocalVariable(name: "addr", scope: !587, file: !320, line: 7, type: !35)
!797 = !DILocation(line: 7, column: 12, scope: !587)
!798 = !DILocation(line: 7, column: 19, scope: !587)
!799 = !DILocation(line: 7, column: 22, scope: !587)
!800 = !DILocation(line: 7, column: 38, scope: !587)
!801 = !DILocalVariable(name: "needed", scope: !587, file: !320, line: 8, type: !27)
!802 = !DILocation(line: 8, column: 6, scope: !587)
!803 = !DILocalVariable(name: "r", scope: !587, file: !320, line: 9, type: !27)
!804 = !DILocation(line: 9, column: 6, scope: !587)
!805 = !DILocation(line: 11, column: 6, scope: !806)
!806 = distinct !DILexicalBlock(scope: !587, file: !320, line: 11, column: 6)
!807 = !DILocation(line: 11, column: 11, scope: !806)
!808 = !DILocation(line: 11, column: 26, scope: !806)
!809 = !DILocation(line: 11, column: 29, scope: !806)
!810 = !DILocation(line: 11, column: 34, scope: !806)
!811 = !DILocation(line: 11, column: 6, scope: !587)
!812 = !DILocation(line: 12, column: 3, scope: !806)
!813 = !DILocation(line: 13, column: 12, scope: !587)
!814 = !DILocation(line: 13, column: 17, scope: !587)
!815 = !DILocation(line: 13, column: 32, scope: !587)
!816 = !DILocation(line: 13, column: 44, scope: !587)
!817 = !DILocation(line: 13, column: 49, scope: !587)
!818 = !DILocation(line: 13, column: 61, scope: !587)
!819 = !DILocation(line: 13, column: 9, scope: !587)
!820 = !DILocation(line: 14, column: 6, scope: !821)
!821 = distinct !DILexicalBlock(scope: !587, file: !320, line: 14, column: 6)
!822 = !DILocation(line: 14, column: 15, scope: !821)
!823 = !DILocation(line: 14, column: 20, scope: !821)
!824 = !DILocation(line: 14, column: 13, scope: !821)
!825 = !DILocation(line: 14, column: 30, scope: !821)
!826 = !DILocation(line: 14, column: 48, scope: !821)
!827 = !DILocation(line: 14, column: 53, scope: !821)
!828 = !DILocation(line: 14, column: 62, scope: !821)
!829 = !DILocation(line: 14, column: 67, scope: !821)
!830 = !DILocation(line: 14, column: 60, scope: !821)
!831 = !DILocation(line: 14, column: 38, scope: !821)
!832 = !DILocation(line: 14, column: 36, scope: !821)
!833 = !DILocation(line: 14, column: 79, scope: !821)
!834 = !DILocation(line: 14, column: 6, scope: !587)
!835 = !DILocation(line: 15, column: 10, scope: !821)
!836 = !DILocation(line: 15, column: 3, scope: !821)
!837 = !DILocation(line: 16, column: 16, scope: !587)
!838 = !DILocation(line: 16, column: 2, scope: !587)
!839 = !DILocation(line: 16, column: 7, scope: !587)
!840 = !DILocation(line: 16, column: 14, scope: !587)
!841 = !DILocation(line: 17, column: 2, scope: !587)
!842 = !DILocation(line: 18, column: 1, scope: !587)
!843 = distinct !DISubprogram(name: "do_mmap", scope: !320, file: !320, line: 20, type: !588, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !319, retainedNodes: !334)
!844 = !DILocalVariable(name: "m", arg: 1, scope: !843, file: !320, line: 20, type: !590)
!845 = !DILocation(line: 20, column: 22, scope: !843)
!846 = !DILocalVariable(name: "vmp", scope: !843, file: !320, line: 22, type: !785)
!847 = !DILocation(line: 22, column: 17, scope: !843)
!848 = !DILocation(line: 22, column: 31, scope: !843)
!849 = !DILocation(line: 22, column: 24, scope: !843)
!850 = !DILocalVariable(name: "len", scope: !843, file: !320, line: 23, type: !123)
!851 = !DILocation(line: 23, column: 9, scope: !843)
!852 = !DILocation(line: 23, column: 15, scope: !843)
!853 = !DILocation(line: 23, column: 18, scope: !843)
!854 = !DILocation(line: 23, column: 35, scope: !843)
!855 = !DILocalVariable(name: "first", scope: !843, file: !320, line: 24, type: !27)
!856 = !DILocation(line: 24, column: 6, scope: !843)
!857 = !DILocation(line: 24, column: 14, scope: !843)
!858 = !DILocation(line: 24, column: 19, scope: !843)
!859 = !DILocalVariable(name: "r", scope: !843, file: !320, line: 25, type: !27)
!860 = !DILocation(line: 25, column: 6, scope: !843)
!861 = !DILocation(line: 27, column: 6, scope: !862)
!862 = distinct !DILexicalBlock(scope: !843, file: !320, line: 27, column: 6)
!863 = !DILocation(line: 27, column: 10, scope: !862)
!864 = !DILocation(line: 27, column: 6, scope: !843)
!865 = !DILocation(line: 28, column: 3, scope: !862)
!866 = !DILocation(line: 29, column: 21, scope: !867)
!867 = distinct !DILexicalBlock(scope: !843, file: !320, line: 29, column: 6)
!868 = !DILocation(line: 29, column: 27, scope: !867)
!869 = !DILocation(line: 29, column: 31, scope: !867)
!870 = !DILocation(line: 29, column: 43, scope: !867)
!871 = !DILocation(line: 29, column: 48, scope: !867)
!872 = !DILocation(line: 29, column: 11, scope: !867)
!873 = !DILocation(line: 29, column: 9, scope: !867)
!874 = !DILocation(line: 29, column: 62, scope: !867)
!875 = !DILocation(line: 29, column: 6, scope: !843)
!876 = !DILocation(line: 30, column: 10, scope: !867)
!877 = !DILocation(line: 30, column: 3, scope: !867)
!878 = !DILocation(line: 31, column: 44, scope: !843)
!879 = !DILocation(line: 31, column: 50, scope: !843)
!880 = !DILocation(line: 31, column: 42, scope: !843)
!881 = !DILocation(line: 31, column: 2, scope: !843)
!882 = !DILocation(line: 31, column: 5, scope: !843)
!883 = !DILocation(line: 31, column: 22, scope: !843)
!884 = !DILocation(line: 31, column: 27, scope: !843)
!885 = !DILocation(line: 32, column: 2, scope: !843)
!886 = !DILocation(line: 33, column: 1, scope: !843)
!887 = distinct !DISubprogram(name: "do_getrusage", scope: !320, file: !320, line: 35, type: !588, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !319, retainedNodes: !334)
!888 = !DILocalVariable(name: "m", arg: 1, scope: !887, file: !320, line: 35, type: !590)
!889 = !DILocation(line: 35, column: 27, scope: !887)
!890 = !DILocalVariable(name: "vmp", scope: !887, file: !320, line: 37, type: !785)
!891 = !DILocation(line: 37, column: 17, scope: !887)
!892 = !DILocation(line: 37, column: 31, scope: !887)
!893 = !DILocation(line: 37, column: 24, scope: !887)
!894 = !DILocation(line: 39, column: 8, scope: !895)
!895 = distinct !DILexicalBlock(scope: !887, file: !320, line: 39, column: 6)
!896 = !DILocation(line: 39, column: 13, scope: !895)
!897 = !DILocation(line: 39, column: 22, scope: !895)
!898 = !DILocation(line: 39, column: 6, scope: !887)
!899 = !DILocation(line: 40, column: 3, scope: !895)
!900 = !DILocation(line: 41, column: 33, scope: !887)
!901 = !DILocation(line: 41, column: 38, scope: !887)
!902 = !DILocation(line: 41, column: 2, scope: !887)
!903 = !DILocation(line: 41, column: 5, scope: !887)
!904 = !DILocation(line: 41, column: 25, scope: !887)
!905 = !DILocation(line: 41, column: 31, scope: !887)
!906 = !DILocation(line: 42, column: 31, scope: !887)
!907 = !DILocation(line: 42, column: 36, scope: !887)
!908 = !DILocation(line: 42, column: 2, scope: !887)
!909 = !DILocation(line: 42, column: 5, scope: !887)
!910 = !DILocation(line: 42, column: 25, scope: !887)
!911 = !DILocation(line: 42, column: 29, scope: !887)
!912 = !DILocation(line: 43, column: 2, scope: !887)
!913 = !DILocation(line: 44, column: 1, scope: !887)
!914 = distinct !DISubprogram(name: "do_shutdown", scope: !322, file: !322, line: 4, type: !915, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !321, retainedNodes: !334)
!915 = !DISubroutineType(types: !916)
!916 = !{!27, !917}
!917 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !918, size: 32)
!918 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !104, line: 105, baseType: !919)
!919 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 70, size: 512, elements: !920)
!920 = !{!921, !922, !923}
!921 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !919, file: !104, line: 71, baseType: !25, size: 32)
!922 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !919, file: !104, line: 72, baseType: !27, size: 32, offset: 32)
!923 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !919, file: !104, line: 104, baseType: !924, size: 448, offset: 64)
!924 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !919, file: !104, line: 73, size: 448, elements: !925)
!925 = !{!926, !931, !937, !943, !948, !953, !959, !967, !974, !982, !987, !994, !1001, !1006, !1013, !1018, !1025, !1032, !1037, !1043, !1050, !1057, !1065, !1071, !1076, !1083, !1089, !1098, !1103, !1108}
!926 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !924, file: !104, line: 74, baseType: !927, size: 32)
!927 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !104, line: 15, baseType: !928)
!928 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 15, size: 32, elements: !929)
!929 = !{!930}
!930 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !928, file: !104, line: 15, baseType: !27, size: 32)
!931 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !924, file: !104, line: 75, baseType: !932, size: 64)
!932 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !104, line: 16, baseType: !933)
!933 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 16, size: 64, elements: !934)
!934 = !{!935, !936}
!935 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !933, file: !104, line: 16, baseType: !35, size: 32)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !933, file: !104, line: 16, baseType: !123, size: 32, offset: 32)
!937 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !924, file: !104, line: 76, baseType: !938, size: 64)
!938 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !104, line: 17, baseType: !939)
!939 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 17, size: 64, elements: !940)
!940 = !{!941, !942}
!941 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !939, file: !104, line: 17, baseType: !129, size: 32)
!942 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !939, file: !104, line: 17, baseType: !27, size: 32, offset: 32)
!943 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !924, file: !104, line: 77, baseType: !944, size: 32)
!944 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !104, line: 18, baseType: !945)
!945 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 18, size: 32, elements: !946)
!946 = !{!947}
!947 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !945, file: !104, line: 18, baseType: !136, size: 32)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !924, file: !104, line: 78, baseType: !949, size: 32)
!949 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !104, line: 19, baseType: !950)
!950 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 19, size: 32, elements: !951)
!951 = !{!952}
!952 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !950, file: !104, line: 19, baseType: !27, size: 32)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !924, file: !104, line: 79, baseType: !954, size: 64)
!954 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !104, line: 20, baseType: !955)
!955 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 20, size: 64, elements: !956)
!956 = !{!957, !958}
!957 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !955, file: !104, line: 20, baseType: !27, size: 32)
!958 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !955, file: !104, line: 20, baseType: !35, size: 32, offset: 32)
!959 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !924, file: !104, line: 80, baseType: !960, size: 128)
!960 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !104, line: 28, baseType: !961)
!961 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 23, size: 128, elements: !962)
!962 = !{!963, !964, !965, !966}
!963 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !961, file: !104, line: 24, baseType: !25, size: 32)
!964 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !961, file: !104, line: 25, baseType: !25, size: 32, offset: 32)
!965 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !961, file: !104, line: 26, baseType: !129, size: 32, offset: 64)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !961, file: !104, line: 27, baseType: !136, size: 32, offset: 96)
!967 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !924, file: !104, line: 81, baseType: !968, size: 96)
!968 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !104, line: 29, baseType: !969)
!969 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 29, size: 96, elements: !970)
!970 = !{!971, !972, !973}
!971 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !969, file: !104, line: 29, baseType: !25, size: 32)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !969, file: !104, line: 29, baseType: !35, size: 32, offset: 32)
!973 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !969, file: !104, line: 29, baseType: !123, size: 32, offset: 64)
!974 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !924, file: !104, line: 82, baseType: !975, size: 128)
!975 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !104, line: 32, baseType: !976)
!976 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 32, size: 128, elements: !977)
!977 = !{!978, !979, !980, !981}
!978 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !976, file: !104, line: 32, baseType: !35, size: 32)
!979 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !976, file: !104, line: 32, baseType: !123, size: 32, offset: 32)
!980 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !976, file: !104, line: 32, baseType: !27, size: 32, offset: 64)
!981 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !976, file: !104, line: 32, baseType: !171, size: 16, offset: 96)
!982 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !924, file: !104, line: 83, baseType: !983, size: 32)
!983 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !104, line: 33, baseType: !984)
!984 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 33, size: 32, elements: !985)
!985 = !{!986}
!986 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !984, file: !104, line: 33, baseType: !27, size: 32)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !924, file: !104, line: 84, baseType: !988, size: 96)
!988 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !104, line: 34, baseType: !989)
!989 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 34, size: 96, elements: !990)
!990 = !{!991, !992, !993}
!991 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !989, file: !104, line: 34, baseType: !27, size: 32)
!992 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !989, file: !104, line: 34, baseType: !35, size: 32, offset: 32)
!993 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !989, file: !104, line: 34, baseType: !123, size: 32, offset: 64)
!994 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !924, file: !104, line: 85, baseType: !995, size: 96)
!995 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !104, line: 35, baseType: !996)
!996 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 35, size: 96, elements: !997)
!997 = !{!998, !999, !1000}
!998 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !996, file: !104, line: 35, baseType: !27, size: 32)
!999 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !996, file: !104, line: 35, baseType: !192, size: 32, offset: 32)
!1000 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !996, file: !104, line: 35, baseType: !27, size: 32, offset: 64)
!1001 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !924, file: !104, line: 86, baseType: !1002, size: 16)
!1002 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !104, line: 36, baseType: !1003)
!1003 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 36, size: 16, elements: !1004)
!1004 = !{!1005}
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1003, file: !104, line: 36, baseType: !171, size: 16)
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !924, file: !104, line: 87, baseType: !1007, size: 96)
!1007 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !104, line: 39, baseType: !1008)
!1008 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 39, size: 96, elements: !1009)
!1009 = !{!1010, !1011, !1012}
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1008, file: !104, line: 39, baseType: !25, size: 32)
!1011 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1008, file: !104, line: 39, baseType: !27, size: 32, offset: 32)
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1008, file: !104, line: 39, baseType: !25, size: 32, offset: 64)
!1013 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !924, file: !104, line: 88, baseType: !1014, size: 32)
!1014 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !104, line: 40, baseType: !1015)
!1015 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 40, size: 32, elements: !1016)
!1016 = !{!1017}
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1015, file: !104, line: 40, baseType: !25, size: 32)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !924, file: !104, line: 89, baseType: !1019, size: 96)
!1019 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !104, line: 41, baseType: !1020)
!1020 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 41, size: 96, elements: !1021)
!1021 = !{!1022, !1023, !1024}
!1022 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1020, file: !104, line: 41, baseType: !25, size: 32)
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1020, file: !104, line: 41, baseType: !123, size: 32, offset: 32)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1020, file: !104, line: 41, baseType: !35, size: 32, offset: 64)
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !924, file: !104, line: 90, baseType: !1026, size: 96)
!1026 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !104, line: 42, baseType: !1027)
!1027 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 42, size: 96, elements: !1028)
!1028 = !{!1029, !1030, !1031}
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1027, file: !104, line: 42, baseType: !25, size: 32)
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1027, file: !104, line: 42, baseType: !123, size: 32, offset: 32)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1027, file: !104, line: 42, baseType: !35, size: 32, offset: 64)
!1032 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !924, file: !104, line: 91, baseType: !1033, size: 32)
!1033 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !104, line: 45, baseType: !1034)
!1034 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 45, size: 32, elements: !1035)
!1035 = !{!1036}
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1034, file: !104, line: 45, baseType: !35, size: 32)
!1037 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !924, file: !104, line: 92, baseType: !1038, size: 64)
!1038 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !104, line: 46, baseType: !1039)
!1039 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 46, size: 64, elements: !1040)
!1040 = !{!1041, !1042}
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1039, file: !104, line: 46, baseType: !123, size: 32)
!1042 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1039, file: !104, line: 46, baseType: !35, size: 32, offset: 32)
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !924, file: !104, line: 93, baseType: !1044, size: 192)
!1044 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !104, line: 49, baseType: !1045)
!1045 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 49, size: 192, elements: !1046)
!1046 = !{!1047, !1048, !1049}
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1045, file: !104, line: 49, baseType: !242, size: 128)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1045, file: !104, line: 49, baseType: !25, size: 32, offset: 128)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1045, file: !104, line: 49, baseType: !27, size: 32, offset: 160)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !924, file: !104, line: 94, baseType: !1051, size: 192)
!1051 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !104, line: 50, baseType: !1052)
!1052 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 50, size: 192, elements: !1053)
!1053 = !{!1054, !1055, !1056}
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1052, file: !104, line: 50, baseType: !242, size: 128)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1052, file: !104, line: 50, baseType: !25, size: 32, offset: 128)
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1052, file: !104, line: 50, baseType: !27, size: 32, offset: 160)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !924, file: !104, line: 95, baseType: !1058, size: 128)
!1058 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !104, line: 53, baseType: !1059)
!1059 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 53, size: 128, elements: !1060)
!1060 = !{!1061, !1062, !1063, !1064}
!1061 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1059, file: !104, line: 53, baseType: !25, size: 32)
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1059, file: !104, line: 53, baseType: !35, size: 32, offset: 32)
!1063 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1059, file: !104, line: 53, baseType: !123, size: 32, offset: 64)
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1059, file: !104, line: 53, baseType: !27, size: 32, offset: 96)
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !924, file: !104, line: 96, baseType: !1066, size: 64)
!1066 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !104, line: 54, baseType: !1067)
!1067 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 54, size: 64, elements: !1068)
!1068 = !{!1069, !1070}
!1069 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1067, file: !104, line: 54, baseType: !25, size: 32)
!1070 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1067, file: !104, line: 54, baseType: !27, size: 32, offset: 32)
!1071 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !924, file: !104, line: 97, baseType: !1072, size: 32)
!1072 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !104, line: 57, baseType: !1073)
!1073 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 57, size: 32, elements: !1074)
!1074 = !{!1075}
!1075 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1073, file: !104, line: 57, baseType: !27, size: 32)
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !924, file: !104, line: 98, baseType: !1077, size: 96)
!1077 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !104, line: 60, baseType: !1078)
!1078 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 60, size: 96, elements: !1079)
!1079 = !{!1080, !1081, !1082}
!1080 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1078, file: !104, line: 60, baseType: !25, size: 32)
!1081 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1078, file: !104, line: 60, baseType: !27, size: 32, offset: 32)
!1082 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1078, file: !104, line: 60, baseType: !25, size: 32, offset: 64)
!1083 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !924, file: !104, line: 99, baseType: !1084, size: 64)
!1084 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !104, line: 61, baseType: !1085)
!1085 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 61, size: 64, elements: !1086)
!1086 = !{!1087, !1088}
!1087 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1085, file: !104, line: 61, baseType: !25, size: 32)
!1088 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1085, file: !104, line: 61, baseType: !27, size: 32, offset: 32)
!1089 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !924, file: !104, line: 100, baseType: !1090, size: 160)
!1090 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !104, line: 66, baseType: !1091)
!1091 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 62, size: 160, elements: !1092)
!1092 = !{!1093, !1094, !1095, !1096, !1097}
!1093 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1091, file: !104, line: 63, baseType: !25, size: 32)
!1094 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1091, file: !104, line: 63, baseType: !35, size: 32, offset: 32)
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1091, file: !104, line: 64, baseType: !25, size: 32, offset: 64)
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1091, file: !104, line: 64, baseType: !35, size: 32, offset: 96)
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1091, file: !104, line: 65, baseType: !123, size: 32, offset: 128)
!1098 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !924, file: !104, line: 101, baseType: !1099, size: 32)
!1099 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !104, line: 67, baseType: !1100)
!1100 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 67, size: 32, elements: !1101)
!1101 = !{!1102}
!1102 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1100, file: !104, line: 67, baseType: !27, size: 32)
!1103 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !924, file: !104, line: 102, baseType: !1104, size: 32)
!1104 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !104, line: 68, baseType: !1105)
!1105 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 68, size: 32, elements: !1106)
!1106 = !{!1107}
!1107 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1105, file: !104, line: 68, baseType: !305, size: 32)
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !924, file: !104, line: 103, baseType: !307, size: 448)
!1109 = !DILocalVariable(name: "m", arg: 1, scope: !914, file: !322, line: 4, type: !917)
!1110 = !DILocation(line: 4, column: 26, scope: !914)
!1111 = !DILocation(line: 6, column: 6, scope: !1112)
!1112 = distinct !DILexicalBlock(scope: !914, file: !322, line: 6, column: 6)
!1113 = !DILocation(line: 6, column: 9, scope: !1112)
!1114 = !DILocation(line: 6, column: 18, scope: !1112)
!1115 = !DILocation(line: 6, column: 32, scope: !1112)
!1116 = !DILocation(line: 6, column: 35, scope: !1112)
!1117 = !DILocation(line: 6, column: 38, scope: !1112)
!1118 = !DILocation(line: 6, column: 47, scope: !1112)
!1119 = !DILocation(line: 6, column: 6, scope: !914)
!1120 = !DILocation(line: 7, column: 3, scope: !1112)
!1121 = !DILocation(line: 8, column: 19, scope: !914)
!1122 = !DILocation(line: 9, column: 2, scope: !914)
!1123 = !DILocation(line: 10, column: 1, scope: !914)
!1124 = distinct !DISubprogram(name: "do_getstatus", scope: !322, file: !322, line: 12, type: !915, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !321, retainedNodes: !334)
!1125 = !DILocalVariable(name: "m", arg: 1, scope: !1124, file: !322, line: 12, type: !917)
!1126 = !DILocation(line: 12, column: 27, scope: !1124)
!1127 = !DILocation(line: 14, column: 9, scope: !1124)
!1128 = !DILocation(line: 15, column: 9, scope: !1124)
!1129 = !DILocation(line: 15, column: 2, scope: !1124)
!1130 = distinct !DISubprogram(name: "do_fork", scope: !324, file: !324, line: 6, type: !1131, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323, retainedNodes: !334)
!1131 = !DISubroutineType(types: !1132)
!1132 = !{!27, !1133}
!1133 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1134, size: 32)
!1134 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !104, line: 105, baseType: !1135)
!1135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 70, size: 512, elements: !1136)
!1136 = !{!1137, !1138, !1139}
!1137 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1135, file: !104, line: 71, baseType: !25, size: 32)
!1138 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1135, file: !104, line: 72, baseType: !27, size: 32, offset: 32)
!1139 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1135, file: !104, line: 104, baseType: !1140, size: 448, offset: 64)
!1140 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1135, file: !104, line: 73, size: 448, elements: !1141)
!1141 = !{!1142, !1147, !1153, !1159, !1164, !1169, !1175, !1183, !1190, !1198, !1203, !1210, !1217, !1222, !1229, !1234, !1241, !1248, !1253, !1259, !1266, !1273, !1281, !1287, !1292, !1299, !1305, !1314, !1319, !1324}
!1142 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1140, file: !104, line: 74, baseType: !1143, size: 32)
!1143 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !104, line: 15, baseType: !1144)
!1144 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 15, size: 32, elements: !1145)
!1145 = !{!1146}
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1144, file: !104, line: 15, baseType: !27, size: 32)
!1147 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1140, file: !104, line: 75, baseType: !1148, size: 64)
!1148 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !104, line: 16, baseType: !1149)
!1149 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 16, size: 64, elements: !1150)
!1150 = !{!1151, !1152}
!1151 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1149, file: !104, line: 16, baseType: !35, size: 32)
!1152 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1149, file: !104, line: 16, baseType: !123, size: 32, offset: 32)
!1153 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1140, file: !104, line: 76, baseType: !1154, size: 64)
!1154 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !104, line: 17, baseType: !1155)
!1155 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 17, size: 64, elements: !1156)
!1156 = !{!1157, !1158}
!1157 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1155, file: !104, line: 17, baseType: !129, size: 32)
!1158 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1155, file: !104, line: 17, baseType: !27, size: 32, offset: 32)
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1140, file: !104, line: 77, baseType: !1160, size: 32)
!1160 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !104, line: 18, baseType: !1161)
!1161 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 18, size: 32, elements: !1162)
!1162 = !{!1163}
!1163 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1161, file: !104, line: 18, baseType: !136, size: 32)
!1164 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1140, file: !104, line: 78, baseType: !1165, size: 32)
!1165 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !104, line: 19, baseType: !1166)
!1166 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 19, size: 32, elements: !1167)
!1167 = !{!1168}
!1168 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1166, file: !104, line: 19, baseType: !27, size: 32)
!1169 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1140, file: !104, line: 79, baseType: !1170, size: 64)
!1170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !104, line: 20, baseType: !1171)
!1171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 20, size: 64, elements: !1172)
!1172 = !{!1173, !1174}
!1173 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1171, file: !104, line: 20, baseType: !27, size: 32)
!1174 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1171, file: !104, line: 20, baseType: !35, size: 32, offset: 32)
!1175 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1140, file: !104, line: 80, baseType: !1176, size: 128)
!1176 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !104, line: 28, baseType: !1177)
!1177 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 23, size: 128, elements: !1178)
!1178 = !{!1179, !1180, !1181, !1182}
!1179 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1177, file: !104, line: 24, baseType: !25, size: 32)
!1180 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1177, file: !104, line: 25, baseType: !25, size: 32, offset: 32)
!1181 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1177, file: !104, line: 26, baseType: !129, size: 32, offset: 64)
!1182 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1177, file: !104, line: 27, baseType: !136, size: 32, offset: 96)
!1183 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1140, file: !104, line: 81, baseType: !1184, size: 96)
!1184 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !104, line: 29, baseType: !1185)
!1185 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 29, size: 96, elements: !1186)
!1186 = !{!1187, !1188, !1189}
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1185, file: !104, line: 29, baseType: !25, size: 32)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1185, file: !104, line: 29, baseType: !35, size: 32, offset: 32)
!1189 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1185, file: !104, line: 29, baseType: !123, size: 32, offset: 64)
!1190 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1140, file: !104, line: 82, baseType: !1191, size: 128)
!1191 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !104, line: 32, baseType: !1192)
!1192 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 32, size: 128, elements: !1193)
!1193 = !{!1194, !1195, !1196, !1197}
!1194 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1192, file: !104, line: 32, baseType: !35, size: 32)
!1195 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1192, file: !104, line: 32, baseType: !123, size: 32, offset: 32)
!1196 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1192, file: !104, line: 32, baseType: !27, size: 32, offset: 64)
!1197 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1192, file: !104, line: 32, baseType: !171, size: 16, offset: 96)
!1198 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1140, file: !104, line: 83, baseType: !1199, size: 32)
!1199 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !104, line: 33, baseType: !1200)
!1200 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 33, size: 32, elements: !1201)
!1201 = !{!1202}
!1202 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1200, file: !104, line: 33, baseType: !27, size: 32)
!1203 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1140, file: !104, line: 84, baseType: !1204, size: 96)
!1204 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !104, line: 34, baseType: !1205)
!1205 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 34, size: 96, elements: !1206)
!1206 = !{!1207, !1208, !1209}
!1207 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1205, file: !104, line: 34, baseType: !27, size: 32)
!1208 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1205, file: !104, line: 34, baseType: !35, size: 32, offset: 32)
!1209 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1205, file: !104, line: 34, baseType: !123, size: 32, offset: 64)
!1210 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1140, file: !104, line: 85, baseType: !1211, size: 96)
!1211 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !104, line: 35, baseType: !1212)
!1212 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 35, size: 96, elements: !1213)
!1213 = !{!1214, !1215, !1216}
!1214 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1212, file: !104, line: 35, baseType: !27, size: 32)
!1215 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1212, file: !104, line: 35, baseType: !192, size: 32, offset: 32)
!1216 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1212, file: !104, line: 35, baseType: !27, size: 32, offset: 64)
!1217 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1140, file: !104, line: 86, baseType: !1218, size: 16)
!1218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !104, line: 36, baseType: !1219)
!1219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 36, size: 16, elements: !1220)
!1220 = !{!1221}
!1221 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1219, file: !104, line: 36, baseType: !171, size: 16)
!1222 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1140, file: !104, line: 87, baseType: !1223, size: 96)
!1223 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !104, line: 39, baseType: !1224)
!1224 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 39, size: 96, elements: !1225)
!1225 = !{!1226, !1227, !1228}
!1226 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1224, file: !104, line: 39, baseType: !25, size: 32)
!1227 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1224, file: !104, line: 39, baseType: !27, size: 32, offset: 32)
!1228 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1224, file: !104, line: 39, baseType: !25, size: 32, offset: 64)
!1229 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1140, file: !104, line: 88, baseType: !1230, size: 32)
!1230 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !104, line: 40, baseType: !1231)
!1231 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 40, size: 32, elements: !1232)
!1232 = !{!1233}
!1233 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1231, file: !104, line: 40, baseType: !25, size: 32)
!1234 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1140, file: !104, line: 89, baseType: !1235, size: 96)
!1235 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !104, line: 41, baseType: !1236)
!1236 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 41, size: 96, elements: !1237)
!1237 = !{!1238, !1239, !1240}
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1236, file: !104, line: 41, baseType: !25, size: 32)
!1239 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1236, file: !104, line: 41, baseType: !123, size: 32, offset: 32)
!1240 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1236, file: !104, line: 41, baseType: !35, size: 32, offset: 64)
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1140, file: !104, line: 90, baseType: !1242, size: 96)
!1242 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !104, line: 42, baseType: !1243)
!1243 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 42, size: 96, elements: !1244)
!1244 = !{!1245, !1246, !1247}
!1245 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1243, file: !104, line: 42, baseType: !25, size: 32)
!1246 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1243, file: !104, line: 42, baseType: !123, size: 32, offset: 32)
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1243, file: !104, line: 42, baseType: !35, size: 32, offset: 64)
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1140, file: !104, line: 91, baseType: !1249, size: 32)
!1249 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !104, line: 45, baseType: !1250)
!1250 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 45, size: 32, elements: !1251)
!1251 = !{!1252}
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1250, file: !104, line: 45, baseType: !35, size: 32)
!1253 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1140, file: !104, line: 92, baseType: !1254, size: 64)
!1254 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !104, line: 46, baseType: !1255)
!1255 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 46, size: 64, elements: !1256)
!1256 = !{!1257, !1258}
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1255, file: !104, line: 46, baseType: !123, size: 32)
!1258 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1255, file: !104, line: 46, baseType: !35, size: 32, offset: 32)
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1140, file: !104, line: 93, baseType: !1260, size: 192)
!1260 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !104, line: 49, baseType: !1261)
!1261 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 49, size: 192, elements: !1262)
!1262 = !{!1263, !1264, !1265}
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1261, file: !104, line: 49, baseType: !242, size: 128)
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1261, file: !104, line: 49, baseType: !25, size: 32, offset: 128)
!1265 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1261, file: !104, line: 49, baseType: !27, size: 32, offset: 160)
!1266 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1140, file: !104, line: 94, baseType: !1267, size: 192)
!1267 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !104, line: 50, baseType: !1268)
!1268 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 50, size: 192, elements: !1269)
!1269 = !{!1270, !1271, !1272}
!1270 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1268, file: !104, line: 50, baseType: !242, size: 128)
!1271 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1268, file: !104, line: 50, baseType: !25, size: 32, offset: 128)
!1272 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1268, file: !104, line: 50, baseType: !27, size: 32, offset: 160)
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1140, file: !104, line: 95, baseType: !1274, size: 128)
!1274 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !104, line: 53, baseType: !1275)
!1275 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 53, size: 128, elements: !1276)
!1276 = !{!1277, !1278, !1279, !1280}
!1277 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1275, file: !104, line: 53, baseType: !25, size: 32)
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1275, file: !104, line: 53, baseType: !35, size: 32, offset: 32)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1275, file: !104, line: 53, baseType: !123, size: 32, offset: 64)
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1275, file: !104, line: 53, baseType: !27, size: 32, offset: 96)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1140, file: !104, line: 96, baseType: !1282, size: 64)
!1282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !104, line: 54, baseType: !1283)
!1283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 54, size: 64, elements: !1284)
!1284 = !{!1285, !1286}
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1283, file: !104, line: 54, baseType: !25, size: 32)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1283, file: !104, line: 54, baseType: !27, size: 32, offset: 32)
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1140, file: !104, line: 97, baseType: !1288, size: 32)
!1288 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !104, line: 57, baseType: !1289)
!1289 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 57, size: 32, elements: !1290)
!1290 = !{!1291}
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1289, file: !104, line: 57, baseType: !27, size: 32)
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1140, file: !104, line: 98, baseType: !1293, size: 96)
!1293 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !104, line: 60, baseType: !1294)
!1294 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 60, size: 96, elements: !1295)
!1295 = !{!1296, !1297, !1298}
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1294, file: !104, line: 60, baseType: !25, size: 32)
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1294, file: !104, line: 60, baseType: !27, size: 32, offset: 32)
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1294, file: !104, line: 60, baseType: !25, size: 32, offset: 64)
!1299 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1140, file: !104, line: 99, baseType: !1300, size: 64)
!1300 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !104, line: 61, baseType: !1301)
!1301 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 61, size: 64, elements: !1302)
!1302 = !{!1303, !1304}
!1303 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1301, file: !104, line: 61, baseType: !25, size: 32)
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1301, file: !104, line: 61, baseType: !27, size: 32, offset: 32)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1140, file: !104, line: 100, baseType: !1306, size: 160)
!1306 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !104, line: 66, baseType: !1307)
!1307 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 62, size: 160, elements: !1308)
!1308 = !{!1309, !1310, !1311, !1312, !1313}
!1309 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1307, file: !104, line: 63, baseType: !25, size: 32)
!1310 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1307, file: !104, line: 63, baseType: !35, size: 32, offset: 32)
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1307, file: !104, line: 64, baseType: !25, size: 32, offset: 64)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1307, file: !104, line: 64, baseType: !35, size: 32, offset: 96)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1307, file: !104, line: 65, baseType: !123, size: 32, offset: 128)
!1314 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1140, file: !104, line: 101, baseType: !1315, size: 32)
!1315 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !104, line: 67, baseType: !1316)
!1316 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 67, size: 32, elements: !1317)
!1317 = !{!1318}
!1318 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1316, file: !104, line: 67, baseType: !27, size: 32)
!1319 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1140, file: !104, line: 102, baseType: !1320, size: 32)
!1320 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !104, line: 68, baseType: !1321)
!1321 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !104, line: 68, size: 32, elements: !1322)
!1322 = !{!1323}
!1323 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1321, file: !104, line: 68, baseType: !305, size: 32)
!1324 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1140, file: !104, line: 103, baseType: !307, size: 448)
!1325 = !DILocalVariable(name: "m", arg: 1, scope: !1130, file: !324, line: 6, type: !1133)
!1326 = !DILocation(line: 6, column: 22, scope: !1130)
!1327 = !DILocalVariable(name: "parent", scope: !1130, file: !324, line: 8, type: !1328)
!1328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1329, size: 32)
!1329 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vmproc", file: !22, line: 23, size: 1152, elements: !1330)
!1330 = !{!1331, !1332, !1333, !1334, !1335}
!1331 = !DIDerivedType(tag: DW_TAG_member, name: "vm_endpoint", scope: !1329, file: !22, line: 24, baseType: !25, size: 32)
!1332 = !DIDerivedType(tag: DW_TAG_member, name: "vm_flags", scope: !1329, file: !22, line: 25, baseType: !27, size: 32, offset: 32)
!1333 = !DIDerivedType(tag: DW_TAG_member, name: "vm_npages", scope: !1329, file: !22, line: 26, baseType: !27, size: 32, offset: 64)
!1334 = !DIDerivedType(tag: DW_TAG_member, name: "vm_pages", scope: !1329, file: !22, line: 27, baseType: !31, size: 1024, offset: 96)
!1335 = !DIDerivedType(tag: DW_TAG_member, name: "vm_brk", scope: !1329, file: !22, line: 28, baseType: !35, size: 32, offset: 1120)
!1336 = !DILocation(line: 8, column: 17, scope: !1130)
!1337 = !DILocalVariable(name: "child", scope: !1130, file: !324, line: 8, type: !1328)
!1338 = !DILocation(line: 8, column: 26, scope: !1130)
!1339 = !DILocalVariable(name: "child_endpt", scope: !1130, file: !324, line: 9, type: !25)
!1340 = !DILocation(line: 9, column: 13, scope: !1130)
!1341 = !DILocalVariable(name: "child_slot", scope: !1130, file: !324, line: 10, type: !27)
!1342 = !DILocation(line: 10, column: 6, scope: !1130)
!1343 = !DILocation(line: 10, column: 19, scope: !1130)
!1344 = !DILocation(line: 10, column: 22, scope: !1130)
!1345 = !DILocation(line: 10, column: 41, scope: !1130)
!1346 = !DILocalVariable(name: "r", scope: !1130, file: !324, line: 11, type: !27)
!1347 = !DILocation(line: 11, column: 6, scope: !1130)
!1348 = !DILocation(line: 13, column: 6, scope: !1349)
!1349 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 13, column: 6)
!1350 = !DILocation(line: 13, column: 9, scope: !1349)
!1351 = !DILocation(line: 13, column: 18, scope: !1349)
!1352 = !DILocation(line: 13, column: 6, scope: !1130)
!1353 = !DILocation(line: 14, column: 3, scope: !1349)
!1354 = !DILocation(line: 15, column: 6, scope: !1355)
!1355 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 15, column: 6)
!1356 = !DILocation(line: 15, column: 17, scope: !1355)
!1357 = !DILocation(line: 15, column: 21, scope: !1355)
!1358 = !DILocation(line: 15, column: 24, scope: !1355)
!1359 = !DILocation(line: 15, column: 35, scope: !1355)
!1360 = !DILocation(line: 15, column: 6, scope: !1130)
!1361 = !DILocation(line: 16, column: 3, scope: !1355)
!1362 = !DILocation(line: 17, column: 19, scope: !1130)
!1363 = !DILocation(line: 17, column: 12, scope: !1130)
!1364 = !DILocation(line: 17, column: 9, scope: !1130)
!1365 = !DILocation(line: 18, column: 18, scope: !1130)
!1366 = !DILocation(line: 18, column: 11, scope: !1130)
!1367 = !DILocation(line: 18, column: 8, scope: !1130)
!1368 = !DILocation(line: 19, column: 8, scope: !1369)
!1369 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 19, column: 6)
!1370 = !DILocation(line: 19, column: 16, scope: !1369)
!1371 = !DILocation(line: 19, column: 25, scope: !1369)
!1372 = !DILocation(line: 19, column: 38, scope: !1369)
!1373 = !DILocation(line: 19, column: 42, scope: !1369)
!1374 = !DILocation(line: 19, column: 49, scope: !1369)
!1375 = !DILocation(line: 19, column: 58, scope: !1369)
!1376 = !DILocation(line: 19, column: 6, scope: !1130)
!1377 = !DILocation(line: 20, column: 3, scope: !1369)
!1378 = !DILocation(line: 21, column: 6, scope: !1379)
!1379 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 21, column: 6)
!1380 = !DILocation(line: 21, column: 14, scope: !1379)
!1381 = !DILocation(line: 21, column: 26, scope: !1379)
!1382 = !DILocation(line: 21, column: 24, scope: !1379)
!1383 = !DILocation(line: 21, column: 6, scope: !1130)
!1384 = !DILocation(line: 22, column: 3, scope: !1379)
!1385 = !DILocation(line: 23, column: 20, scope: !1386)
!1386 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 23, column: 6)
!1387 = !DILocation(line: 23, column: 28, scope: !1386)
!1388 = !DILocation(line: 23, column: 41, scope: !1386)
!1389 = !DILocation(line: 23, column: 11, scope: !1386)
!1390 = !DILocation(line: 23, column: 9, scope: !1386)
!1391 = !DILocation(line: 23, column: 68, scope: !1386)
!1392 = !DILocation(line: 23, column: 6, scope: !1130)
!1393 = !DILocation(line: 24, column: 10, scope: !1386)
!1394 = !DILocation(line: 24, column: 3, scope: !1386)
!1395 = !DILocation(line: 28, column: 23, scope: !1130)
!1396 = !DILocation(line: 28, column: 2, scope: !1130)
!1397 = !DILocation(line: 28, column: 9, scope: !1130)
!1398 = !DILocation(line: 28, column: 21, scope: !1130)
!1399 = !DILocation(line: 29, column: 2, scope: !1130)
!1400 = !DILocation(line: 29, column: 9, scope: !1130)
!1401 = !DILocation(line: 29, column: 18, scope: !1130)
!1402 = !DILocation(line: 30, column: 18, scope: !1130)
!1403 = !DILocation(line: 30, column: 26, scope: !1130)
!1404 = !DILocation(line: 30, column: 2, scope: !1130)
!1405 = !DILocation(line: 30, column: 9, scope: !1130)
!1406 = !DILocation(line: 30, column: 16, scope: !1130)
!1407 = !DILocation(line: 31, column: 2, scope: !1130)
!1408 = !DILocation(line: 31, column: 9, scope: !1130)
!1409 = !DILocation(line: 31, column: 19, scope: !1130)
!1410 = !DILocation(line: 32, column: 21, scope: !1411)
!1411 = distinct !DILexicalBlock(scope: !1130, file: !324, line: 32, column: 6)
!1412 = !DILocation(line: 32, column: 28, scope: !1411)
!1413 = !DILocation(line: 32, column: 36, scope: !1411)
!1414 = !DILocation(line: 32, column: 11, scope: !1411)
!1415 = !DILocation(line: 32, column: 9, scope: !1411)
!1416 = !DILocation(line: 32, column: 48, scope: !1411)
!1417 = !DILocation(line: 32, column: 6, scope: !1130)
!1418 = !DILocation(line: 33, column: 10, scope: !1411)
!1419 = !DILocation(line: 33, column: 3, scope: !1411)
!1420 = !DILocation(line: 35, column: 38, scope: !1130)
!1421 = !DILocation(line: 35, column: 2, scope: !1130)
!1422 = !DILocation(line: 35, column: 5, scope: !1130)
!1423 = !DILocation(line: 35, column: 24, scope: !1130)
!1424 = !DILocation(line: 35, column: 36, scope: !1130)
!1425 = !DILocation(line: 36, column: 2, scope: !1130)
!1426 = !DILocation(line: 37, column: 1, scope: !1130)
!1427 = distinct !DISubprogram(name: "do_exit", scope: !324, file: !324, line: 39, type: !1131, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323, retainedNodes: !334)
!1428 = !DILocalVariable(name: "m", arg: 1, scope: !1427, file: !324, line: 39, type: !1133)
!1429 = !DILocation(line: 39, column: 22, scope: !1427)
!1430 = !DILocalVariable(name: "vmp", scope: !1427, file: !324, line: 41, type: !1328)
!1431 = !DILocation(line: 41, column: 17, scope: !1427)
!1432 = !DILocation(line: 43, column: 6, scope: !1433)
!1433 = distinct !DILexicalBlock(scope: !1427, file: !324, line: 43, column: 6)
!1434 = !DILocation(line: 43, column: 9, scope: !1433)
!1435 = !DILocation(line: 43, column: 18, scope: !1433)
!1436 = !DILocation(line: 43, column: 6, scope: !1427)
!1437 = !DILocation(line: 44, column: 3, scope: !1433)
!1438 = !DILocation(line: 45, column: 16, scope: !1427)
!1439 = !DILocation(line: 45, column: 9, scope: !1427)
!1440 = !DILocation(line: 45, column: 6, scope: !1427)
!1441 = !DILocation(line: 46, column: 18, scope: !1427)
!1442 = !DILocation(line: 46, column: 2, scope: !1427)
!1443 = !DILocation(line: 47, column: 2, scope: !1427)
!1444 = !DILocation(line: 47, column: 7, scope: !1427)
!1445 = !DILocation(line: 47, column: 16, scope: !1427)
!1446 = !DILocation(line: 48, column: 2, scope: !1427)
!1447 = !DILocation(line: 49, column: 1, scope: !1427)
!1448 = distinct !DISubprogram(name: "do_exec_newmem", scope: !324, file: !324, line: 51, type: !1131, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323, retainedNodes: !334)
!1449 = !DILocalVariable(name: "m", arg: 1, scope: !1448, file: !324, line: 51, type: !1133)
!1450 = !DILocation(line: 51, column: 29, scope: !1448)
!1451 = !DILocalVariable(name: "vmp", scope: !1448, file: !324, line: 53, type: !1328)
!1452 = !DILocation(line: 53, column: 17, scope: !1448)
!1453 = !DILocalVariable(name: "bytes", scope: !1448, file: !324, line: 54, type: !123)
!1454 = !DILocation(line: 54, column: 9, scope: !1448)
!1455 = !DILocation(line: 54, column: 17, scope: !1448)
!1456 = !DILocation(line: 54, column: 20, scope: !1448)
!1457 = !DILocation(line: 54, column: 41, scope: !1448)
!1458 = !DILocalVariable(name: "npages", scope: !1448, file: !324, line: 55, type: !27)
!1459 = !DILocation(line: 55, column: 6, scope: !1448)
!1460 = !DILocation(line: 55, column: 16, scope: !1448)
!1461 = !DILocation(line: 55, column: 22, scope: !1448)
!1462 = !DILocation(line: 55, column: 34, scope: !1448)
!1463 = !DILocation(line: 55, column: 39, scope: !1448)
!1464 = !DILocation(line: 55, column: 51, scope: !1448)
!1465 = !DILocalVariable(name: "r", scope: !1448, file: !324, line: 56, type: !27)
!1466 = !DILocation(line: 56, column: 6, scope: !1448)
!1467 = !DILocation(line: 58, column: 6, scope: !1468)
!1468 = distinct !DILexicalBlock(scope: !1448, file: !324, line: 58, column: 6)
!1469 = !DILocation(line: 58, column: 9, scope: !1468)
!1470 = !DILocation(line: 58, column: 18, scope: !1468)
!1471 = !DILocation(line: 58, column: 6, scope: !1448)
!1472 = !DILocation(line: 59, column: 3, scope: !1468)
!1473 = !DILocation(line: 60, column: 16, scope: !1448)
!1474 = !DILocation(line: 60, column: 9, scope: !1448)
!1475 = !DILocation(line: 60, column: 6, scope: !1448)
!1476 = !DILocation(line: 61, column: 8, scope: !1477)
!1477 = distinct !DILexicalBlock(scope: !1448, file: !324, line: 61, column: 6)
!1478 = !DILocation(line: 61, column: 13, scope: !1477)
!1479 = !DILocation(line: 61, column: 22, scope: !1477)
!1480 = !DILocation(line: 61, column: 6, scope: !1448)
!1481 = !DILocation(line: 62, column: 3, scope: !1477)
!1482 = !DILocation(line: 64, column: 18, scope: !1448)
!1483 = !DILocation(line: 64, column: 2, scope: !1448)
!1484 = !DILocation(line: 65, column: 21, scope: !1485)
!1485 = distinct !DILexicalBlock(scope: !1448, file: !324, line: 65, column: 6)
!1486 = !DILocation(line: 65, column: 26, scope: !1485)
!1487 = !DILocation(line: 65, column: 11, scope: !1485)
!1488 = !DILocation(line: 65, column: 9, scope: !1485)
!1489 = !DILocation(line: 65, column: 35, scope: !1485)
!1490 = !DILocation(line: 65, column: 6, scope: !1448)
!1491 = !DILocation(line: 66, column: 10, scope: !1485)
!1492 = !DILocation(line: 66, column: 3, scope: !1485)
!1493 = !DILocation(line: 67, column: 32, scope: !1448)
!1494 = !DILocation(line: 67, column: 39, scope: !1448)
!1495 = !DILocation(line: 67, column: 54, scope: !1448)
!1496 = !DILocation(line: 67, column: 29, scope: !1448)
!1497 = !DILocation(line: 67, column: 2, scope: !1448)
!1498 = !DILocation(line: 67, column: 7, scope: !1448)
!1499 = !DILocation(line: 67, column: 14, scope: !1448)
!1500 = !DILocation(line: 68, column: 2, scope: !1448)
!1501 = !DILocation(line: 68, column: 5, scope: !1448)
!1502 = !DILocation(line: 68, column: 26, scope: !1448)
!1503 = !DILocation(line: 68, column: 31, scope: !1448)
!1504 = !DILocation(line: 69, column: 2, scope: !1448)
!1505 = !DILocation(line: 70, column: 1, scope: !1448)
