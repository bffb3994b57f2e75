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
define dso_local i32 @do_exec() #0 !dbg !307 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %name_addr = alloca i32, align 4
  %len = alloca i32, align 4
  %path = alloca [15 x i8], align 1
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !309, !DIExpression(), !324)
  %0 = load i32, ptr @who_p, align 4, !dbg !325
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !326
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !324
    #dbg_declare(ptr %name_addr, !327, !DIExpression(), !328)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !329
  store i32 %1, ptr %name_addr, align 4, !dbg !328
    #dbg_declare(ptr %len, !330, !DIExpression(), !331)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !332
  store i32 %2, ptr %len, align 4, !dbg !331
    #dbg_declare(ptr %path, !333, !DIExpression(), !337)
    #dbg_declare(ptr %m, !338, !DIExpression(), !511)
    #dbg_declare(ptr %r, !512, !DIExpression(), !513)
  %3 = load i32, ptr %len, align 4, !dbg !514
  %cmp = icmp eq i32 %3, 0, !dbg !516
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !517

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %len, align 4, !dbg !518
  %cmp1 = icmp ugt i32 %4, 14, !dbg !519
  br i1 %cmp1, label %if.then, label %if.end, !dbg !520

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -36, ptr %retval, align 4, !dbg !521
  br label %return, !dbg !521

if.end:                                           ; preds = %lor.lhs.false
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !522
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !523
  store i32 530, ptr %m_type, align 4, !dbg !524
  %5 = load ptr, ptr %rmp, align 4, !dbg !525
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !526
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !526
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !527
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !528
  store i32 %6, ptr %endpt, align 4, !dbg !529
  %7 = load i32, ptr %name_addr, align 4, !dbg !530
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !531
  %name = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 1, !dbg !532
  store i32 %7, ptr %name, align 4, !dbg !533
  %8 = load i32, ptr %len, align 4, !dbg !534
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !535
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u3, i32 0, i32 2, !dbg !536
  store i32 %8, ptr %namelen, align 4, !dbg !537
  %call4 = call i32 @_ipc_sendrec(i32 noundef 1, ptr noundef %m) #4, !dbg !538
  store i32 %call4, ptr %r, align 4, !dbg !540
  %cmp5 = icmp ne i32 %call4, 0, !dbg !541
  br i1 %cmp5, label %if.then6, label %if.end7, !dbg !542

if.then6:                                         ; preds = %if.end
  %9 = load i32, ptr %r, align 4, !dbg !543
  store i32 %9, ptr %retval, align 4, !dbg !544
  br label %return, !dbg !544

if.end7:                                          ; preds = %if.end
  %m_type8 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !545
  %10 = load i32, ptr %m_type8, align 4, !dbg !545
  %cmp9 = icmp ne i32 %10, 0, !dbg !547
  br i1 %cmp9, label %if.then10, label %if.end12, !dbg !548

if.then10:                                        ; preds = %if.end7
  %m_type11 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !549
  %11 = load i32, ptr %m_type11, align 4, !dbg !549
  store i32 %11, ptr %retval, align 4, !dbg !550
  br label %return, !dbg !550

if.end12:                                         ; preds = %if.end7
  %12 = load i32, ptr @who_e, align 4, !dbg !551
  %13 = load i32, ptr %name_addr, align 4, !dbg !553
  %arraydecay = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !554
  %14 = ptrtoint ptr %arraydecay to i32, !dbg !555
  %15 = load i32, ptr %len, align 4, !dbg !556
  %call13 = call i32 @sys_datacopy(i32 noundef %12, i32 noundef %13, i32 noundef 32256, i32 noundef %14, i32 noundef %15) #4, !dbg !557
  store i32 %call13, ptr %r, align 4, !dbg !558
  %cmp14 = icmp ne i32 %call13, 0, !dbg !559
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !560

if.then15:                                        ; preds = %if.end12
  %16 = load i32, ptr %r, align 4, !dbg !561
  store i32 %16, ptr %retval, align 4, !dbg !562
  br label %return, !dbg !562

if.end16:                                         ; preds = %if.end12
  %17 = load i32, ptr %len, align 4, !dbg !563
  %arrayidx17 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 %17, !dbg !564
  store i8 0, ptr %arrayidx17, align 1, !dbg !565
  %18 = load ptr, ptr %rmp, align 4, !dbg !566
  %mp_name = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 10, !dbg !567
  %arraydecay18 = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !566
  %arraydecay19 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !568
  %call20 = call i32 @strlcpy(ptr noundef %arraydecay18, ptr noundef %arraydecay19, i32 noundef 16) #4, !dbg !569
  %19 = load ptr, ptr %rmp, align 4, !dbg !570
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %19, i32 0, i32 7, !dbg !571
  store i32 0, ptr %mp_sigpending, align 4, !dbg !572
  store i32 0, ptr %retval, align 4, !dbg !573
  br label %return, !dbg !573

return:                                           ; preds = %if.end16, %if.then15, %if.then10, %if.then6, %if.then
  %20 = load i32, ptr %retval, align 4, !dbg !574
  ret i32 %20, !dbg !574
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !575 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !580, !DIExpression(), !581)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !582, !DIExpression(), !583)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !584
  %1 = load i32, ptr %dst.addr, align 4, !dbg !585
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !586
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !584
  ret i32 %call, !dbg !587
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork() #0 !dbg !588 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %rmc = alloca ptr, align 4
  %new_pid = alloca i32, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !589, !DIExpression(), !604)
  %0 = load i32, ptr @who_p, align 4, !dbg !605
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !606
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !604
    #dbg_declare(ptr %rmc, !607, !DIExpression(), !608)
    #dbg_declare(ptr %new_pid, !609, !DIExpression(), !610)
    #dbg_declare(ptr %n, !611, !DIExpression(), !612)
    #dbg_declare(ptr %r, !613, !DIExpression(), !614)
  %1 = load i32, ptr @procs_in_use, align 4, !dbg !615
  %cmp = icmp sge i32 %1, 30, !dbg !617
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !618

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !619
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 6, !dbg !620
  %3 = load i32, ptr %mp_effuid, align 4, !dbg !620
  %cmp1 = icmp ne i32 %3, 0, !dbg !621
  br i1 %cmp1, label %if.then, label %if.end, !dbg !622

if.then:                                          ; preds = %land.lhs.true
  store i32 -11, ptr %retval, align 4, !dbg !623
  br label %return, !dbg !623

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @get_free_slot() #4, !dbg !624
  store i32 %call, ptr %n, align 4, !dbg !626
  %cmp2 = icmp slt i32 %call, 0, !dbg !627
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !628

if.then3:                                         ; preds = %if.end
  store i32 -11, ptr %retval, align 4, !dbg !629
  br label %return, !dbg !629

if.end4:                                          ; preds = %if.end
  %call5 = call i32 @get_free_pid() #4, !dbg !630
  store i32 %call5, ptr %new_pid, align 4, !dbg !631
  %4 = load i32, ptr %n, align 4, !dbg !632
  %arrayidx6 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !633
  store ptr %arrayidx6, ptr %rmc, align 4, !dbg !634
  %5 = load ptr, ptr %rmc, align 4, !dbg !635
  %6 = load ptr, ptr %rmp, align 4, !dbg !636
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %5, ptr align 4 %6, i32 56, i1 false), !dbg !637
  %7 = load i32, ptr @who_p, align 4, !dbg !638
  %8 = load ptr, ptr %rmc, align 4, !dbg !639
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 2, !dbg !640
  store i32 %7, ptr %mp_parent, align 4, !dbg !641
  %9 = load i32, ptr %new_pid, align 4, !dbg !642
  %10 = load ptr, ptr %rmc, align 4, !dbg !643
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %10, i32 0, i32 1, !dbg !644
  store i32 %9, ptr %mp_pid, align 4, !dbg !645
  %11 = load ptr, ptr %rmc, align 4, !dbg !646
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 7, !dbg !647
  store i32 0, ptr %mp_sigpending, align 4, !dbg !648
  %12 = load ptr, ptr %rmc, align 4, !dbg !649
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 8, !dbg !650
  store i32 0, ptr %mp_utime, align 4, !dbg !651
  %13 = load ptr, ptr %rmc, align 4, !dbg !652
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 9, !dbg !653
  store i32 0, ptr %mp_stime, align 4, !dbg !654
  %14 = load ptr, ptr %rmp, align 4, !dbg !655
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 0, !dbg !657
  %15 = load i32, ptr %mp_endpoint, align 4, !dbg !657
  %16 = load i32, ptr %n, align 4, !dbg !658
  %17 = load ptr, ptr %rmc, align 4, !dbg !659
  %mp_endpoint7 = getelementptr inbounds %struct.mproc, ptr %17, i32 0, i32 0, !dbg !660
  %call8 = call i32 @vm_fork(i32 noundef %15, i32 noundef %16, ptr noundef %mp_endpoint7) #4, !dbg !661
  store i32 %call8, ptr %r, align 4, !dbg !662
  %cmp9 = icmp ne i32 %call8, 0, !dbg !663
  br i1 %cmp9, label %if.then10, label %if.end11, !dbg !664

if.then10:                                        ; preds = %if.end4
  %18 = load ptr, ptr %rmc, align 4, !dbg !665
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 3, !dbg !667
  store i32 0, ptr %mp_flags, align 4, !dbg !668
  %19 = load i32, ptr %r, align 4, !dbg !669
  store i32 %19, ptr %retval, align 4, !dbg !670
  br label %return, !dbg !670

if.end11:                                         ; preds = %if.end4
  %20 = load i32, ptr @procs_in_use, align 4, !dbg !671
  %inc = add nsw i32 %20, 1, !dbg !671
  store i32 %inc, ptr @procs_in_use, align 4, !dbg !671
  %21 = load ptr, ptr %rmc, align 4, !dbg !672
  call void @tell_vfs(ptr noundef %21, i32 noundef 528) #4, !dbg !673
  %22 = load ptr, ptr %rmc, align 4, !dbg !674
  %mp_endpoint12 = getelementptr inbounds %struct.mproc, ptr %22, i32 0, i32 0, !dbg !675
  %23 = load i32, ptr %mp_endpoint12, align 4, !dbg !675
  call void @reply(i32 noundef %23, i32 noundef 0) #4, !dbg !676
  %24 = load i32, ptr %new_pid, align 4, !dbg !677
  store i32 %24, ptr %retval, align 4, !dbg !678
  br label %return, !dbg !678

return:                                           ; preds = %if.end11, %if.then10, %if.then3, %if.then
  %25 = load i32, ptr %retval, align 4, !dbg !679
  ret i32 %25, !dbg !679
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

declare dso_local i32 @vm_fork(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit() #0 !dbg !680 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !681
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !682
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !683
  call void @exit_proc(ptr noundef %arrayidx, i32 noundef %1) #4, !dbg !684
  ret i32 -201, !dbg !685
}

; Function Attrs: noinline nounwind
define dso_local void @exit_proc(ptr noundef %rmp, i32 noundef %exit_status) #0 !dbg !686 {
entry:
  %rmp.addr = alloca ptr, align 4
  %exit_status.addr = alloca i32, align 4
  %parent = alloca ptr, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !689, !DIExpression(), !690)
  store i32 %exit_status, ptr %exit_status.addr, align 4
    #dbg_declare(ptr %exit_status.addr, !691, !DIExpression(), !692)
    #dbg_declare(ptr %parent, !693, !DIExpression(), !694)
  %0 = load ptr, ptr %rmp.addr, align 4, !dbg !695
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %0, i32 0, i32 3, !dbg !697
  %1 = load i32, ptr %mp_flags, align 4, !dbg !697
  %and = and i32 %1, 1, !dbg !698
  %tobool = icmp ne i32 %and, 0, !dbg !698
  br i1 %tobool, label %if.end, label %if.then, !dbg !699

if.then:                                          ; preds = %entry
  br label %return, !dbg !700

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %exit_status.addr, align 4, !dbg !701
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !702
  %mp_exitstatus = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 4, !dbg !703
  store i32 %2, ptr %mp_exitstatus, align 4, !dbg !704
  %4 = load ptr, ptr %rmp.addr, align 4, !dbg !705
  call void @tell_vfs(ptr noundef %4, i32 noundef 529) #4, !dbg !706
  %5 = load ptr, ptr %rmp.addr, align 4, !dbg !707
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !709
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !709
  %call = call i32 @vm_exit(i32 noundef %6) #4, !dbg !710
  %cmp = icmp ne i32 %call, 0, !dbg !711
  br i1 %cmp, label %if.then1, label %if.end2, !dbg !712

if.then1:                                         ; preds = %if.end
  call void @panic(ptr noundef @.str) #5, !dbg !713
  unreachable, !dbg !713

if.end2:                                          ; preds = %if.end
  %7 = load ptr, ptr %rmp.addr, align 4, !dbg !714
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 2, !dbg !715
  %8 = load i32, ptr %mp_parent, align 4, !dbg !715
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %8, !dbg !716
  store ptr %arrayidx, ptr %parent, align 4, !dbg !717
  %9 = load ptr, ptr %parent, align 4, !dbg !718
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 7, !dbg !719
  %10 = load i32, ptr %mp_sigpending, align 4, !dbg !720
  %or = or i32 %10, 131072, !dbg !720
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !720
  %11 = load ptr, ptr %rmp.addr, align 4, !dbg !721
  %mp_flags3 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 3, !dbg !722
  store i32 0, ptr %mp_flags3, align 4, !dbg !723
  %12 = load i32, ptr @procs_in_use, align 4, !dbg !724
  %dec = add nsw i32 %12, -1, !dbg !724
  store i32 %dec, ptr @procs_in_use, align 4, !dbg !724
  br label %return, !dbg !725

return:                                           ; preds = %if.end2, %if.then
  ret void, !dbg !725
}

declare dso_local i32 @vm_exit(i32 noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #3

; Function Attrs: noinline nounwind
define dso_local i32 @do_getpid() #0 !dbg !726 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !727
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !728
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 1, !dbg !729
  %1 = load i32, ptr %mp_pid, align 4, !dbg !729
  ret i32 %1, !dbg !730
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getuid() #0 !dbg !731 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !732
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !733
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 5, !dbg !734
  %1 = load i32, ptr %mp_realuid, align 4, !dbg !734
  ret i32 %1, !dbg !735
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_setuid() #0 !dbg !736 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %uid = alloca i32, align 4
    #dbg_declare(ptr %rmp, !737, !DIExpression(), !752)
  %0 = load i32, ptr @who_p, align 4, !dbg !753
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !754
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !752
    #dbg_declare(ptr %uid, !755, !DIExpression(), !756)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !757
  store i32 %1, ptr %uid, align 4, !dbg !756
  %2 = load i32, ptr %uid, align 4, !dbg !758
  %cmp = icmp slt i32 %2, 0, !dbg !760
  br i1 %cmp, label %if.then, label %if.end, !dbg !761

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !762
  br label %return, !dbg !762

if.end:                                           ; preds = %entry
  %3 = load ptr, ptr %rmp, align 4, !dbg !763
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 5, !dbg !765
  %4 = load i32, ptr %mp_realuid, align 4, !dbg !765
  %5 = load i32, ptr %uid, align 4, !dbg !766
  %cmp1 = icmp ne i32 %4, %5, !dbg !767
  br i1 %cmp1, label %land.lhs.true, label %if.end4, !dbg !768

land.lhs.true:                                    ; preds = %if.end
  %6 = load ptr, ptr %rmp, align 4, !dbg !769
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 6, !dbg !770
  %7 = load i32, ptr %mp_effuid, align 4, !dbg !770
  %cmp2 = icmp ne i32 %7, 0, !dbg !771
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !772

if.then3:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !773
  br label %return, !dbg !773

if.end4:                                          ; preds = %land.lhs.true, %if.end
  %8 = load i32, ptr %uid, align 4, !dbg !774
  %9 = load ptr, ptr %rmp, align 4, !dbg !775
  %mp_realuid5 = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !776
  store i32 %8, ptr %mp_realuid5, align 4, !dbg !777
  %10 = load i32, ptr %uid, align 4, !dbg !778
  %11 = load ptr, ptr %rmp, align 4, !dbg !779
  %mp_effuid6 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 6, !dbg !780
  store i32 %10, ptr %mp_effuid6, align 4, !dbg !781
  %12 = load ptr, ptr %rmp, align 4, !dbg !782
  call void @tell_vfs(ptr noundef %12, i32 noundef 531) #4, !dbg !783
  store i32 0, ptr %retval, align 4, !dbg !784
  br label %return, !dbg !784

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %13 = load i32, ptr %retval, align 4, !dbg !785
  ret i32 %13, !dbg !785
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !786 {
entry:
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %call_index = alloca i32, align 4
    #dbg_declare(ptr %ipc_status, !787, !DIExpression(), !788)
    #dbg_declare(ptr %result, !789, !DIExpression(), !790)
    #dbg_declare(ptr %call_index, !791, !DIExpression(), !792)
  call void @pm_init() #4, !dbg !793
  br label %for.cond, !dbg !794

for.cond:                                         ; preds = %if.end19, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef @m_in, ptr noundef %ipc_status) #4, !dbg !795
  %cmp = icmp ne i32 %call, 0, !dbg !800
  br i1 %cmp, label %if.then, label %if.end, !dbg !801

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str.11) #5, !dbg !802
  unreachable, !dbg !802

if.end:                                           ; preds = %for.cond
  %0 = load i32, ptr @m_in, align 4, !dbg !803
  store i32 %0, ptr @who_e, align 4, !dbg !804
  %1 = load i32, ptr @who_e, align 4, !dbg !805
  %and = and i32 %1, 31, !dbg !805
  store i32 %and, ptr @who_p, align 4, !dbg !806
  %2 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 1), align 4, !dbg !807
  store i32 %2, ptr @call_nr, align 4, !dbg !808
  %3 = load i32, ptr @call_nr, align 4, !dbg !809
  %cmp1 = icmp eq i32 %3, 1536, !dbg !811
  br i1 %cmp1, label %if.then2, label %if.else, !dbg !812

if.then2:                                         ; preds = %if.end
  %call3 = call i32 @do_getstatus() #4, !dbg !813
  store i32 %call3, ptr %result, align 4, !dbg !815
  br label %if.end16, !dbg !816

if.else:                                          ; preds = %if.end
  %4 = load i32, ptr @call_nr, align 4, !dbg !817
  %and4 = and i32 %4, -256, !dbg !817
  %cmp5 = icmp eq i32 %and4, 256, !dbg !817
  br i1 %cmp5, label %if.then6, label %if.else14, !dbg !819

if.then6:                                         ; preds = %if.else
  %5 = load i32, ptr @call_nr, align 4, !dbg !820
  %sub = sub nsw i32 %5, 256, !dbg !822
  store i32 %sub, ptr %call_index, align 4, !dbg !823
  %6 = load i32, ptr %call_index, align 4, !dbg !824
  %cmp7 = icmp ult i32 %6, 10, !dbg !826
  br i1 %cmp7, label %land.lhs.true, label %if.else12, !dbg !827

land.lhs.true:                                    ; preds = %if.then6
  %7 = load i32, ptr %call_index, align 4, !dbg !828
  %arrayidx = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %7, !dbg !829
  %8 = load ptr, ptr %arrayidx, align 4, !dbg !829
  %cmp8 = icmp ne ptr %8, null, !dbg !830
  br i1 %cmp8, label %if.then9, label %if.else12, !dbg !831

if.then9:                                         ; preds = %land.lhs.true
  %9 = load i32, ptr %call_index, align 4, !dbg !832
  %arrayidx10 = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %9, !dbg !833
  %10 = load ptr, ptr %arrayidx10, align 4, !dbg !833
  %call11 = call i32 %10() #4, !dbg !834
  store i32 %call11, ptr %result, align 4, !dbg !835
  br label %if.end13, !dbg !836

if.else12:                                        ; preds = %land.lhs.true, %if.then6
  store i32 -38, ptr %result, align 4, !dbg !837
  br label %if.end13

if.end13:                                         ; preds = %if.else12, %if.then9
  br label %if.end15, !dbg !838

if.else14:                                        ; preds = %if.else
  store i32 -38, ptr %result, align 4, !dbg !839
  br label %if.end15

if.end15:                                         ; preds = %if.else14, %if.end13
  br label %if.end16

if.end16:                                         ; preds = %if.end15, %if.then2
  %11 = load i32, ptr %result, align 4, !dbg !841
  %cmp17 = icmp ne i32 %11, -201, !dbg !843
  br i1 %cmp17, label %if.then18, label %if.end19, !dbg !844

if.then18:                                        ; preds = %if.end16
  %12 = load i32, ptr @who_e, align 4, !dbg !845
  %13 = load i32, ptr %result, align 4, !dbg !846
  call void @reply(i32 noundef %12, i32 noundef %13) #4, !dbg !847
  br label %if.end19, !dbg !847

if.end19:                                         ; preds = %if.then18, %if.end16
  br label %for.cond, !dbg !848, !llvm.loop !849
}

; Function Attrs: noinline nounwind
define internal void @pm_init() #0 !dbg !852 {
entry:
  %rmp = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %rmp, !855, !DIExpression(), !857)
    #dbg_declare(ptr %i, !858, !DIExpression(), !859)
  store i32 0, ptr %i, align 4, !dbg !860
  br label %for.cond, !dbg !862

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !863
  %cmp = icmp slt i32 %0, 5, !dbg !865
  br i1 %cmp, label %for.body, label %for.end, !dbg !866

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !867
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !869
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !870
  %2 = load i32, ptr %i, align 4, !dbg !871
  %3 = load ptr, ptr %rmp, align 4, !dbg !872
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 0, !dbg !873
  store i32 %2, ptr %mp_endpoint, align 4, !dbg !874
  %4 = load i32, ptr %i, align 4, !dbg !875
  %add = add nsw i32 2, %4, !dbg !876
  %5 = load ptr, ptr %rmp, align 4, !dbg !877
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 1, !dbg !878
  store i32 %add, ptr %mp_pid, align 4, !dbg !879
  %6 = load ptr, ptr %rmp, align 4, !dbg !880
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 2, !dbg !881
  store i32 0, ptr %mp_parent, align 4, !dbg !882
  %7 = load ptr, ptr %rmp, align 4, !dbg !883
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 3, !dbg !884
  store i32 1, ptr %mp_flags, align 4, !dbg !885
  %8 = load ptr, ptr %rmp, align 4, !dbg !886
  %mp_name = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 10, !dbg !887
  %arraydecay = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !886
  %9 = load i32, ptr %i, align 4, !dbg !888
  %arrayidx1 = getelementptr inbounds [5 x ptr], ptr @boot_names, i32 0, i32 %9, !dbg !889
  %10 = load ptr, ptr %arrayidx1, align 4, !dbg !889
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %10, i32 noundef 16) #4, !dbg !890
  br label %for.inc, !dbg !891

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %i, align 4, !dbg !892
  %inc = add nsw i32 %11, 1, !dbg !892
  store i32 %inc, ptr %i, align 4, !dbg !892
  br label %for.cond, !dbg !893, !llvm.loop !894

for.end:                                          ; preds = %for.cond
  store ptr getelementptr inbounds ([32 x %struct.mproc], ptr @mproc, i32 0, i32 5), ptr %rmp, align 4, !dbg !897
  %12 = load ptr, ptr %rmp, align 4, !dbg !898
  %mp_endpoint2 = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 0, !dbg !899
  store i32 37, ptr %mp_endpoint2, align 4, !dbg !900
  %13 = load ptr, ptr %rmp, align 4, !dbg !901
  %mp_pid3 = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 1, !dbg !902
  store i32 1, ptr %mp_pid3, align 4, !dbg !903
  %14 = load ptr, ptr %rmp, align 4, !dbg !904
  %mp_parent4 = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 2, !dbg !905
  store i32 0, ptr %mp_parent4, align 4, !dbg !906
  %15 = load ptr, ptr %rmp, align 4, !dbg !907
  %mp_flags5 = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 3, !dbg !908
  store i32 1, ptr %mp_flags5, align 4, !dbg !909
  %16 = load ptr, ptr %rmp, align 4, !dbg !910
  %mp_name6 = getelementptr inbounds %struct.mproc, ptr %16, i32 0, i32 10, !dbg !911
  %arraydecay7 = getelementptr inbounds [16 x i8], ptr %mp_name6, i32 0, i32 0, !dbg !910
  %call8 = call i32 @strlcpy(ptr noundef %arraydecay7, ptr noundef @.str.1, i32 noundef 16) #4, !dbg !912
  store i32 6, ptr @procs_in_use, align 4, !dbg !913
  store i32 7, ptr @next_pid, align 4, !dbg !914
  ret void, !dbg !915
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_reboot() #0 !dbg !916 {
entry:
  %retval = alloca i32, align 4
  %how = alloca i32, align 4
    #dbg_declare(ptr %how, !917, !DIExpression(), !918)
  %0 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !919
  store i32 %0, ptr %how, align 4, !dbg !918
  %1 = load i32, ptr @who_p, align 4, !dbg !920
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !922
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 6, !dbg !923
  %2 = load i32, ptr %mp_effuid, align 4, !dbg !923
  %cmp = icmp ne i32 %2, 0, !dbg !924
  br i1 %cmp, label %if.then, label %if.end, !dbg !925

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !926
  br label %return, !dbg !926

if.end:                                           ; preds = %entry
  %3 = load i32, ptr %how, align 4, !dbg !927
  %cmp1 = icmp ne i32 %3, 0, !dbg !929
  br i1 %cmp1, label %land.lhs.true, label %if.end6, !dbg !930

land.lhs.true:                                    ; preds = %if.end
  %4 = load i32, ptr %how, align 4, !dbg !931
  %cmp2 = icmp ne i32 %4, 1, !dbg !932
  br i1 %cmp2, label %land.lhs.true3, label %if.end6, !dbg !933

land.lhs.true3:                                   ; preds = %land.lhs.true
  %5 = load i32, ptr %how, align 4, !dbg !934
  %cmp4 = icmp ne i32 %5, 2, !dbg !935
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !936

if.then5:                                         ; preds = %land.lhs.true3
  store i32 -22, ptr %retval, align 4, !dbg !937
  br label %return, !dbg !937

if.end6:                                          ; preds = %land.lhs.true3, %land.lhs.true, %if.end
  store i32 1, ptr @shutdown_started, align 4, !dbg !938
  %6 = load i32, ptr %how, align 4, !dbg !939
  %call = call i32 @tell_server(i32 noundef 4, i32 noundef 1284, i32 noundef %6) #4, !dbg !940
  %7 = load i32, ptr %how, align 4, !dbg !941
  %call7 = call i32 @tell_server(i32 noundef 1, i32 noundef 1537, i32 noundef %7) #4, !dbg !942
  %8 = load i32, ptr %how, align 4, !dbg !943
  %call8 = call i32 @tell_server(i32 noundef 2, i32 noundef 1537, i32 noundef %8) #4, !dbg !944
  %9 = load i32, ptr %how, align 4, !dbg !945
  %call9 = call i32 @tell_server(i32 noundef 3, i32 noundef 1537, i32 noundef %9) #4, !dbg !946
  %10 = load i32, ptr %how, align 4, !dbg !947
  %call10 = call i32 @sys_abort(i32 noundef %10) #4, !dbg !948
  store i32 -201, ptr %retval, align 4, !dbg !949
  br label %return, !dbg !949

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !950
  ret i32 %11, !dbg !950
}

declare dso_local i32 @sys_abort(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage() #0 !dbg !951 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %vui = alloca %struct.mess_lc_pm_exec, align 4
  %usage = alloca %struct.rusage, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !952, !DIExpression(), !967)
  %0 = load i32, ptr @who_p, align 4, !dbg !968
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !969
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !967
    #dbg_declare(ptr %vui, !970, !DIExpression(), !976)
    #dbg_declare(ptr %usage, !977, !DIExpression(), !984)
    #dbg_declare(ptr %r, !985, !DIExpression(), !986)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !987
  %cmp = icmp ne i32 %1, 0, !dbg !989
  br i1 %cmp, label %if.then, label %if.end, !dbg !990

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !991
  br label %return, !dbg !991

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !992
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 0, !dbg !994
  %3 = load i32, ptr %mp_endpoint, align 4, !dbg !994
  %call = call i32 @vm_info_usage(i32 noundef %3, ptr noundef %vui) #4, !dbg !995
  store i32 %call, ptr %r, align 4, !dbg !996
  %cmp1 = icmp ne i32 %call, 0, !dbg !997
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !998

if.then2:                                         ; preds = %if.end
  %4 = load i32, ptr %r, align 4, !dbg !999
  store i32 %4, ptr %retval, align 4, !dbg !1000
  br label %return, !dbg !1000

if.end3:                                          ; preds = %if.end
  %call4 = call ptr @memset(ptr noundef %usage, i32 noundef 0, i32 noundef 16) #4, !dbg !1001
  %5 = load ptr, ptr %rmp, align 4, !dbg !1002
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 8, !dbg !1003
  %6 = load i32, ptr %mp_utime, align 4, !dbg !1003
  %ru_utime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 0, !dbg !1004
  store i32 %6, ptr %ru_utime, align 4, !dbg !1005
  %7 = load ptr, ptr %rmp, align 4, !dbg !1006
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 9, !dbg !1007
  %8 = load i32, ptr %mp_stime, align 4, !dbg !1007
  %ru_stime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 1, !dbg !1008
  store i32 %8, ptr %ru_stime, align 4, !dbg !1009
  %vui_pages = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 0, !dbg !1010
  %9 = load i32, ptr %vui_pages, align 4, !dbg !1010
  %mul = mul i32 %9, 4096, !dbg !1011
  %ru_maxrss = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 2, !dbg !1012
  store i32 %mul, ptr %ru_maxrss, align 4, !dbg !1013
  %vui_brk = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 1, !dbg !1014
  %10 = load i32, ptr %vui_brk, align 4, !dbg !1014
  %ru_brk = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 3, !dbg !1015
  store i32 %10, ptr %ru_brk, align 4, !dbg !1016
  %11 = ptrtoint ptr %usage to i32, !dbg !1017
  %12 = load i32, ptr @who_e, align 4, !dbg !1018
  %13 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !1019
  %call5 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %11, i32 noundef %12, i32 noundef %13, i32 noundef 16) #4, !dbg !1020
  store i32 %call5, ptr %retval, align 4, !dbg !1021
  br label %return, !dbg !1021

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %14 = load i32, ptr %retval, align 4, !dbg !1022
  ret i32 %14, !dbg !1022
}

declare dso_local i32 @vm_info_usage(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus() #0 !dbg !1023 {
entry:
  %0 = load i32, ptr @procs_in_use, align 4, !dbg !1024
  ret i32 %0, !dbg !1025
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_kill() #0 !dbg !1026 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %target = alloca ptr, align 4
  %pid = alloca i32, align 4
  %sig = alloca i32, align 4
  %slot = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1027, !DIExpression(), !1042)
  %0 = load i32, ptr @who_p, align 4, !dbg !1043
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1044
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1042
    #dbg_declare(ptr %target, !1045, !DIExpression(), !1046)
    #dbg_declare(ptr %pid, !1047, !DIExpression(), !1048)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1049
  store i32 %1, ptr %pid, align 4, !dbg !1048
    #dbg_declare(ptr %sig, !1050, !DIExpression(), !1051)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !1052
  store i32 %2, ptr %sig, align 4, !dbg !1051
    #dbg_declare(ptr %slot, !1053, !DIExpression(), !1054)
  %3 = load i32, ptr %sig, align 4, !dbg !1055
  %cmp = icmp slt i32 %3, 0, !dbg !1057
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !1058

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %sig, align 4, !dbg !1059
  %cmp1 = icmp sge i32 %4, 32, !dbg !1060
  br i1 %cmp1, label %if.then, label %if.end, !dbg !1061

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !1062
  br label %return, !dbg !1062

if.end:                                           ; preds = %lor.lhs.false
  %5 = load i32, ptr %pid, align 4, !dbg !1063
  %call = call i32 @find_proc_by_pid(i32 noundef %5) #4, !dbg !1065
  store i32 %call, ptr %slot, align 4, !dbg !1066
  %cmp2 = icmp slt i32 %call, 0, !dbg !1067
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1068

if.then3:                                         ; preds = %if.end
  store i32 -3, ptr %retval, align 4, !dbg !1069
  br label %return, !dbg !1069

if.end4:                                          ; preds = %if.end
  %6 = load i32, ptr %slot, align 4, !dbg !1070
  %arrayidx5 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !1071
  store ptr %arrayidx5, ptr %target, align 4, !dbg !1072
  %7 = load ptr, ptr %rmp, align 4, !dbg !1073
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 6, !dbg !1075
  %8 = load i32, ptr %mp_effuid, align 4, !dbg !1075
  %cmp6 = icmp ne i32 %8, 0, !dbg !1076
  br i1 %cmp6, label %land.lhs.true, label %if.end10, !dbg !1077

land.lhs.true:                                    ; preds = %if.end4
  %9 = load ptr, ptr %rmp, align 4, !dbg !1078
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !1079
  %10 = load i32, ptr %mp_realuid, align 4, !dbg !1079
  %11 = load ptr, ptr %target, align 4, !dbg !1080
  %mp_realuid7 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 5, !dbg !1081
  %12 = load i32, ptr %mp_realuid7, align 4, !dbg !1081
  %cmp8 = icmp ne i32 %10, %12, !dbg !1082
  br i1 %cmp8, label %if.then9, label %if.end10, !dbg !1083

if.then9:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1084
  br label %return, !dbg !1084

if.end10:                                         ; preds = %land.lhs.true, %if.end4
  %13 = load i32, ptr %sig, align 4, !dbg !1085
  %cmp11 = icmp eq i32 %13, 0, !dbg !1087
  br i1 %cmp11, label %if.then12, label %if.end13, !dbg !1088

if.then12:                                        ; preds = %if.end10
  store i32 0, ptr %retval, align 4, !dbg !1089
  br label %return, !dbg !1089

if.end13:                                         ; preds = %if.end10
  %14 = load i32, ptr %sig, align 4, !dbg !1090
  %cmp14 = icmp eq i32 %14, 9, !dbg !1092
  br i1 %cmp14, label %if.then15, label %if.end18, !dbg !1093

if.then15:                                        ; preds = %if.end13
  %15 = load ptr, ptr %target, align 4, !dbg !1094
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 0, !dbg !1096
  %16 = load i32, ptr %mp_endpoint, align 4, !dbg !1096
  %17 = load i32, ptr %sig, align 4, !dbg !1097
  %call16 = call i32 @sys_kill(i32 noundef %16, i32 noundef %17) #4, !dbg !1098
  %18 = load ptr, ptr %target, align 4, !dbg !1099
  %19 = load i32, ptr %sig, align 4, !dbg !1100
  %add = add nsw i32 128, %19, !dbg !1101
  call void @exit_proc(ptr noundef %18, i32 noundef %add) #4, !dbg !1102
  %20 = load ptr, ptr %target, align 4, !dbg !1103
  %21 = load ptr, ptr %rmp, align 4, !dbg !1104
  %cmp17 = icmp eq ptr %20, %21, !dbg !1105
  %22 = zext i1 %cmp17 to i64, !dbg !1103
  %cond = select i1 %cmp17, i32 -201, i32 0, !dbg !1103
  store i32 %cond, ptr %retval, align 4, !dbg !1106
  br label %return, !dbg !1106

if.end18:                                         ; preds = %if.end13
  %23 = load i32, ptr %sig, align 4, !dbg !1107
  %shl = shl i32 1, %23, !dbg !1107
  %24 = load ptr, ptr %target, align 4, !dbg !1108
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %24, i32 0, i32 7, !dbg !1109
  %25 = load i32, ptr %mp_sigpending, align 4, !dbg !1110
  %or = or i32 %25, %shl, !dbg !1110
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !1110
  %26 = load ptr, ptr %target, align 4, !dbg !1111
  %mp_endpoint19 = getelementptr inbounds %struct.mproc, ptr %26, i32 0, i32 0, !dbg !1112
  %27 = load i32, ptr %mp_endpoint19, align 4, !dbg !1112
  %28 = load i32, ptr %sig, align 4, !dbg !1113
  %call20 = call i32 @sys_kill(i32 noundef %27, i32 noundef %28) #4, !dbg !1114
  store i32 %call20, ptr %retval, align 4, !dbg !1115
  br label %return, !dbg !1115

return:                                           ; preds = %if.end18, %if.then15, %if.then12, %if.then9, %if.then3, %if.then
  %29 = load i32, ptr %retval, align 4, !dbg !1116
  ret i32 %29, !dbg !1116
}

declare dso_local i32 @sys_kill(i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %whom, i32 noundef %result) #0 !dbg !1117 {
entry:
  %whom.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %whom, ptr %whom.addr, align 4
    #dbg_declare(ptr %whom.addr, !1120, !DIExpression(), !1121)
  store i32 %result, ptr %result.addr, align 4
    #dbg_declare(ptr %result.addr, !1122, !DIExpression(), !1123)
    #dbg_declare(ptr %m, !1124, !DIExpression(), !1297)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1298
  %0 = load i32, ptr %result.addr, align 4, !dbg !1299
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1300
  store i32 %0, ptr %m_type, align 4, !dbg !1301
  %1 = load i32, ptr %whom.addr, align 4, !dbg !1302
  %call1 = call i32 @ipc_send(i32 noundef %1, ptr noundef %m) #4, !dbg !1303
  ret void, !dbg !1304
}

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @tell_vfs(ptr noundef %rmp, i32 noundef %type) #0 !dbg !1305 {
entry:
  %rmp.addr = alloca ptr, align 4
  %type.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !1322, !DIExpression(), !1323)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !1324, !DIExpression(), !1325)
    #dbg_declare(ptr %m, !1326, !DIExpression(), !1327)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1328
  %0 = load i32, ptr %type.addr, align 4, !dbg !1329
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1330
  store i32 %0, ptr %m_type, align 4, !dbg !1331
  %1 = load ptr, ptr %rmp.addr, align 4, !dbg !1332
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %1, i32 0, i32 0, !dbg !1333
  %2 = load i32, ptr %mp_endpoint, align 4, !dbg !1333
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1334
  %endpt = getelementptr inbounds %struct.rusage, ptr %m_u, i32 0, i32 0, !dbg !1335
  store i32 %2, ptr %endpt, align 4, !dbg !1336
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !1337
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 2, !dbg !1338
  %4 = load i32, ptr %mp_parent, align 4, !dbg !1338
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !1339
  %mp_endpoint1 = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 0, !dbg !1340
  %5 = load i32, ptr %mp_endpoint1, align 4, !dbg !1340
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1341
  %parent_endpt = getelementptr inbounds %struct.rusage, ptr %m_u2, i32 0, i32 1, !dbg !1342
  store i32 %5, ptr %parent_endpt, align 4, !dbg !1343
  %6 = load ptr, ptr %rmp.addr, align 4, !dbg !1344
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 1, !dbg !1345
  %7 = load i32, ptr %mp_pid, align 4, !dbg !1345
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1346
  %pid = getelementptr inbounds %struct.rusage, ptr %m_u3, i32 0, i32 2, !dbg !1347
  store i32 %7, ptr %pid, align 4, !dbg !1348
  %8 = load ptr, ptr %rmp.addr, align 4, !dbg !1349
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 6, !dbg !1350
  %9 = load i32, ptr %mp_effuid, align 4, !dbg !1350
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1351
  %uid = getelementptr inbounds %struct.rusage, ptr %m_u4, i32 0, i32 3, !dbg !1352
  store i32 %9, ptr %uid, align 4, !dbg !1353
  %call5 = call i32 @asynsend3(i32 noundef 1, ptr noundef %m, i32 noundef 1) #4, !dbg !1354
  %cmp = icmp ne i32 %call5, 0, !dbg !1356
  br i1 %cmp, label %if.then, label %if.end, !dbg !1357

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.20) #5, !dbg !1358
  unreachable, !dbg !1358

if.end:                                           ; preds = %entry
  ret void, !dbg !1359
}

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @tell_server(i32 noundef %endpt, i32 noundef %type, i32 noundef %how) #0 !dbg !1360 {
entry:
  %endpt.addr = alloca i32, align 4
  %type.addr = alloca i32, align 4
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1363, !DIExpression(), !1364)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !1365, !DIExpression(), !1366)
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !1367, !DIExpression(), !1368)
    #dbg_declare(ptr %m, !1369, !DIExpression(), !1370)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !1371
  %0 = load i32, ptr %type.addr, align 4, !dbg !1372
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1373
  store i32 %0, ptr %m_type, align 4, !dbg !1374
  %1 = load i32, ptr %how.addr, align 4, !dbg !1375
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1376
  %how1 = getelementptr inbounds %struct.mess_common_shutdown, ptr %m_u, i32 0, i32 0, !dbg !1377
  store i32 %1, ptr %how1, align 4, !dbg !1378
  %2 = load i32, ptr %endpt.addr, align 4, !dbg !1379
  %call2 = call i32 @_ipc_sendrec.23(i32 noundef %2, ptr noundef %m) #4, !dbg !1380
  ret i32 %call2, !dbg !1381
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec.23(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !1382 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1386, !DIExpression(), !1387)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1388, !DIExpression(), !1389)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !1390
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1391
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1392
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !1390
  ret i32 %call, !dbg !1393
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_slot() #0 !dbg !1394 {
entry:
  %retval = alloca i32, align 4
  %n = alloca i32, align 4
    #dbg_declare(ptr %n, !1395, !DIExpression(), !1396)
  store i32 6, ptr %n, align 4, !dbg !1397
  br label %for.cond, !dbg !1399

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !1400
  %cmp = icmp slt i32 %0, 32, !dbg !1402
  br i1 %cmp, label %for.body, label %for.end, !dbg !1403

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !1404
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1406
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1407
  %2 = load i32, ptr %mp_flags, align 4, !dbg !1407
  %and = and i32 %2, 1, !dbg !1408
  %tobool = icmp ne i32 %and, 0, !dbg !1408
  br i1 %tobool, label %if.end, label %if.then, !dbg !1409

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !1410
  store i32 %3, ptr %retval, align 4, !dbg !1411
  br label %return, !dbg !1411

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !1412

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %n, align 4, !dbg !1413
  %inc = add nsw i32 %4, 1, !dbg !1413
  store i32 %inc, ptr %n, align 4, !dbg !1413
  br label %for.cond, !dbg !1414, !llvm.loop !1415

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !1417
  br label %return, !dbg !1417

return:                                           ; preds = %for.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !1418
  ret i32 %5, !dbg !1418
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_pid() #0 !dbg !1419 {
entry:
  %pid = alloca i32, align 4
  %n = alloca i32, align 4
  %taken = alloca i32, align 4
    #dbg_declare(ptr %pid, !1422, !DIExpression(), !1423)
    #dbg_declare(ptr %n, !1424, !DIExpression(), !1425)
    #dbg_declare(ptr %taken, !1426, !DIExpression(), !1427)
  br label %do.body, !dbg !1428

do.body:                                          ; preds = %do.cond, %entry
  %0 = load i32, ptr @next_pid, align 4, !dbg !1429
  store i32 %0, ptr %pid, align 4, !dbg !1431
  %1 = load i32, ptr @next_pid, align 4, !dbg !1432
  %cmp = icmp slt i32 %1, 30000, !dbg !1433
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !1432

cond.true:                                        ; preds = %do.body
  %2 = load i32, ptr @next_pid, align 4, !dbg !1434
  %add = add nsw i32 %2, 1, !dbg !1435
  br label %cond.end, !dbg !1432

cond.false:                                       ; preds = %do.body
  br label %cond.end, !dbg !1432

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add, %cond.true ], [ 2, %cond.false ], !dbg !1432
  store i32 %cond, ptr @next_pid, align 4, !dbg !1436
  store i32 0, ptr %taken, align 4, !dbg !1437
  store i32 0, ptr %n, align 4, !dbg !1438
  br label %for.cond, !dbg !1440

for.cond:                                         ; preds = %for.inc, %cond.end
  %3 = load i32, ptr %n, align 4, !dbg !1441
  %cmp1 = icmp slt i32 %3, 32, !dbg !1443
  br i1 %cmp1, label %for.body, label %for.end, !dbg !1444

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %n, align 4, !dbg !1445
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !1447
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1448
  %5 = load i32, ptr %mp_flags, align 4, !dbg !1448
  %and = and i32 %5, 1, !dbg !1449
  %tobool = icmp ne i32 %and, 0, !dbg !1449
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !1450

land.lhs.true:                                    ; preds = %for.body
  %6 = load i32, ptr %n, align 4, !dbg !1451
  %arrayidx2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !1452
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx2, i32 0, i32 1, !dbg !1453
  %7 = load i32, ptr %mp_pid, align 4, !dbg !1453
  %8 = load i32, ptr %pid, align 4, !dbg !1454
  %cmp3 = icmp eq i32 %7, %8, !dbg !1455
  br i1 %cmp3, label %if.then, label %if.end, !dbg !1456

if.then:                                          ; preds = %land.lhs.true
  store i32 1, ptr %taken, align 4, !dbg !1457
  br label %if.end, !dbg !1458

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !1454

for.inc:                                          ; preds = %if.end
  %9 = load i32, ptr %n, align 4, !dbg !1459
  %inc = add nsw i32 %9, 1, !dbg !1459
  store i32 %inc, ptr %n, align 4, !dbg !1459
  br label %for.cond, !dbg !1460, !llvm.loop !1461

for.end:                                          ; preds = %for.cond
  br label %do.cond, !dbg !1463

do.cond:                                          ; preds = %for.end
  %10 = load i32, ptr %taken, align 4, !dbg !1464
  %tobool4 = icmp ne i32 %10, 0, !dbg !1463
  br i1 %tobool4, label %do.body, label %do.end, !dbg !1463, !llvm.loop !1465

do.end:                                           ; preds = %do.cond
  %11 = load i32, ptr %pid, align 4, !dbg !1467
  ret i32 %11, !dbg !1468
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_proc_by_pid(i32 noundef %pid) #0 !dbg !1469 {
entry:
  %retval = alloca i32, align 4
  %pid.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %pid, ptr %pid.addr, align 4
    #dbg_declare(ptr %pid.addr, !1472, !DIExpression(), !1473)
    #dbg_declare(ptr %n, !1474, !DIExpression(), !1475)
  store i32 0, ptr %n, align 4, !dbg !1476
  br label %for.cond, !dbg !1478

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !1479
  %cmp = icmp slt i32 %0, 32, !dbg !1481
  br i1 %cmp, label %for.body, label %for.end, !dbg !1482

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !1483
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1485
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !1486
  %2 = load i32, ptr %mp_flags, align 4, !dbg !1486
  %and = and i32 %2, 1, !dbg !1487
  %tobool = icmp ne i32 %and, 0, !dbg !1487
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !1488

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !1489
  %arrayidx1 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3, !dbg !1490
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx1, i32 0, i32 1, !dbg !1491
  %4 = load i32, ptr %mp_pid, align 4, !dbg !1491
  %5 = load i32, ptr %pid.addr, align 4, !dbg !1492
  %cmp2 = icmp eq i32 %4, %5, !dbg !1493
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1494

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %n, align 4, !dbg !1495
  store i32 %6, ptr %retval, align 4, !dbg !1496
  br label %return, !dbg !1496

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !1492

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %n, align 4, !dbg !1497
  %inc = add nsw i32 %7, 1, !dbg !1497
  store i32 %inc, ptr %n, align 4, !dbg !1497
  br label %for.cond, !dbg !1498, !llvm.loop !1499

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !1501
  br label %return, !dbg !1501

return:                                           ; preds = %for.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !1502
  ret i32 %8, !dbg !1502
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!288, !291, !293, !12, !295, !297, !272, !299}
!llvm.ident = !{!301, !301, !301, !301, !301, !301, !301, !301}
!llvm.module.flags = !{!302, !303, !304, !305, !306}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 58, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/pm/forkexit.c", directory: ".", checksumkind: CSK_MD5, checksum: "4f0fc66c2ce1837855a319c2cb0bd21c")
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
!221 = !DIFile(filename: "servers/pm/pm.h", directory: ".", checksumkind: CSK_MD5, checksum: "3cb6552f2cb2bae953c08158375d662b")
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
!294 = !DIFile(filename: "servers/pm/getset.c", directory: ".", checksumkind: CSK_MD5, checksum: "4aa1a853d132e04ed512a63b5be7328d")
!295 = distinct !DICompileUnit(language: DW_LANG_C11, file: !296, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !290, splitDebugInlining: false, nameTableKind: None)
!296 = !DIFile(filename: "servers/pm/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "23bbeb27366d69e8e005576562a5c93b")
!297 = distinct !DICompileUnit(language: DW_LANG_C11, file: !298, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!298 = !DIFile(filename: "servers/pm/signal.c", directory: ".", checksumkind: CSK_MD5, checksum: "8facf75069c5a92c12435d3693ad9abb")
!299 = distinct !DICompileUnit(language: DW_LANG_C11, file: !284, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !300, splitDebugInlining: false, nameTableKind: None)
!300 = !{!282}
!301 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!302 = !{i32 1, !"NumRegisterParameters", i32 0}
!303 = !{i32 7, !"Dwarf Version", i32 5}
!304 = !{i32 2, !"Debug Info Version", i32 3}
!305 = !{i32 1, !"wchar_size", i32 4}
!306 = !{i32 7, !"frame-pointer", i32 2}
!307 = distinct !DISubprogram(name: "do_exec", scope: !289, file: !289, line: 10, type: !278, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !288, retainedNodes: !308)
!308 = !{}
!309 = !DILocalVariable(name: "rmp", scope: !307, file: !289, line: 12, type: !310)
!310 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !311, size: 32)
!311 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !312)
!312 = !{!313, !314, !315, !316, !317, !318, !319, !320, !321, !322, !323}
!313 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !311, file: !221, line: 11, baseType: !24, size: 32)
!314 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !311, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !311, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !311, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !311, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !311, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !311, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !311, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !311, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !311, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !311, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!324 = !DILocation(line: 12, column: 16, scope: !307)
!325 = !DILocation(line: 12, column: 29, scope: !307)
!326 = !DILocation(line: 12, column: 23, scope: !307)
!327 = !DILocalVariable(name: "name_addr", scope: !307, file: !289, line: 13, type: !41)
!328 = !DILocation(line: 13, column: 12, scope: !307)
!329 = !DILocation(line: 13, column: 46, scope: !307)
!330 = !DILocalVariable(name: "len", scope: !307, file: !289, line: 14, type: !44)
!331 = !DILocation(line: 14, column: 9, scope: !307)
!332 = !DILocation(line: 14, column: 37, scope: !307)
!333 = !DILocalVariable(name: "path", scope: !307, file: !289, line: 15, type: !334)
!334 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !335)
!335 = !{!336}
!336 = !DISubrange(count: 15)
!337 = !DILocation(line: 15, column: 7, scope: !307)
!338 = !DILocalVariable(name: "m", scope: !307, file: !289, line: 16, type: !339)
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 97, baseType: !340)
!340 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 65, size: 512, elements: !341)
!341 = !{!342, !343, !344}
!342 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !340, file: !20, line: 66, baseType: !24, size: 32)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !340, file: !20, line: 67, baseType: !26, size: 32, offset: 32)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !340, file: !20, line: 96, baseType: !345, size: 448, offset: 64)
!345 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !340, file: !20, line: 68, size: 448, elements: !346)
!346 = !{!347, !352, !358, !364, !369, !374, !380, !388, !395, !403, !408, !415, !422, !427, !434, !439, !446, !453, !458, !464, !471, !478, !483, !490, !496, !505, !510}
!347 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !345, file: !20, line: 69, baseType: !348, size: 32)
!348 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !349)
!349 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !350)
!350 = !{!351}
!351 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !349, file: !20, line: 15, baseType: !26, size: 32)
!352 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !345, file: !20, line: 70, baseType: !353, size: 64)
!353 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !354)
!354 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !355)
!355 = !{!356, !357}
!356 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !354, file: !20, line: 16, baseType: !41, size: 32)
!357 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !354, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!358 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !345, file: !20, line: 71, baseType: !359, size: 64)
!359 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !360)
!360 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !361)
!361 = !{!362, !363}
!362 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !360, file: !20, line: 17, baseType: !50, size: 32)
!363 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !360, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!364 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !345, file: !20, line: 72, baseType: !365, size: 32)
!365 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !366)
!366 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !367)
!367 = !{!368}
!368 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !366, file: !20, line: 18, baseType: !57, size: 32)
!369 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !345, file: !20, line: 73, baseType: !370, size: 32)
!370 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !371)
!371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !372)
!372 = !{!373}
!373 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !371, file: !20, line: 19, baseType: !26, size: 32)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !345, file: !20, line: 74, baseType: !375, size: 64)
!375 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !376)
!376 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !377)
!377 = !{!378, !379}
!378 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !376, file: !20, line: 20, baseType: !26, size: 32)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !376, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!380 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !345, file: !20, line: 75, baseType: !381, size: 128)
!381 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !382)
!382 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !383)
!383 = !{!384, !385, !386, !387}
!384 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !382, file: !20, line: 24, baseType: !24, size: 32)
!385 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !382, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!386 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !382, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!387 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !382, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!388 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !345, file: !20, line: 76, baseType: !389, size: 96)
!389 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !390)
!390 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !391)
!391 = !{!392, !393, !394}
!392 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !390, file: !20, line: 29, baseType: !24, size: 32)
!393 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !390, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!394 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !390, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !345, file: !20, line: 77, baseType: !396, size: 128)
!396 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !397)
!397 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !398)
!398 = !{!399, !400, !401, !402}
!399 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !397, file: !20, line: 32, baseType: !41, size: 32)
!400 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !397, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!401 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !397, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !397, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !345, file: !20, line: 78, baseType: !404, size: 32)
!404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !405)
!405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !406)
!406 = !{!407}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !405, file: !20, line: 33, baseType: !26, size: 32)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !345, file: !20, line: 79, baseType: !409, size: 96)
!409 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !410)
!410 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !411)
!411 = !{!412, !413, !414}
!412 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !410, file: !20, line: 34, baseType: !26, size: 32)
!413 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !410, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !410, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!415 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !345, file: !20, line: 80, baseType: !416, size: 96)
!416 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !417)
!417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !418)
!418 = !{!419, !420, !421}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !417, file: !20, line: 35, baseType: !26, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !417, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!421 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !417, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !345, file: !20, line: 81, baseType: !423, size: 16)
!423 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !424)
!424 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !425)
!425 = !{!426}
!426 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !424, file: !20, line: 36, baseType: !92, size: 16)
!427 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !345, file: !20, line: 82, baseType: !428, size: 96)
!428 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !429)
!429 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !430)
!430 = !{!431, !432, !433}
!431 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !429, file: !20, line: 39, baseType: !24, size: 32)
!432 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !429, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!433 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !429, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !345, file: !20, line: 83, baseType: !435, size: 32)
!435 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !436)
!436 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !437)
!437 = !{!438}
!438 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !436, file: !20, line: 40, baseType: !24, size: 32)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !345, file: !20, line: 84, baseType: !440, size: 96)
!440 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !441)
!441 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !442)
!442 = !{!443, !444, !445}
!443 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !441, file: !20, line: 41, baseType: !24, size: 32)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !441, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !441, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !345, file: !20, line: 85, baseType: !447, size: 96)
!447 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !448)
!448 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !449)
!449 = !{!450, !451, !452}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !448, file: !20, line: 42, baseType: !24, size: 32)
!451 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !448, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!452 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !448, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!453 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !345, file: !20, line: 86, baseType: !454, size: 32)
!454 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !455)
!455 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !456)
!456 = !{!457}
!457 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !455, file: !20, line: 45, baseType: !41, size: 32)
!458 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !345, file: !20, line: 87, baseType: !459, size: 64)
!459 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !460)
!460 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !461)
!461 = !{!462, !463}
!462 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !460, file: !20, line: 46, baseType: !44, size: 32)
!463 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !460, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !345, file: !20, line: 88, baseType: !465, size: 192)
!465 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !466)
!466 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !467)
!467 = !{!468, !469, !470}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !466, file: !20, line: 49, baseType: !163, size: 128)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !466, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !466, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !345, file: !20, line: 89, baseType: !472, size: 192)
!472 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !473)
!473 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !474)
!474 = !{!475, !476, !477}
!475 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !473, file: !20, line: 50, baseType: !163, size: 128)
!476 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !473, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!477 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !473, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !345, file: !20, line: 90, baseType: !479, size: 32)
!479 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 53, baseType: !480)
!480 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 32, elements: !481)
!481 = !{!482}
!482 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !480, file: !20, line: 53, baseType: !26, size: 32)
!483 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !345, file: !20, line: 91, baseType: !484, size: 96)
!484 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 56, baseType: !485)
!485 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 56, size: 96, elements: !486)
!486 = !{!487, !488, !489}
!487 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !485, file: !20, line: 56, baseType: !24, size: 32)
!488 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !485, file: !20, line: 56, baseType: !26, size: 32, offset: 32)
!489 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !485, file: !20, line: 56, baseType: !24, size: 32, offset: 64)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !345, file: !20, line: 92, baseType: !491, size: 64)
!491 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 57, baseType: !492)
!492 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 64, elements: !493)
!493 = !{!494, !495}
!494 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !492, file: !20, line: 57, baseType: !24, size: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !492, file: !20, line: 57, baseType: !26, size: 32, offset: 32)
!496 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !345, file: !20, line: 93, baseType: !497, size: 160)
!497 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 62, baseType: !498)
!498 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 58, size: 160, elements: !499)
!499 = !{!500, !501, !502, !503, !504}
!500 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !498, file: !20, line: 59, baseType: !24, size: 32)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !498, file: !20, line: 59, baseType: !41, size: 32, offset: 32)
!502 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !498, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!503 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !498, file: !20, line: 60, baseType: !41, size: 32, offset: 96)
!504 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !498, file: !20, line: 61, baseType: !44, size: 32, offset: 128)
!505 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !345, file: !20, line: 94, baseType: !506, size: 32)
!506 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 63, baseType: !507)
!507 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 63, size: 32, elements: !508)
!508 = !{!509}
!509 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !507, file: !20, line: 63, baseType: !26, size: 32)
!510 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !345, file: !20, line: 95, baseType: !208, size: 448)
!511 = !DILocation(line: 16, column: 10, scope: !307)
!512 = !DILocalVariable(name: "r", scope: !307, file: !289, line: 17, type: !26)
!513 = !DILocation(line: 17, column: 6, scope: !307)
!514 = !DILocation(line: 19, column: 6, scope: !515)
!515 = distinct !DILexicalBlock(scope: !307, file: !289, line: 19, column: 6)
!516 = !DILocation(line: 19, column: 10, scope: !515)
!517 = !DILocation(line: 19, column: 15, scope: !515)
!518 = !DILocation(line: 19, column: 18, scope: !515)
!519 = !DILocation(line: 19, column: 22, scope: !515)
!520 = !DILocation(line: 19, column: 6, scope: !307)
!521 = !DILocation(line: 20, column: 3, scope: !515)
!522 = !DILocation(line: 22, column: 2, scope: !307)
!523 = !DILocation(line: 23, column: 4, scope: !307)
!524 = !DILocation(line: 23, column: 11, scope: !307)
!525 = !DILocation(line: 24, column: 30, scope: !307)
!526 = !DILocation(line: 24, column: 35, scope: !307)
!527 = !DILocation(line: 24, column: 4, scope: !307)
!528 = !DILocation(line: 24, column: 22, scope: !307)
!529 = !DILocation(line: 24, column: 28, scope: !307)
!530 = !DILocation(line: 25, column: 29, scope: !307)
!531 = !DILocation(line: 25, column: 4, scope: !307)
!532 = !DILocation(line: 25, column: 22, scope: !307)
!533 = !DILocation(line: 25, column: 27, scope: !307)
!534 = !DILocation(line: 26, column: 32, scope: !307)
!535 = !DILocation(line: 26, column: 4, scope: !307)
!536 = !DILocation(line: 26, column: 22, scope: !307)
!537 = !DILocation(line: 26, column: 30, scope: !307)
!538 = !DILocation(line: 27, column: 11, scope: !539)
!539 = distinct !DILexicalBlock(scope: !307, file: !289, line: 27, column: 6)
!540 = !DILocation(line: 27, column: 9, scope: !539)
!541 = !DILocation(line: 27, column: 42, scope: !539)
!542 = !DILocation(line: 27, column: 6, scope: !307)
!543 = !DILocation(line: 28, column: 10, scope: !539)
!544 = !DILocation(line: 28, column: 3, scope: !539)
!545 = !DILocation(line: 29, column: 8, scope: !546)
!546 = distinct !DILexicalBlock(scope: !307, file: !289, line: 29, column: 6)
!547 = !DILocation(line: 29, column: 15, scope: !546)
!548 = !DILocation(line: 29, column: 6, scope: !307)
!549 = !DILocation(line: 30, column: 12, scope: !546)
!550 = !DILocation(line: 30, column: 3, scope: !546)
!551 = !DILocation(line: 33, column: 24, scope: !552)
!552 = distinct !DILexicalBlock(scope: !307, file: !289, line: 33, column: 6)
!553 = !DILocation(line: 33, column: 31, scope: !552)
!554 = !DILocation(line: 33, column: 60, scope: !552)
!555 = !DILocation(line: 33, column: 48, scope: !552)
!556 = !DILocation(line: 33, column: 66, scope: !552)
!557 = !DILocation(line: 33, column: 11, scope: !552)
!558 = !DILocation(line: 33, column: 9, scope: !552)
!559 = !DILocation(line: 33, column: 72, scope: !552)
!560 = !DILocation(line: 33, column: 6, scope: !307)
!561 = !DILocation(line: 34, column: 10, scope: !552)
!562 = !DILocation(line: 34, column: 3, scope: !552)
!563 = !DILocation(line: 35, column: 7, scope: !307)
!564 = !DILocation(line: 35, column: 2, scope: !307)
!565 = !DILocation(line: 35, column: 12, scope: !307)
!566 = !DILocation(line: 36, column: 10, scope: !307)
!567 = !DILocation(line: 36, column: 15, scope: !307)
!568 = !DILocation(line: 36, column: 24, scope: !307)
!569 = !DILocation(line: 36, column: 2, scope: !307)
!570 = !DILocation(line: 37, column: 2, scope: !307)
!571 = !DILocation(line: 37, column: 7, scope: !307)
!572 = !DILocation(line: 37, column: 21, scope: !307)
!573 = !DILocation(line: 38, column: 2, scope: !307)
!574 = !DILocation(line: 39, column: 1, scope: !307)
!575 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !576, file: !576, line: 33, type: !577, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !288, retainedNodes: !308)
!576 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "0ff3fcea959a2627c9ef16ca3007871c")
!577 = !DISubroutineType(types: !578)
!578 = !{!26, !24, !579}
!579 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !339, size: 32)
!580 = !DILocalVariable(name: "dst", arg: 1, scope: !575, file: !576, line: 33, type: !24)
!581 = !DILocation(line: 33, column: 43, scope: !575)
!582 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !575, file: !576, line: 33, type: !579)
!583 = !DILocation(line: 33, column: 57, scope: !575)
!584 = !DILocation(line: 35, column: 9, scope: !575)
!585 = !DILocation(line: 35, column: 42, scope: !575)
!586 = !DILocation(line: 35, column: 47, scope: !575)
!587 = !DILocation(line: 35, column: 2, scope: !575)
!588 = distinct !DISubprogram(name: "do_fork", scope: !2, file: !2, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !291, retainedNodes: !308)
!589 = !DILocalVariable(name: "rmp", scope: !588, file: !2, line: 6, type: !590)
!590 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !591, size: 32)
!591 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !592)
!592 = !{!593, !594, !595, !596, !597, !598, !599, !600, !601, !602, !603}
!593 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !591, file: !221, line: 11, baseType: !24, size: 32)
!594 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !591, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!595 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !591, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!596 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !591, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!597 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !591, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!598 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !591, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!599 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !591, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!600 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !591, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!601 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !591, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!602 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !591, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!603 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !591, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!604 = !DILocation(line: 6, column: 16, scope: !588)
!605 = !DILocation(line: 6, column: 29, scope: !588)
!606 = !DILocation(line: 6, column: 23, scope: !588)
!607 = !DILocalVariable(name: "rmc", scope: !588, file: !2, line: 7, type: !590)
!608 = !DILocation(line: 7, column: 16, scope: !588)
!609 = !DILocalVariable(name: "new_pid", scope: !588, file: !2, line: 8, type: !50)
!610 = !DILocation(line: 8, column: 8, scope: !588)
!611 = !DILocalVariable(name: "n", scope: !588, file: !2, line: 9, type: !26)
!612 = !DILocation(line: 9, column: 6, scope: !588)
!613 = !DILocalVariable(name: "r", scope: !588, file: !2, line: 9, type: !26)
!614 = !DILocation(line: 9, column: 9, scope: !588)
!615 = !DILocation(line: 11, column: 6, scope: !616)
!616 = distinct !DILexicalBlock(scope: !588, file: !2, line: 11, column: 6)
!617 = !DILocation(line: 11, column: 19, scope: !616)
!618 = !DILocation(line: 11, column: 42, scope: !616)
!619 = !DILocation(line: 11, column: 45, scope: !616)
!620 = !DILocation(line: 11, column: 50, scope: !616)
!621 = !DILocation(line: 11, column: 60, scope: !616)
!622 = !DILocation(line: 11, column: 6, scope: !588)
!623 = !DILocation(line: 12, column: 3, scope: !616)
!624 = !DILocation(line: 13, column: 11, scope: !625)
!625 = distinct !DILexicalBlock(scope: !588, file: !2, line: 13, column: 6)
!626 = !DILocation(line: 13, column: 9, scope: !625)
!627 = !DILocation(line: 13, column: 28, scope: !625)
!628 = !DILocation(line: 13, column: 6, scope: !588)
!629 = !DILocation(line: 14, column: 3, scope: !625)
!630 = !DILocation(line: 15, column: 12, scope: !588)
!631 = !DILocation(line: 15, column: 10, scope: !588)
!632 = !DILocation(line: 18, column: 15, scope: !588)
!633 = !DILocation(line: 18, column: 9, scope: !588)
!634 = !DILocation(line: 18, column: 6, scope: !588)
!635 = !DILocation(line: 19, column: 3, scope: !588)
!636 = !DILocation(line: 19, column: 10, scope: !588)
!637 = !DILocation(line: 19, column: 9, scope: !588)
!638 = !DILocation(line: 20, column: 19, scope: !588)
!639 = !DILocation(line: 20, column: 2, scope: !588)
!640 = !DILocation(line: 20, column: 7, scope: !588)
!641 = !DILocation(line: 20, column: 17, scope: !588)
!642 = !DILocation(line: 21, column: 16, scope: !588)
!643 = !DILocation(line: 21, column: 2, scope: !588)
!644 = !DILocation(line: 21, column: 7, scope: !588)
!645 = !DILocation(line: 21, column: 14, scope: !588)
!646 = !DILocation(line: 22, column: 2, scope: !588)
!647 = !DILocation(line: 22, column: 7, scope: !588)
!648 = !DILocation(line: 22, column: 21, scope: !588)
!649 = !DILocation(line: 23, column: 2, scope: !588)
!650 = !DILocation(line: 23, column: 7, scope: !588)
!651 = !DILocation(line: 23, column: 16, scope: !588)
!652 = !DILocation(line: 24, column: 2, scope: !588)
!653 = !DILocation(line: 24, column: 7, scope: !588)
!654 = !DILocation(line: 24, column: 16, scope: !588)
!655 = !DILocation(line: 28, column: 19, scope: !656)
!656 = distinct !DILexicalBlock(scope: !588, file: !2, line: 28, column: 6)
!657 = !DILocation(line: 28, column: 24, scope: !656)
!658 = !DILocation(line: 28, column: 37, scope: !656)
!659 = !DILocation(line: 28, column: 41, scope: !656)
!660 = !DILocation(line: 28, column: 46, scope: !656)
!661 = !DILocation(line: 28, column: 11, scope: !656)
!662 = !DILocation(line: 28, column: 9, scope: !656)
!663 = !DILocation(line: 28, column: 60, scope: !656)
!664 = !DILocation(line: 28, column: 6, scope: !588)
!665 = !DILocation(line: 29, column: 3, scope: !666)
!666 = distinct !DILexicalBlock(scope: !656, file: !2, line: 28, column: 67)
!667 = !DILocation(line: 29, column: 8, scope: !666)
!668 = !DILocation(line: 29, column: 17, scope: !666)
!669 = !DILocation(line: 30, column: 10, scope: !666)
!670 = !DILocation(line: 30, column: 3, scope: !666)
!671 = !DILocation(line: 32, column: 14, scope: !588)
!672 = !DILocation(line: 35, column: 11, scope: !588)
!673 = !DILocation(line: 35, column: 2, scope: !588)
!674 = !DILocation(line: 37, column: 8, scope: !588)
!675 = !DILocation(line: 37, column: 13, scope: !588)
!676 = !DILocation(line: 37, column: 2, scope: !588)
!677 = !DILocation(line: 38, column: 9, scope: !588)
!678 = !DILocation(line: 38, column: 2, scope: !588)
!679 = !DILocation(line: 39, column: 1, scope: !588)
!680 = distinct !DISubprogram(name: "do_exit", scope: !2, file: !2, line: 41, type: !278, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !291)
!681 = !DILocation(line: 43, column: 19, scope: !680)
!682 = !DILocation(line: 43, column: 13, scope: !680)
!683 = !DILocation(line: 43, column: 49, scope: !680)
!684 = !DILocation(line: 43, column: 2, scope: !680)
!685 = !DILocation(line: 44, column: 2, scope: !680)
!686 = distinct !DISubprogram(name: "exit_proc", scope: !2, file: !2, line: 48, type: !687, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !291, retainedNodes: !308)
!687 = !DISubroutineType(types: !688)
!688 = !{null, !590, !26}
!689 = !DILocalVariable(name: "rmp", arg: 1, scope: !686, file: !2, line: 48, type: !590)
!690 = !DILocation(line: 48, column: 30, scope: !686)
!691 = !DILocalVariable(name: "exit_status", arg: 2, scope: !686, file: !2, line: 48, type: !26)
!692 = !DILocation(line: 48, column: 39, scope: !686)
!693 = !DILocalVariable(name: "parent", scope: !686, file: !2, line: 50, type: !590)
!694 = !DILocation(line: 50, column: 16, scope: !686)
!695 = !DILocation(line: 52, column: 8, scope: !696)
!696 = distinct !DILexicalBlock(scope: !686, file: !2, line: 52, column: 6)
!697 = !DILocation(line: 52, column: 13, scope: !696)
!698 = !DILocation(line: 52, column: 22, scope: !696)
!699 = !DILocation(line: 52, column: 6, scope: !686)
!700 = !DILocation(line: 53, column: 3, scope: !696)
!701 = !DILocation(line: 54, column: 23, scope: !686)
!702 = !DILocation(line: 54, column: 2, scope: !686)
!703 = !DILocation(line: 54, column: 7, scope: !686)
!704 = !DILocation(line: 54, column: 21, scope: !686)
!705 = !DILocation(line: 56, column: 11, scope: !686)
!706 = !DILocation(line: 56, column: 2, scope: !686)
!707 = !DILocation(line: 57, column: 14, scope: !708)
!708 = distinct !DILexicalBlock(scope: !686, file: !2, line: 57, column: 6)
!709 = !DILocation(line: 57, column: 19, scope: !708)
!710 = !DILocation(line: 57, column: 6, scope: !708)
!711 = !DILocation(line: 57, column: 32, scope: !708)
!712 = !DILocation(line: 57, column: 6, scope: !686)
!713 = !DILocation(line: 58, column: 3, scope: !708)
!714 = !DILocation(line: 60, column: 18, scope: !686)
!715 = !DILocation(line: 60, column: 23, scope: !686)
!716 = !DILocation(line: 60, column: 12, scope: !686)
!717 = !DILocation(line: 60, column: 9, scope: !686)
!718 = !DILocation(line: 61, column: 2, scope: !686)
!719 = !DILocation(line: 61, column: 10, scope: !686)
!720 = !DILocation(line: 61, column: 24, scope: !686)
!721 = !DILocation(line: 62, column: 2, scope: !686)
!722 = !DILocation(line: 62, column: 7, scope: !686)
!723 = !DILocation(line: 62, column: 16, scope: !686)
!724 = !DILocation(line: 63, column: 14, scope: !686)
!725 = !DILocation(line: 64, column: 1, scope: !686)
!726 = distinct !DISubprogram(name: "do_getpid", scope: !294, file: !294, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !293)
!727 = !DILocation(line: 6, column: 15, scope: !726)
!728 = !DILocation(line: 6, column: 9, scope: !726)
!729 = !DILocation(line: 6, column: 22, scope: !726)
!730 = !DILocation(line: 6, column: 2, scope: !726)
!731 = distinct !DISubprogram(name: "do_getuid", scope: !294, file: !294, line: 9, type: !278, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !293)
!732 = !DILocation(line: 11, column: 15, scope: !731)
!733 = !DILocation(line: 11, column: 9, scope: !731)
!734 = !DILocation(line: 11, column: 22, scope: !731)
!735 = !DILocation(line: 11, column: 2, scope: !731)
!736 = distinct !DISubprogram(name: "do_setuid", scope: !294, file: !294, line: 14, type: !278, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !293, retainedNodes: !308)
!737 = !DILocalVariable(name: "rmp", scope: !736, file: !294, line: 16, type: !738)
!738 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !739, size: 32)
!739 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !740)
!740 = !{!741, !742, !743, !744, !745, !746, !747, !748, !749, !750, !751}
!741 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !739, file: !221, line: 11, baseType: !24, size: 32)
!742 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !739, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!743 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !739, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!744 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !739, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!745 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !739, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!746 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !739, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!747 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !739, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!748 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !739, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !739, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!750 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !739, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!751 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !739, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!752 = !DILocation(line: 16, column: 16, scope: !736)
!753 = !DILocation(line: 16, column: 29, scope: !736)
!754 = !DILocation(line: 16, column: 23, scope: !736)
!755 = !DILocalVariable(name: "uid", scope: !736, file: !294, line: 17, type: !57)
!756 = !DILocation(line: 17, column: 8, scope: !736)
!757 = !DILocation(line: 17, column: 38, scope: !736)
!758 = !DILocation(line: 19, column: 6, scope: !759)
!759 = distinct !DILexicalBlock(scope: !736, file: !294, line: 19, column: 6)
!760 = !DILocation(line: 19, column: 10, scope: !759)
!761 = !DILocation(line: 19, column: 6, scope: !736)
!762 = !DILocation(line: 20, column: 3, scope: !759)
!763 = !DILocation(line: 21, column: 6, scope: !764)
!764 = distinct !DILexicalBlock(scope: !736, file: !294, line: 21, column: 6)
!765 = !DILocation(line: 21, column: 11, scope: !764)
!766 = !DILocation(line: 21, column: 25, scope: !764)
!767 = !DILocation(line: 21, column: 22, scope: !764)
!768 = !DILocation(line: 21, column: 29, scope: !764)
!769 = !DILocation(line: 21, column: 32, scope: !764)
!770 = !DILocation(line: 21, column: 37, scope: !764)
!771 = !DILocation(line: 21, column: 47, scope: !764)
!772 = !DILocation(line: 21, column: 6, scope: !736)
!773 = !DILocation(line: 22, column: 3, scope: !764)
!774 = !DILocation(line: 23, column: 20, scope: !736)
!775 = !DILocation(line: 23, column: 2, scope: !736)
!776 = !DILocation(line: 23, column: 7, scope: !736)
!777 = !DILocation(line: 23, column: 18, scope: !736)
!778 = !DILocation(line: 24, column: 19, scope: !736)
!779 = !DILocation(line: 24, column: 2, scope: !736)
!780 = !DILocation(line: 24, column: 7, scope: !736)
!781 = !DILocation(line: 24, column: 17, scope: !736)
!782 = !DILocation(line: 27, column: 11, scope: !736)
!783 = !DILocation(line: 27, column: 2, scope: !736)
!784 = !DILocation(line: 28, column: 2, scope: !736)
!785 = !DILocation(line: 29, column: 1, scope: !736)
!786 = distinct !DISubprogram(name: "main", scope: !9, file: !9, line: 45, type: !278, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !308)
!787 = !DILocalVariable(name: "ipc_status", scope: !786, file: !9, line: 47, type: !26)
!788 = !DILocation(line: 47, column: 6, scope: !786)
!789 = !DILocalVariable(name: "result", scope: !786, file: !9, line: 47, type: !26)
!790 = !DILocation(line: 47, column: 18, scope: !786)
!791 = !DILocalVariable(name: "call_index", scope: !786, file: !9, line: 48, type: !14)
!792 = !DILocation(line: 48, column: 15, scope: !786)
!793 = !DILocation(line: 50, column: 2, scope: !786)
!794 = !DILocation(line: 51, column: 2, scope: !786)
!795 = !DILocation(line: 52, column: 7, scope: !796)
!796 = distinct !DILexicalBlock(scope: !797, file: !9, line: 52, column: 7)
!797 = distinct !DILexicalBlock(scope: !798, file: !9, line: 51, column: 11)
!798 = distinct !DILexicalBlock(scope: !799, file: !9, line: 51, column: 2)
!799 = distinct !DILexicalBlock(scope: !786, file: !9, line: 51, column: 2)
!800 = !DILocation(line: 52, column: 51, scope: !796)
!801 = !DILocation(line: 52, column: 7, scope: !797)
!802 = !DILocation(line: 53, column: 4, scope: !796)
!803 = !DILocation(line: 54, column: 16, scope: !797)
!804 = !DILocation(line: 54, column: 9, scope: !797)
!805 = !DILocation(line: 55, column: 11, scope: !797)
!806 = !DILocation(line: 55, column: 9, scope: !797)
!807 = !DILocation(line: 56, column: 18, scope: !797)
!808 = !DILocation(line: 56, column: 11, scope: !797)
!809 = !DILocation(line: 58, column: 7, scope: !810)
!810 = distinct !DILexicalBlock(scope: !797, file: !9, line: 58, column: 7)
!811 = !DILocation(line: 58, column: 15, scope: !810)
!812 = !DILocation(line: 58, column: 7, scope: !797)
!813 = !DILocation(line: 59, column: 13, scope: !814)
!814 = distinct !DILexicalBlock(scope: !810, file: !9, line: 58, column: 36)
!815 = !DILocation(line: 59, column: 11, scope: !814)
!816 = !DILocation(line: 60, column: 3, scope: !814)
!817 = !DILocation(line: 60, column: 14, scope: !818)
!818 = distinct !DILexicalBlock(scope: !810, file: !9, line: 60, column: 14)
!819 = !DILocation(line: 60, column: 14, scope: !810)
!820 = !DILocation(line: 61, column: 33, scope: !821)
!821 = distinct !DILexicalBlock(scope: !818, file: !9, line: 60, column: 35)
!822 = !DILocation(line: 61, column: 41, scope: !821)
!823 = !DILocation(line: 61, column: 15, scope: !821)
!824 = !DILocation(line: 62, column: 8, scope: !825)
!825 = distinct !DILexicalBlock(scope: !821, file: !9, line: 62, column: 8)
!826 = !DILocation(line: 62, column: 19, scope: !825)
!827 = !DILocation(line: 62, column: 33, scope: !825)
!828 = !DILocation(line: 62, column: 45, scope: !825)
!829 = !DILocation(line: 62, column: 36, scope: !825)
!830 = !DILocation(line: 62, column: 57, scope: !825)
!831 = !DILocation(line: 62, column: 8, scope: !821)
!832 = !DILocation(line: 63, column: 25, scope: !825)
!833 = !DILocation(line: 63, column: 16, scope: !825)
!834 = !DILocation(line: 63, column: 14, scope: !825)
!835 = !DILocation(line: 63, column: 12, scope: !825)
!836 = !DILocation(line: 63, column: 5, scope: !825)
!837 = !DILocation(line: 65, column: 12, scope: !825)
!838 = !DILocation(line: 66, column: 3, scope: !821)
!839 = !DILocation(line: 67, column: 11, scope: !840)
!840 = distinct !DILexicalBlock(scope: !818, file: !9, line: 66, column: 10)
!841 = !DILocation(line: 70, column: 7, scope: !842)
!842 = distinct !DILexicalBlock(scope: !797, file: !9, line: 70, column: 7)
!843 = !DILocation(line: 70, column: 14, scope: !842)
!844 = !DILocation(line: 70, column: 7, scope: !797)
!845 = !DILocation(line: 71, column: 10, scope: !842)
!846 = !DILocation(line: 71, column: 17, scope: !842)
!847 = !DILocation(line: 71, column: 4, scope: !842)
!848 = !DILocation(line: 51, column: 2, scope: !798)
!849 = distinct !{!849, !850, !851}
!850 = !DILocation(line: 51, column: 2, scope: !799)
!851 = !DILocation(line: 72, column: 2, scope: !799)
!852 = distinct !DISubprogram(name: "pm_init", scope: !9, file: !9, line: 21, type: !853, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !308)
!853 = !DISubroutineType(types: !854)
!854 = !{null}
!855 = !DILocalVariable(name: "rmp", scope: !852, file: !9, line: 23, type: !856)
!856 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !220, size: 32)
!857 = !DILocation(line: 23, column: 16, scope: !852)
!858 = !DILocalVariable(name: "i", scope: !852, file: !9, line: 24, type: !26)
!859 = !DILocation(line: 24, column: 6, scope: !852)
!860 = !DILocation(line: 27, column: 9, scope: !861)
!861 = distinct !DILexicalBlock(scope: !852, file: !9, line: 27, column: 2)
!862 = !DILocation(line: 27, column: 7, scope: !861)
!863 = !DILocation(line: 27, column: 14, scope: !864)
!864 = distinct !DILexicalBlock(scope: !861, file: !9, line: 27, column: 2)
!865 = !DILocation(line: 27, column: 16, scope: !864)
!866 = !DILocation(line: 27, column: 2, scope: !861)
!867 = !DILocation(line: 28, column: 16, scope: !868)
!868 = distinct !DILexicalBlock(scope: !864, file: !9, line: 27, column: 38)
!869 = !DILocation(line: 28, column: 10, scope: !868)
!870 = !DILocation(line: 28, column: 7, scope: !868)
!871 = !DILocation(line: 29, column: 22, scope: !868)
!872 = !DILocation(line: 29, column: 3, scope: !868)
!873 = !DILocation(line: 29, column: 8, scope: !868)
!874 = !DILocation(line: 29, column: 20, scope: !868)
!875 = !DILocation(line: 30, column: 32, scope: !868)
!876 = !DILocation(line: 30, column: 30, scope: !868)
!877 = !DILocation(line: 30, column: 3, scope: !868)
!878 = !DILocation(line: 30, column: 8, scope: !868)
!879 = !DILocation(line: 30, column: 15, scope: !868)
!880 = !DILocation(line: 31, column: 3, scope: !868)
!881 = !DILocation(line: 31, column: 8, scope: !868)
!882 = !DILocation(line: 31, column: 18, scope: !868)
!883 = !DILocation(line: 32, column: 3, scope: !868)
!884 = !DILocation(line: 32, column: 8, scope: !868)
!885 = !DILocation(line: 32, column: 17, scope: !868)
!886 = !DILocation(line: 33, column: 11, scope: !868)
!887 = !DILocation(line: 33, column: 16, scope: !868)
!888 = !DILocation(line: 33, column: 36, scope: !868)
!889 = !DILocation(line: 33, column: 25, scope: !868)
!890 = !DILocation(line: 33, column: 3, scope: !868)
!891 = !DILocation(line: 34, column: 2, scope: !868)
!892 = !DILocation(line: 27, column: 34, scope: !864)
!893 = !DILocation(line: 27, column: 2, scope: !864)
!894 = distinct !{!894, !866, !895, !896}
!895 = !DILocation(line: 34, column: 2, scope: !861)
!896 = !{!"llvm.loop.mustprogress"}
!897 = !DILocation(line: 35, column: 6, scope: !852)
!898 = !DILocation(line: 36, column: 2, scope: !852)
!899 = !DILocation(line: 36, column: 7, scope: !852)
!900 = !DILocation(line: 36, column: 19, scope: !852)
!901 = !DILocation(line: 37, column: 2, scope: !852)
!902 = !DILocation(line: 37, column: 7, scope: !852)
!903 = !DILocation(line: 37, column: 14, scope: !852)
!904 = !DILocation(line: 38, column: 2, scope: !852)
!905 = !DILocation(line: 38, column: 7, scope: !852)
!906 = !DILocation(line: 38, column: 17, scope: !852)
!907 = !DILocation(line: 39, column: 2, scope: !852)
!908 = !DILocation(line: 39, column: 7, scope: !852)
!909 = !DILocation(line: 39, column: 16, scope: !852)
!910 = !DILocation(line: 40, column: 10, scope: !852)
!911 = !DILocation(line: 40, column: 15, scope: !852)
!912 = !DILocation(line: 40, column: 2, scope: !852)
!913 = !DILocation(line: 41, column: 15, scope: !852)
!914 = !DILocation(line: 42, column: 11, scope: !852)
!915 = !DILocation(line: 43, column: 1, scope: !852)
!916 = distinct !DISubprogram(name: "do_reboot", scope: !296, file: !296, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295, retainedNodes: !308)
!917 = !DILocalVariable(name: "how", scope: !916, file: !296, line: 6, type: !26)
!918 = !DILocation(line: 6, column: 6, scope: !916)
!919 = !DILocation(line: 6, column: 36, scope: !916)
!920 = !DILocation(line: 8, column: 12, scope: !921)
!921 = distinct !DILexicalBlock(scope: !916, file: !296, line: 8, column: 6)
!922 = !DILocation(line: 8, column: 6, scope: !921)
!923 = !DILocation(line: 8, column: 19, scope: !921)
!924 = !DILocation(line: 8, column: 29, scope: !921)
!925 = !DILocation(line: 8, column: 6, scope: !916)
!926 = !DILocation(line: 9, column: 3, scope: !921)
!927 = !DILocation(line: 10, column: 6, scope: !928)
!928 = distinct !DILexicalBlock(scope: !916, file: !296, line: 10, column: 6)
!929 = !DILocation(line: 10, column: 10, scope: !928)
!930 = !DILocation(line: 10, column: 22, scope: !928)
!931 = !DILocation(line: 10, column: 25, scope: !928)
!932 = !DILocation(line: 10, column: 29, scope: !928)
!933 = !DILocation(line: 10, column: 43, scope: !928)
!934 = !DILocation(line: 10, column: 46, scope: !928)
!935 = !DILocation(line: 10, column: 50, scope: !928)
!936 = !DILocation(line: 10, column: 6, scope: !916)
!937 = !DILocation(line: 11, column: 3, scope: !928)
!938 = !DILocation(line: 12, column: 19, scope: !916)
!939 = !DILocation(line: 15, column: 39, scope: !916)
!940 = !DILocation(line: 15, column: 2, scope: !916)
!941 = !DILocation(line: 16, column: 44, scope: !916)
!942 = !DILocation(line: 16, column: 2, scope: !916)
!943 = !DILocation(line: 17, column: 43, scope: !916)
!944 = !DILocation(line: 17, column: 2, scope: !916)
!945 = !DILocation(line: 18, column: 43, scope: !916)
!946 = !DILocation(line: 18, column: 2, scope: !916)
!947 = !DILocation(line: 20, column: 12, scope: !916)
!948 = !DILocation(line: 20, column: 2, scope: !916)
!949 = !DILocation(line: 21, column: 2, scope: !916)
!950 = !DILocation(line: 22, column: 1, scope: !916)
!951 = distinct !DISubprogram(name: "do_getrusage", scope: !296, file: !296, line: 24, type: !278, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295, retainedNodes: !308)
!952 = !DILocalVariable(name: "rmp", scope: !951, file: !296, line: 26, type: !953)
!953 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !954, size: 32)
!954 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !955)
!955 = !{!956, !957, !958, !959, !960, !961, !962, !963, !964, !965, !966}
!956 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !954, file: !221, line: 11, baseType: !24, size: 32)
!957 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !954, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!958 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !954, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!959 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !954, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!960 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !954, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!961 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !954, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!962 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !954, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!963 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !954, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!964 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !954, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!965 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !954, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !954, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!967 = !DILocation(line: 26, column: 16, scope: !951)
!968 = !DILocation(line: 26, column: 29, scope: !951)
!969 = !DILocation(line: 26, column: 23, scope: !951)
!970 = !DILocalVariable(name: "vui", scope: !951, file: !296, line: 27, type: !971)
!971 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_usage_info", file: !972, line: 25, size: 64, elements: !973)
!972 = !DIFile(filename: "include/syslib.h", directory: ".", checksumkind: CSK_MD5, checksum: "7980dea270368a942059d0aec59fbcde")
!973 = !{!974, !975}
!974 = !DIDerivedType(tag: DW_TAG_member, name: "vui_pages", scope: !971, file: !972, line: 25, baseType: !44, size: 32)
!975 = !DIDerivedType(tag: DW_TAG_member, name: "vui_brk", scope: !971, file: !972, line: 25, baseType: !41, size: 32, offset: 32)
!976 = !DILocation(line: 27, column: 23, scope: !951)
!977 = !DILocalVariable(name: "usage", scope: !951, file: !296, line: 28, type: !978)
!978 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rusage", file: !25, line: 176, size: 128, elements: !979)
!979 = !{!980, !981, !982, !983}
!980 = !DIDerivedType(tag: DW_TAG_member, name: "ru_utime", scope: !978, file: !25, line: 177, baseType: !232, size: 32)
!981 = !DIDerivedType(tag: DW_TAG_member, name: "ru_stime", scope: !978, file: !25, line: 178, baseType: !232, size: 32, offset: 32)
!982 = !DIDerivedType(tag: DW_TAG_member, name: "ru_maxrss", scope: !978, file: !25, line: 179, baseType: !44, size: 32, offset: 64)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "ru_brk", scope: !978, file: !25, line: 180, baseType: !41, size: 32, offset: 96)
!984 = !DILocation(line: 28, column: 16, scope: !951)
!985 = !DILocalVariable(name: "r", scope: !951, file: !296, line: 29, type: !26)
!986 = !DILocation(line: 29, column: 6, scope: !951)
!987 = !DILocation(line: 31, column: 30, scope: !988)
!988 = distinct !DILexicalBlock(scope: !951, file: !296, line: 31, column: 6)
!989 = !DILocation(line: 31, column: 34, scope: !988)
!990 = !DILocation(line: 31, column: 6, scope: !951)
!991 = !DILocation(line: 32, column: 3, scope: !988)
!992 = !DILocation(line: 33, column: 25, scope: !993)
!993 = distinct !DILexicalBlock(scope: !951, file: !296, line: 33, column: 6)
!994 = !DILocation(line: 33, column: 30, scope: !993)
!995 = !DILocation(line: 33, column: 11, scope: !993)
!996 = !DILocation(line: 33, column: 9, scope: !993)
!997 = !DILocation(line: 33, column: 50, scope: !993)
!998 = !DILocation(line: 33, column: 6, scope: !951)
!999 = !DILocation(line: 34, column: 10, scope: !993)
!1000 = !DILocation(line: 34, column: 3, scope: !993)
!1001 = !DILocation(line: 35, column: 2, scope: !951)
!1002 = !DILocation(line: 36, column: 19, scope: !951)
!1003 = !DILocation(line: 36, column: 24, scope: !951)
!1004 = !DILocation(line: 36, column: 8, scope: !951)
!1005 = !DILocation(line: 36, column: 17, scope: !951)
!1006 = !DILocation(line: 37, column: 19, scope: !951)
!1007 = !DILocation(line: 37, column: 24, scope: !951)
!1008 = !DILocation(line: 37, column: 8, scope: !951)
!1009 = !DILocation(line: 37, column: 17, scope: !951)
!1010 = !DILocation(line: 38, column: 24, scope: !951)
!1011 = !DILocation(line: 38, column: 34, scope: !951)
!1012 = !DILocation(line: 38, column: 8, scope: !951)
!1013 = !DILocation(line: 38, column: 18, scope: !951)
!1014 = !DILocation(line: 39, column: 21, scope: !951)
!1015 = !DILocation(line: 39, column: 8, scope: !951)
!1016 = !DILocation(line: 39, column: 15, scope: !951)
!1017 = !DILocation(line: 40, column: 28, scope: !951)
!1018 = !DILocation(line: 40, column: 48, scope: !951)
!1019 = !DILocation(line: 41, column: 27, scope: !951)
!1020 = !DILocation(line: 40, column: 9, scope: !951)
!1021 = !DILocation(line: 40, column: 2, scope: !951)
!1022 = !DILocation(line: 42, column: 1, scope: !951)
!1023 = distinct !DISubprogram(name: "do_getstatus", scope: !296, file: !296, line: 44, type: !278, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !295)
!1024 = !DILocation(line: 46, column: 9, scope: !1023)
!1025 = !DILocation(line: 46, column: 2, scope: !1023)
!1026 = distinct !DISubprogram(name: "do_kill", scope: !298, file: !298, line: 4, type: !278, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !297, retainedNodes: !308)
!1027 = !DILocalVariable(name: "rmp", scope: !1026, file: !298, line: 6, type: !1028)
!1028 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1029, size: 32)
!1029 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !1030)
!1030 = !{!1031, !1032, !1033, !1034, !1035, !1036, !1037, !1038, !1039, !1040, !1041}
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1029, file: !221, line: 11, baseType: !24, size: 32)
!1032 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1029, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!1033 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1029, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!1034 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1029, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1029, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1029, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!1037 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1029, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!1038 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1029, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!1039 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1029, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1029, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1029, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!1042 = !DILocation(line: 6, column: 16, scope: !1026)
!1043 = !DILocation(line: 6, column: 29, scope: !1026)
!1044 = !DILocation(line: 6, column: 23, scope: !1026)
!1045 = !DILocalVariable(name: "target", scope: !1026, file: !298, line: 7, type: !1028)
!1046 = !DILocation(line: 7, column: 16, scope: !1026)
!1047 = !DILocalVariable(name: "pid", scope: !1026, file: !298, line: 8, type: !50)
!1048 = !DILocation(line: 8, column: 8, scope: !1026)
!1049 = !DILocation(line: 8, column: 35, scope: !1026)
!1050 = !DILocalVariable(name: "sig", scope: !1026, file: !298, line: 9, type: !26)
!1051 = !DILocation(line: 9, column: 6, scope: !1026)
!1052 = !DILocation(line: 9, column: 33, scope: !1026)
!1053 = !DILocalVariable(name: "slot", scope: !1026, file: !298, line: 10, type: !26)
!1054 = !DILocation(line: 10, column: 6, scope: !1026)
!1055 = !DILocation(line: 12, column: 6, scope: !1056)
!1056 = distinct !DILexicalBlock(scope: !1026, file: !298, line: 12, column: 6)
!1057 = !DILocation(line: 12, column: 10, scope: !1056)
!1058 = !DILocation(line: 12, column: 14, scope: !1056)
!1059 = !DILocation(line: 12, column: 17, scope: !1056)
!1060 = !DILocation(line: 12, column: 21, scope: !1056)
!1061 = !DILocation(line: 12, column: 6, scope: !1026)
!1062 = !DILocation(line: 13, column: 3, scope: !1056)
!1063 = !DILocation(line: 14, column: 31, scope: !1064)
!1064 = distinct !DILexicalBlock(scope: !1026, file: !298, line: 14, column: 6)
!1065 = !DILocation(line: 14, column: 14, scope: !1064)
!1066 = !DILocation(line: 14, column: 12, scope: !1064)
!1067 = !DILocation(line: 14, column: 37, scope: !1064)
!1068 = !DILocation(line: 14, column: 6, scope: !1026)
!1069 = !DILocation(line: 15, column: 3, scope: !1064)
!1070 = !DILocation(line: 16, column: 18, scope: !1026)
!1071 = !DILocation(line: 16, column: 12, scope: !1026)
!1072 = !DILocation(line: 16, column: 9, scope: !1026)
!1073 = !DILocation(line: 17, column: 6, scope: !1074)
!1074 = distinct !DILexicalBlock(scope: !1026, file: !298, line: 17, column: 6)
!1075 = !DILocation(line: 17, column: 11, scope: !1074)
!1076 = !DILocation(line: 17, column: 21, scope: !1074)
!1077 = !DILocation(line: 17, column: 35, scope: !1074)
!1078 = !DILocation(line: 17, column: 38, scope: !1074)
!1079 = !DILocation(line: 17, column: 43, scope: !1074)
!1080 = !DILocation(line: 17, column: 57, scope: !1074)
!1081 = !DILocation(line: 17, column: 65, scope: !1074)
!1082 = !DILocation(line: 17, column: 54, scope: !1074)
!1083 = !DILocation(line: 17, column: 6, scope: !1026)
!1084 = !DILocation(line: 18, column: 3, scope: !1074)
!1085 = !DILocation(line: 19, column: 6, scope: !1086)
!1086 = distinct !DILexicalBlock(scope: !1026, file: !298, line: 19, column: 6)
!1087 = !DILocation(line: 19, column: 10, scope: !1086)
!1088 = !DILocation(line: 19, column: 6, scope: !1026)
!1089 = !DILocation(line: 20, column: 3, scope: !1086)
!1090 = !DILocation(line: 22, column: 6, scope: !1091)
!1091 = distinct !DILexicalBlock(scope: !1026, file: !298, line: 22, column: 6)
!1092 = !DILocation(line: 22, column: 10, scope: !1091)
!1093 = !DILocation(line: 22, column: 6, scope: !1026)
!1094 = !DILocation(line: 23, column: 12, scope: !1095)
!1095 = distinct !DILexicalBlock(scope: !1091, file: !298, line: 22, column: 22)
!1096 = !DILocation(line: 23, column: 20, scope: !1095)
!1097 = !DILocation(line: 23, column: 33, scope: !1095)
!1098 = !DILocation(line: 23, column: 3, scope: !1095)
!1099 = !DILocation(line: 24, column: 13, scope: !1095)
!1100 = !DILocation(line: 24, column: 27, scope: !1095)
!1101 = !DILocation(line: 24, column: 25, scope: !1095)
!1102 = !DILocation(line: 24, column: 3, scope: !1095)
!1103 = !DILocation(line: 25, column: 10, scope: !1095)
!1104 = !DILocation(line: 25, column: 20, scope: !1095)
!1105 = !DILocation(line: 25, column: 17, scope: !1095)
!1106 = !DILocation(line: 25, column: 3, scope: !1095)
!1107 = !DILocation(line: 27, column: 27, scope: !1026)
!1108 = !DILocation(line: 27, column: 2, scope: !1026)
!1109 = !DILocation(line: 27, column: 10, scope: !1026)
!1110 = !DILocation(line: 27, column: 24, scope: !1026)
!1111 = !DILocation(line: 28, column: 18, scope: !1026)
!1112 = !DILocation(line: 28, column: 26, scope: !1026)
!1113 = !DILocation(line: 28, column: 39, scope: !1026)
!1114 = !DILocation(line: 28, column: 9, scope: !1026)
!1115 = !DILocation(line: 28, column: 2, scope: !1026)
!1116 = !DILocation(line: 29, column: 1, scope: !1026)
!1117 = distinct !DISubprogram(name: "reply", scope: !284, file: !284, line: 5, type: !1118, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1118 = !DISubroutineType(types: !1119)
!1119 = !{null, !24, !26}
!1120 = !DILocalVariable(name: "whom", arg: 1, scope: !1117, file: !284, line: 5, type: !24)
!1121 = !DILocation(line: 5, column: 23, scope: !1117)
!1122 = !DILocalVariable(name: "result", arg: 2, scope: !1117, file: !284, line: 5, type: !26)
!1123 = !DILocation(line: 5, column: 33, scope: !1117)
!1124 = !DILocalVariable(name: "m", scope: !1117, file: !284, line: 7, type: !1125)
!1125 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 97, baseType: !1126)
!1126 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 65, size: 512, elements: !1127)
!1127 = !{!1128, !1129, !1130}
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1126, file: !20, line: 66, baseType: !24, size: 32)
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1126, file: !20, line: 67, baseType: !26, size: 32, offset: 32)
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1126, file: !20, line: 96, baseType: !1131, size: 448, offset: 64)
!1131 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1126, file: !20, line: 68, size: 448, elements: !1132)
!1132 = !{!1133, !1138, !1144, !1150, !1155, !1160, !1166, !1174, !1181, !1189, !1194, !1201, !1208, !1213, !1220, !1225, !1232, !1239, !1244, !1250, !1257, !1264, !1269, !1276, !1282, !1291, !1296}
!1133 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1131, file: !20, line: 69, baseType: !1134, size: 32)
!1134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !1135)
!1135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !1136)
!1136 = !{!1137}
!1137 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1135, file: !20, line: 15, baseType: !26, size: 32)
!1138 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1131, file: !20, line: 70, baseType: !1139, size: 64)
!1139 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !1140)
!1140 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !1141)
!1141 = !{!1142, !1143}
!1142 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1140, file: !20, line: 16, baseType: !41, size: 32)
!1143 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1140, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!1144 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1131, file: !20, line: 71, baseType: !1145, size: 64)
!1145 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !1146)
!1146 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !1147)
!1147 = !{!1148, !1149}
!1148 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1146, file: !20, line: 17, baseType: !50, size: 32)
!1149 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1146, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!1150 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1131, file: !20, line: 72, baseType: !1151, size: 32)
!1151 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !1152)
!1152 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !1153)
!1153 = !{!1154}
!1154 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1152, file: !20, line: 18, baseType: !57, size: 32)
!1155 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1131, file: !20, line: 73, baseType: !1156, size: 32)
!1156 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !1157)
!1157 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !1158)
!1158 = !{!1159}
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1157, file: !20, line: 19, baseType: !26, size: 32)
!1160 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1131, file: !20, line: 74, baseType: !1161, size: 64)
!1161 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !1162)
!1162 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !1163)
!1163 = !{!1164, !1165}
!1164 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1162, file: !20, line: 20, baseType: !26, size: 32)
!1165 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1162, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!1166 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1131, file: !20, line: 75, baseType: !1167, size: 128)
!1167 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !1168)
!1168 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !1169)
!1169 = !{!1170, !1171, !1172, !1173}
!1170 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1168, file: !20, line: 24, baseType: !24, size: 32)
!1171 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1168, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!1172 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1168, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!1173 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1168, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!1174 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1131, file: !20, line: 76, baseType: !1175, size: 96)
!1175 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !1176)
!1176 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !1177)
!1177 = !{!1178, !1179, !1180}
!1178 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1176, file: !20, line: 29, baseType: !24, size: 32)
!1179 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1176, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!1180 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1176, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!1181 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1131, file: !20, line: 77, baseType: !1182, size: 128)
!1182 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !1183)
!1183 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !1184)
!1184 = !{!1185, !1186, !1187, !1188}
!1185 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1183, file: !20, line: 32, baseType: !41, size: 32)
!1186 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1183, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1183, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1183, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!1189 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1131, file: !20, line: 78, baseType: !1190, size: 32)
!1190 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !1191)
!1191 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !1192)
!1192 = !{!1193}
!1193 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1191, file: !20, line: 33, baseType: !26, size: 32)
!1194 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1131, file: !20, line: 79, baseType: !1195, size: 96)
!1195 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !1196)
!1196 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !1197)
!1197 = !{!1198, !1199, !1200}
!1198 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1196, file: !20, line: 34, baseType: !26, size: 32)
!1199 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1196, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!1200 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1196, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!1201 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1131, file: !20, line: 80, baseType: !1202, size: 96)
!1202 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !1203)
!1203 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !1204)
!1204 = !{!1205, !1206, !1207}
!1205 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1203, file: !20, line: 35, baseType: !26, size: 32)
!1206 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1203, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!1207 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1203, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!1208 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1131, file: !20, line: 81, baseType: !1209, size: 16)
!1209 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !1210)
!1210 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !1211)
!1211 = !{!1212}
!1212 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1210, file: !20, line: 36, baseType: !92, size: 16)
!1213 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1131, file: !20, line: 82, baseType: !1214, size: 96)
!1214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !1215)
!1215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !1216)
!1216 = !{!1217, !1218, !1219}
!1217 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1215, file: !20, line: 39, baseType: !24, size: 32)
!1218 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1215, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!1219 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1215, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!1220 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1131, file: !20, line: 83, baseType: !1221, size: 32)
!1221 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !1222)
!1222 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !1223)
!1223 = !{!1224}
!1224 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1222, file: !20, line: 40, baseType: !24, size: 32)
!1225 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1131, file: !20, line: 84, baseType: !1226, size: 96)
!1226 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1227)
!1227 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1228)
!1228 = !{!1229, !1230, !1231}
!1229 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1227, file: !20, line: 41, baseType: !24, size: 32)
!1230 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1227, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!1231 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1227, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!1232 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1131, file: !20, line: 85, baseType: !1233, size: 96)
!1233 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !1234)
!1234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !1235)
!1235 = !{!1236, !1237, !1238}
!1236 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1234, file: !20, line: 42, baseType: !24, size: 32)
!1237 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1234, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1234, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!1239 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1131, file: !20, line: 86, baseType: !1240, size: 32)
!1240 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !1241)
!1241 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !1242)
!1242 = !{!1243}
!1243 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1241, file: !20, line: 45, baseType: !41, size: 32)
!1244 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1131, file: !20, line: 87, baseType: !1245, size: 64)
!1245 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !1246)
!1246 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !1247)
!1247 = !{!1248, !1249}
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1246, file: !20, line: 46, baseType: !44, size: 32)
!1249 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1246, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!1250 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1131, file: !20, line: 88, baseType: !1251, size: 192)
!1251 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !1252)
!1252 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !1253)
!1253 = !{!1254, !1255, !1256}
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1252, file: !20, line: 49, baseType: !163, size: 128)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1252, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1252, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1131, file: !20, line: 89, baseType: !1258, size: 192)
!1258 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !1259)
!1259 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !1260)
!1260 = !{!1261, !1262, !1263}
!1261 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1259, file: !20, line: 50, baseType: !163, size: 128)
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1259, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1259, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1131, file: !20, line: 90, baseType: !1265, size: 32)
!1265 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 53, baseType: !1266)
!1266 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 32, elements: !1267)
!1267 = !{!1268}
!1268 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1266, file: !20, line: 53, baseType: !26, size: 32)
!1269 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1131, file: !20, line: 91, baseType: !1270, size: 96)
!1270 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 56, baseType: !1271)
!1271 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 56, size: 96, elements: !1272)
!1272 = !{!1273, !1274, !1275}
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1271, file: !20, line: 56, baseType: !24, size: 32)
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1271, file: !20, line: 56, baseType: !26, size: 32, offset: 32)
!1275 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1271, file: !20, line: 56, baseType: !24, size: 32, offset: 64)
!1276 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1131, file: !20, line: 92, baseType: !1277, size: 64)
!1277 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 57, baseType: !1278)
!1278 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 64, elements: !1279)
!1279 = !{!1280, !1281}
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1278, file: !20, line: 57, baseType: !24, size: 32)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1278, file: !20, line: 57, baseType: !26, size: 32, offset: 32)
!1282 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1131, file: !20, line: 93, baseType: !1283, size: 160)
!1283 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 62, baseType: !1284)
!1284 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 58, size: 160, elements: !1285)
!1285 = !{!1286, !1287, !1288, !1289, !1290}
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1284, file: !20, line: 59, baseType: !24, size: 32)
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1284, file: !20, line: 59, baseType: !41, size: 32, offset: 32)
!1288 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1284, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!1289 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1284, file: !20, line: 60, baseType: !41, size: 32, offset: 96)
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1284, file: !20, line: 61, baseType: !44, size: 32, offset: 128)
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1131, file: !20, line: 94, baseType: !1292, size: 32)
!1292 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 63, baseType: !1293)
!1293 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 63, size: 32, elements: !1294)
!1294 = !{!1295}
!1295 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1293, file: !20, line: 63, baseType: !26, size: 32)
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1131, file: !20, line: 95, baseType: !208, size: 448)
!1297 = !DILocation(line: 7, column: 10, scope: !1117)
!1298 = !DILocation(line: 9, column: 2, scope: !1117)
!1299 = !DILocation(line: 10, column: 13, scope: !1117)
!1300 = !DILocation(line: 10, column: 4, scope: !1117)
!1301 = !DILocation(line: 10, column: 11, scope: !1117)
!1302 = !DILocation(line: 11, column: 11, scope: !1117)
!1303 = !DILocation(line: 11, column: 2, scope: !1117)
!1304 = !DILocation(line: 12, column: 1, scope: !1117)
!1305 = distinct !DISubprogram(name: "tell_vfs", scope: !284, file: !284, line: 15, type: !1306, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1306 = !DISubroutineType(types: !1307)
!1307 = !{null, !1308, !26}
!1308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1309, size: 32)
!1309 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !221, line: 10, size: 448, elements: !1310)
!1310 = !{!1311, !1312, !1313, !1314, !1315, !1316, !1317, !1318, !1319, !1320, !1321}
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1309, file: !221, line: 11, baseType: !24, size: 32)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1309, file: !221, line: 12, baseType: !50, size: 32, offset: 32)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1309, file: !221, line: 13, baseType: !26, size: 32, offset: 64)
!1314 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1309, file: !221, line: 14, baseType: !26, size: 32, offset: 96)
!1315 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1309, file: !221, line: 15, baseType: !26, size: 32, offset: 128)
!1316 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1309, file: !221, line: 16, baseType: !57, size: 32, offset: 160)
!1317 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1309, file: !221, line: 17, baseType: !57, size: 32, offset: 192)
!1318 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1309, file: !221, line: 18, baseType: !42, size: 32, offset: 224)
!1319 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1309, file: !221, line: 19, baseType: !232, size: 32, offset: 256)
!1320 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1309, file: !221, line: 20, baseType: !232, size: 32, offset: 288)
!1321 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1309, file: !221, line: 21, baseType: !163, size: 128, offset: 320)
!1322 = !DILocalVariable(name: "rmp", arg: 1, scope: !1305, file: !284, line: 15, type: !1308)
!1323 = !DILocation(line: 15, column: 29, scope: !1305)
!1324 = !DILocalVariable(name: "type", arg: 2, scope: !1305, file: !284, line: 15, type: !26)
!1325 = !DILocation(line: 15, column: 38, scope: !1305)
!1326 = !DILocalVariable(name: "m", scope: !1305, file: !284, line: 17, type: !1125)
!1327 = !DILocation(line: 17, column: 10, scope: !1305)
!1328 = !DILocation(line: 19, column: 2, scope: !1305)
!1329 = !DILocation(line: 20, column: 13, scope: !1305)
!1330 = !DILocation(line: 20, column: 4, scope: !1305)
!1331 = !DILocation(line: 20, column: 11, scope: !1305)
!1332 = !DILocation(line: 21, column: 30, scope: !1305)
!1333 = !DILocation(line: 21, column: 35, scope: !1305)
!1334 = !DILocation(line: 21, column: 4, scope: !1305)
!1335 = !DILocation(line: 21, column: 22, scope: !1305)
!1336 = !DILocation(line: 21, column: 28, scope: !1305)
!1337 = !DILocation(line: 22, column: 43, scope: !1305)
!1338 = !DILocation(line: 22, column: 48, scope: !1305)
!1339 = !DILocation(line: 22, column: 37, scope: !1305)
!1340 = !DILocation(line: 22, column: 59, scope: !1305)
!1341 = !DILocation(line: 22, column: 4, scope: !1305)
!1342 = !DILocation(line: 22, column: 22, scope: !1305)
!1343 = !DILocation(line: 22, column: 35, scope: !1305)
!1344 = !DILocation(line: 23, column: 28, scope: !1305)
!1345 = !DILocation(line: 23, column: 33, scope: !1305)
!1346 = !DILocation(line: 23, column: 4, scope: !1305)
!1347 = !DILocation(line: 23, column: 22, scope: !1305)
!1348 = !DILocation(line: 23, column: 26, scope: !1305)
!1349 = !DILocation(line: 24, column: 28, scope: !1305)
!1350 = !DILocation(line: 24, column: 33, scope: !1305)
!1351 = !DILocation(line: 24, column: 4, scope: !1305)
!1352 = !DILocation(line: 24, column: 22, scope: !1305)
!1353 = !DILocation(line: 24, column: 26, scope: !1305)
!1354 = !DILocation(line: 25, column: 6, scope: !1355)
!1355 = distinct !DILexicalBlock(scope: !1305, file: !284, line: 25, column: 6)
!1356 = !DILocation(line: 25, column: 46, scope: !1355)
!1357 = !DILocation(line: 25, column: 6, scope: !1305)
!1358 = !DILocation(line: 26, column: 3, scope: !1355)
!1359 = !DILocation(line: 27, column: 1, scope: !1305)
!1360 = distinct !DISubprogram(name: "tell_server", scope: !284, file: !284, line: 30, type: !1361, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1361 = !DISubroutineType(types: !1362)
!1362 = !{!26, !24, !26, !26}
!1363 = !DILocalVariable(name: "endpt", arg: 1, scope: !1360, file: !284, line: 30, type: !24)
!1364 = !DILocation(line: 30, column: 28, scope: !1360)
!1365 = !DILocalVariable(name: "type", arg: 2, scope: !1360, file: !284, line: 30, type: !26)
!1366 = !DILocation(line: 30, column: 39, scope: !1360)
!1367 = !DILocalVariable(name: "how", arg: 3, scope: !1360, file: !284, line: 30, type: !26)
!1368 = !DILocation(line: 30, column: 49, scope: !1360)
!1369 = !DILocalVariable(name: "m", scope: !1360, file: !284, line: 32, type: !1125)
!1370 = !DILocation(line: 32, column: 10, scope: !1360)
!1371 = !DILocation(line: 34, column: 2, scope: !1360)
!1372 = !DILocation(line: 35, column: 13, scope: !1360)
!1373 = !DILocation(line: 35, column: 4, scope: !1360)
!1374 = !DILocation(line: 35, column: 11, scope: !1360)
!1375 = !DILocation(line: 36, column: 32, scope: !1360)
!1376 = !DILocation(line: 36, column: 4, scope: !1360)
!1377 = !DILocation(line: 36, column: 26, scope: !1360)
!1378 = !DILocation(line: 36, column: 30, scope: !1360)
!1379 = !DILocation(line: 37, column: 22, scope: !1360)
!1380 = !DILocation(line: 37, column: 9, scope: !1360)
!1381 = !DILocation(line: 37, column: 2, scope: !1360)
!1382 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !576, file: !576, line: 33, type: !1383, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1383 = !DISubroutineType(types: !1384)
!1384 = !{!26, !24, !1385}
!1385 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1125, size: 32)
!1386 = !DILocalVariable(name: "dst", arg: 1, scope: !1382, file: !576, line: 33, type: !24)
!1387 = !DILocation(line: 33, column: 43, scope: !1382)
!1388 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1382, file: !576, line: 33, type: !1385)
!1389 = !DILocation(line: 33, column: 57, scope: !1382)
!1390 = !DILocation(line: 35, column: 9, scope: !1382)
!1391 = !DILocation(line: 35, column: 42, scope: !1382)
!1392 = !DILocation(line: 35, column: 47, scope: !1382)
!1393 = !DILocation(line: 35, column: 2, scope: !1382)
!1394 = distinct !DISubprogram(name: "get_free_slot", scope: !284, file: !284, line: 40, type: !278, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1395 = !DILocalVariable(name: "n", scope: !1394, file: !284, line: 42, type: !26)
!1396 = !DILocation(line: 42, column: 6, scope: !1394)
!1397 = !DILocation(line: 44, column: 9, scope: !1398)
!1398 = distinct !DILexicalBlock(scope: !1394, file: !284, line: 44, column: 2)
!1399 = !DILocation(line: 44, column: 7, scope: !1398)
!1400 = !DILocation(line: 44, column: 29, scope: !1401)
!1401 = distinct !DILexicalBlock(scope: !1398, file: !284, line: 44, column: 2)
!1402 = !DILocation(line: 44, column: 31, scope: !1401)
!1403 = !DILocation(line: 44, column: 2, scope: !1398)
!1404 = !DILocation(line: 45, column: 15, scope: !1405)
!1405 = distinct !DILexicalBlock(scope: !1401, file: !284, line: 45, column: 7)
!1406 = !DILocation(line: 45, column: 9, scope: !1405)
!1407 = !DILocation(line: 45, column: 18, scope: !1405)
!1408 = !DILocation(line: 45, column: 27, scope: !1405)
!1409 = !DILocation(line: 45, column: 7, scope: !1401)
!1410 = !DILocation(line: 46, column: 11, scope: !1405)
!1411 = !DILocation(line: 46, column: 4, scope: !1405)
!1412 = !DILocation(line: 45, column: 35, scope: !1405)
!1413 = !DILocation(line: 44, column: 44, scope: !1401)
!1414 = !DILocation(line: 44, column: 2, scope: !1401)
!1415 = distinct !{!1415, !1403, !1416, !896}
!1416 = !DILocation(line: 46, column: 11, scope: !1398)
!1417 = !DILocation(line: 47, column: 2, scope: !1394)
!1418 = !DILocation(line: 48, column: 1, scope: !1394)
!1419 = distinct !DISubprogram(name: "get_free_pid", scope: !284, file: !284, line: 50, type: !1420, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1420 = !DISubroutineType(types: !1421)
!1421 = !{!50}
!1422 = !DILocalVariable(name: "pid", scope: !1419, file: !284, line: 52, type: !50)
!1423 = !DILocation(line: 52, column: 8, scope: !1419)
!1424 = !DILocalVariable(name: "n", scope: !1419, file: !284, line: 53, type: !26)
!1425 = !DILocation(line: 53, column: 6, scope: !1419)
!1426 = !DILocalVariable(name: "taken", scope: !1419, file: !284, line: 53, type: !26)
!1427 = !DILocation(line: 53, column: 9, scope: !1419)
!1428 = !DILocation(line: 55, column: 2, scope: !1419)
!1429 = !DILocation(line: 56, column: 9, scope: !1430)
!1430 = distinct !DILexicalBlock(scope: !1419, file: !284, line: 55, column: 5)
!1431 = !DILocation(line: 56, column: 7, scope: !1430)
!1432 = !DILocation(line: 57, column: 14, scope: !1430)
!1433 = !DILocation(line: 57, column: 23, scope: !1430)
!1434 = !DILocation(line: 57, column: 35, scope: !1430)
!1435 = !DILocation(line: 57, column: 44, scope: !1430)
!1436 = !DILocation(line: 57, column: 12, scope: !1430)
!1437 = !DILocation(line: 58, column: 9, scope: !1430)
!1438 = !DILocation(line: 59, column: 10, scope: !1439)
!1439 = distinct !DILexicalBlock(scope: !1430, file: !284, line: 59, column: 3)
!1440 = !DILocation(line: 59, column: 8, scope: !1439)
!1441 = !DILocation(line: 59, column: 15, scope: !1442)
!1442 = distinct !DILexicalBlock(scope: !1439, file: !284, line: 59, column: 3)
!1443 = !DILocation(line: 59, column: 17, scope: !1442)
!1444 = !DILocation(line: 59, column: 3, scope: !1439)
!1445 = !DILocation(line: 60, column: 15, scope: !1446)
!1446 = distinct !DILexicalBlock(scope: !1442, file: !284, line: 60, column: 8)
!1447 = !DILocation(line: 60, column: 9, scope: !1446)
!1448 = !DILocation(line: 60, column: 18, scope: !1446)
!1449 = !DILocation(line: 60, column: 27, scope: !1446)
!1450 = !DILocation(line: 60, column: 37, scope: !1446)
!1451 = !DILocation(line: 60, column: 46, scope: !1446)
!1452 = !DILocation(line: 60, column: 40, scope: !1446)
!1453 = !DILocation(line: 60, column: 49, scope: !1446)
!1454 = !DILocation(line: 60, column: 59, scope: !1446)
!1455 = !DILocation(line: 60, column: 56, scope: !1446)
!1456 = !DILocation(line: 60, column: 8, scope: !1442)
!1457 = !DILocation(line: 61, column: 11, scope: !1446)
!1458 = !DILocation(line: 61, column: 5, scope: !1446)
!1459 = !DILocation(line: 59, column: 30, scope: !1442)
!1460 = !DILocation(line: 59, column: 3, scope: !1442)
!1461 = distinct !{!1461, !1444, !1462, !896}
!1462 = !DILocation(line: 61, column: 13, scope: !1439)
!1463 = !DILocation(line: 62, column: 2, scope: !1430)
!1464 = !DILocation(line: 62, column: 11, scope: !1419)
!1465 = distinct !{!1465, !1428, !1466, !896}
!1466 = !DILocation(line: 62, column: 16, scope: !1419)
!1467 = !DILocation(line: 63, column: 9, scope: !1419)
!1468 = !DILocation(line: 63, column: 2, scope: !1419)
!1469 = distinct !DISubprogram(name: "find_proc_by_pid", scope: !284, file: !284, line: 66, type: !1470, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !299, retainedNodes: !308)
!1470 = !DISubroutineType(types: !1471)
!1471 = !{!26, !50}
!1472 = !DILocalVariable(name: "pid", arg: 1, scope: !1469, file: !284, line: 66, type: !50)
!1473 = !DILocation(line: 66, column: 28, scope: !1469)
!1474 = !DILocalVariable(name: "n", scope: !1469, file: !284, line: 68, type: !26)
!1475 = !DILocation(line: 68, column: 6, scope: !1469)
!1476 = !DILocation(line: 70, column: 9, scope: !1477)
!1477 = distinct !DILexicalBlock(scope: !1469, file: !284, line: 70, column: 2)
!1478 = !DILocation(line: 70, column: 7, scope: !1477)
!1479 = !DILocation(line: 70, column: 14, scope: !1480)
!1480 = distinct !DILexicalBlock(scope: !1477, file: !284, line: 70, column: 2)
!1481 = !DILocation(line: 70, column: 16, scope: !1480)
!1482 = !DILocation(line: 70, column: 2, scope: !1477)
!1483 = !DILocation(line: 71, column: 14, scope: !1484)
!1484 = distinct !DILexicalBlock(scope: !1480, file: !284, line: 71, column: 7)
!1485 = !DILocation(line: 71, column: 8, scope: !1484)
!1486 = !DILocation(line: 71, column: 17, scope: !1484)
!1487 = !DILocation(line: 71, column: 26, scope: !1484)
!1488 = !DILocation(line: 71, column: 36, scope: !1484)
!1489 = !DILocation(line: 71, column: 45, scope: !1484)
!1490 = !DILocation(line: 71, column: 39, scope: !1484)
!1491 = !DILocation(line: 71, column: 48, scope: !1484)
!1492 = !DILocation(line: 71, column: 58, scope: !1484)
!1493 = !DILocation(line: 71, column: 55, scope: !1484)
!1494 = !DILocation(line: 71, column: 7, scope: !1480)
!1495 = !DILocation(line: 72, column: 11, scope: !1484)
!1496 = !DILocation(line: 72, column: 4, scope: !1484)
!1497 = !DILocation(line: 70, column: 29, scope: !1480)
!1498 = !DILocation(line: 70, column: 2, scope: !1480)
!1499 = distinct !{!1499, !1482, !1500, !896}
!1500 = !DILocation(line: 72, column: 11, scope: !1477)
!1501 = !DILocation(line: 73, column: 2, scope: !1469)
!1502 = !DILocation(line: 74, column: 1, scope: !1469)
