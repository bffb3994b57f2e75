; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mproc = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, [16 x i8] }
%struct.mess_lc_pm_exec = type { i32, i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }
%struct.rusage = type { i32, i32, i32, i32 }
%struct.mess_common_shutdown = type { i32 }

@.str = private unnamed_addr constant [19 x i8] c"pm: vm_exit failed\00", align 1, !dbg !0
@.str.11 = private unnamed_addr constant [19 x i8] c"pm: receive failed\00", align 1, !dbg !7
@call_nr = dso_local global i32 0, align 4, !dbg !10
@boot_names = internal constant [5 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 4, !dbg !264
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1, !dbg !243
@.str.2 = private unnamed_addr constant [3 x i8] c"pm\00", align 1, !dbg !248
@.str.3 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1, !dbg !253
@.str.4 = private unnamed_addr constant [3 x i8] c"vm\00", align 1, !dbg !258
@.str.5 = private unnamed_addr constant [3 x i8] c"ds\00", align 1, !dbg !260
@.str.6 = private unnamed_addr constant [3 x i8] c"rs\00", align 1, !dbg !262
@shutdown_started = dso_local global i32 0, align 4, !dbg !241
@who_e = dso_local global i32 0, align 4, !dbg !213
@procs_in_use = dso_local global i32 0, align 4, !dbg !237
@who_p = dso_local global i32 0, align 4, !dbg !215
@m_in = dso_local global %struct.message zeroinitializer, align 4, !dbg !17
@call_vec = dso_local constant [10 x ptr] [ptr @do_exit, ptr @do_fork, ptr @do_exec, ptr @do_getpid, ptr @do_kill, ptr @do_setuid, ptr @do_getuid, ptr @do_reboot, ptr @do_getrusage, ptr null], align 4, !dbg !270
@mproc = dso_local global [32 x %struct.mproc] zeroinitializer, align 4, !dbg !217
@.str.20 = private unnamed_addr constant [20 x i8] c"pm: cannot tell vfs\00", align 1, !dbg !282
@next_pid = dso_local global i32 0, align 4, !dbg !239
@kernel_call_table = external dso_local global [7 x ptr], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec() #0 !dbg !309 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %name_addr = alloca i32, align 4
  %len = alloca i32, align 4
  %path = alloca [15 x i8], align 1
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !311, !DIExpression(), !326)
  %0 = load i32, ptr @who_p, align 4, !dbg !327
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !328
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !326
    #dbg_declare(ptr %name_addr, !329, !DIExpression(), !330)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !331
  store i32 %1, ptr %name_addr, align 4, !dbg !330
    #dbg_declare(ptr %len, !332, !DIExpression(), !333)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !334
  store i32 %2, ptr %len, align 4, !dbg !333
    #dbg_declare(ptr %path, !335, !DIExpression(), !339)
    #dbg_declare(ptr %m, !340, !DIExpression(), !513)
    #dbg_declare(ptr %r, !514, !DIExpression(), !515)
  %3 = load i32, ptr %len, align 4, !dbg !516
  %cmp = icmp eq i32 %3, 0, !dbg !518
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !519

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %len, align 4, !dbg !520
  %cmp1 = icmp ugt i32 %4, 14, !dbg !521
  br i1 %cmp1, label %if.then, label %if.end, !dbg !522

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -36, ptr %retval, align 4, !dbg !523
  br label %return, !dbg !523

if.end:                                           ; preds = %lor.lhs.false
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !524
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !525
  store i32 530, ptr %m_type, align 4, !dbg !526
  %5 = load ptr, ptr %rmp, align 4, !dbg !527
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !528
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !528
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !529
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !530
  store i32 %6, ptr %endpt, align 4, !dbg !531
  %7 = load i32, ptr %name_addr, align 4, !dbg !532
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !533
  %name = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 1, !dbg !534
  store i32 %7, ptr %name, align 4, !dbg !535
  %8 = load i32, ptr %len, align 4, !dbg !536
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !537
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u3, i32 0, i32 2, !dbg !538
  store i32 %8, ptr %namelen, align 4, !dbg !539
  %call4 = call i32 @_ipc_sendrec(i32 noundef 1, ptr noundef %m) #4, !dbg !540
  store i32 %call4, ptr %r, align 4, !dbg !542
  %cmp5 = icmp ne i32 %call4, 0, !dbg !543
  br i1 %cmp5, label %if.then6, label %if.end7, !dbg !544

if.then6:                                         ; preds = %if.end
  %9 = load i32, ptr %r, align 4, !dbg !545
  store i32 %9, ptr %retval, align 4, !dbg !546
  br label %return, !dbg !546

if.end7:                                          ; preds = %if.end
  %m_type8 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !547
  %10 = load i32, ptr %m_type8, align 4, !dbg !547
  %cmp9 = icmp ne i32 %10, 0, !dbg !549
  br i1 %cmp9, label %if.then10, label %if.end12, !dbg !550

if.then10:                                        ; preds = %if.end7
  %m_type11 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !551
  %11 = load i32, ptr %m_type11, align 4, !dbg !551
  store i32 %11, ptr %retval, align 4, !dbg !552
  br label %return, !dbg !552

if.end12:                                         ; preds = %if.end7
  %12 = load i32, ptr @who_e, align 4, !dbg !553
  %13 = load i32, ptr %name_addr, align 4, !dbg !555
  %arraydecay = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !556
  %14 = ptrtoint ptr %arraydecay to i32, !dbg !557
  %15 = load i32, ptr %len, align 4, !dbg !558
  %call13 = call i32 @sys_datacopy(i32 noundef %12, i32 noundef %13, i32 noundef 32256, i32 noundef %14, i32 noundef %15) #4, !dbg !559
  store i32 %call13, ptr %r, align 4, !dbg !560
  %cmp14 = icmp ne i32 %call13, 0, !dbg !561
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !562

if.then15:                                        ; preds = %if.end12
  %16 = load i32, ptr %r, align 4, !dbg !563
  store i32 %16, ptr %retval, align 4, !dbg !564
  br label %return, !dbg !564

if.end16:                                         ; preds = %if.end12
  %17 = load i32, ptr %len, align 4, !dbg !565
  %arrayidx17 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 %17, !dbg !566
  store i8 0, ptr %arrayidx17, align 1, !dbg !567
  %18 = load ptr, ptr %rmp, align 4, !dbg !568
  %mp_name = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 10, !dbg !569
  %arraydecay18 = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !568
  %arraydecay19 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !570
  %call20 = call i32 @strlcpy(ptr noundef %arraydecay18, ptr noundef %arraydecay19, i32 noundef 16) #4, !dbg !571
  %19 = load ptr, ptr %rmp, align 4, !dbg !572
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %19, i32 0, i32 7, !dbg !573
  store i32 0, ptr %mp_sigpending, align 4, !dbg !574
  store i32 0, ptr %retval, align 4, !dbg !575
  br label %return, !dbg !575

return:                                           ; preds = %if.end16, %if.then15, %if.then10, %if.then6, %if.then
  %20 = load i32, ptr %retval, align 4, !dbg !576
  ret i32 %20, !dbg !576
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !577 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !582, !DIExpression(), !583)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !584, !DIExpression(), !585)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !586
  %1 = load i32, ptr %dst.addr, align 4, !dbg !587
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !588
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !586
  ret i32 %call, !dbg !589
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @exit_proc(ptr noundef %rmp, i32 noundef %exit_status) #0 !dbg !590 {
entry:
  %rmp.addr = alloca ptr, align 4
  %exit_status.addr = alloca i32, align 4
  %parent = alloca ptr, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !607, !DIExpression(), !608)
  store i32 %exit_status, ptr %exit_status.addr, align 4
    #dbg_declare(ptr %exit_status.addr, !609, !DIExpression(), !610)
    #dbg_declare(ptr %parent, !611, !DIExpression(), !612)
  %0 = load ptr, ptr %rmp.addr, align 4, !dbg !613
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %0, i32 0, i32 3, !dbg !615
  %1 = load i32, ptr %mp_flags, align 4, !dbg !615
  %and = and i32 %1, 1, !dbg !616
  %tobool = icmp ne i32 %and, 0, !dbg !616
  br i1 %tobool, label %if.end, label %if.then, !dbg !617

if.then:                                          ; preds = %entry
  br label %return, !dbg !618

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %exit_status.addr, align 4, !dbg !619
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !620
  %mp_exitstatus = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 4, !dbg !621
  store i32 %2, ptr %mp_exitstatus, align 4, !dbg !622
  %4 = load ptr, ptr %rmp.addr, align 4, !dbg !623
  call void @tell_vfs(ptr noundef %4, i32 noundef 529) #4, !dbg !624
  %5 = load ptr, ptr %rmp.addr, align 4, !dbg !625
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !627
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !627
  %call = call i32 @vm_exit(i32 noundef %6) #4, !dbg !628
  %cmp = icmp ne i32 %call, 0, !dbg !629
  br i1 %cmp, label %if.then1, label %if.end2, !dbg !630

if.then1:                                         ; preds = %if.end
  call void @panic(ptr noundef @.str) #5, !dbg !631
  unreachable, !dbg !631

if.end2:                                          ; preds = %if.end
  %7 = load ptr, ptr %rmp.addr, align 4, !dbg !632
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 2, !dbg !633
  %8 = load i32, ptr %mp_parent, align 4, !dbg !633
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %8, !dbg !634
  store ptr %arrayidx, ptr %parent, align 4, !dbg !635
  %9 = load ptr, ptr %parent, align 4, !dbg !636
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 7, !dbg !637
  %10 = load i32, ptr %mp_sigpending, align 4, !dbg !638
  %or = or i32 %10, 131072, !dbg !638
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !638
  %11 = load ptr, ptr %rmp.addr, align 4, !dbg !639
  %mp_flags3 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 3, !dbg !640
  store i32 0, ptr %mp_flags3, align 4, !dbg !641
  %12 = load i32, ptr @procs_in_use, align 4, !dbg !642
  %dec = add nsw i32 %12, -1, !dbg !642
  store i32 %dec, ptr @procs_in_use, align 4, !dbg !642
  br label %return, !dbg !643

return:                                           ; preds = %if.end2, %if.then
  ret void, !dbg !643
}

declare dso_local i32 @vm_exit(i32 noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork() #0 !dbg !644 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %rmc = alloca ptr, align 4
  %new_pid = alloca i32, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !645, !DIExpression(), !660)
  %0 = load i32, ptr @who_p, align 4, !dbg !661
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !662
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !660
    #dbg_declare(ptr %rmc, !663, !DIExpression(), !664)
    #dbg_declare(ptr %new_pid, !665, !DIExpression(), !666)
    #dbg_declare(ptr %n, !667, !DIExpression(), !668)
    #dbg_declare(ptr %r, !669, !DIExpression(), !670)
  %1 = load i32, ptr @procs_in_use, align 4, !dbg !671
  %cmp = icmp sge i32 %1, 30, !dbg !673
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !674

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !675
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 6, !dbg !676
  %3 = load i32, ptr %mp_effuid, align 4, !dbg !676
  %cmp1 = icmp ne i32 %3, 0, !dbg !677
  br i1 %cmp1, label %if.then, label %if.end, !dbg !678

if.then:                                          ; preds = %land.lhs.true
  store i32 -11, ptr %retval, align 4, !dbg !679
  br label %return, !dbg !679

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @get_free_slot() #4, !dbg !680
  store i32 %call, ptr %n, align 4, !dbg !682
  %cmp2 = icmp slt i32 %call, 0, !dbg !683
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !684

if.then3:                                         ; preds = %if.end
  store i32 -11, ptr %retval, align 4, !dbg !685
  br label %return, !dbg !685

if.end4:                                          ; preds = %if.end
  %call5 = call i32 @get_free_pid() #4, !dbg !686
  store i32 %call5, ptr %new_pid, align 4, !dbg !687
  %4 = load i32, ptr %n, align 4, !dbg !688
  %arrayidx6 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !689
  store ptr %arrayidx6, ptr %rmc, align 4, !dbg !690
  %5 = load ptr, ptr %rmc, align 4, !dbg !691
  %6 = load ptr, ptr %rmp, align 4, !dbg !692
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %5, ptr align 4 %6, i32 56, i1 false), !dbg !693
  %7 = load i32, ptr @who_p, align 4, !dbg !694
  %8 = load ptr, ptr %rmc, align 4, !dbg !695
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 2, !dbg !696
  store i32 %7, ptr %mp_parent, align 4, !dbg !697
  %9 = load i32, ptr %new_pid, align 4, !dbg !698
  %10 = load ptr, ptr %rmc, align 4, !dbg !699
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %10, i32 0, i32 1, !dbg !700
  store i32 %9, ptr %mp_pid, align 4, !dbg !701
  %11 = load ptr, ptr %rmc, align 4, !dbg !702
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 7, !dbg !703
  store i32 0, ptr %mp_sigpending, align 4, !dbg !704
  %12 = load ptr, ptr %rmc, align 4, !dbg !705
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 8, !dbg !706
  store i32 0, ptr %mp_utime, align 4, !dbg !707
  %13 = load ptr, ptr %rmc, align 4, !dbg !708
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 9, !dbg !709
  store i32 0, ptr %mp_stime, align 4, !dbg !710
  %14 = load ptr, ptr %rmp, align 4, !dbg !711
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 0, !dbg !713
  %15 = load i32, ptr %mp_endpoint, align 4, !dbg !713
  %16 = load i32, ptr %n, align 4, !dbg !714
  %17 = load ptr, ptr %rmc, align 4, !dbg !715
  %mp_endpoint7 = getelementptr inbounds %struct.mproc, ptr %17, i32 0, i32 0, !dbg !716
  %call8 = call i32 @vm_fork(i32 noundef %15, i32 noundef %16, ptr noundef %mp_endpoint7) #4, !dbg !717
  store i32 %call8, ptr %r, align 4, !dbg !718
  %cmp9 = icmp ne i32 %call8, 0, !dbg !719
  br i1 %cmp9, label %if.then10, label %if.end11, !dbg !720

if.then10:                                        ; preds = %if.end4
  %18 = load ptr, ptr %rmc, align 4, !dbg !721
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 3, !dbg !723
  store i32 0, ptr %mp_flags, align 4, !dbg !724
  %19 = load i32, ptr %r, align 4, !dbg !725
  store i32 %19, ptr %retval, align 4, !dbg !726
  br label %return, !dbg !726

if.end11:                                         ; preds = %if.end4
  %20 = load i32, ptr @procs_in_use, align 4, !dbg !727
  %inc = add nsw i32 %20, 1, !dbg !727
  store i32 %inc, ptr @procs_in_use, align 4, !dbg !727
  %21 = load ptr, ptr %rmc, align 4, !dbg !728
  call void @tell_vfs(ptr noundef %21, i32 noundef 528) #4, !dbg !729
  %22 = load ptr, ptr %rmc, align 4, !dbg !730
  %mp_endpoint12 = getelementptr inbounds %struct.mproc, ptr %22, i32 0, i32 0, !dbg !731
  %23 = load i32, ptr %mp_endpoint12, align 4, !dbg !731
  call void @reply(i32 noundef %23, i32 noundef 0) #4, !dbg !732
  %24 = load i32, ptr %new_pid, align 4, !dbg !733
  store i32 %24, ptr %retval, align 4, !dbg !734
  br label %return, !dbg !734

return:                                           ; preds = %if.end11, %if.then10, %if.then3, %if.then
  %25 = load i32, ptr %retval, align 4, !dbg !735
  ret i32 %25, !dbg !735
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

declare dso_local i32 @vm_fork(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit() #0 !dbg !736 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !737
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !738
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !739
  call void @exit_proc(ptr noundef %arrayidx, i32 noundef %1) #4, !dbg !740
  ret i32 -201, !dbg !741
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getpid() #0 !dbg !742 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !743
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !744
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 1, !dbg !745
  %1 = load i32, ptr %mp_pid, align 4, !dbg !745
  ret i32 %1, !dbg !746
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getuid() #0 !dbg !747 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !748
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !749
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 5, !dbg !750
  %1 = load i32, ptr %mp_realuid, align 4, !dbg !750
  ret i32 %1, !dbg !751
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_setuid() #0 !dbg !752 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %uid = alloca i32, align 4
    #dbg_declare(ptr %rmp, !753, !DIExpression(), !768)
  %0 = load i32, ptr @who_p, align 4, !dbg !769
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !770
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !768
    #dbg_declare(ptr %uid, !771, !DIExpression(), !772)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !773
  store i32 %1, ptr %uid, align 4, !dbg !772
  %2 = load i32, ptr %uid, align 4, !dbg !774
  %cmp = icmp slt i32 %2, 0, !dbg !776
  br i1 %cmp, label %if.then, label %if.end, !dbg !777

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !778
  br label %return, !dbg !778

if.end:                                           ; preds = %entry
  %3 = load ptr, ptr %rmp, align 4, !dbg !779
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 5, !dbg !781
  %4 = load i32, ptr %mp_realuid, align 4, !dbg !781
  %5 = load i32, ptr %uid, align 4, !dbg !782
  %cmp1 = icmp ne i32 %4, %5, !dbg !783
  br i1 %cmp1, label %land.lhs.true, label %if.end4, !dbg !784

land.lhs.true:                                    ; preds = %if.end
  %6 = load ptr, ptr %rmp, align 4, !dbg !785
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 6, !dbg !786
  %7 = load i32, ptr %mp_effuid, align 4, !dbg !786
  %cmp2 = icmp ne i32 %7, 0, !dbg !787
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !788

if.then3:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !789
  br label %return, !dbg !789

if.end4:                                          ; preds = %land.lhs.true, %if.end
  %8 = load i32, ptr %uid, align 4, !dbg !790
  %9 = load ptr, ptr %rmp, align 4, !dbg !791
  %mp_realuid5 = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !792
  store i32 %8, ptr %mp_realuid5, align 4, !dbg !793
  %10 = load i32, ptr %uid, align 4, !dbg !794
  %11 = load ptr, ptr %rmp, align 4, !dbg !795
  %mp_effuid6 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 6, !dbg !796
  store i32 %10, ptr %mp_effuid6, align 4, !dbg !797
  %12 = load ptr, ptr %rmp, align 4, !dbg !798
  call void @tell_vfs(ptr noundef %12, i32 noundef 531) #4, !dbg !799
  store i32 0, ptr %retval, align 4, !dbg !800
  br label %return, !dbg !800

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %13 = load i32, ptr %retval, align 4, !dbg !801
  ret i32 %13, !dbg !801
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !802 {
entry:
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %call_index = alloca i32, align 4
    #dbg_declare(ptr %ipc_status, !803, !DIExpression(), !804)
    #dbg_declare(ptr %result, !805, !DIExpression(), !806)
    #dbg_declare(ptr %call_index, !807, !DIExpression(), !808)
  call void @pm_init() #4, !dbg !809
  br label %for.cond, !dbg !810

for.cond:                                         ; preds = %if.end19, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef @m_in, ptr noundef %ipc_status) #4, !dbg !811
  %cmp = icmp ne i32 %call, 0, !dbg !816
  br i1 %cmp, label %if.then, label %if.end, !dbg !817

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str.11) #5, !dbg !818
  unreachable, !dbg !818

if.end:                                           ; preds = %for.cond
  %0 = load i32, ptr @m_in, align 4, !dbg !819
  store i32 %0, ptr @who_e, align 4, !dbg !820
  %1 = load i32, ptr @who_e, align 4, !dbg !821
  %and = and i32 %1, 31, !dbg !821
  store i32 %and, ptr @who_p, align 4, !dbg !822
  %2 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 1), align 4, !dbg !823
  store i32 %2, ptr @call_nr, align 4, !dbg !824
  %3 = load i32, ptr @call_nr, align 4, !dbg !825
  %cmp1 = icmp eq i32 %3, 1536, !dbg !827
  br i1 %cmp1, label %if.then2, label %if.else, !dbg !828

if.then2:                                         ; preds = %if.end
  %call3 = call i32 @do_getstatus() #4, !dbg !829
  store i32 %call3, ptr %result, align 4, !dbg !831
  br label %if.end16, !dbg !832

if.else:                                          ; preds = %if.end
  %4 = load i32, ptr @call_nr, align 4, !dbg !833
  %and4 = and i32 %4, -256, !dbg !833
  %cmp5 = icmp eq i32 %and4, 256, !dbg !833
  br i1 %cmp5, label %if.then6, label %if.else14, !dbg !835

if.then6:                                         ; preds = %if.else
  %5 = load i32, ptr @call_nr, align 4, !dbg !836
  %sub = sub nsw i32 %5, 256, !dbg !838
  store i32 %sub, ptr %call_index, align 4, !dbg !839
  %6 = load i32, ptr %call_index, align 4, !dbg !840
  %cmp7 = icmp ult i32 %6, 10, !dbg !842
  br i1 %cmp7, label %land.lhs.true, label %if.else12, !dbg !843

land.lhs.true:                                    ; preds = %if.then6
  %7 = load i32, ptr %call_index, align 4, !dbg !844
  %arrayidx = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %7, !dbg !845
  %8 = load ptr, ptr %arrayidx, align 4, !dbg !845
  %cmp8 = icmp ne ptr %8, null, !dbg !846
  br i1 %cmp8, label %if.then9, label %if.else12, !dbg !847

if.then9:                                         ; preds = %land.lhs.true
  %9 = load i32, ptr %call_index, align 4, !dbg !848
  %arrayidx10 = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %9, !dbg !849
  %10 = load ptr, ptr %arrayidx10, align 4, !dbg !849
  %call11 = call i32 %10() #4, !dbg !850
  store i32 %call11, ptr %result, align 4, !dbg !851
  br label %if.end13, !dbg !852

if.else12:                                        ; preds = %land.lhs.true, %if.then6
  store i32 -38, ptr %result, align 4, !dbg !853
  br label %if.end13

if.end13:                                         ; preds = %if.else12, %if.then9
  br label %if.end15, !dbg !854

if.else14:                                        ; preds = %if.else
  store i32 -38, ptr %result, align 4, !dbg !855
  br label %if.end15

if.end15:                                         ; preds = %if.else14, %if.end13
  br label %if.end16

if.end16:                                         ; preds = %if.end15, %if.then2
  %11 = load i32, ptr %result, align 4, !dbg !857
  %cmp17 = icmp ne i32 %11, -201, !dbg !859
  br i1 %cmp17, label %if.then18, label %if.end19, !dbg !860

if.then18:                                        ; preds = %if.end16
  %12 = load i32, ptr @who_e, align 4, !dbg !861
  %13 = load i32, ptr %result, align 4, !dbg !862
  call void @reply(i32 noundef %12, i32 noundef %13) #4, !dbg !863
  br label %if.end19, !dbg !863

if.end19:                                         ; preds = %if.then18, %if.end16
  br label %for.cond, !dbg !864, !llvm.loop !865
}

; Function Attrs: noinline nounwind
define internal void @pm_init() #0 !dbg !868 {
entry:
  %rmp = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %rmp, !871, !DIExpression(), !873)
    #dbg_declare(ptr %i, !874, !DIExpression(), !875)
  store i32 0, ptr %i, align 4, !dbg !876
  br label %for.cond, !dbg !878

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !879
  %cmp = icmp slt i32 %0, 5, !dbg !881
  br i1 %cmp, label %for.body, label %for.end, !dbg !882

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !883
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !885
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !886
  %2 = load i32, ptr %i, align 4, !dbg !887
  %3 = load ptr, ptr %rmp, align 4, !dbg !888
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 0, !dbg !889
  store i32 %2, ptr %mp_endpoint, align 4, !dbg !890
  %4 = load i32, ptr %i, align 4, !dbg !891
  %add = add nsw i32 2, %4, !dbg !892
  %5 = load ptr, ptr %rmp, align 4, !dbg !893
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 1, !dbg !894
  store i32 %add, ptr %mp_pid, align 4, !dbg !895
  %6 = load ptr, ptr %rmp, align 4, !dbg !896
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 2, !dbg !897
  store i32 0, ptr %mp_parent, align 4, !dbg !898
  %7 = load ptr, ptr %rmp, align 4, !dbg !899
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 3, !dbg !900
  store i32 1, ptr %mp_flags, align 4, !dbg !901
  %8 = load ptr, ptr %rmp, align 4, !dbg !902
  %mp_name = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 10, !dbg !903
  %arraydecay = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !902
  %9 = load i32, ptr %i, align 4, !dbg !904
  %arrayidx1 = getelementptr inbounds [5 x ptr], ptr @boot_names, i32 0, i32 %9, !dbg !905
  %10 = load ptr, ptr %arrayidx1, align 4, !dbg !905
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %10, i32 noundef 16) #4, !dbg !906
  br label %for.inc, !dbg !907

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %i, align 4, !dbg !908
  %inc = add nsw i32 %11, 1, !dbg !908
  store i32 %inc, ptr %i, align 4, !dbg !908
  br label %for.cond, !dbg !909, !llvm.loop !910

for.end:                                          ; preds = %for.cond
  store ptr getelementptr inbounds ([32 x %struct.mproc], ptr @mproc, i32 0, i32 5), ptr %rmp, align 4, !dbg !913
  %12 = load ptr, ptr %rmp, align 4, !dbg !914
  %mp_endpoint2 = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 0, !dbg !915
  store i32 37, ptr %mp_endpoint2, align 4, !dbg !916
  %13 = load ptr, ptr %rmp, align 4, !dbg !917
  %mp_pid3 = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 1, !dbg !918
  store i32 1, ptr %mp_pid3, align 4, !dbg !919
  %14 = load ptr, ptr %rmp, align 4, !dbg !920
  %mp_parent4 = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 2, !dbg !921
  store i32 0, ptr %mp_parent4, align 4, !dbg !922
  %15 = load ptr, ptr %rmp, align 4, !dbg !923
  %mp_flags5 = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 3, !dbg !924
  store i32 1, ptr %mp_flags5, align 4, !dbg !925
  %16 = load ptr, ptr %rmp, align 4, !dbg !926
  %mp_name6 = getelementptr inbounds %struct.mproc, ptr %16, i32 0, i32 10, !dbg !927
  %arraydecay7 = getelementptr inbounds [16 x i8], ptr %mp_name6, i32 0, i32 0, !dbg !926
  %call8 = call i32 @strlcpy(ptr noundef %arraydecay7, ptr noundef @.str.1, i32 noundef 16) #4, !dbg !928
  store i32 6, ptr @procs_in_use, align 4, !dbg !929
  store i32 7, ptr @next_pid, align 4, !dbg !930
  ret void, !dbg !931
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_reboot() #0 !dbg !932 {
entry:
  %retval = alloca i32, align 4
  %how = alloca i32, align 4
    #dbg_declare(ptr %how, !933, !DIExpression(), !934)
  %0 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !935
  store i32 %0, ptr %how, align 4, !dbg !934
  %1 = load i32, ptr @who_p, align 4, !dbg !936
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !938
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 6, !dbg !939
  %2 = load i32, ptr %mp_effuid, align 4, !dbg !939
  %cmp = icmp ne i32 %2, 0, !dbg !940
  br i1 %cmp, label %if.then, label %if.end, !dbg !941

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !942
  br label %return, !dbg !942

if.end:                                           ; preds = %entry
  %3 = load i32, ptr %how, align 4, !dbg !943
  %cmp1 = icmp ne i32 %3, 0, !dbg !945
  br i1 %cmp1, label %land.lhs.true, label %if.end6, !dbg !946

land.lhs.true:                                    ; preds = %if.end
  %4 = load i32, ptr %how, align 4, !dbg !947
  %cmp2 = icmp ne i32 %4, 1, !dbg !948
  br i1 %cmp2, label %land.lhs.true3, label %if.end6, !dbg !949

land.lhs.true3:                                   ; preds = %land.lhs.true
  %5 = load i32, ptr %how, align 4, !dbg !950
  %cmp4 = icmp ne i32 %5, 2, !dbg !951
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !952

if.then5:                                         ; preds = %land.lhs.true3
  store i32 -22, ptr %retval, align 4, !dbg !953
  br label %return, !dbg !953

if.end6:                                          ; preds = %land.lhs.true3, %land.lhs.true, %if.end
  store i32 1, ptr @shutdown_started, align 4, !dbg !954
  %6 = load i32, ptr %how, align 4, !dbg !955
  %call = call i32 @tell_server(i32 noundef 4, i32 noundef 1284, i32 noundef %6) #4, !dbg !956
  %7 = load i32, ptr %how, align 4, !dbg !957
  %call7 = call i32 @tell_server(i32 noundef 1, i32 noundef 1537, i32 noundef %7) #4, !dbg !958
  %8 = load i32, ptr %how, align 4, !dbg !959
  %call8 = call i32 @tell_server(i32 noundef 2, i32 noundef 1537, i32 noundef %8) #4, !dbg !960
  %9 = load i32, ptr %how, align 4, !dbg !961
  %call9 = call i32 @tell_server(i32 noundef 3, i32 noundef 1537, i32 noundef %9) #4, !dbg !962
  %10 = load i32, ptr %how, align 4, !dbg !963
  %call10 = call i32 @sys_abort(i32 noundef %10) #4, !dbg !964
  store i32 -201, ptr %retval, align 4, !dbg !965
  br label %return, !dbg !965

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !966
  ret i32 %11, !dbg !966
}

declare dso_local i32 @sys_abort(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage() #0 !dbg !967 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %vui = alloca %struct.mess_lc_pm_exec, align 4
  %usage = alloca %struct.rusage, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !968, !DIExpression(), !983)
  %0 = load i32, ptr @who_p, align 4, !dbg !984
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !985
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !983
    #dbg_declare(ptr %vui, !986, !DIExpression(), !992)
    #dbg_declare(ptr %usage, !993, !DIExpression(), !1000)
    #dbg_declare(ptr %r, !1001, !DIExpression(), !1002)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1003
  %cmp = icmp ne i32 %1, 0, !dbg !1005
  br i1 %cmp, label %if.then, label %if.end, !dbg !1006

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !1007
  br label %return, !dbg !1007

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !1008
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 0, !dbg !1010
  %3 = load i32, ptr %mp_endpoint, align 4, !dbg !1010
  %call = call i32 @vm_info_usage(i32 noundef %3, ptr noundef %vui) #4, !dbg !1011
  store i32 %call, ptr %r, align 4, !dbg !1012
  %cmp1 = icmp ne i32 %call, 0, !dbg !1013
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !1014

if.then2:                                         ; preds = %if.end
  %4 = load i32, ptr %r, align 4, !dbg !1015
  store i32 %4, ptr %retval, align 4, !dbg !1016
  br label %return, !dbg !1016

if.end3:                                          ; preds = %if.end
  %call4 = call ptr @memset(ptr noundef %usage, i32 noundef 0, i32 noundef 16) #4, !dbg !1017
  %5 = load ptr, ptr %rmp, align 4, !dbg !1018
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 8, !dbg !1019
  %6 = load i32, ptr %mp_utime, align 4, !dbg !1019
  %ru_utime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 0, !dbg !1020
  store i32 %6, ptr %ru_utime, align 4, !dbg !1021
  %7 = load ptr, ptr %rmp, align 4, !dbg !1022
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 9, !dbg !1023
  %8 = load i32, ptr %mp_stime, align 4, !dbg !1023
  %ru_stime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 1, !dbg !1024
  store i32 %8, ptr %ru_stime, align 4, !dbg !1025
  %vui_pages = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 0, !dbg !1026
  %9 = load i32, ptr %vui_pages, align 4, !dbg !1026
  %mul = mul i32 %9, 4096, !dbg !1027
  %ru_maxrss = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 2, !dbg !1028
  store i32 %mul, ptr %ru_maxrss, align 4, !dbg !1029
  %vui_brk = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 1, !dbg !1030
  %10 = load i32, ptr %vui_brk, align 4, !dbg !1030
  %ru_brk = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 3, !dbg !1031
  store i32 %10, ptr %ru_brk, align 4, !dbg !1032
  %11 = ptrtoint ptr %usage to i32, !dbg !1033
  %12 = load i32, ptr @who_e, align 4, !dbg !1034
  %13 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !1035
  %call5 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %11, i32 noundef %12, i32 noundef %13, i32 noundef 16) #4, !dbg !1036
  store i32 %call5, ptr %retval, align 4, !dbg !1037
  br label %return, !dbg !1037

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %14 = load i32, ptr %retval, align 4, !dbg !1038
  ret i32 %14, !dbg !1038
}

declare dso_local i32 @vm_info_usage(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus() #0 !dbg !1039 {
entry:
  %0 = load i32, ptr @procs_in_use, align 4, !dbg !1040
  ret i32 %0, !dbg !1041
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_kill() #0 !dbg !1042 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %target = alloca ptr, align 4
  %pid = alloca i32, align 4
  %sig = alloca i32, align 4
  %slot = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1043, !DIExpression(), !1058)
  %0 = load i32, ptr @who_p, align 4, !dbg !1059
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1060
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1058
    #dbg_declare(ptr %target, !1061, !DIExpression(), !1062)
    #dbg_declare(ptr %pid, !1063, !DIExpression(), !1064)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1065
  store i32 %1, ptr %pid, align 4, !dbg !1064
    #dbg_declare(ptr %sig, !1066, !DIExpression(), !1067)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !1068
  store i32 %2, ptr %sig, align 4, !dbg !1067
    #dbg_declare(ptr %slot, !1069, !DIExpression(), !1070)
  %3 = load i32, ptr %sig, align 4, !dbg !1071
  %cmp = icmp slt i32 %3, 0, !dbg !1073
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !1074

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %sig, align 4, !dbg !1075
  %cmp1 = icmp sge i32 %4, 32, !dbg !1076
  br i1 %cmp1, label %if.then, label %if.end, !dbg !1077

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !1078
  br label %return, !dbg !1078

if.end:                                           ; preds = %lor.lhs.false
  %5 = load i32, ptr %pid, align 4, !dbg !1079
  %call = call i32 @find_proc_by_pid(i32 noundef %5) #4, !dbg !1081
  store i32 %call, ptr %slot, align 4, !dbg !1082
  %cmp2 = icmp slt i32 %call, 0, !dbg !1083
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1084

if.then3:                                         ; preds = %if.end
  store i32 -3, ptr %retval, align 4, !dbg !1085
  br label %return, !dbg !1085

if.end4:                                          ; preds = %if.end
  %6 = load i32, ptr %slot, align 4, !dbg !1086
  %arrayidx5 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !1087
  store ptr %arrayidx5, ptr %target, align 4, !dbg !1088
  %7 = load ptr, ptr %rmp, align 4, !dbg !1089
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 6, !dbg !1091
  %8 = load i32, ptr %mp_effuid, align 4, !dbg !1091
  %cmp6 = icmp ne i32 %8, 0, !dbg !1092
  br i1 %cmp6, label %land.lhs.true, label %if.end10, !dbg !1093

land.lhs.true:                                    ; preds = %if.end4
  %9 = load ptr, ptr %rmp, align 4, !dbg !1094
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !1095
  %10 = load i32, ptr %mp_realuid, align 4, !dbg !1095
  %11 = load ptr, ptr %target, align 4, !dbg !1096
  %mp_realuid7 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 5, !dbg !1097
  %12 = load i32, ptr %mp_realuid7, align 4, !dbg !1097
  %cmp8 = icmp ne i32 %10, %12, !dbg !1098
  br i1 %cmp8, label %if.then9, label %if.end10, !dbg !1099

if.then9:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1100
  br label %return, !dbg !1100

if.end10:                                         ; preds = %land.lhs.true, %if.end4
  %13 = load i32, ptr %sig, align 4, !dbg !1101
  %cmp11 = icmp eq i32 %13, 0, !dbg !1103
  br i1 %cmp11, label %if.then12, label %if.end13, !dbg !1104

if.then12:                                        ; preds = %if.end10
  store i32 0, ptr %retval, align 4, !dbg !1105
  br label %return, !dbg !1105

if.end13:                                         ; preds = %if.end10
  %14 = load i32, ptr %sig, align 4, !dbg !1106
  %cmp14 = icmp eq i32 %14, 9, !dbg !1108
  br i1 %cmp14, label %if.then15, label %if.end18, !dbg !1109

if.then15:                                        ; preds = %if.end13
  %15 = load ptr, ptr %target, align 4, !dbg !1110
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 0, !dbg !1112
  %16 = load i32, ptr %mp_endpoint, align 4, !dbg !1112
  %17 = load i32, ptr %sig, align 4, !dbg !1113
  %call16 = call i32 @sys_kill(i32 noundef %16, i32 noundef %17) #4, !dbg !1114
  %18 = load ptr, ptr %target, align 4, !dbg !1115
  %19 = load i32, ptr %sig, align 4, !dbg !1116
  %add = add nsw i32 128, %19, !dbg !1117
  call void @exit_proc(ptr noundef %18, i32 noundef %add) #4, !dbg !1118
  %20 = load ptr, ptr %target, align 4, !dbg !1119
  %21 = load ptr, ptr %rmp, align 4, !dbg !1120
  %cmp17 = icmp eq ptr %20, %21, !dbg !1121
  %22 = zext i1 %cmp17 to i64, !dbg !1119
  %cond = select i1 %cmp17, i32 -201, i32 0, !dbg !1119
  store i32 %cond, ptr %retval, align 4, !dbg !1122
  br label %return, !dbg !1122

if.end18:                                         ; preds = %if.end13
  %23 = load i32, ptr %sig, align 4, !dbg !1123
  %shl = shl i32 1, %23, !dbg !1123
  %24 = load ptr, ptr %target, align 4, !dbg !1124
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %24, i32 0, i32 7, !dbg !1125
  %25 = load i32, ptr %mp_sigpending, align 4, !dbg !1126
  %or = or i32 %25, %shl, !dbg !1126
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !1126
  %26 = load ptr, ptr %target, align 4, !dbg !1127
  %mp_endpoint19 = getelementptr inbounds %struct.mproc, ptr %26, i32 0, i32 0, !dbg !1128
  %27 = load i32, ptr %mp_endpoint19, align 4, !dbg !1128
  %28 = load i32, ptr %sig, align 4, !dbg !1129
  %call20 = call i32 @sys_kill(i32 noundef %27, i32 noundef %28) #4, !dbg !1130
  store i32 %call20, ptr %retval, align 4, !dbg !1131
  br label %return, !dbg !1131

return:                                           ; preds = %if.end18, %if.then15, %if.then12, %if.then9, %if.then3, %if.then
  %29 = load i32, ptr %retval, align 4, !dbg !1132
  ret i32 %29, !dbg !1132
}

declare dso_local i32 @sys_kill(i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %whom, i32 noundef %result) #0 !dbg !1133 {
entry:
  %whom.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %whom, ptr %whom.addr, align 4
    #dbg_declare(ptr %whom.addr, !1136, !DIExpression(), !1137)
  store i32 %result, ptr %result.addr, align 4
    #dbg_declare(ptr %result.addr, !1138, !DIExpression(), !1139)
    #dbg_declare(ptr %m, !1140, !DIExpression(), !1313)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1314
  %0 = load i32, ptr %result.addr, align 4, !dbg !1315
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1316
  store i32 %0, ptr %m_type, align 4, !dbg !1317
  %1 = load i32, ptr %whom.addr, align 4, !dbg !1318
  %call1 = call i32 @ipc_send(i32 noundef %1, ptr noundef %m) #4, !dbg !1319
  ret void, !dbg !1320
}

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @tell_vfs(ptr noundef %rmp, i32 noundef %type) #0 !dbg !1321 {
entry:
  %rmp.addr = alloca ptr, align 4
  %type.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !1338, !DIExpression(), !1339)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !1340, !DIExpression(), !1341)
    #dbg_declare(ptr %m, !1342, !DIExpression(), !1343)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1344
  %0 = load i32, ptr %type.addr, align 4, !dbg !1345
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1346
  store i32 %0, ptr %m_type, align 4, !dbg !1347
  %1 = load ptr, ptr %rmp.addr, align 4, !dbg !1348
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %1, i32 0, i32 0, !dbg !1349
  %2 = load i32, ptr %mp_endpoint, align 4, !dbg !1349
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1350
  %endpt = getelementptr inbounds %struct.rusage, ptr %m_u, i32 0, i32 0, !dbg !1351
  store i32 %2, ptr %endpt, align 4, !dbg !1352
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !1353
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 2, !dbg !1354
  %4 = load i32, ptr %mp_parent, align 4, !dbg !1354
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !1355
  %mp_endpoint1 = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 0, !dbg !1356
  %5 = load i32, ptr %mp_endpoint1, align 4, !dbg !1356
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1357
  %parent_endpt = getelementptr inbounds %struct.rusage, ptr %m_u2, i32 0, i32 1, !dbg !1358
  store i32 %5, ptr %parent_endpt, align 4, !dbg !1359
  %6 = load ptr, ptr %rmp.addr, align 4, !dbg !1360
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 1, !dbg !1361
  %7 = load i32, ptr %mp_pid, align 4, !dbg !1361
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1362
  %pid = getelementptr inbounds %struct.rusage, ptr %m_u3, i32 0, i32 2, !dbg !1363
  store i32 %7, ptr %pid, align 4, !dbg !1364
  %8 = load ptr, ptr %rmp.addr, align 4, !dbg !1365
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 6, !dbg !1366
  %9 = load i32, ptr %mp_effuid, align 4, !dbg !1366
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1367
  %uid = getelementptr inbounds %struct.rusage, ptr %m_u4, i32 0, i32 3, !dbg !1368
  store i32 %9, ptr %uid, align 4, !dbg !1369
  %call5 = call i32 @asynsend3(i32 noundef 1, ptr noundef %m, i32 noundef 1) #4, !dbg !1370
  %cmp = icmp ne i32 %call5, 0, !dbg !1372
  br i1 %cmp, label %if.then, label %if.end, !dbg !1373

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.20) #5, !dbg !1374
  unreachable, !dbg !1374

if.end:                                           ; preds = %entry
  ret void, !dbg !1375
}

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @tell_server(i32 noundef %endpt, i32 noundef %type, i32 noundef %how) #0 !dbg !1376 {
entry:
  %endpt.addr = alloca i32, align 4
  %type.addr = alloca i32, align 4
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1379, !DIExpression(), !1380)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !1381, !DIExpression(), !1382)
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !1383, !DIExpression(), !1384)
    #dbg_declare(ptr %m, !1385, !DIExpression(), !1386)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1387
  %0 = load i32, ptr %type.addr, align 4, !dbg !1388
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1389
  store i32 %0, ptr %m_type, align 4, !dbg !1390
  %1 = load i32, ptr %how.addr, align 4, !dbg !1391
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1392
  %how1 = getelementptr inbounds %struct.mess_common_shutdown, ptr %m_u, i32 0, i32 0, !dbg !1393
  store i32 %1, ptr %how1, align 4, !dbg !1394
  %2 = load i32, ptr %endpt.addr, align 4, !dbg !1395
  %call2 = call i32 @_ipc_sendrec.23(i32 noundef %2, ptr noundef %m) #4, !dbg !1396
  ret i32 %call2, !dbg !1397
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec.23(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !1398 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1402, !DIExpression(), !1403)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1404, !DIExpression(), !1405)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !1406
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1407
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1408
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !1406
  ret i32 %call, !dbg !1409
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_slot() #0 !dbg !1410 {
entry:
  %retval = alloca i32, align 4
  %n = alloca i32, align 4
    #dbg_declare(ptr %n, !1411, !DIExpression(), !1412)
  store i32 6, ptr %n, align 4, !dbg !1413
  br label %for.cond, !dbg !1415

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !1416
  %cmp = icmp slt i32 %0, 32, !dbg !1418
  br i1 %cmp, label %for.body, label %for.end, !dbg !1419

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !1420
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1422
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1423
  %2 = load i32, ptr %mp_flags, align 4, !dbg !1423
  %and = and i32 %2, 1, !dbg !1424
  %tobool = icmp ne i32 %and, 0, !dbg !1424
  br i1 %tobool, label %if.end, label %if.then, !dbg !1425

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !1426
  store i32 %3, ptr %retval, align 4, !dbg !1427
  br label %return, !dbg !1427

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !1428

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %n, align 4, !dbg !1429
  %inc = add nsw i32 %4, 1, !dbg !1429
  store i32 %inc, ptr %n, align 4, !dbg !1429
  br label %for.cond, !dbg !1430, !llvm.loop !1431

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !1433
  br label %return, !dbg !1433

return:                                           ; preds = %for.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !1434
  ret i32 %5, !dbg !1434
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_pid() #0 !dbg !1435 {
entry:
  %pid = alloca i32, align 4
  %n = alloca i32, align 4
  %taken = alloca i32, align 4
    #dbg_declare(ptr %pid, !1438, !DIExpression(), !1439)
    #dbg_declare(ptr %n, !1440, !DIExpression(), !1441)
    #dbg_declare(ptr %taken, !1442, !DIExpression(), !1443)
  br label %do.body, !dbg !1444

do.body:                                          ; preds = %do.cond, %entry
  %0 = load i32, ptr @next_pid, align 4, !dbg !1445
  store i32 %0, ptr %pid, align 4, !dbg !1447
  %1 = load i32, ptr @next_pid, align 4, !dbg !1448
  %cmp = icmp slt i32 %1, 30000, !dbg !1449
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !1448

cond.true:                                        ; preds = %do.body
  %2 = load i32, ptr @next_pid, align 4, !dbg !1450
  %add = add nsw i32 %2, 1, !dbg !1451
  br label %cond.end, !dbg !1448

cond.false:                                       ; preds = %do.body
  br label %cond.end, !dbg !1448

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add, %cond.true ], [ 2, %cond.false ], !dbg !1448
  store i32 %cond, ptr @next_pid, align 4, !dbg !1452
  store i32 0, ptr %taken, align 4, !dbg !1453
  store i32 0, ptr %n, align 4, !dbg !1454
  br label %for.cond, !dbg !1456

for.cond:                                         ; preds = %for.inc, %cond.end
  %3 = load i32, ptr %n, align 4, !dbg !1457
  %cmp1 = icmp slt i32 %3, 32, !dbg !1459
  br i1 %cmp1, label %for.body, label %for.end, !dbg !1460

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %n, align 4, !dbg !1461
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !1463
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1464
  %5 = load i32, ptr %mp_flags, align 4, !dbg !1464
  %and = and i32 %5, 1, !dbg !1465
  %tobool = icmp ne i32 %and, 0, !dbg !1465
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !1466

land.lhs.true:                                    ; preds = %for.body
  %6 = load i32, ptr %n, align 4, !dbg !1467
  %arrayidx2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !1468
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx2, i32 0, i32 1, !dbg !1469
  %7 = load i32, ptr %mp_pid, align 4, !dbg !1469
  %8 = load i32, ptr %pid, align 4, !dbg !1470
  %cmp3 = icmp eq i32 %7, %8, !dbg !1471
  br i1 %cmp3, label %if.then, label %if.end, !dbg !1472

if.then:                                          ; preds = %land.lhs.true
  store i32 1, ptr %taken, align 4, !dbg !1473
  br label %if.end, !dbg !1474

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !1470

for.inc:                                          ; preds = %if.end
  %9 = load i32, ptr %n, align 4, !dbg !1475
  %inc = add nsw i32 %9, 1, !dbg !1475
  store i32 %inc, ptr %n, align 4, !dbg !1475
  br label %for.cond, !dbg !1476, !llvm.loop !1477

for.end:                                          ; preds = %for.cond
  br label %do.cond, !dbg !1479

do.cond:                                          ; preds = %for.end
  %10 = load i32, ptr %taken, align 4, !dbg !1480
  %tobool4 = icmp ne i32 %10, 0, !dbg !1479
  br i1 %tobool4, label %do.body, label %do.end, !dbg !1479, !llvm.loop !1481

do.end:                                           ; preds = %do.cond
  %11 = load i32, ptr %pid, align 4, !dbg !1483
  ret i32 %11, !dbg !1484
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_proc_by_pid(i32 noundef %pid) #0 !dbg !1485 {
entry:
  %retval = alloca i32, align 4
  %pid.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %pid, ptr %pid.addr, align 4
    #dbg_declare(ptr %pid.addr, !1488, !DIExpression(), !1489)
    #dbg_declare(ptr %n, !1490, !DIExpression(), !1491)
  store i32 0, ptr %n, align 4, !dbg !1492
  br label %for.cond, !dbg !1494

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !1495
  %cmp = icmp slt i32 %0, 32, !dbg !1497
  br i1 %cmp, label %for.body, label %for.end, !dbg !1498

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !1499
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1501
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1502
  %2 = load i32, ptr %mp_flags, align 4, !dbg !1502
  %and = and i32 %2, 1, !dbg !1503
  %tobool = icmp ne i32 %and, 0, !dbg !1503
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !1504

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !1505
  %arrayidx1 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3, !dbg !1506
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx1, i32 0, i32 1, !dbg !1507
  %4 = load i32, ptr %mp_pid, align 4, !dbg !1507
  %5 = load i32, ptr %pid.addr, align 4, !dbg !1508
  %cmp2 = icmp eq i32 %4, %5, !dbg !1509
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1510

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %n, align 4, !dbg !1511
  store i32 %6, ptr %retval, align 4, !dbg !1512
  br label %return, !dbg !1512

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !1508

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %n, align 4, !dbg !1513
  %inc = add nsw i32 %7, 1, !dbg !1513
  store i32 %inc, ptr %n, align 4, !dbg !1513
  br label %for.cond, !dbg !1514, !llvm.loop !1515

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !1517
  br label %return, !dbg !1517

return:                                           ; preds = %for.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !1518
  ret i32 %8, !dbg !1518
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!288, !291, !293, !295, !12, !297, !299, !272, !301}
!llvm.ident = !{!303, !303, !303, !303, !303, !303, !303, !303, !303}
!llvm.module.flags = !{!304, !305, !306, !307, !308}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/pm/exit_proc.c", directory: ".", checksumkind: CSK_MD5, checksum: "873ec3ce387d041fecf1e407ff64cb34")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !9, line: 53, type: !3, isLocal: true, isDefinition: true)
!9 = !DIFile(filename: "servers/pm/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "0f44bebc202d8367e34e217ab46f93d2")
!10 = !DIGlobalVariableExpression(var: !11, expr: !DIExpression())
!11 = distinct !DIGlobalVariable(name: "call_nr", scope: !12, file: !9, line: 12, type: !26, isLocal: false, isDefinition: true)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !9, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !13, globals: !16, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14, !15}
!14 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!16 = !{!7, !17, !213, !215, !10, !217, !237, !239, !241, !243, !248, !253, !258, !260, !262, !264}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "m_in", scope: !12, file: !9, line: 9, type: !19, isLocal: false, isDefinition: true)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 97, baseType: !21)
!20 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 65, size: 512, elements: !22)
!22 = !{!23, !27, !28}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !21, file: !20, line: 66, baseType: !24, size: 32)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !25, line: 25, baseType: !26)
!25 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !21, file: !20, line: 67, baseType: !26, size: 32, offset: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !21, file: !20, line: 96, baseType: !29, size: 448, offset: 64)
!29 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !21, file: !20, line: 68, size: 448, elements: !30)
!30 = !{!31, !36, !45, !52, !58, !63, !69, !77, !84, !95, !100, !107, !116, !121, !128, !133, !140, !147, !152, !158, !168, !175, !180, !187, !193, !202, !207}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !29, file: !20, line: 69, baseType: !32, size: 32)
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !33)
!33 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !34)
!34 = !{!35}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !33, file: !20, line: 15, baseType: !26, size: 32)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !29, file: !20, line: 70, baseType: !37, size: 64)
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !38)
!38 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !39)
!39 = !{!40, !43}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !38, file: !20, line: 16, baseType: !41, size: 32)
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !25, line: 30, baseType: !42)
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !25, line: 22, baseType: !14)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !38, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !25, line: 23, baseType: !14)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !29, file: !20, line: 71, baseType: !46, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !47)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !48)
!48 = !{!49, !51}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !47, file: !20, line: 17, baseType: !50, size: 32)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !25, line: 26, baseType: !26)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !47, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !29, file: !20, line: 72, baseType: !53, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !54, file: !20, line: 18, baseType: !57, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !25, line: 27, baseType: !26)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !29, file: !20, line: 73, baseType: !59, size: 32)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !60, file: !20, line: 19, baseType: !26, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !29, file: !20, line: 74, baseType: !64, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !66)
!66 = !{!67, !68}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !65, file: !20, line: 20, baseType: !26, size: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !65, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !29, file: !20, line: 75, baseType: !70, size: 128)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !71)
!71 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !72)
!72 = !{!73, !74, !75, !76}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !71, file: !20, line: 24, baseType: !24, size: 32)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !71, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !71, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !71, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !29, file: !20, line: 76, baseType: !78, size: 96)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !80)
!80 = !{!81, !82, !83}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !79, file: !20, line: 29, baseType: !24, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !79, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !79, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !29, file: !20, line: 77, baseType: !85, size: 128)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !86)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !87)
!87 = !{!88, !89, !90, !91}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !86, file: !20, line: 32, baseType: !41, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !86, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !86, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !86, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !25, line: 28, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !25, line: 20, baseType: !94)
!94 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !29, file: !20, line: 78, baseType: !96, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !97)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !98)
!98 = !{!99}
!99 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !97, file: !20, line: 33, baseType: !26, size: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !29, file: !20, line: 79, baseType: !101, size: 96)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !103)
!103 = !{!104, !105, !106}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !102, file: !20, line: 34, baseType: !26, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !102, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !102, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !29, file: !20, line: 80, baseType: !108, size: 96)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !109)
!109 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !110)
!110 = !{!111, !112, !115}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !109, file: !20, line: 35, baseType: !26, size: 32)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !109, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !25, line: 29, baseType: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !25, line: 21, baseType: !26)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !109, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !29, file: !20, line: 81, baseType: !117, size: 16)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !118)
!118 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !119)
!119 = !{!120}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !118, file: !20, line: 36, baseType: !92, size: 16)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !29, file: !20, line: 82, baseType: !122, size: 96)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !123)
!123 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !124)
!124 = !{!125, !126, !127}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !123, file: !20, line: 39, baseType: !24, size: 32)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !123, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !123, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !29, file: !20, line: 83, baseType: !129, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !130)
!130 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !131)
!131 = !{!132}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !130, file: !20, line: 40, baseType: !24, size: 32)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !29, file: !20, line: 84, baseType: !134, size: 96)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !135)
!135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !136)
!136 = !{!137, !138, !139}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !135, file: !20, line: 41, baseType: !24, size: 32)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !135, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !135, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !29, file: !20, line: 85, baseType: !141, size: 96)
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !142)
!142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !143)
!143 = !{!144, !145, !146}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !142, file: !20, line: 42, baseType: !24, size: 32)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !142, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !142, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !29, file: !20, line: 86, baseType: !148, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !149)
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !150)
!150 = !{!151}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !149, file: !20, line: 45, baseType: !41, size: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !29, file: !20, line: 87, baseType: !153, size: 64)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !155)
!155 = !{!156, !157}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !154, file: !20, line: 46, baseType: !44, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !154, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !29, file: !20, line: 88, baseType: !159, size: 192)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !160)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !161)
!161 = !{!162, !166, !167}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !160, file: !20, line: 49, baseType: !163, size: 128)
!163 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !164)
!164 = !{!165}
!165 = !DISubrange(count: 16)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !160, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !160, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !29, file: !20, line: 89, baseType: !169, size: 192)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !170)
!170 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !171)
!171 = !{!172, !173, !174}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !170, file: !20, line: 50, baseType: !163, size: 128)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !170, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !170, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !29, file: !20, line: 90, baseType: !176, size: 32)
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 53, baseType: !177)
!177 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 32, elements: !178)
!178 = !{!179}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !177, file: !20, line: 53, baseType: !26, size: 32)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !29, file: !20, line: 91, baseType: !181, size: 96)
!181 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 56, baseType: !182)
!182 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 56, size: 96, elements: !183)
!183 = !{!184, !185, !186}
!184 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !182, file: !20, line: 56, baseType: !24, size: 32)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !182, file: !20, line: 56, baseType: !26, size: 32, offset: 32)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !182, file: !20, line: 56, baseType: !24, size: 32, offset: 64)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !29, file: !20, line: 92, baseType: !188, size: 64)
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 57, baseType: !189)
!189 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 64, elements: !190)
!190 = !{!191, !192}
!191 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !189, file: !20, line: 57, baseType: !24, size: 32)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !189, file: !20, line: 57, baseType: !26, size: 32, offset: 32)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !29, file: !20, line: 93, baseType: !194, size: 160)
!194 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 62, baseType: !195)
!195 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 58, size: 160, elements: !196)
!196 = !{!197, !198, !199, !200, !201}
!197 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !195, file: !20, line: 59, baseType: !24, size: 32)
!198 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !195, file: !20, line: 59, baseType: !41, size: 32, offset: 32)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !195, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !195, file: !20, line: 60, baseType: !41, size: 32, offset: 96)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !195, file: !20, line: 61, baseType: !44, size: 32, offset: 128)
!202 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !29, file: !20, line: 94, baseType: !203, size: 32)
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 63, baseType: !204)
!204 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 63, size: 32, elements: !205)
!205 = !{!206}
!206 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !204, file: !20, line: 63, baseType: !26, size: 32)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !29, file: !20, line: 95, baseType: !208, size: 448)
!208 = !DICompositeType(tag: DW_TAG_array_type, baseType: !209, size: 448, elements: !211)
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !25, line: 18, baseType: !210)
!210 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!211 = !{!212}
!212 = !DISubrange(count: 56)
!213 = !DIGlobalVariableExpression(var: !214, expr: !DIExpression())
!214 = distinct !DIGlobalVariable(name: "who_e", scope: !12, file: !9, line: 10, type: !24, isLocal: false, isDefinition: true)
!215 = !DIGlobalVariableExpression(var: !216, expr: !DIExpression())
!216 = distinct !DIGlobalVariable(name: "who_p", scope: !12, file: !9, line: 11, type: !26, isLocal: false, isDefinition: true)
!217 = !DIGlobalVariableExpression(var: !218, expr: !DIExpression())
!218 = distinct !DIGlobalVariable(name: "mproc", scope: !12, file: !9, line: 14, type: !219, isLocal: false, isDefinition: true)
!219 = !DICompositeType(tag: DW_TAG_array_type, baseType: !220, size: 14336, elements: !235)
!220 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !222)
!221 = !DIFile(filename: "servers/pm/pm.h", directory: ".", checksumkind: CSK_MD5, checksum: "30963926f9d6aa6ef6490c5d53782e3a")
!222 = !{!223, !224, !225, !226, !227, !228, !229, !230, !231, !233, !234}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !220, file: !221, line: 11, baseType: !24, size: 32)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !220, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !220, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !220, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !220, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !220, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !220, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !220, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !220, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !25, line: 31, baseType: !42)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !220, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!234 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !220, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!235 = !{!236}
!236 = !DISubrange(count: 32)
!237 = !DIGlobalVariableExpression(var: !238, expr: !DIExpression())
!238 = distinct !DIGlobalVariable(name: "procs_in_use", scope: !12, file: !9, line: 15, type: !26, isLocal: false, isDefinition: true)
!239 = !DIGlobalVariableExpression(var: !240, expr: !DIExpression())
!240 = distinct !DIGlobalVariable(name: "next_pid", scope: !12, file: !9, line: 16, type: !50, isLocal: false, isDefinition: true)
!241 = !DIGlobalVariableExpression(var: !242, expr: !DIExpression())
!242 = distinct !DIGlobalVariable(name: "shutdown_started", scope: !12, file: !9, line: 17, type: !26, isLocal: false, isDefinition: true)
!243 = !DIGlobalVariableExpression(var: !244, expr: !DIExpression())
!244 = distinct !DIGlobalVariable(scope: null, file: !9, line: 40, type: !245, isLocal: true, isDefinition: true)
!245 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !246)
!246 = !{!247}
!247 = !DISubrange(count: 5)
!248 = !DIGlobalVariableExpression(var: !249, expr: !DIExpression())
!249 = distinct !DIGlobalVariable(scope: null, file: !9, line: 19, type: !250, isLocal: true, isDefinition: true)
!250 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !251)
!251 = !{!252}
!252 = !DISubrange(count: 3)
!253 = !DIGlobalVariableExpression(var: !254, expr: !DIExpression())
!254 = distinct !DIGlobalVariable(scope: null, file: !9, line: 19, type: !255, isLocal: true, isDefinition: true)
!255 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !256)
!256 = !{!257}
!257 = !DISubrange(count: 4)
!258 = !DIGlobalVariableExpression(var: !259, expr: !DIExpression())
!259 = distinct !DIGlobalVariable(scope: null, file: !9, line: 19, type: !250, isLocal: true, isDefinition: true)
!260 = !DIGlobalVariableExpression(var: !261, expr: !DIExpression())
!261 = distinct !DIGlobalVariable(scope: null, file: !9, line: 19, type: !250, isLocal: true, isDefinition: true)
!262 = !DIGlobalVariableExpression(var: !263, expr: !DIExpression())
!263 = distinct !DIGlobalVariable(scope: null, file: !9, line: 19, type: !250, isLocal: true, isDefinition: true)
!264 = !DIGlobalVariableExpression(var: !265, expr: !DIExpression())
!265 = distinct !DIGlobalVariable(name: "boot_names", scope: !12, file: !9, line: 19, type: !266, isLocal: true, isDefinition: true)
!266 = !DICompositeType(tag: DW_TAG_array_type, baseType: !267, size: 160, elements: !246)
!267 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !268)
!268 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !269, size: 32)
!269 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!270 = !DIGlobalVariableExpression(var: !271, expr: !DIExpression())
!271 = distinct !DIGlobalVariable(name: "call_vec", scope: !272, file: !273, line: 6, type: !275, isLocal: false, isDefinition: true)
!272 = distinct !DICompileUnit(language: DW_LANG_C11, file: !273, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !274, splitDebugInlining: false, nameTableKind: None)
!273 = !DIFile(filename: "servers/pm/table.c", directory: ".", checksumkind: CSK_MD5, checksum: "96b1bc01fa8a61cb5055ccc4f9d3b19d")
!274 = !{!270}
!275 = !DICompositeType(tag: DW_TAG_array_type, baseType: !276, size: 320, elements: !280)
!276 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !277)
!277 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !278, size: 32)
!278 = !DISubroutineType(types: !279)
!279 = !{!26}
!280 = !{!281}
!281 = !DISubrange(count: 10)
!282 = !DIGlobalVariableExpression(var: !283, expr: !DIExpression())
!283 = distinct !DIGlobalVariable(scope: null, file: !284, line: 26, type: !285, isLocal: true, isDefinition: true)
!284 = !DIFile(filename: "servers/pm/utility.c", directory: ".", checksumkind: CSK_MD5, checksum: "6e4022992e089fb061c27ecd9d0819b0")
!285 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !286)
!286 = !{!287}
!287 = !DISubrange(count: 20)
!288 = distinct !DICompileUnit(language: DW_LANG_C11, file: !289, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !290, splitDebugInlining: false, nameTableKind: None)
!289 = !DIFile(filename: "servers/pm/exec.c", directory: ".", checksumkind: CSK_MD5, checksum: "66665790d638e19c576d6af67fd4a1c5")
!290 = !{!41}
!291 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !292, splitDebugInlining: false, nameTableKind: None)
!292 = !{!0}
!293 = distinct !DICompileUnit(language: DW_LANG_C11, file: !294, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!294 = !DIFile(filename: "servers/pm/forkexit.c", directory: ".", checksumkind: CSK_MD5, checksum: "6b777050ca1a60a0ae8838c669ee0289")
!295 = distinct !DICompileUnit(language: DW_LANG_C11, file: !296, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!296 = !DIFile(filename: "servers/pm/getset.c", directory: ".", checksumkind: CSK_MD5, checksum: "4aa1a853d132e04ed512a63b5be7328d")
!297 = distinct !DICompileUnit(language: DW_LANG_C11, file: !298, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !290, splitDebugInlining: false, nameTableKind: None)
!298 = !DIFile(filename: "servers/pm/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "23bbeb27366d69e8e005576562a5c93b")
!299 = distinct !DICompileUnit(language: DW_LANG_C11, file: !300, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!300 = !DIFile(filename: "servers/pm/signal.c", directory: ".", checksumkind: CSK_MD5, checksum: "8facf75069c5a92c12435d3693ad9abb")
!301 = distinct !DICompileUnit(language: DW_LANG_C11, file: !284, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !302, splitDebugInlining: false, nameTableKind: None)
!302 = !{!282}
!303 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!304 = !{i32 1, !"NumRegisterParameters", i32 0}
!305 = !{i32 7, !"Dwarf Version", i32 5}
!306 = !{i32 2, !"Debug Info Version", i32 3}
!307 = !{i32 1, !"wchar_size", i32 4}
!308 = !{i32 7, !"frame-pointer", i32 2}
!309 = distinct !DISubprogram(name: "do_exec", scope: !289, file: !289, line: 10, type: !278, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !288, retainedNodes: !310)
!310 = !{}
!311 = !DILocalVariable(name: "rmp", scope: !309, file: !289, line: 12, type: !312)
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !313, size: 32)
!313 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !314)
!314 = !{!315, !316, !317, !318, !319, !320, !321, !322, !323, !324, !325}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !313, file: !221, line: 11, baseType: !24, size: 32)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !313, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !313, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !313, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !313, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !313, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !313, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !313, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !313, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!324 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !313, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !313, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!326 = !DILocation(line: 12, column: 16, scope: !309)
!327 = !DILocation(line: 12, column: 29, scope: !309)
!328 = !DILocation(line: 12, column: 23, scope: !309)
!329 = !DILocalVariable(name: "name_addr", scope: !309, file: !289, line: 13, type: !41)
!330 = !DILocation(line: 13, column: 12, scope: !309)
!331 = !DILocation(line: 13, column: 46, scope: !309)
!332 = !DILocalVariable(name: "len", scope: !309, file: !289, line: 14, type: !44)
!333 = !DILocation(line: 14, column: 9, scope: !309)
!334 = !DILocation(line: 14, column: 37, scope: !309)
!335 = !DILocalVariable(name: "path", scope: !309, file: !289, line: 15, type: !336)
!336 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !337)
!337 = !{!338}
!338 = !DISubrange(count: 15)
!339 = !DILocation(line: 15, column: 7, scope: !309)
!340 = !DILocalVariable(name: "m", scope: !309, file: !289, line: 16, type: !341)
!341 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 97, baseType: !342)
!342 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 65, size: 512, elements: !343)
!343 = !{!344, !345, !346}
!344 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !342, file: !20, line: 66, baseType: !24, size: 32)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !342, file: !20, line: 67, baseType: !26, size: 32, offset: 32)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !342, file: !20, line: 96, baseType: !347, size: 448, offset: 64)
!347 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !342, file: !20, line: 68, size: 448, elements: !348)
!348 = !{!349, !354, !360, !366, !371, !376, !382, !390, !397, !405, !410, !417, !424, !429, !436, !441, !448, !455, !460, !466, !473, !480, !485, !492, !498, !507, !512}
!349 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !347, file: !20, line: 69, baseType: !350, size: 32)
!350 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !351)
!351 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !352)
!352 = !{!353}
!353 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !351, file: !20, line: 15, baseType: !26, size: 32)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !347, file: !20, line: 70, baseType: !355, size: 64)
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !356)
!356 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !357)
!357 = !{!358, !359}
!358 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !356, file: !20, line: 16, baseType: !41, size: 32)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !356, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !347, file: !20, line: 71, baseType: !361, size: 64)
!361 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !362)
!362 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !363)
!363 = !{!364, !365}
!364 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !362, file: !20, line: 17, baseType: !50, size: 32)
!365 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !362, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!366 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !347, file: !20, line: 72, baseType: !367, size: 32)
!367 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !368)
!368 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !369)
!369 = !{!370}
!370 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !368, file: !20, line: 18, baseType: !57, size: 32)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !347, file: !20, line: 73, baseType: !372, size: 32)
!372 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !373)
!373 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !374)
!374 = !{!375}
!375 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !373, file: !20, line: 19, baseType: !26, size: 32)
!376 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !347, file: !20, line: 74, baseType: !377, size: 64)
!377 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !378)
!378 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !379)
!379 = !{!380, !381}
!380 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !378, file: !20, line: 20, baseType: !26, size: 32)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !378, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!382 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !347, file: !20, line: 75, baseType: !383, size: 128)
!383 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !384)
!384 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !385)
!385 = !{!386, !387, !388, !389}
!386 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !384, file: !20, line: 24, baseType: !24, size: 32)
!387 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !384, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!388 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !384, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !384, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !347, file: !20, line: 76, baseType: !391, size: 96)
!391 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !392)
!392 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !393)
!393 = !{!394, !395, !396}
!394 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !392, file: !20, line: 29, baseType: !24, size: 32)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !392, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !392, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!397 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !347, file: !20, line: 77, baseType: !398, size: 128)
!398 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !399)
!399 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !400)
!400 = !{!401, !402, !403, !404}
!401 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !399, file: !20, line: 32, baseType: !41, size: 32)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !399, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !399, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!404 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !399, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!405 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !347, file: !20, line: 78, baseType: !406, size: 32)
!406 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !407)
!407 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !408)
!408 = !{!409}
!409 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !407, file: !20, line: 33, baseType: !26, size: 32)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !347, file: !20, line: 79, baseType: !411, size: 96)
!411 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !412)
!412 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !413)
!413 = !{!414, !415, !416}
!414 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !412, file: !20, line: 34, baseType: !26, size: 32)
!415 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !412, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !412, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !347, file: !20, line: 80, baseType: !418, size: 96)
!418 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !419)
!419 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !420)
!420 = !{!421, !422, !423}
!421 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !419, file: !20, line: 35, baseType: !26, size: 32)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !419, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !419, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!424 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !347, file: !20, line: 81, baseType: !425, size: 16)
!425 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !426)
!426 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !427)
!427 = !{!428}
!428 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !426, file: !20, line: 36, baseType: !92, size: 16)
!429 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !347, file: !20, line: 82, baseType: !430, size: 96)
!430 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !431)
!431 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !432)
!432 = !{!433, !434, !435}
!433 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !431, file: !20, line: 39, baseType: !24, size: 32)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !431, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !431, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !347, file: !20, line: 83, baseType: !437, size: 32)
!437 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !438)
!438 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !439)
!439 = !{!440}
!440 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !438, file: !20, line: 40, baseType: !24, size: 32)
!441 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !347, file: !20, line: 84, baseType: !442, size: 96)
!442 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !443)
!443 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !444)
!444 = !{!445, !446, !447}
!445 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !443, file: !20, line: 41, baseType: !24, size: 32)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !443, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !443, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!448 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !347, file: !20, line: 85, baseType: !449, size: 96)
!449 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !450)
!450 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !451)
!451 = !{!452, !453, !454}
!452 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !450, file: !20, line: 42, baseType: !24, size: 32)
!453 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !450, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !450, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !347, file: !20, line: 86, baseType: !456, size: 32)
!456 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !457)
!457 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !458)
!458 = !{!459}
!459 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !457, file: !20, line: 45, baseType: !41, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !347, file: !20, line: 87, baseType: !461, size: 64)
!461 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !462)
!462 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !463)
!463 = !{!464, !465}
!464 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !462, file: !20, line: 46, baseType: !44, size: 32)
!465 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !462, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!466 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !347, file: !20, line: 88, baseType: !467, size: 192)
!467 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !468)
!468 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !469)
!469 = !{!470, !471, !472}
!470 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !468, file: !20, line: 49, baseType: !163, size: 128)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !468, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!472 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !468, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!473 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !347, file: !20, line: 89, baseType: !474, size: 192)
!474 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !475)
!475 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !476)
!476 = !{!477, !478, !479}
!477 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !475, file: !20, line: 50, baseType: !163, size: 128)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !475, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !475, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!480 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !347, file: !20, line: 90, baseType: !481, size: 32)
!481 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 53, baseType: !482)
!482 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 32, elements: !483)
!483 = !{!484}
!484 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !482, file: !20, line: 53, baseType: !26, size: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !347, file: !20, line: 91, baseType: !486, size: 96)
!486 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 56, baseType: !487)
!487 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 56, size: 96, elements: !488)
!488 = !{!489, !490, !491}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !487, file: !20, line: 56, baseType: !24, size: 32)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !487, file: !20, line: 56, baseType: !26, size: 32, offset: 32)
!491 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !487, file: !20, line: 56, baseType: !24, size: 32, offset: 64)
!492 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !347, file: !20, line: 92, baseType: !493, size: 64)
!493 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 57, baseType: !494)
!494 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 64, elements: !495)
!495 = !{!496, !497}
!496 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !494, file: !20, line: 57, baseType: !24, size: 32)
!497 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !494, file: !20, line: 57, baseType: !26, size: 32, offset: 32)
!498 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !347, file: !20, line: 93, baseType: !499, size: 160)
!499 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 62, baseType: !500)
!500 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 58, size: 160, elements: !501)
!501 = !{!502, !503, !504, !505, !506}
!502 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !500, file: !20, line: 59, baseType: !24, size: 32)
!503 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !500, file: !20, line: 59, baseType: !41, size: 32, offset: 32)
!504 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !500, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!505 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !500, file: !20, line: 60, baseType: !41, size: 32, offset: 96)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !500, file: !20, line: 61, baseType: !44, size: 32, offset: 128)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !347, file: !20, line: 94, baseType: !508, size: 32)
!508 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 63, baseType: !509)
!509 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 63, size: 32, elements: !510)
!510 = !{!511}
!511 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !509, file: !20, line: 63, baseType: !26, size: 32)
!512 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !347, file: !20, line: 95, baseType: !208, size: 448)
!513 = !DILocation(line: 16, column: 10, scope: !309)
!514 = !DILocalVariable(name: "r", scope: !309, file: !289, line: 17, type: !26)
!515 = !DILocation(line: 17, column: 6, scope: !309)
!516 = !DILocation(line: 19, column: 6, scope: !517)
!517 = distinct !DILexicalBlock(scope: !309, file: !289, line: 19, column: 6)
!518 = !DILocation(line: 19, column: 10, scope: !517)
!519 = !DILocation(line: 19, column: 15, scope: !517)
!520 = !DILocation(line: 19, column: 18, scope: !517)
!521 = !DILocation(line: 19, column: 22, scope: !517)
!522 = !DILocation(line: 19, column: 6, scope: !309)
!523 = !DILocation(line: 20, column: 3, scope: !517)
!524 = !DILocation(line: 22, column: 2, scope: !309)
!525 = !DILocation(line: 23, column: 4, scope: !309)
!526 = !DILocation(line: 23, column: 11, scope: !309)
!527 = !DILocation(line: 24, column: 30, scope: !309)
!528 = !DILocation(line: 24, column: 35, scope: !309)
!529 = !DILocation(line: 24, column: 4, scope: !309)
!530 = !DILocation(line: 24, column: 22, scope: !309)
!531 = !DILocation(line: 24, column: 28, scope: !309)
!532 = !DILocation(line: 25, column: 29, scope: !309)
!533 = !DILocation(line: 25, column: 4, scope: !309)
!534 = !DILocation(line: 25, column: 22, scope: !309)
!535 = !DILocation(line: 25, column: 27, scope: !309)
!536 = !DILocation(line: 26, column: 32, scope: !309)
!537 = !DILocation(line: 26, column: 4, scope: !309)
!538 = !DILocation(line: 26, column: 22, scope: !309)
!539 = !DILocation(line: 26, column: 30, scope: !309)
!540 = !DILocation(line: 27, column: 11, scope: !541)
!541 = distinct !DILexicalBlock(scope: !309, file: !289, line: 27, column: 6)
!542 = !DILocation(line: 27, column: 9, scope: !541)
!543 = !DILocation(line: 27, column: 42, scope: !541)
!544 = !DILocation(line: 27, column: 6, scope: !309)
!545 = !DILocation(line: 28, column: 10, scope: !541)
!546 = !DILocation(line: 28, column: 3, scope: !541)
!547 = !DILocation(line: 29, column: 8, scope: !548)
!548 = distinct !DILexicalBlock(scope: !309, file: !289, line: 29, column: 6)
!549 = !DILocation(line: 29, column: 15, scope: !548)
!550 = !DILocation(line: 29, column: 6, scope: !309)
!551 = !DILocation(line: 30, column: 12, scope: !548)
!552 = !DILocation(line: 30, column: 3, scope: !548)
!553 = !DILocation(line: 33, column: 24, scope: !554)
!554 = distinct !DILexicalBlock(scope: !309, file: !289, line: 33, column: 6)
!555 = !DILocation(line: 33, column: 31, scope: !554)
!556 = !DILocation(line: 33, column: 60, scope: !554)
!557 = !DILocation(line: 33, column: 48, scope: !554)
!558 = !DILocation(line: 33, column: 66, scope: !554)
!559 = !DILocation(line: 33, column: 11, scope: !554)
!560 = !DILocation(line: 33, column: 9, scope: !554)
!561 = !DILocation(line: 33, column: 72, scope: !554)
!562 = !DILocation(line: 33, column: 6, scope: !309)
!563 = !DILocation(line: 34, column: 10, scope: !554)
!564 = !DILocation(line: 34, column: 3, scope: !554)
!565 = !DILocation(line: 35, column: 7, scope: !309)
!566 = !DILocation(line: 35, column: 2, scope: !309)
!567 = !DILocation(line: 35, column: 12, scope: !309)
!568 = !DILocation(line: 36, column: 10, scope: !309)
!569 = !DILocation(line: 36, column: 15, scope: !309)
!570 = !DILocation(line: 36, column: 24, scope: !309)
!571 = !DILocation(line: 36, column: 2, scope: !309)
!572 = !DILocation(line: 37, column: 2, scope: !309)
!573 = !DILocation(line: 37, column: 7, scope: !309)
!574 = !DILocation(line: 37, column: 21, scope: !309)
!575 = !DILocation(line: 38, column: 2, scope: !309)
!576 = !DILocation(line: 39, column: 1, scope: !309)
!577 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !578, file: !578, line: 33, type: !579, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !288, retainedNodes: !310)
!578 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "0ff3fcea959a2627c9ef16ca3007871c")
!579 = !DISubroutineType(types: !580)
!580 = !{!26, !24, !581}
!581 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !341, size: 32)
!582 = !DILocalVariable(name: "dst", arg: 1, scope: !577, file: !578, line: 33, type: !24)
!583 = !DILocation(line: 33, column: 43, scope: !577)
!584 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !577, file: !578, line: 33, type: !581)
!585 = !DILocation(line: 33, column: 57, scope: !577)
!586 = !DILocation(line: 35, column: 9, scope: !577)
!587 = !DILocation(line: 35, column: 42, scope: !577)
!588 = !DILocation(line: 35, column: 47, scope: !577)
!589 = !DILocation(line: 35, column: 2, scope: !577)
!590 = distinct !DISubprogram(name: "exit_proc", scope: !2, file: !2, line: 6, type: !591, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !291, retainedNodes: !310)
!591 = !DISubroutineType(types: !592)
!592 = !{null, !593, !26}
!593 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !594, size: 32)
!594 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !595)
!595 = !{!596, !597, !598, !599, !600, !601, !602, !603, !604, !605, !606}
!596 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !594, file: !221, line: 11, baseType: !24, size: 32)
!597 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !594, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!598 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !594, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!599 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !594, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!600 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !594, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!601 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !594, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!602 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !594, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!603 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !594, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!604 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !594, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!605 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !594, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!606 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !594, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!607 = !DILocalVariable(name: "rmp", arg: 1, scope: !590, file: !2, line: 6, type: !593)
!608 = !DILocation(line: 6, column: 30, scope: !590)
!609 = !DILocalVariable(name: "exit_status", arg: 2, scope: !590, file: !2, line: 6, type: !26)
!610 = !DILocation(line: 6, column: 39, scope: !590)
!611 = !DILocalVariable(name: "parent", scope: !590, file: !2, line: 8, type: !593)
!612 = !DILocation(line: 8, column: 16, scope: !590)
!613 = !DILocation(line: 10, column: 8, scope: !614)
!614 = distinct !DILexicalBlock(scope: !590, file: !2, line: 10, column: 6)
!615 = !DILocation(line: 10, column: 13, scope: !614)
!616 = !DILocation(line: 10, column: 22, scope: !614)
!617 = !DILocation(line: 10, column: 6, scope: !590)
!618 = !DILocation(line: 11, column: 3, scope: !614)
!619 = !DILocation(line: 12, column: 23, scope: !590)
!620 = !DILocation(line: 12, column: 2, scope: !590)
!621 = !DILocation(line: 12, column: 7, scope: !590)
!622 = !DILocation(line: 12, column: 21, scope: !590)
!623 = !DILocation(line: 14, column: 11, scope: !590)
!624 = !DILocation(line: 14, column: 2, scope: !590)
!625 = !DILocation(line: 15, column: 14, scope: !626)
!626 = distinct !DILexicalBlock(scope: !590, file: !2, line: 15, column: 6)
!627 = !DILocation(line: 15, column: 19, scope: !626)
!628 = !DILocation(line: 15, column: 6, scope: !626)
!629 = !DILocation(line: 15, column: 32, scope: !626)
!630 = !DILocation(line: 15, column: 6, scope: !590)
!631 = !DILocation(line: 16, column: 3, scope: !626)
!632 = !DILocation(line: 18, column: 18, scope: !590)
!633 = !DILocation(line: 18, column: 23, scope: !590)
!634 = !DILocation(line: 18, column: 12, scope: !590)
!635 = !DILocation(line: 18, column: 9, scope: !590)
!636 = !DILocation(line: 19, column: 2, scope: !590)
!637 = !DILocation(line: 19, column: 10, scope: !590)
!638 = !DILocation(line: 19, column: 24, scope: !590)
!639 = !DILocation(line: 20, column: 2, scope: !590)
!640 = !DILocation(line: 20, column: 7, scope: !590)
!641 = !DILocation(line: 20, column: 16, scope: !590)
!642 = !DILocation(line: 21, column: 14, scope: !590)
!643 = !DILocation(line: 22, column: 1, scope: !590)
!644 = distinct !DISubprogram(name: "do_fork", scope: !294, file: !294, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !293, retainedNodes: !310)
!645 = !DILocalVariable(name: "rmp", scope: !644, file: !294, line: 6, type: !646)
!646 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !647, size: 32)
!647 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !648)
!648 = !{!649, !650, !651, !652, !653, !654, !655, !656, !657, !658, !659}
!649 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !647, file: !221, line: 11, baseType: !24, size: 32)
!650 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !647, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!651 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !647, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !647, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!653 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !647, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!654 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !647, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!655 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !647, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!656 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !647, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !647, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !647, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!659 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !647, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!660 = !DILocation(line: 6, column: 16, scope: !644)
!661 = !DILocation(line: 6, column: 29, scope: !644)
!662 = !DILocation(line: 6, column: 23, scope: !644)
!663 = !DILocalVariable(name: "rmc", scope: !644, file: !294, line: 7, type: !646)
!664 = !DILocation(line: 7, column: 16, scope: !644)
!665 = !DILocalVariable(name: "new_pid", scope: !644, file: !294, line: 8, type: !50)
!666 = !DILocation(line: 8, column: 8, scope: !644)
!667 = !DILocalVariable(name: "n", scope: !644, file: !294, line: 9, type: !26)
!668 = !DILocation(line: 9, column: 6, scope: !644)
!669 = !DILocalVariable(name: "r", scope: !644, file: !294, line: 9, type: !26)
!670 = !DILocation(line: 9, column: 9, scope: !644)
!671 = !DILocation(line: 11, column: 6, scope: !672)
!672 = distinct !DILexicalBlock(scope: !644, file: !294, line: 11, column: 6)
!673 = !DILocation(line: 11, column: 19, scope: !672)
!674 = !DILocation(line: 11, column: 42, scope: !672)
!675 = !DILocation(line: 11, column: 45, scope: !672)
!676 = !DILocation(line: 11, column: 50, scope: !672)
!677 = !DILocation(line: 11, column: 60, scope: !672)
!678 = !DILocation(line: 11, column: 6, scope: !644)
!679 = !DILocation(line: 12, column: 3, scope: !672)
!680 = !DILocation(line: 13, column: 11, scope: !681)
!681 = distinct !DILexicalBlock(scope: !644, file: !294, line: 13, column: 6)
!682 = !DILocation(line: 13, column: 9, scope: !681)
!683 = !DILocation(line: 13, column: 28, scope: !681)
!684 = !DILocation(line: 13, column: 6, scope: !644)
!685 = !DILocation(line: 14, column: 3, scope: !681)
!686 = !DILocation(line: 15, column: 12, scope: !644)
!687 = !DILocation(line: 15, column: 10, scope: !644)
!688 = !DILocation(line: 18, column: 15, scope: !644)
!689 = !DILocation(line: 18, column: 9, scope: !644)
!690 = !DILocation(line: 18, column: 6, scope: !644)
!691 = !DILocation(line: 19, column: 3, scope: !644)
!692 = !DILocation(line: 19, column: 10, scope: !644)
!693 = !DILocation(line: 19, column: 9, scope: !644)
!694 = !DILocation(line: 20, column: 19, scope: !644)
!695 = !DILocation(line: 20, column: 2, scope: !644)
!696 = !DILocation(line: 20, column: 7, scope: !644)
!697 = !DILocation(line: 20, column: 17, scope: !644)
!698 = !DILocation(line: 21, column: 16, scope: !644)
!699 = !DILocation(line: 21, column: 2, scope: !644)
!700 = !DILocation(line: 21, column: 7, scope: !644)
!701 = !DILocation(line: 21, column: 14, scope: !644)
!702 = !DILocation(line: 22, column: 2, scope: !644)
!703 = !DILocation(line: 22, column: 7, scope: !644)
!704 = !DILocation(line: 22, column: 21, scope: !644)
!705 = !DILocation(line: 23, column: 2, scope: !644)
!706 = !DILocation(line: 23, column: 7, scope: !644)
!707 = !DILocation(line: 23, column: 16, scope: !644)
!708 = !DILocation(line: 24, column: 2, scope: !644)
!709 = !DILocation(line: 24, column: 7, scope: !644)
!710 = !DILocation(line: 24, column: 16, scope: !644)
!711 = !DILocation(line: 28, column: 19, scope: !712)
!712 = distinct !DILexicalBlock(scope: !644, file: !294, line: 28, column: 6)
!713 = !DILocation(line: 28, column: 24, scope: !712)
!714 = !DILocation(line: 28, column: 37, scope: !712)
!715 = !DILocation(line: 28, column: 41, scope: !712)
!716 = !DILocation(line: 28, column: 46, scope: !712)
!717 = !DILocation(line: 28, column: 11, scope: !712)
!718 = !DILocation(line: 28, column: 9, scope: !712)
!719 = !DILocation(line: 28, column: 60, scope: !712)
!720 = !DILocation(line: 28, column: 6, scope: !644)
!721 = !DILocation(line: 29, column: 3, scope: !722)
!722 = distinct !DILexicalBlock(scope: !712, file: !294, line: 28, column: 67)
!723 = !DILocation(line: 29, column: 8, scope: !722)
!724 = !DILocation(line: 29, column: 17, scope: !722)
!725 = !DILocation(line: 30, column: 10, scope: !722)
!726 = !DILocation(line: 30, column: 3, scope: !722)
!727 = !DILocation(line: 32, column: 14, scope: !644)
!728 = !DILocation(line: 35, column: 11, scope: !644)
!729 = !DILocation(line: 35, column: 2, scope: !644)
!730 = !DILocation(line: 37, column: 8, scope: !644)
!731 = !DILocation(line: 37, column: 13, scope: !644)
!732 = !DILocation(line: 37, column: 2, scope: !644)
!733 = !DILocation(line: 38, column: 9, scope: !644)
!734 = !DILocation(line: 38, column: 2, scope: !644)
!735 = !DILocation(line: 39, column: 1, scope: !644)
!736 = distinct !DISubprogram(name: "do_exit", scope: !294, file: !294, line: 41, type: !278, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !293)
!737 = !DILocation(line: 43, column: 19, scope: !736)
!738 = !DILocation(line: 43, column: 13, scope: !736)
!739 = !DILocation(line: 43, column: 49, scope: !736)
!740 = !DILocation(line: 43, column: 2, scope: !736)
!741 = !DILocation(line: 44, column: 2, scope: !736)
!742 = distinct !DISubprogram(name: "do_getpid", scope: !296, file: !296, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295)
!743 = !DILocation(line: 6, column: 15, scope: !742)
!744 = !DILocation(line: 6, column: 9, scope: !742)
!745 = !DILocation(line: 6, column: 22, scope: !742)
!746 = !DILocation(line: 6, column: 2, scope: !742)
!747 = distinct !DISubprogram(name: "do_getuid", scope: !296, file: !296, line: 9, type: !278, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295)
!748 = !DILocation(line: 11, column: 15, scope: !747)
!749 = !DILocation(line: 11, column: 9, scope: !747)
!750 = !DILocation(line: 11, column: 22, scope: !747)
!751 = !DILocation(line: 11, column: 2, scope: !747)
!752 = distinct !DISubprogram(name: "do_setuid", scope: !296, file: !296, line: 14, type: !278, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295, retainedNodes: !310)
!753 = !DILocalVariable(name: "rmp", scope: !752, file: !296, line: 16, type: !754)
!754 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !755, size: 32)
!755 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !756)
!756 = !{!757, !758, !759, !760, !761, !762, !763, !764, !765, !766, !767}
!757 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !755, file: !221, line: 11, baseType: !24, size: 32)
!758 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !755, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!759 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !755, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!760 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !755, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!761 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !755, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!762 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !755, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!763 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !755, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!764 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !755, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!765 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !755, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!766 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !755, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!767 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !755, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!768 = !DILocation(line: 16, column: 16, scope: !752)
!769 = !DILocation(line: 16, column: 29, scope: !752)
!770 = !DILocation(line: 16, column: 23, scope: !752)
!771 = !DILocalVariable(name: "uid", scope: !752, file: !296, line: 17, type: !57)
!772 = !DILocation(line: 17, column: 8, scope: !752)
!773 = !DILocation(line: 17, column: 38, scope: !752)
!774 = !DILocation(line: 19, column: 6, scope: !775)
!775 = distinct !DILexicalBlock(scope: !752, file: !296, line: 19, column: 6)
!776 = !DILocation(line: 19, column: 10, scope: !775)
!777 = !DILocation(line: 19, column: 6, scope: !752)
!778 = !DILocation(line: 20, column: 3, scope: !775)
!779 = !DILocation(line: 21, column: 6, scope: !780)
!780 = distinct !DILexicalBlock(scope: !752, file: !296, line: 21, column: 6)
!781 = !DILocation(line: 21, column: 11, scope: !780)
!782 = !DILocation(line: 21, column: 25, scope: !780)
!783 = !DILocation(line: 21, column: 22, scope: !780)
!784 = !DILocation(line: 21, column: 29, scope: !780)
!785 = !DILocation(line: 21, column: 32, scope: !780)
!786 = !DILocation(line: 21, column: 37, scope: !780)
!787 = !DILocation(line: 21, column: 47, scope: !780)
!788 = !DILocation(line: 21, column: 6, scope: !752)
!789 = !DILocation(line: 22, column: 3, scope: !780)
!790 = !DILocation(line: 23, column: 20, scope: !752)
!791 = !DILocation(line: 23, column: 2, scope: !752)
!792 = !DILocation(line: 23, column: 7, scope: !752)
!793 = !DILocation(line: 23, column: 18, scope: !752)
!794 = !DILocation(line: 24, column: 19, scope: !752)
!795 = !DILocation(line: 24, column: 2, scope: !752)
!796 = !DILocation(line: 24, column: 7, scope: !752)
!797 = !DILocation(line: 24, column: 17, scope: !752)
!798 = !DILocation(line: 27, column: 11, scope: !752)
!799 = !DILocation(line: 27, column: 2, scope: !752)
!800 = !DILocation(line: 28, column: 2, scope: !752)
!801 = !DILocation(line: 29, column: 1, scope: !752)
!802 = distinct !DISubprogram(name: "main", scope: !9, file: !9, line: 45, type: !278, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !310)
!803 = !DILocalVariable(name: "ipc_status", scope: !802, file: !9, line: 47, type: !26)
!804 = !DILocation(line: 47, column: 6, scope: !802)
!805 = !DILocalVariable(name: "result", scope: !802, file: !9, line: 47, type: !26)
!806 = !DILocation(line: 47, column: 18, scope: !802)
!807 = !DILocalVariable(name: "call_index", scope: !802, file: !9, line: 48, type: !14)
!808 = !DILocation(line: 48, column: 15, scope: !802)
!809 = !DILocation(line: 50, column: 2, scope: !802)
!810 = !DILocation(line: 51, column: 2, scope: !802)
!811 = !DILocation(line: 52, column: 7, scope: !812)
!812 = distinct !DILexicalBlock(scope: !813, file: !9, line: 52, column: 7)
!813 = distinct !DILexicalBlock(scope: !814, file: !9, line: 51, column: 11)
!814 = distinct !DILexicalBlock(scope: !815, file: !9, line: 51, column: 2)
!815 = distinct !DILexicalBlock(scope: !802, file: !9, line: 51, column: 2)
!816 = !DILocation(line: 52, column: 51, scope: !812)
!817 = !DILocation(line: 52, column: 7, scope: !813)
!818 = !DILocation(line: 53, column: 4, scope: !812)
!819 = !DILocation(line: 54, column: 16, scope: !813)
!820 = !DILocation(line: 54, column: 9, scope: !813)
!821 = !DILocation(line: 55, column: 11, scope: !813)
!822 = !DILocation(line: 55, column: 9, scope: !813)
!823 = !DILocation(line: 56, column: 18, scope: !813)
!824 = !DILocation(line: 56, column: 11, scope: !813)
!825 = !DILocation(line: 58, column: 7, scope: !826)
!826 = distinct !DILexicalBlock(scope: !813, file: !9, line: 58, column: 7)
!827 = !DILocation(line: 58, column: 15, scope: !826)
!828 = !DILocation(line: 58, column: 7, scope: !813)
!829 = !DILocation(line: 59, column: 13, scope: !830)
!830 = distinct !DILexicalBlock(scope: !826, file: !9, line: 58, column: 36)
!831 = !DILocation(line: 59, column: 11, scope: !830)
!832 = !DILocation(line: 60, column: 3, scope: !830)
!833 = !DILocation(line: 60, column: 14, scope: !834)
!834 = distinct !DILexicalBlock(scope: !826, file: !9, line: 60, column: 14)
!835 = !DILocation(line: 60, column: 14, scope: !826)
!836 = !DILocation(line: 61, column: 33, scope: !837)
!837 = distinct !DILexicalBlock(scope: !834, file: !9, line: 60, column: 35)
!838 = !DILocation(line: 61, column: 41, scope: !837)
!839 = !DILocation(line: 61, column: 15, scope: !837)
!840 = !DILocation(line: 62, column: 8, scope: !841)
!841 = distinct !DILexicalBlock(scope: !837, file: !9, line: 62, column: 8)
!842 = !DILocation(line: 62, column: 19, scope: !841)
!843 = !DILocation(line: 62, column: 33, scope: !841)
!844 = !DILocation(line: 62, column: 45, scope: !841)
!845 = !DILocation(line: 62, column: 36, scope: !841)
!846 = !DILocation(line: 62, column: 57, scope: !841)
!847 = !DILocation(line: 62, column: 8, scope: !837)
!848 = !DILocation(line: 63, column: 25, scope: !841)
!849 = !DILocation(line: 63, column: 16, scope: !841)
!850 = !DILocation(line: 63, column: 14, scope: !841)
!851 = !DILocation(line: 63, column: 12, scope: !841)
!852 = !DILocation(line: 63, column: 5, scope: !841)
!853 = !DILocation(line: 65, column: 12, scope: !841)
!854 = !DILocation(line: 66, column: 3, scope: !837)
!855 = !DILocation(line: 67, column: 11, scope: !856)
!856 = distinct !DILexicalBlock(scope: !834, file: !9, line: 66, column: 10)
!857 = !DILocation(line: 70, column: 7, scope: !858)
!858 = distinct !DILexicalBlock(scope: !813, file: !9, line: 70, column: 7)
!859 = !DILocation(line: 70, column: 14, scope: !858)
!860 = !DILocation(line: 70, column: 7, scope: !813)
!861 = !DILocation(line: 71, column: 10, scope: !858)
!862 = !DILocation(line: 71, column: 17, scope: !858)
!863 = !DILocation(line: 71, column: 4, scope: !858)
!864 = !DILocation(line: 51, column: 2, scope: !814)
!865 = distinct !{!865, !866, !867}
!866 = !DILocation(line: 51, column: 2, scope: !815)
!867 = !DILocation(line: 72, column: 2, scope: !815)
!868 = distinct !DISubprogram(name: "pm_init", scope: !9, file: !9, line: 21, type: !869, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !310)
!869 = !DISubroutineType(types: !870)
!870 = !{null}
!871 = !DILocalVariable(name: "rmp", scope: !868, file: !9, line: 23, type: !872)
!872 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !220, size: 32)
!873 = !DILocation(line: 23, column: 16, scope: !868)
!874 = !DILocalVariable(name: "i", scope: !868, file: !9, line: 24, type: !26)
!875 = !DILocation(line: 24, column: 6, scope: !868)
!876 = !DILocation(line: 27, column: 9, scope: !877)
!877 = distinct !DILexicalBlock(scope: !868, file: !9, line: 27, column: 2)
!878 = !DILocation(line: 27, column: 7, scope: !877)
!879 = !DILocation(line: 27, column: 14, scope: !880)
!880 = distinct !DILexicalBlock(scope: !877, file: !9, line: 27, column: 2)
!881 = !DILocation(line: 27, column: 16, scope: !880)
!882 = !DILocation(line: 27, column: 2, scope: !877)
!883 = !DILocation(line: 28, column: 16, scope: !884)
!884 = distinct !DILexicalBlock(scope: !880, file: !9, line: 27, column: 38)
!885 = !DILocation(line: 28, column: 10, scope: !884)
!886 = !DILocation(line: 28, column: 7, scope: !884)
!887 = !DILocation(line: 29, column: 22, scope: !884)
!888 = !DILocation(line: 29, column: 3, scope: !884)
!889 = !DILocation(line: 29, column: 8, scope: !884)
!890 = !DILocation(line: 29, column: 20, scope: !884)
!891 = !DILocation(line: 30, column: 32, scope: !884)
!892 = !DILocation(line: 30, column: 30, scope: !884)
!893 = !DILocation(line: 30, column: 3, scope: !884)
!894 = !DILocation(line: 30, column: 8, scope: !884)
!895 = !DILocation(line: 30, column: 15, scope: !884)
!896 = !DILocation(line: 31, column: 3, scope: !884)
!897 = !DILocation(line: 31, column: 8, scope: !884)
!898 = !DILocation(line: 31, column: 18, scope: !884)
!899 = !DILocation(line: 32, column: 3, scope: !884)
!900 = !DILocation(line: 32, column: 8, scope: !884)
!901 = !DILocation(line: 32, column: 17, scope: !884)
!902 = !DILocation(line: 33, column: 11, scope: !884)
!903 = !DILocation(line: 33, column: 16, scope: !884)
!904 = !DILocation(line: 33, column: 36, scope: !884)
!905 = !DILocation(line: 33, column: 25, scope: !884)
!906 = !DILocation(line: 33, column: 3, scope: !884)
!907 = !DILocation(line: 34, column: 2, scope: !884)
!908 = !DILocation(line: 27, column: 34, scope: !880)
!909 = !DILocation(line: 27, column: 2, scope: !880)
!910 = distinct !{!910, !882, !911, !912}
!911 = !DILocation(line: 34, column: 2, scope: !877)
!912 = !{!"llvm.loop.mustprogress"}
!913 = !DILocation(line: 35, column: 6, scope: !868)
!914 = !DILocation(line: 36, column: 2, scope: !868)
!915 = !DILocation(line: 36, column: 7, scope: !868)
!916 = !DILocation(line: 36, column: 19, scope: !868)
!917 = !DILocation(line: 37, column: 2, scope: !868)
!918 = !DILocation(line: 37, column: 7, scope: !868)
!919 = !DILocation(line: 37, column: 14, scope: !868)
!920 = !DILocation(line: 38, column: 2, scope: !868)
!921 = !DILocation(line: 38, column: 7, scope: !868)
!922 = !DILocation(line: 38, column: 17, scope: !868)
!923 = !DILocation(line: 39, column: 2, scope: !868)
!924 = !DILocation(line: 39, column: 7, scope: !868)
!925 = !DILocation(line: 39, column: 16, scope: !868)
!926 = !DILocation(line: 40, column: 10, scope: !868)
!927 = !DILocation(line: 40, column: 15, scope: !868)
!928 = !DILocation(line: 40, column: 2, scope: !868)
!929 = !DILocation(line: 41, column: 15, scope: !868)
!930 = !DILocation(line: 42, column: 11, scope: !868)
!931 = !DILocation(line: 43, column: 1, scope: !868)
!932 = distinct !DISubprogram(name: "do_reboot", scope: !298, file: !298, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !297, retainedNodes: !310)
!933 = !DILocalVariable(name: "how", scope: !932, file: !298, line: 6, type: !26)
!934 = !DILocation(line: 6, column: 6, scope: !932)
!935 = !DILocation(line: 6, column: 36, scope: !932)
!936 = !DILocation(line: 8, column: 12, scope: !937)
!937 = distinct !DILexicalBlock(scope: !932, file: !298, line: 8, column: 6)
!938 = !DILocation(line: 8, column: 6, scope: !937)
!939 = !DILocation(line: 8, column: 19, scope: !937)
!940 = !DILocation(line: 8, column: 29, scope: !937)
!941 = !DILocation(line: 8, column: 6, scope: !932)
!942 = !DILocation(line: 9, column: 3, scope: !937)
!943 = !DILocation(line: 10, column: 6, scope: !944)
!944 = distinct !DILexicalBlock(scope: !932, file: !298, line: 10, column: 6)
!945 = !DILocation(line: 10, column: 10, scope: !944)
!946 = !DILocation(line: 10, column: 22, scope: !944)
!947 = !DILocation(line: 10, column: 25, scope: !944)
!948 = !DILocation(line: 10, column: 29, scope: !944)
!949 = !DILocation(line: 10, column: 43, scope: !944)
!950 = !DILocation(line: 10, column: 46, scope: !944)
!951 = !DILocation(line: 10, column: 50, scope: !944)
!952 = !DILocation(line: 10, column: 6, scope: !932)
!953 = !DILocation(line: 11, column: 3, scope: !944)
!954 = !DILocation(line: 12, column: 19, scope: !932)
!955 = !DILocation(line: 15, column: 39, scope: !932)
!956 = !DILocation(line: 15, column: 2, scope: !932)
!957 = !DILocation(line: 16, column: 44, scope: !932)
!958 = !DILocation(line: 16, column: 2, scope: !932)
!959 = !DILocation(line: 17, column: 43, scope: !932)
!960 = !DILocation(line: 17, column: 2, scope: !932)
!961 = !DILocation(line: 18, column: 43, scope: !932)
!962 = !DILocation(line: 18, column: 2, scope: !932)
!963 = !DILocation(line: 20, column: 12, scope: !932)
!964 = !DILocation(line: 20, column: 2, scope: !932)
!965 = !DILocation(line: 21, column: 2, scope: !932)
!966 = !DILocation(line: 22, column: 1, scope: !932)
!967 = distinct !DISubprogram(name: "do_getrusage", scope: !298, file: !298, line: 24, type: !278, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !297, retainedNodes: !310)
!968 = !DILocalVariable(name: "rmp", scope: !967, file: !298, line: 26, type: !969)
!969 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !970, size: 32)
!970 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !971)
!971 = !{!972, !973, !974, !975, !976, !977, !978, !979, !980, !981, !982}
!972 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !970, file: !221, line: 11, baseType: !24, size: 32)
!973 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !970, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!974 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !970, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!975 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !970, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!976 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !970, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!977 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !970, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!978 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !970, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!979 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !970, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!980 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !970, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!981 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !970, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!982 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !970, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!983 = !DILocation(line: 26, column: 16, scope: !967)
!984 = !DILocation(line: 26, column: 29, scope: !967)
!985 = !DILocation(line: 26, column: 23, scope: !967)
!986 = !DILocalVariable(name: "vui", scope: !967, file: !298, line: 27, type: !987)
!987 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_usage_info", file: !988, line: 25, size: 64, elements: !989)
!988 = !DIFile(filename: "include/syslib.h", directory: ".", checksumkind: CSK_MD5, checksum: "7980dea270368a942059d0aec59fbcde")
!989 = !{!990, !991}
!990 = !DIDerivedType(tag: DW_TAG_member, name: "vui_pages", scope: !987, file: !988, line: 25, baseType: !44, size: 32)
!991 = !DIDerivedType(tag: DW_TAG_member, name: "vui_brk", scope: !987, file: !988, line: 25, baseType: !41, size: 32, offset: 32)
!992 = !DILocation(line: 27, column: 23, scope: !967)
!993 = !DILocalVariable(name: "usage", scope: !967, file: !298, line: 28, type: !994)
!994 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rusage", file: !25, line: 176, size: 128, elements: !995)
!995 = !{!996, !997, !998, !999}
!996 = !DIDerivedType(tag: DW_TAG_member, name: "ru_utime", scope: !994, file: !25, line: 177, baseType: !232, size: 32)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "ru_stime", scope: !994, file: !25, line: 178, baseType: !232, size: 32, offset: 32)
!998 = !DIDerivedType(tag: DW_TAG_member, name: "ru_maxrss", scope: !994, file: !25, line: 179, baseType: !44, size: 32, offset: 64)
!999 = !DIDerivedType(tag: DW_TAG_member, name: "ru_brk", scope: !994, file: !25, line: 180, baseType: !41, size: 32, offset: 96)
!1000 = !DILocation(line: 28, column: 16, scope: !967)
!1001 = !DILocalVariable(name: "r", scope: !967, file: !298, line: 29, type: !26)
!1002 = !DILocation(line: 29, column: 6, scope: !967)
!1003 = !DILocation(line: 31, column: 30, scope: !1004)
!1004 = distinct !DILexicalBlock(scope: !967, file: !298, line: 31, column: 6)
!1005 = !DILocation(line: 31, column: 34, scope: !1004)
!1006 = !DILocation(line: 31, column: 6, scope: !967)
!1007 = !DILocation(line: 32, column: 3, scope: !1004)
!1008 = !DILocation(line: 33, column: 25, scope: !1009)
!1009 = distinct !DILexicalBlock(scope: !967, file: !298, line: 33, column: 6)
!1010 = !DILocation(line: 33, column: 30, scope: !1009)
!1011 = !DILocation(line: 33, column: 11, scope: !1009)
!1012 = !DILocation(line: 33, column: 9, scope: !1009)
!1013 = !DILocation(line: 33, column: 50, scope: !1009)
!1014 = !DILocation(line: 33, column: 6, scope: !967)
!1015 = !DILocation(line: 34, column: 10, scope: !1009)
!1016 = !DILocation(line: 34, column: 3, scope: !1009)
!1017 = !DILocation(line: 35, column: 2, scope: !967)
!1018 = !DILocation(line: 36, column: 19, scope: !967)
!1019 = !DILocation(line: 36, column: 24, scope: !967)
!1020 = !DILocation(line: 36, column: 8, scope: !967)
!1021 = !DILocation(line: 36, column: 17, scope: !967)
!1022 = !DILocation(line: 37, column: 19, scope: !967)
!1023 = !DILocation(line: 37, column: 24, scope: !967)
!1024 = !DILocation(line: 37, column: 8, scope: !967)
!1025 = !DILocation(line: 37, column: 17, scope: !967)
!1026 = !DILocation(line: 38, column: 24, scope: !967)
!1027 = !DILocation(line: 38, column: 34, scope: !967)
!1028 = !DILocation(line: 38, column: 8, scope: !967)
!1029 = !DILocation(line: 38, column: 18, scope: !967)
!1030 = !DILocation(line: 39, column: 21, scope: !967)
!1031 = !DILocation(line: 39, column: 8, scope: !967)
!1032 = !DILocation(line: 39, column: 15, scope: !967)
!1033 = !DILocation(line: 40, column: 28, scope: !967)
!1034 = !DILocation(line: 40, column: 48, scope: !967)
!1035 = !DILocation(line: 41, column: 27, scope: !967)
!1036 = !DILocation(line: 40, column: 9, scope: !967)
!1037 = !DILocation(line: 40, column: 2, scope: !967)
!1038 = !DILocation(line: 42, column: 1, scope: !967)
!1039 = distinct !DISubprogram(name: "do_getstatus", scope: !298, file: !298, line: 44, type: !278, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !297)
!1040 = !DILocation(line: 46, column: 9, scope: !1039)
!1041 = !DILocation(line: 46, column: 2, scope: !1039)
!1042 = distinct !DISubprogram(name: "do_kill", scope: !300, file: !300, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !310)
!1043 = !DILocalVariable(name: "rmp", scope: !1042, file: !300, line: 6, type: !1044)
!1044 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1045, size: 32)
!1045 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !1046)
!1046 = !{!1047, !1048, !1049, !1050, !1051, !1052, !1053, !1054, !1055, !1056, !1057}
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1045, file: !221, line: 11, baseType: !24, size: 32)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1045, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1045, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1045, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!1051 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1045, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1045, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1045, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1045, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1045, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1045, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1045, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!1058 = !DILocation(line: 6, column: 16, scope: !1042)
!1059 = !DILocation(line: 6, column: 29, scope: !1042)
!1060 = !DILocation(line: 6, column: 23, scope: !1042)
!1061 = !DILocalVariable(name: "target", scope: !1042, file: !300, line: 7, type: !1044)
!1062 = !DILocation(line: 7, column: 16, scope: !1042)
!1063 = !DILocalVariable(name: "pid", scope: !1042, file: !300, line: 8, type: !50)
!1064 = !DILocation(line: 8, column: 8, scope: !1042)
!1065 = !DILocation(line: 8, column: 35, scope: !1042)
!1066 = !DILocalVariable(name: "sig", scope: !1042, file: !300, line: 9, type: !26)
!1067 = !DILocation(line: 9, column: 6, scope: !1042)
!1068 = !DILocation(line: 9, column: 33, scope: !1042)
!1069 = !DILocalVariable(name: "slot", scope: !1042, file: !300, line: 10, type: !26)
!1070 = !DILocation(line: 10, column: 6, scope: !1042)
!1071 = !DILocation(line: 12, column: 6, scope: !1072)
!1072 = distinct !DILexicalBlock(scope: !1042, file: !300, line: 12, column: 6)
!1073 = !DILocation(line: 12, column: 10, scope: !1072)
!1074 = !DILocation(line: 12, column: 14, scope: !1072)
!1075 = !DILocation(line: 12, column: 17, scope: !1072)
!1076 = !DILocation(line: 12, column: 21, scope: !1072)
!1077 = !DILocation(line: 12, column: 6, scope: !1042)
!1078 = !DILocation(line: 13, column: 3, scope: !1072)
!1079 = !DILocation(line: 14, column: 31, scope: !1080)
!1080 = distinct !DILexicalBlock(scope: !1042, file: !300, line: 14, column: 6)
!1081 = !DILocation(line: 14, column: 14, scope: !1080)
!1082 = !DILocation(line: 14, column: 12, scope: !1080)
!1083 = !DILocation(line: 14, column: 37, scope: !1080)
!1084 = !DILocation(line: 14, column: 6, scope: !1042)
!1085 = !DILocation(line: 15, column: 3, scope: !1080)
!1086 = !DILocation(line: 16, column: 18, scope: !1042)
!1087 = !DILocation(line: 16, column: 12, scope: !1042)
!1088 = !DILocation(line: 16, column: 9, scope: !1042)
!1089 = !DILocation(line: 17, column: 6, scope: !1090)
!1090 = distinct !DILexicalBlock(scope: !1042, file: !300, line: 17, column: 6)
!1091 = !DILocation(line: 17, column: 11, scope: !1090)
!1092 = !DILocation(line: 17, column: 21, scope: !1090)
!1093 = !DILocation(line: 17, column: 35, scope: !1090)
!1094 = !DILocation(line: 17, column: 38, scope: !1090)
!1095 = !DILocation(line: 17, column: 43, scope: !1090)
!1096 = !DILocation(line: 17, column: 57, scope: !1090)
!1097 = !DILocation(line: 17, column: 65, scope: !1090)
!1098 = !DILocation(line: 17, column: 54, scope: !1090)
!1099 = !DILocation(line: 17, column: 6, scope: !1042)
!1100 = !DILocation(line: 18, column: 3, scope: !1090)
!1101 = !DILocation(line: 19, column: 6, scope: !1102)
!1102 = distinct !DILexicalBlock(scope: !1042, file: !300, line: 19, column: 6)
!1103 = !DILocation(line: 19, column: 10, scope: !1102)
!1104 = !DILocation(line: 19, column: 6, scope: !1042)
!1105 = !DILocation(line: 20, column: 3, scope: !1102)
!1106 = !DILocation(line: 22, column: 6, scope: !1107)
!1107 = distinct !DILexicalBlock(scope: !1042, file: !300, line: 22, column: 6)
!1108 = !DILocation(line: 22, column: 10, scope: !1107)
!1109 = !DILocation(line: 22, column: 6, scope: !1042)
!1110 = !DILocation(line: 23, column: 12, scope: !1111)
!1111 = distinct !DILexicalBlock(scope: !1107, file: !300, line: 22, column: 22)
!1112 = !DILocation(line: 23, column: 20, scope: !1111)
!1113 = !DILocation(line: 23, column: 33, scope: !1111)
!1114 = !DILocation(line: 23, column: 3, scope: !1111)
!1115 = !DILocation(line: 24, column: 13, scope: !1111)
!1116 = !DILocation(line: 24, column: 27, scope: !1111)
!1117 = !DILocation(line: 24, column: 25, scope: !1111)
!1118 = !DILocation(line: 24, column: 3, scope: !1111)
!1119 = !DILocation(line: 25, column: 10, scope: !1111)
!1120 = !DILocation(line: 25, column: 20, scope: !1111)
!1121 = !DILocation(line: 25, column: 17, scope: !1111)
!1122 = !DILocation(line: 25, column: 3, scope: !1111)
!1123 = !DILocation(line: 27, column: 27, scope: !1042)
!1124 = !DILocation(line: 27, column: 2, scope: !1042)
!1125 = !DILocation(line: 27, column: 10, scope: !1042)
!1126 = !DILocation(line: 27, column: 24, scope: !1042)
!1127 = !DILocation(line: 28, column: 18, scope: !1042)
!1128 = !DILocation(line: 28, column: 26, scope: !1042)
!1129 = !DILocation(line: 28, column: 39, scope: !1042)
!1130 = !DILocation(line: 28, column: 9, scope: !1042)
!1131 = !DILocation(line: 28, column: 2, scope: !1042)
!1132 = !DILocation(line: 29, column: 1, scope: !1042)
!1133 = distinct !DISubprogram(name: "reply", scope: !284, file: !284, line: 5, type: !1134, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1134 = !DISubroutineType(types: !1135)
!1135 = !{null, !24, !26}
!1136 = !DILocalVariable(name: "whom", arg: 1, scope: !1133, file: !284, line: 5, type: !24)
!1137 = !DILocation(line: 5, column: 23, scope: !1133)
!1138 = !DILocalVariable(name: "result", arg: 2, scope: !1133, file: !284, line: 5, type: !26)
!1139 = !DILocation(line: 5, column: 33, scope: !1133)
!1140 = !DILocalVariable(name: "m", scope: !1133, file: !284, line: 7, type: !1141)
!1141 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 97, baseType: !1142)
!1142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 65, size: 512, elements: !1143)
!1143 = !{!1144, !1145, !1146}
!1144 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1142, file: !20, line: 66, baseType: !24, size: 32)
!1145 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1142, file: !20, line: 67, baseType: !26, size: 32, offset: 32)
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1142, file: !20, line: 96, baseType: !1147, size: 448, offset: 64)
!1147 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1142, file: !20, line: 68, size: 448, elements: !1148)
!1148 = !{!1149, !1154, !1160, !1166, !1171, !1176, !1182, !1190, !1197, !1205, !1210, !1217, !1224, !1229, !1236, !1241, !1248, !1255, !1260, !1266, !1273, !1280, !1285, !1292, !1298, !1307, !1312}
!1149 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1147, file: !20, line: 69, baseType: !1150, size: 32)
!1150 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !1151)
!1151 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !1152)
!1152 = !{!1153}
!1153 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1151, file: !20, line: 15, baseType: !26, size: 32)
!1154 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1147, file: !20, line: 70, baseType: !1155, size: 64)
!1155 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !1156)
!1156 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !1157)
!1157 = !{!1158, !1159}
!1158 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1156, file: !20, line: 16, baseType: !41, size: 32)
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1156, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!1160 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1147, file: !20, line: 71, baseType: !1161, size: 64)
!1161 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !1162)
!1162 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !1163)
!1163 = !{!1164, !1165}
!1164 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1162, file: !20, line: 17, baseType: !50, size: 32)
!1165 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1162, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!1166 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1147, file: !20, line: 72, baseType: !1167, size: 32)
!1167 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !1168)
!1168 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !1169)
!1169 = !{!1170}
!1170 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1168, file: !20, line: 18, baseType: !57, size: 32)
!1171 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1147, file: !20, line: 73, baseType: !1172, size: 32)
!1172 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !1173)
!1173 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !1174)
!1174 = !{!1175}
!1175 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1173, file: !20, line: 19, baseType: !26, size: 32)
!1176 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1147, file: !20, line: 74, baseType: !1177, size: 64)
!1177 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !1178)
!1178 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !1179)
!1179 = !{!1180, !1181}
!1180 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1178, file: !20, line: 20, baseType: !26, size: 32)
!1181 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1178, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!1182 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1147, file: !20, line: 75, baseType: !1183, size: 128)
!1183 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !1184)
!1184 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !1185)
!1185 = !{!1186, !1187, !1188, !1189}
!1186 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1184, file: !20, line: 24, baseType: !24, size: 32)
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1184, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1184, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!1189 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1184, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!1190 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1147, file: !20, line: 76, baseType: !1191, size: 96)
!1191 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !1192)
!1192 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !1193)
!1193 = !{!1194, !1195, !1196}
!1194 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1192, file: !20, line: 29, baseType: !24, size: 32)
!1195 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1192, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!1196 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1192, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!1197 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1147, file: !20, line: 77, baseType: !1198, size: 128)
!1198 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !1199)
!1199 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !1200)
!1200 = !{!1201, !1202, !1203, !1204}
!1201 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1199, file: !20, line: 32, baseType: !41, size: 32)
!1202 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1199, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!1203 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1199, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!1204 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1199, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!1205 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1147, file: !20, line: 78, baseType: !1206, size: 32)
!1206 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !1207)
!1207 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !1208)
!1208 = !{!1209}
!1209 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1207, file: !20, line: 33, baseType: !26, size: 32)
!1210 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1147, file: !20, line: 79, baseType: !1211, size: 96)
!1211 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !1212)
!1212 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !1213)
!1213 = !{!1214, !1215, !1216}
!1214 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1212, file: !20, line: 34, baseType: !26, size: 32)
!1215 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1212, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!1216 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1212, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!1217 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1147, file: !20, line: 80, baseType: !1218, size: 96)
!1218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !1219)
!1219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !1220)
!1220 = !{!1221, !1222, !1223}
!1221 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1219, file: !20, line: 35, baseType: !26, size: 32)
!1222 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1219, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!1223 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1219, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!1224 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1147, file: !20, line: 81, baseType: !1225, size: 16)
!1225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !1226)
!1226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !1227)
!1227 = !{!1228}
!1228 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1226, file: !20, line: 36, baseType: !92, size: 16)
!1229 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1147, file: !20, line: 82, baseType: !1230, size: 96)
!1230 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !1231)
!1231 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !1232)
!1232 = !{!1233, !1234, !1235}
!1233 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1231, file: !20, line: 39, baseType: !24, size: 32)
!1234 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1231, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!1235 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1231, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!1236 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1147, file: !20, line: 83, baseType: !1237, size: 32)
!1237 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !1238)
!1238 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !1239)
!1239 = !{!1240}
!1240 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1238, file: !20, line: 40, baseType: !24, size: 32)
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1147, file: !20, line: 84, baseType: !1242, size: 96)
!1242 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1243)
!1243 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1244)
!1244 = !{!1245, !1246, !1247}
!1245 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1243, file: !20, line: 41, baseType: !24, size: 32)
!1246 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1243, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1243, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1147, file: !20, line: 85, baseType: !1249, size: 96)
!1249 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !1250)
!1250 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !1251)
!1251 = !{!1252, !1253, !1254}
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1250, file: !20, line: 42, baseType: !24, size: 32)
!1253 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1250, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1250, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1147, file: !20, line: 86, baseType: !1256, size: 32)
!1256 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !1257)
!1257 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !1258)
!1258 = !{!1259}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1257, file: !20, line: 45, baseType: !41, size: 32)
!1260 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1147, file: !20, line: 87, baseType: !1261, size: 64)
!1261 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !1262)
!1262 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !1263)
!1263 = !{!1264, !1265}
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1262, file: !20, line: 46, baseType: !44, size: 32)
!1265 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1262, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!1266 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1147, file: !20, line: 88, baseType: !1267, size: 192)
!1267 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !1268)
!1268 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !1269)
!1269 = !{!1270, !1271, !1272}
!1270 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1268, file: !20, line: 49, baseType: !163, size: 128)
!1271 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1268, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!1272 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1268, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1147, file: !20, line: 89, baseType: !1274, size: 192)
!1274 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !1275)
!1275 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !1276)
!1276 = !{!1277, !1278, !1279}
!1277 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1275, file: !20, line: 50, baseType: !163, size: 128)
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1275, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1275, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1147, file: !20, line: 90, baseType: !1281, size: 32)
!1281 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 53, baseType: !1282)
!1282 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 32, elements: !1283)
!1283 = !{!1284}
!1284 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1282, file: !20, line: 53, baseType: !26, size: 32)
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1147, file: !20, line: 91, baseType: !1286, size: 96)
!1286 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 56, baseType: !1287)
!1287 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 56, size: 96, elements: !1288)
!1288 = !{!1289, !1290, !1291}
!1289 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1287, file: !20, line: 56, baseType: !24, size: 32)
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1287, file: !20, line: 56, baseType: !26, size: 32, offset: 32)
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1287, file: !20, line: 56, baseType: !24, size: 32, offset: 64)
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1147, file: !20, line: 92, baseType: !1293, size: 64)
!1293 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 57, baseType: !1294)
!1294 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 64, elements: !1295)
!1295 = !{!1296, !1297}
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1294, file: !20, line: 57, baseType: !24, size: 32)
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1294, file: !20, line: 57, baseType: !26, size: 32, offset: 32)
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1147, file: !20, line: 93, baseType: !1299, size: 160)
!1299 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 62, baseType: !1300)
!1300 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 58, size: 160, elements: !1301)
!1301 = !{!1302, !1303, !1304, !1305, !1306}
!1302 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1300, file: !20, line: 59, baseType: !24, size: 32)
!1303 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1300, file: !20, line: 59, baseType: !41, size: 32, offset: 32)
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1300, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1300, file: !20, line: 60, baseType: !41, size: 32, offset: 96)
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1300, file: !20, line: 61, baseType: !44, size: 32, offset: 128)
!1307 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1147, file: !20, line: 94, baseType: !1308, size: 32)
!1308 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 63, baseType: !1309)
!1309 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 63, size: 32, elements: !1310)
!1310 = !{!1311}
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1309, file: !20, line: 63, baseType: !26, size: 32)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1147, file: !20, line: 95, baseType: !208, size: 448)
!1313 = !DILocation(line: 7, column: 10, scope: !1133)
!1314 = !DILocation(line: 9, column: 2, scope: !1133)
!1315 = !DILocation(line: 10, column: 13, scope: !1133)
!1316 = !DILocation(line: 10, column: 4, scope: !1133)
!1317 = !DILocation(line: 10, column: 11, scope: !1133)
!1318 = !DILocation(line: 11, column: 11, scope: !1133)
!1319 = !DILocation(line: 11, column: 2, scope: !1133)
!1320 = !DILocation(line: 12, column: 1, scope: !1133)
!1321 = distinct !DISubprogram(name: "tell_vfs", scope: !284, file: !284, line: 15, type: !1322, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1322 = !DISubroutineType(types: !1323)
!1323 = !{null, !1324, !26}
!1324 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1325, size: 32)
!1325 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !1326)
!1326 = !{!1327, !1328, !1329, !1330, !1331, !1332, !1333, !1334, !1335, !1336, !1337}
!1327 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1325, file: !221, line: 11, baseType: !24, size: 32)
!1328 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1325, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!1329 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1325, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!1330 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1325, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!1331 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1325, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!1332 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1325, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!1333 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1325, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!1334 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1325, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!1335 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1325, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!1336 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1325, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!1337 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1325, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!1338 = !DILocalVariable(name: "rmp", arg: 1, scope: !1321, file: !284, line: 15, type: !1324)
!1339 = !DILocation(line: 15, column: 29, scope: !1321)
!1340 = !DILocalVariable(name: "type", arg: 2, scope: !1321, file: !284, line: 15, type: !26)
!1341 = !DILocation(line: 15, column: 38, scope: !1321)
!1342 = !DILocalVariable(name: "m", scope: !1321, file: !284, line: 17, type: !1141)
!1343 = !DILocation(line: 17, column: 10, scope: !1321)
!1344 = !DILocation(line: 19, column: 2, scope: !1321)
!1345 = !DILocation(line: 20, column: 13, scope: !1321)
!1346 = !DILocation(line: 20, column: 4, scope: !1321)
!1347 = !DILocation(line: 20, column: 11, scope: !1321)
!1348 = !DILocation(line: 21, column: 30, scope: !1321)
!1349 = !DILocation(line: 21, column: 35, scope: !1321)
!1350 = !DILocation(line: 21, column: 4, scope: !1321)
!1351 = !DILocation(line: 21, column: 22, scope: !1321)
!1352 = !DILocation(line: 21, column: 28, scope: !1321)
!1353 = !DILocation(line: 22, column: 43, scope: !1321)
!1354 = !DILocation(line: 22, column: 48, scope: !1321)
!1355 = !DILocation(line: 22, column: 37, scope: !1321)
!1356 = !DILocation(line: 22, column: 59, scope: !1321)
!1357 = !DILocation(line: 22, column: 4, scope: !1321)
!1358 = !DILocation(line: 22, column: 22, scope: !1321)
!1359 = !DILocation(line: 22, column: 35, scope: !1321)
!1360 = !DILocation(line: 23, column: 28, scope: !1321)
!1361 = !DILocation(line: 23, column: 33, scope: !1321)
!1362 = !DILocation(line: 23, column: 4, scope: !1321)
!1363 = !DILocation(line: 23, column: 22, scope: !1321)
!1364 = !DILocation(line: 23, column: 26, scope: !1321)
!1365 = !DILocation(line: 24, column: 28, scope: !1321)
!1366 = !DILocation(line: 24, column: 33, scope: !1321)
!1367 = !DILocation(line: 24, column: 4, scope: !1321)
!1368 = !DILocation(line: 24, column: 22, scope: !1321)
!1369 = !DILocation(line: 24, column: 26, scope: !1321)
!1370 = !DILocation(line: 25, column: 6, scope: !1371)
!1371 = distinct !DILexicalBlock(scope: !1321, file: !284, line: 25, column: 6)
!1372 = !DILocation(line: 25, column: 46, scope: !1371)
!1373 = !DILocation(line: 25, column: 6, scope: !1321)
!1374 = !DILocation(line: 26, column: 3, scope: !1371)
!1375 = !DILocation(line: 27, column: 1, scope: !1321)
!1376 = distinct !DISubprogram(name: "tell_server", scope: !284, file: !284, line: 30, type: !1377, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1377 = !DISubroutineType(types: !1378)
!1378 = !{!26, !24, !26, !26}
!1379 = !DILocalVariable(name: "endpt", arg: 1, scope: !1376, file: !284, line: 30, type: !24)
!1380 = !DILocation(line: 30, column: 28, scope: !1376)
!1381 = !DILocalVariable(name: "type", arg: 2, scope: !1376, file: !284, line: 30, type: !26)
!1382 = !DILocation(line: 30, column: 39, scope: !1376)
!1383 = !DILocalVariable(name: "how", arg: 3, scope: !1376, file: !284, line: 30, type: !26)
!1384 = !DILocation(line: 30, column: 49, scope: !1376)
!1385 = !DILocalVariable(name: "m", scope: !1376, file: !284, line: 32, type: !1141)
!1386 = !DILocation(line: 32, column: 10, scope: !1376)
!1387 = !DILocation(line: 34, column: 2, scope: !1376)
!1388 = !DILocation(line: 35, column: 13, scope: !1376)
!1389 = !DILocation(line: 35, column: 4, scope: !1376)
!1390 = !DILocation(line: 35, column: 11, scope: !1376)
!1391 = !DILocation(line: 36, column: 32, scope: !1376)
!1392 = !DILocation(line: 36, column: 4, scope: !1376)
!1393 = !DILocation(line: 36, column: 26, scope: !1376)
!1394 = !DILocation(line: 36, column: 30, scope: !1376)
!1395 = !DILocation(line: 37, column: 22, scope: !1376)
!1396 = !DILocation(line: 37, column: 9, scope: !1376)
!1397 = !DILocation(line: 37, column: 2, scope: !1376)
!1398 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !578, file: !578, line: 33, type: !1399, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1399 = !DISubroutineType(types: !1400)
!1400 = !{!26, !24, !1401}
!1401 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1141, size: 32)
!1402 = !DILocalVariable(name: "dst", arg: 1, scope: !1398, file: !578, line: 33, type: !24)
!1403 = !DILocation(line: 33, column: 43, scope: !1398)
!1404 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1398, file: !578, line: 33, type: !1401)
!1405 = !DILocation(line: 33, column: 57, scope: !1398)
!1406 = !DILocation(line: 35, column: 9, scope: !1398)
!1407 = !DILocation(line: 35, column: 42, scope: !1398)
!1408 = !DILocation(line: 35, column: 47, scope: !1398)
!1409 = !DILocation(line: 35, column: 2, scope: !1398)
!1410 = distinct !DISubprogram(name: "get_free_slot", scope: !284, file: !284, line: 40, type: !278, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1411 = !DILocalVariable(name: "n", scope: !1410, file: !284, line: 42, type: !26)
!1412 = !DILocation(line: 42, column: 6, scope: !1410)
!1413 = !DILocation(line: 44, column: 9, scope: !1414)
!1414 = distinct !DILexicalBlock(scope: !1410, file: !284, line: 44, column: 2)
!1415 = !DILocation(line: 44, column: 7, scope: !1414)
!1416 = !DILocation(line: 44, column: 29, scope: !1417)
!1417 = distinct !DILexicalBlock(scope: !1414, file: !284, line: 44, column: 2)
!1418 = !DILocation(line: 44, column: 31, scope: !1417)
!1419 = !DILocation(line: 44, column: 2, scope: !1414)
!1420 = !DILocation(line: 45, column: 15, scope: !1421)
!1421 = distinct !DILexicalBlock(scope: !1417, file: !284, line: 45, column: 7)
!1422 = !DILocation(line: 45, column: 9, scope: !1421)
!1423 = !DILocation(line: 45, column: 18, scope: !1421)
!1424 = !DILocation(line: 45, column: 27, scope: !1421)
!1425 = !DILocation(line: 45, column: 7, scope: !1417)
!1426 = !DILocation(line: 46, column: 11, scope: !1421)
!1427 = !DILocation(line: 46, column: 4, scope: !1421)
!1428 = !DILocation(line: 45, column: 35, scope: !1421)
!1429 = !DILocation(line: 44, column: 44, scope: !1417)
!1430 = !DILocation(line: 44, column: 2, scope: !1417)
!1431 = distinct !{!1431, !1419, !1432, !912}
!1432 = !DILocation(line: 46, column: 11, scope: !1414)
!1433 = !DILocation(line: 47, column: 2, scope: !1410)
!1434 = !DILocation(line: 48, column: 1, scope: !1410)
!1435 = distinct !DISubprogram(name: "get_free_pid", scope: !284, file: !284, line: 50, type: !1436, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1436 = !DISubroutineType(types: !1437)
!1437 = !{!50}
!1438 = !DILocalVariable(name: "pid", scope: !1435, file: !284, line: 52, type: !50)
!1439 = !DILocation(line: 52, column: 8, scope: !1435)
!1440 = !DILocalVariable(name: "n", scope: !1435, file: !284, line: 53, type: !26)
!1441 = !DILocation(line: 53, column: 6, scope: !1435)
!1442 = !DILocalVariable(name: "taken", scope: !1435, file: !284, line: 53, type: !26)
!1443 = !DILocation(line: 53, column: 9, scope: !1435)
!1444 = !DILocation(line: 55, column: 2, scope: !1435)
!1445 = !DILocation(line: 56, column: 9, scope: !1446)
!1446 = distinct !DILexicalBlock(scope: !1435, file: !284, line: 55, column: 5)
!1447 = !DILocation(line: 56, column: 7, scope: !1446)
!1448 = !DILocation(line: 57, column: 14, scope: !1446)
!1449 = !DILocation(line: 57, column: 23, scope: !1446)
!1450 = !DILocation(line: 57, column: 35, scope: !1446)
!1451 = !DILocation(line: 57, column: 44, scope: !1446)
!1452 = !DILocation(line: 57, column: 12, scope: !1446)
!1453 = !DILocation(line: 58, column: 9, scope: !1446)
!1454 = !DILocation(line: 59, column: 10, scope: !1455)
!1455 = distinct !DILexicalBlock(scope: !1446, file: !284, line: 59, column: 3)
!1456 = !DILocation(line: 59, column: 8, scope: !1455)
!1457 = !DILocation(line: 59, column: 15, scope: !1458)
!1458 = distinct !DILexicalBlock(scope: !1455, file: !284, line: 59, column: 3)
!1459 = !DILocation(line: 59, column: 17, scope: !1458)
!1460 = !DILocation(line: 59, column: 3, scope: !1455)
!1461 = !DILocation(line: 60, column: 15, scope: !1462)
!1462 = distinct !DILexicalBlock(scope: !1458, file: !284, line: 60, column: 8)
!1463 = !DILocation(line: 60, column: 9, scope: !1462)
!1464 = !DILocation(line: 60, column: 18, scope: !1462)
!1465 = !DILocation(line: 60, column: 27, scope: !1462)
!1466 = !DILocation(line: 60, column: 37, scope: !1462)
!1467 = !DILocation(line: 60, column: 46, scope: !1462)
!1468 = !DILocation(line: 60, column: 40, scope: !1462)
!1469 = !DILocation(line: 60, column: 49, scope: !1462)
!1470 = !DILocation(line: 60, column: 59, scope: !1462)
!1471 = !DILocation(line: 60, column: 56, scope: !1462)
!1472 = !DILocation(line: 60, column: 8, scope: !1458)
!1473 = !DILocation(line: 61, column: 11, scope: !1462)
!1474 = !DILocation(line: 61, column: 5, scope: !1462)
!1475 = !DILocation(line: 59, column: 30, scope: !1458)
!1476 = !DILocation(line: 59, column: 3, scope: !1458)
!1477 = distinct !{!1477, !1460, !1478, !912}
!1478 = !DILocation(line: 61, column: 13, scope: !1455)
!1479 = !DILocation(line: 62, column: 2, scope: !1446)
!1480 = !DILocation(line: 62, column: 11, scope: !1435)
!1481 = distinct !{!1481, !1444, !1482, !912}
!1482 = !DILocation(line: 62, column: 16, scope: !1435)
!1483 = !DILocation(line: 63, column: 9, scope: !1435)
!1484 = !DILocation(line: 63, column: 2, scope: !1435)
!1485 = distinct !DISubprogram(name: "find_proc_by_pid", scope: !284, file: !284, line: 66, type: !1486, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !301, retainedNodes: !310)
!1486 = !DISubroutineType(types: !1487)
!1487 = !{!26, !50}
!1488 = !DILocalVariable(name: "pid", arg: 1, scope: !1485, file: !284, line: 66, type: !50)
!1489 = !DILocation(line: 66, column: 28, scope: !1485)
!1490 = !DILocalVariable(name: "n", scope: !1485, file: !284, line: 68, type: !26)
!1491 = !DILocation(line: 68, column: 6, scope: !1485)
!1492 = !DILocation(line: 70, column: 9, scope: !1493)
!1493 = distinct !DILexicalBlock(scope: !1485, file: !284, line: 70, column: 2)
!1494 = !DILocation(line: 70, column: 7, scope: !1493)
!1495 = !DILocation(line: 70, column: 14, scope: !1496)
!1496 = distinct !DILexicalBlock(scope: !1493, file: !284, line: 70, column: 2)
!1497 = !DILocation(line: 70, column: 16, scope: !1496)
!1498 = !DILocation(line: 70, column: 2, scope: !1493)
!1499 = !DILocation(line: 71, column: 14, scope: !1500)
!1500 = distinct !DILexicalBlock(scope: !1496, file: !284, line: 71, column: 7)
!1501 = !DILocation(line: 71, column: 8, scope: !1500)
!1502 = !DILocation(line: 71, column: 17, scope: !1500)
!1503 = !DILocation(line: 71, column: 26, scope: !1500)
!1504 = !DILocation(line: 71, column: 36, scope: !1500)
!1505 = !DILocation(line: 71, column: 45, scope: !1500)
!1506 = !DILocation(line: 71, column: 39, scope: !1500)
!1507 = !DILocation(line: 71, column: 48, scope: !1500)
!1508 = !DILocation(line: 71, column: 58, scope: !1500)
!1509 = !DILocation(line: 71, column: 55, scope: !1500)
!1510 = !DILocation(line: 71, column: 7, scope: !1496)
!1511 = !DILocation(line: 72, column: 11, scope: !1500)
!1512 = !DILocation(line: 72, column: 4, scope: !1500)
!1513 = !DILocation(line: 70, column: 29, scope: !1496)
!1514 = !DILocation(line: 70, column: 2, scope: !1496)
!1515 = distinct !{!1515, !1498, !1516, !912}
!1516 = !DILocation(line: 72, column: 11, scope: !1493)
!1517 = !DILocation(line: 73, column: 2, scope: !1485)
!1518 = !DILocation(line: 74, column: 1, scope: !1485)
