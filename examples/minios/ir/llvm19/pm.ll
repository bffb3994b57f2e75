; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mproc = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, [16 x i8], %struct.message }
%struct.mess_lc_pm_exec = type { i32, i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }
%struct.rusage = type { i32, i32, i32, i32, i32 }
%struct.mess_pm_vfs_proc = type { i32, i32, i32, i32 }
%struct.mess_common_shutdown = type { i32 }

@.str = private unnamed_addr constant [19 x i8] c"pm: vm_exit failed\00", align 1, !dbg !0
@.str.11 = private unnamed_addr constant [19 x i8] c"pm: receive failed\00", align 1, !dbg !7
@call_nr = dso_local global i32 0, align 4, !dbg !10
@mp = dso_local global ptr null, align 4, !dbg !237
@boot_names = internal constant [5 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 4, !dbg !287
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1, !dbg !266
@.str.2 = private unnamed_addr constant [3 x i8] c"pm\00", align 1, !dbg !271
@.str.3 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1, !dbg !276
@.str.4 = private unnamed_addr constant [3 x i8] c"vm\00", align 1, !dbg !281
@.str.5 = private unnamed_addr constant [3 x i8] c"ds\00", align 1, !dbg !283
@.str.6 = private unnamed_addr constant [3 x i8] c"rs\00", align 1, !dbg !285
@shutdown_started = dso_local global i32 0, align 4, !dbg !264
@who_e = dso_local global i32 0, align 4, !dbg !233
@procs_in_use = dso_local global i32 0, align 4, !dbg !260
@who_p = dso_local global i32 0, align 4, !dbg !235
@m_in = dso_local global %struct.message zeroinitializer, align 4, !dbg !17
@call_vec = dso_local constant [10 x ptr] [ptr @do_exit, ptr @do_fork, ptr @do_exec, ptr @do_getpid, ptr @do_kill, ptr @do_setuid, ptr @do_getuid, ptr @do_reboot, ptr @do_getrusage, ptr null], align 4, !dbg !293
@mproc = dso_local global [32 x %struct.mproc] zeroinitializer, align 4, !dbg !255
@.str.18 = private unnamed_addr constant [17 x i8] c"pm: cannot reply\00", align 1, !dbg !305
@.str.1.21 = private unnamed_addr constant [20 x i8] c"pm: cannot tell vfs\00", align 1, !dbg !311
@next_pid = dso_local global i32 0, align 4, !dbg !262
@kernel_call_table = external dso_local global [7 x ptr], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @do_exec() #0 !dbg !337 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %name_addr = alloca i32, align 4
  %len = alloca i32, align 4
  %path = alloca [15 x i8], align 1
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !339, !DIExpression(), !546)
  %0 = load i32, ptr @who_p, align 4, !dbg !547
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !548
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !546
    #dbg_declare(ptr %name_addr, !549, !DIExpression(), !550)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !551
  store i32 %1, ptr %name_addr, align 4, !dbg !550
    #dbg_declare(ptr %len, !552, !DIExpression(), !553)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !554
  store i32 %2, ptr %len, align 4, !dbg !553
    #dbg_declare(ptr %path, !555, !DIExpression(), !559)
    #dbg_declare(ptr %m, !560, !DIExpression(), !561)
    #dbg_declare(ptr %r, !562, !DIExpression(), !563)
  %3 = load i32, ptr %len, align 4, !dbg !564
  %cmp = icmp eq i32 %3, 0, !dbg !566
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !567

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %len, align 4, !dbg !568
  %cmp1 = icmp ugt i32 %4, 14, !dbg !569
  br i1 %cmp1, label %if.then, label %if.end, !dbg !570

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -36, ptr %retval, align 4, !dbg !571
  br label %return, !dbg !571

if.end:                                           ; preds = %lor.lhs.false
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !572
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !573
  store i32 530, ptr %m_type, align 4, !dbg !574
  %5 = load ptr, ptr %rmp, align 4, !dbg !575
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !576
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !576
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !577
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !578
  store i32 %6, ptr %endpt, align 4, !dbg !579
  %7 = load i32, ptr %name_addr, align 4, !dbg !580
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !581
  %name = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 1, !dbg !582
  store i32 %7, ptr %name, align 4, !dbg !583
  %8 = load i32, ptr %len, align 4, !dbg !584
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !585
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u3, i32 0, i32 2, !dbg !586
  store i32 %8, ptr %namelen, align 4, !dbg !587
  %call4 = call i32 @_ipc_sendrec(i32 noundef 1, ptr noundef %m) #4, !dbg !588
  store i32 %call4, ptr %r, align 4, !dbg !590
  %cmp5 = icmp ne i32 %call4, 0, !dbg !591
  br i1 %cmp5, label %if.then6, label %if.end7, !dbg !592

if.then6:                                         ; preds = %if.end
  %9 = load i32, ptr %r, align 4, !dbg !593
  store i32 %9, ptr %retval, align 4, !dbg !594
  br label %return, !dbg !594

if.end7:                                          ; preds = %if.end
  %m_type8 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !595
  %10 = load i32, ptr %m_type8, align 4, !dbg !595
  %cmp9 = icmp ne i32 %10, 0, !dbg !597
  br i1 %cmp9, label %if.then10, label %if.end12, !dbg !598

if.then10:                                        ; preds = %if.end7
  %m_type11 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !599
  %11 = load i32, ptr %m_type11, align 4, !dbg !599
  store i32 %11, ptr %retval, align 4, !dbg !600
  br label %return, !dbg !600

if.end12:                                         ; preds = %if.end7
  %12 = load i32, ptr @who_e, align 4, !dbg !601
  %13 = load i32, ptr %name_addr, align 4, !dbg !603
  %arraydecay = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !604
  %14 = ptrtoint ptr %arraydecay to i32, !dbg !605
  %15 = load i32, ptr %len, align 4, !dbg !606
  %call13 = call i32 @sys_datacopy(i32 noundef %12, i32 noundef %13, i32 noundef 32256, i32 noundef %14, i32 noundef %15) #4, !dbg !607
  store i32 %call13, ptr %r, align 4, !dbg !608
  %cmp14 = icmp ne i32 %call13, 0, !dbg !609
  br i1 %cmp14, label %if.then15, label %if.end16, !dbg !610

if.then15:                                        ; preds = %if.end12
  %16 = load i32, ptr %r, align 4, !dbg !611
  store i32 %16, ptr %retval, align 4, !dbg !612
  br label %return, !dbg !612

if.end16:                                         ; preds = %if.end12
  %17 = load i32, ptr %len, align 4, !dbg !613
  %arrayidx17 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 %17, !dbg !614
  store i8 0, ptr %arrayidx17, align 1, !dbg !615
  %18 = load ptr, ptr %rmp, align 4, !dbg !616
  %mp_name = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 10, !dbg !617
  %arraydecay18 = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !616
  %arraydecay19 = getelementptr inbounds [15 x i8], ptr %path, i32 0, i32 0, !dbg !618
  %call20 = call i32 @strlcpy(ptr noundef %arraydecay18, ptr noundef %arraydecay19, i32 noundef 16) #4, !dbg !619
  %19 = load ptr, ptr %rmp, align 4, !dbg !620
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %19, i32 0, i32 7, !dbg !621
  store i32 0, ptr %mp_sigpending, align 4, !dbg !622
  store i32 0, ptr %retval, align 4, !dbg !623
  br label %return, !dbg !623

return:                                           ; preds = %if.end16, %if.then15, %if.then10, %if.then6, %if.then
  %20 = load i32, ptr %retval, align 4, !dbg !624
  ret i32 %20, !dbg !624
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !625 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !630, !DIExpression(), !631)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !632, !DIExpression(), !633)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !634
  %1 = load i32, ptr %dst.addr, align 4, !dbg !635
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !636
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !634
  ret i32 %call, !dbg !637
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @exit_proc(ptr noundef %rmp, i32 noundef %exit_status) #0 !dbg !638 {
entry:
  %rmp.addr = alloca ptr, align 4
  %exit_status.addr = alloca i32, align 4
  %parent = alloca ptr, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !847, !DIExpression(), !848)
  store i32 %exit_status, ptr %exit_status.addr, align 4
    #dbg_declare(ptr %exit_status.addr, !849, !DIExpression(), !850)
    #dbg_declare(ptr %parent, !851, !DIExpression(), !852)
  %0 = load ptr, ptr %rmp.addr, align 4, !dbg !853
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %0, i32 0, i32 3, !dbg !855
  %1 = load i32, ptr %mp_flags, align 4, !dbg !855
  %and = and i32 %1, 1, !dbg !856
  %tobool = icmp ne i32 %and, 0, !dbg !856
  br i1 %tobool, label %if.end, label %if.then, !dbg !857

if.then:                                          ; preds = %entry
  br label %return, !dbg !858

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %exit_status.addr, align 4, !dbg !859
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !860
  %mp_exitstatus = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 4, !dbg !861
  store i32 %2, ptr %mp_exitstatus, align 4, !dbg !862
  %4 = load ptr, ptr %rmp.addr, align 4, !dbg !863
  call void @tell_vfs(ptr noundef %4, i32 noundef 529) #4, !dbg !864
  %5 = load ptr, ptr %rmp.addr, align 4, !dbg !865
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 0, !dbg !867
  %6 = load i32, ptr %mp_endpoint, align 4, !dbg !867
  %call = call i32 @vm_exit(i32 noundef %6) #4, !dbg !868
  %cmp = icmp ne i32 %call, 0, !dbg !869
  br i1 %cmp, label %if.then1, label %if.end2, !dbg !870

if.then1:                                         ; preds = %if.end
  call void @panic(ptr noundef @.str) #5, !dbg !871
  unreachable, !dbg !871

if.end2:                                          ; preds = %if.end
  %7 = load ptr, ptr %rmp.addr, align 4, !dbg !872
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 2, !dbg !873
  %8 = load i32, ptr %mp_parent, align 4, !dbg !873
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %8, !dbg !874
  store ptr %arrayidx, ptr %parent, align 4, !dbg !875
  %9 = load ptr, ptr %parent, align 4, !dbg !876
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 7, !dbg !877
  %10 = load i32, ptr %mp_sigpending, align 4, !dbg !878
  %or = or i32 %10, 131072, !dbg !878
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !878
  %11 = load ptr, ptr %rmp.addr, align 4, !dbg !879
  %mp_flags3 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 3, !dbg !880
  store i32 0, ptr %mp_flags3, align 4, !dbg !881
  %12 = load i32, ptr @procs_in_use, align 4, !dbg !882
  %dec = add nsw i32 %12, -1, !dbg !882
  store i32 %dec, ptr @procs_in_use, align 4, !dbg !882
  br label %return, !dbg !883

return:                                           ; preds = %if.end2, %if.then
  ret void, !dbg !883
}

declare dso_local i32 @vm_exit(i32 noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @do_fork() #0 !dbg !884 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %rmc = alloca ptr, align 4
  %new_pid = alloca i32, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !885, !DIExpression(), !1092)
  %0 = load i32, ptr @who_p, align 4, !dbg !1093
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1094
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1092
    #dbg_declare(ptr %rmc, !1095, !DIExpression(), !1096)
    #dbg_declare(ptr %new_pid, !1097, !DIExpression(), !1098)
    #dbg_declare(ptr %n, !1099, !DIExpression(), !1100)
    #dbg_declare(ptr %r, !1101, !DIExpression(), !1102)
  %1 = load i32, ptr @procs_in_use, align 4, !dbg !1103
  %cmp = icmp sge i32 %1, 30, !dbg !1105
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !1106

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !1107
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 6, !dbg !1108
  %3 = load i32, ptr %mp_effuid, align 4, !dbg !1108
  %cmp1 = icmp ne i32 %3, 0, !dbg !1109
  br i1 %cmp1, label %if.then, label %if.end, !dbg !1110

if.then:                                          ; preds = %land.lhs.true
  store i32 -11, ptr %retval, align 4, !dbg !1111
  br label %return, !dbg !1111

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @get_free_slot() #4, !dbg !1112
  store i32 %call, ptr %n, align 4, !dbg !1114
  %cmp2 = icmp slt i32 %call, 0, !dbg !1115
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1116

if.then3:                                         ; preds = %if.end
  store i32 -11, ptr %retval, align 4, !dbg !1117
  br label %return, !dbg !1117

if.end4:                                          ; preds = %if.end
  %call5 = call i32 @get_free_pid() #4, !dbg !1118
  store i32 %call5, ptr %new_pid, align 4, !dbg !1119
  %4 = load i32, ptr %n, align 4, !dbg !1120
  %arrayidx6 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !1121
  store ptr %arrayidx6, ptr %rmc, align 4, !dbg !1122
  %5 = load ptr, ptr %rmc, align 4, !dbg !1123
  %6 = load ptr, ptr %rmp, align 4, !dbg !1124
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %5, ptr align 4 %6, i32 120, i1 false), !dbg !1125
  %7 = load i32, ptr @who_p, align 4, !dbg !1126
  %8 = load ptr, ptr %rmc, align 4, !dbg !1127
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 2, !dbg !1128
  store i32 %7, ptr %mp_parent, align 4, !dbg !1129
  %9 = load i32, ptr %new_pid, align 4, !dbg !1130
  %10 = load ptr, ptr %rmc, align 4, !dbg !1131
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %10, i32 0, i32 1, !dbg !1132
  store i32 %9, ptr %mp_pid, align 4, !dbg !1133
  %11 = load ptr, ptr %rmc, align 4, !dbg !1134
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 7, !dbg !1135
  store i32 0, ptr %mp_sigpending, align 4, !dbg !1136
  %12 = load ptr, ptr %rmc, align 4, !dbg !1137
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 8, !dbg !1138
  store i32 0, ptr %mp_utime, align 4, !dbg !1139
  %13 = load ptr, ptr %rmc, align 4, !dbg !1140
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 9, !dbg !1141
  store i32 0, ptr %mp_stime, align 4, !dbg !1142
  %14 = load ptr, ptr %rmp, align 4, !dbg !1143
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 0, !dbg !1145
  %15 = load i32, ptr %mp_endpoint, align 4, !dbg !1145
  %16 = load i32, ptr %n, align 4, !dbg !1146
  %17 = load ptr, ptr %rmc, align 4, !dbg !1147
  %mp_endpoint7 = getelementptr inbounds %struct.mproc, ptr %17, i32 0, i32 0, !dbg !1148
  %call8 = call i32 @vm_fork(i32 noundef %15, i32 noundef %16, ptr noundef %mp_endpoint7) #4, !dbg !1149
  store i32 %call8, ptr %r, align 4, !dbg !1150
  %cmp9 = icmp ne i32 %call8, 0, !dbg !1151
  br i1 %cmp9, label %if.then10, label %if.end11, !dbg !1152

if.then10:                                        ; preds = %if.end4
  %18 = load ptr, ptr %rmc, align 4, !dbg !1153
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %18, i32 0, i32 3, !dbg !1155
  store i32 0, ptr %mp_flags, align 4, !dbg !1156
  %19 = load i32, ptr %r, align 4, !dbg !1157
  store i32 %19, ptr %retval, align 4, !dbg !1158
  br label %return, !dbg !1158

if.end11:                                         ; preds = %if.end4
  %20 = load i32, ptr @procs_in_use, align 4, !dbg !1159
  %inc = add nsw i32 %20, 1, !dbg !1159
  store i32 %inc, ptr @procs_in_use, align 4, !dbg !1159
  %21 = load ptr, ptr %rmc, align 4, !dbg !1160
  call void @tell_vfs(ptr noundef %21, i32 noundef 528) #4, !dbg !1161
  %22 = load i32, ptr %new_pid, align 4, !dbg !1162
  store i32 %22, ptr %retval, align 4, !dbg !1163
  br label %return, !dbg !1163

return:                                           ; preds = %if.end11, %if.then10, %if.then3, %if.then
  %23 = load i32, ptr %retval, align 4, !dbg !1164
  ret i32 %23, !dbg !1164
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

declare dso_local i32 @vm_fork(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_exit() #0 !dbg !1165 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !1166
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1167
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1168
  call void @exit_proc(ptr noundef %arrayidx, i32 noundef %1) #4, !dbg !1169
  ret i32 -201, !dbg !1170
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getpid() #0 !dbg !1171 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !1172
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1173
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 1, !dbg !1174
  %1 = load i32, ptr %mp_pid, align 4, !dbg !1174
  ret i32 %1, !dbg !1175
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getuid() #0 !dbg !1176 {
entry:
  %0 = load i32, ptr @who_p, align 4, !dbg !1177
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1178
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 5, !dbg !1179
  %1 = load i32, ptr %mp_realuid, align 4, !dbg !1179
  ret i32 %1, !dbg !1180
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_setuid() #0 !dbg !1181 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %uid = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1182, !DIExpression(), !1389)
  %0 = load i32, ptr @who_p, align 4, !dbg !1390
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1391
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1389
    #dbg_declare(ptr %uid, !1392, !DIExpression(), !1393)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1394
  store i32 %1, ptr %uid, align 4, !dbg !1393
  %2 = load i32, ptr %uid, align 4, !dbg !1395
  %cmp = icmp slt i32 %2, 0, !dbg !1397
  br i1 %cmp, label %if.then, label %if.end, !dbg !1398

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !1399
  br label %return, !dbg !1399

if.end:                                           ; preds = %entry
  %3 = load ptr, ptr %rmp, align 4, !dbg !1400
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 5, !dbg !1402
  %4 = load i32, ptr %mp_realuid, align 4, !dbg !1402
  %5 = load i32, ptr %uid, align 4, !dbg !1403
  %cmp1 = icmp ne i32 %4, %5, !dbg !1404
  br i1 %cmp1, label %land.lhs.true, label %if.end4, !dbg !1405

land.lhs.true:                                    ; preds = %if.end
  %6 = load ptr, ptr %rmp, align 4, !dbg !1406
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 6, !dbg !1407
  %7 = load i32, ptr %mp_effuid, align 4, !dbg !1407
  %cmp2 = icmp ne i32 %7, 0, !dbg !1408
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1409

if.then3:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1410
  br label %return, !dbg !1410

if.end4:                                          ; preds = %land.lhs.true, %if.end
  %8 = load i32, ptr %uid, align 4, !dbg !1411
  %9 = load ptr, ptr %rmp, align 4, !dbg !1412
  %mp_realuid5 = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !1413
  store i32 %8, ptr %mp_realuid5, align 4, !dbg !1414
  %10 = load i32, ptr %uid, align 4, !dbg !1415
  %11 = load ptr, ptr %rmp, align 4, !dbg !1416
  %mp_effuid6 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 6, !dbg !1417
  store i32 %10, ptr %mp_effuid6, align 4, !dbg !1418
  %12 = load ptr, ptr %rmp, align 4, !dbg !1419
  call void @tell_vfs(ptr noundef %12, i32 noundef 531) #4, !dbg !1420
  store i32 0, ptr %retval, align 4, !dbg !1421
  br label %return, !dbg !1421

return:                                           ; preds = %if.end4, %if.then3, %if.then
  %13 = load i32, ptr %retval, align 4, !dbg !1422
  ret i32 %13, !dbg !1422
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !1423 {
entry:
  %ipc_status = alloca i32, align 4
  %result = alloca i32, align 4
  %call_index = alloca i32, align 4
    #dbg_declare(ptr %ipc_status, !1424, !DIExpression(), !1425)
    #dbg_declare(ptr %result, !1426, !DIExpression(), !1427)
    #dbg_declare(ptr %call_index, !1428, !DIExpression(), !1429)
  call void @pm_init() #4, !dbg !1430
  br label %for.cond, !dbg !1431

for.cond:                                         ; preds = %if.end23, %if.then2, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef @m_in, ptr noundef %ipc_status) #4, !dbg !1432
  %cmp = icmp ne i32 %call, 0, !dbg !1437
  br i1 %cmp, label %if.then, label %if.end, !dbg !1438

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str.11) #5, !dbg !1439
  unreachable, !dbg !1439

if.end:                                           ; preds = %for.cond
  %0 = load i32, ptr @m_in, align 4, !dbg !1440
  store i32 %0, ptr @who_e, align 4, !dbg !1441
  %1 = load i32, ptr @who_e, align 4, !dbg !1442
  %and = and i32 %1, 31, !dbg !1442
  store i32 %and, ptr @who_p, align 4, !dbg !1443
  %2 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 1), align 4, !dbg !1444
  store i32 %2, ptr @call_nr, align 4, !dbg !1445
  %3 = load i32, ptr @who_p, align 4, !dbg !1446
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3, !dbg !1447
  store ptr %arrayidx, ptr @mp, align 4, !dbg !1448
  %4 = load ptr, ptr @mp, align 4, !dbg !1449
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %4, i32 0, i32 0, !dbg !1451
  %5 = load i32, ptr %mp_endpoint, align 4, !dbg !1451
  %6 = load i32, ptr @who_e, align 4, !dbg !1452
  %cmp1 = icmp ne i32 %5, %6, !dbg !1453
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !1454

if.then2:                                         ; preds = %if.end
  br label %for.cond, !dbg !1455, !llvm.loop !1456

if.end3:                                          ; preds = %if.end
  %7 = load i32, ptr @call_nr, align 4, !dbg !1459
  %cmp4 = icmp eq i32 %7, 1536, !dbg !1461
  br i1 %cmp4, label %if.then5, label %if.else, !dbg !1462

if.then5:                                         ; preds = %if.end3
  %call6 = call i32 @do_getstatus() #4, !dbg !1463
  store i32 %call6, ptr %result, align 4, !dbg !1465
  br label %if.end20, !dbg !1466

if.else:                                          ; preds = %if.end3
  %8 = load i32, ptr @call_nr, align 4, !dbg !1467
  %and7 = and i32 %8, -256, !dbg !1467
  %cmp8 = icmp eq i32 %and7, 256, !dbg !1467
  br i1 %cmp8, label %if.then9, label %if.else18, !dbg !1469

if.then9:                                         ; preds = %if.else
  %9 = load i32, ptr @call_nr, align 4, !dbg !1470
  %sub = sub nsw i32 %9, 256, !dbg !1472
  store i32 %sub, ptr %call_index, align 4, !dbg !1473
  %10 = load i32, ptr %call_index, align 4, !dbg !1474
  %cmp10 = icmp ult i32 %10, 10, !dbg !1476
  br i1 %cmp10, label %land.lhs.true, label %if.else16, !dbg !1477

land.lhs.true:                                    ; preds = %if.then9
  %11 = load i32, ptr %call_index, align 4, !dbg !1478
  %arrayidx11 = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %11, !dbg !1479
  %12 = load ptr, ptr %arrayidx11, align 4, !dbg !1479
  %cmp12 = icmp ne ptr %12, null, !dbg !1480
  br i1 %cmp12, label %if.then13, label %if.else16, !dbg !1481

if.then13:                                        ; preds = %land.lhs.true
  %13 = load i32, ptr %call_index, align 4, !dbg !1482
  %arrayidx14 = getelementptr inbounds [10 x ptr], ptr @call_vec, i32 0, i32 %13, !dbg !1483
  %14 = load ptr, ptr %arrayidx14, align 4, !dbg !1483
  %call15 = call i32 %14() #4, !dbg !1484
  store i32 %call15, ptr %result, align 4, !dbg !1485
  br label %if.end17, !dbg !1486

if.else16:                                        ; preds = %land.lhs.true, %if.then9
  store i32 -38, ptr %result, align 4, !dbg !1487
  br label %if.end17

if.end17:                                         ; preds = %if.else16, %if.then13
  br label %if.end19, !dbg !1488

if.else18:                                        ; preds = %if.else
  store i32 -38, ptr %result, align 4, !dbg !1489
  br label %if.end19

if.end19:                                         ; preds = %if.else18, %if.end17
  br label %if.end20

if.end20:                                         ; preds = %if.end19, %if.then5
  %15 = load i32, ptr %result, align 4, !dbg !1491
  %cmp21 = icmp ne i32 %15, -201, !dbg !1493
  br i1 %cmp21, label %if.then22, label %if.end23, !dbg !1494

if.then22:                                        ; preds = %if.end20
  %16 = load i32, ptr @who_p, align 4, !dbg !1495
  %17 = load i32, ptr %result, align 4, !dbg !1496
  call void @reply(i32 noundef %16, i32 noundef %17) #4, !dbg !1497
  br label %if.end23, !dbg !1497

if.end23:                                         ; preds = %if.then22, %if.end20
  br label %for.cond, !dbg !1498, !llvm.loop !1456
}

; Function Attrs: noinline nounwind
define internal void @pm_init() #0 !dbg !1499 {
entry:
  %rmp = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1502, !DIExpression(), !1503)
    #dbg_declare(ptr %i, !1504, !DIExpression(), !1505)
  store i32 0, ptr %i, align 4, !dbg !1506
  br label %for.cond, !dbg !1508

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !1509
  %cmp = icmp slt i32 %0, 5, !dbg !1511
  br i1 %cmp, label %for.body, label %for.end, !dbg !1512

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !1513
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1515
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1516
  %2 = load i32, ptr %i, align 4, !dbg !1517
  %3 = load ptr, ptr %rmp, align 4, !dbg !1518
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 0, !dbg !1519
  store i32 %2, ptr %mp_endpoint, align 4, !dbg !1520
  %4 = load i32, ptr %i, align 4, !dbg !1521
  %add = add nsw i32 2, %4, !dbg !1522
  %5 = load ptr, ptr %rmp, align 4, !dbg !1523
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 1, !dbg !1524
  store i32 %add, ptr %mp_pid, align 4, !dbg !1525
  %6 = load ptr, ptr %rmp, align 4, !dbg !1526
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 2, !dbg !1527
  store i32 0, ptr %mp_parent, align 4, !dbg !1528
  %7 = load ptr, ptr %rmp, align 4, !dbg !1529
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 3, !dbg !1530
  store i32 1, ptr %mp_flags, align 4, !dbg !1531
  %8 = load ptr, ptr %rmp, align 4, !dbg !1532
  %mp_name = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 10, !dbg !1533
  %arraydecay = getelementptr inbounds [16 x i8], ptr %mp_name, i32 0, i32 0, !dbg !1532
  %9 = load i32, ptr %i, align 4, !dbg !1534
  %arrayidx1 = getelementptr inbounds [5 x ptr], ptr @boot_names, i32 0, i32 %9, !dbg !1535
  %10 = load ptr, ptr %arrayidx1, align 4, !dbg !1535
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %10, i32 noundef 16) #4, !dbg !1536
  br label %for.inc, !dbg !1537

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %i, align 4, !dbg !1538
  %inc = add nsw i32 %11, 1, !dbg !1538
  store i32 %inc, ptr %i, align 4, !dbg !1538
  br label %for.cond, !dbg !1539, !llvm.loop !1540

for.end:                                          ; preds = %for.cond
  store ptr getelementptr inbounds ([32 x %struct.mproc], ptr @mproc, i32 0, i32 5), ptr %rmp, align 4, !dbg !1543
  %12 = load ptr, ptr %rmp, align 4, !dbg !1544
  %mp_endpoint2 = getelementptr inbounds %struct.mproc, ptr %12, i32 0, i32 0, !dbg !1545
  store i32 37, ptr %mp_endpoint2, align 4, !dbg !1546
  %13 = load ptr, ptr %rmp, align 4, !dbg !1547
  %mp_pid3 = getelementptr inbounds %struct.mproc, ptr %13, i32 0, i32 1, !dbg !1548
  store i32 1, ptr %mp_pid3, align 4, !dbg !1549
  %14 = load ptr, ptr %rmp, align 4, !dbg !1550
  %mp_parent4 = getelementptr inbounds %struct.mproc, ptr %14, i32 0, i32 2, !dbg !1551
  store i32 0, ptr %mp_parent4, align 4, !dbg !1552
  %15 = load ptr, ptr %rmp, align 4, !dbg !1553
  %mp_flags5 = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 3, !dbg !1554
  store i32 1, ptr %mp_flags5, align 4, !dbg !1555
  %16 = load ptr, ptr %rmp, align 4, !dbg !1556
  %mp_name6 = getelementptr inbounds %struct.mproc, ptr %16, i32 0, i32 10, !dbg !1557
  %arraydecay7 = getelementptr inbounds [16 x i8], ptr %mp_name6, i32 0, i32 0, !dbg !1556
  %call8 = call i32 @strlcpy(ptr noundef %arraydecay7, ptr noundef @.str.1, i32 noundef 16) #4, !dbg !1558
  store i32 6, ptr @procs_in_use, align 4, !dbg !1559
  store i32 7, ptr @next_pid, align 4, !dbg !1560
  ret void, !dbg !1561
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_reboot() #0 !dbg !1562 {
entry:
  %retval = alloca i32, align 4
  %how = alloca i32, align 4
    #dbg_declare(ptr %how, !1563, !DIExpression(), !1564)
  %0 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1565
  store i32 %0, ptr %how, align 4, !dbg !1564
  %1 = load i32, ptr @who_p, align 4, !dbg !1566
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !1568
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 6, !dbg !1569
  %2 = load i32, ptr %mp_effuid, align 4, !dbg !1569
  %cmp = icmp ne i32 %2, 0, !dbg !1570
  br i1 %cmp, label %if.then, label %if.end, !dbg !1571

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1572
  br label %return, !dbg !1572

if.end:                                           ; preds = %entry
  %3 = load i32, ptr %how, align 4, !dbg !1573
  %cmp1 = icmp ne i32 %3, 0, !dbg !1575
  br i1 %cmp1, label %land.lhs.true, label %if.end6, !dbg !1576

land.lhs.true:                                    ; preds = %if.end
  %4 = load i32, ptr %how, align 4, !dbg !1577
  %cmp2 = icmp ne i32 %4, 1, !dbg !1578
  br i1 %cmp2, label %land.lhs.true3, label %if.end6, !dbg !1579

land.lhs.true3:                                   ; preds = %land.lhs.true
  %5 = load i32, ptr %how, align 4, !dbg !1580
  %cmp4 = icmp ne i32 %5, 2, !dbg !1581
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !1582

if.then5:                                         ; preds = %land.lhs.true3
  store i32 -22, ptr %retval, align 4, !dbg !1583
  br label %return, !dbg !1583

if.end6:                                          ; preds = %land.lhs.true3, %land.lhs.true, %if.end
  store i32 1, ptr @shutdown_started, align 4, !dbg !1584
  %6 = load i32, ptr %how, align 4, !dbg !1585
  %call = call i32 @tell_server(i32 noundef 4, i32 noundef 1284, i32 noundef %6) #4, !dbg !1586
  %7 = load i32, ptr %how, align 4, !dbg !1587
  %call7 = call i32 @tell_server(i32 noundef 1, i32 noundef 1537, i32 noundef %7) #4, !dbg !1588
  %8 = load i32, ptr %how, align 4, !dbg !1589
  %call8 = call i32 @tell_server(i32 noundef 2, i32 noundef 1537, i32 noundef %8) #4, !dbg !1590
  %9 = load i32, ptr %how, align 4, !dbg !1591
  %call9 = call i32 @tell_server(i32 noundef 3, i32 noundef 1537, i32 noundef %9) #4, !dbg !1592
  %10 = load i32, ptr %how, align 4, !dbg !1593
  %call10 = call i32 @sys_abort(i32 noundef %10) #4, !dbg !1594
  store i32 -201, ptr %retval, align 4, !dbg !1595
  br label %return, !dbg !1595

return:                                           ; preds = %if.end6, %if.then5, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !1596
  ret i32 %11, !dbg !1596
}

declare dso_local i32 @sys_abort(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getrusage() #0 !dbg !1597 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %vui = alloca %struct.mess_lc_pm_exec, align 4
  %usage = alloca %struct.rusage, align 4
  %uptime = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1598, !DIExpression(), !1805)
  %0 = load i32, ptr @who_p, align 4, !dbg !1806
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !1807
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !1805
    #dbg_declare(ptr %vui, !1808, !DIExpression(), !1814)
    #dbg_declare(ptr %usage, !1815, !DIExpression(), !1823)
    #dbg_declare(ptr %uptime, !1824, !DIExpression(), !1825)
    #dbg_declare(ptr %r, !1826, !DIExpression(), !1827)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !1828
  %cmp = icmp ne i32 %1, 0, !dbg !1830
  br i1 %cmp, label %if.then, label %if.end, !dbg !1831

if.then:                                          ; preds = %entry
  store i32 -22, ptr %retval, align 4, !dbg !1832
  br label %return, !dbg !1832

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rmp, align 4, !dbg !1833
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 0, !dbg !1835
  %3 = load i32, ptr %mp_endpoint, align 4, !dbg !1835
  %call = call i32 @vm_info_usage(i32 noundef %3, ptr noundef %vui) #4, !dbg !1836
  store i32 %call, ptr %r, align 4, !dbg !1837
  %cmp1 = icmp ne i32 %call, 0, !dbg !1838
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !1839

if.then2:                                         ; preds = %if.end
  %4 = load i32, ptr %r, align 4, !dbg !1840
  store i32 %4, ptr %retval, align 4, !dbg !1841
  br label %return, !dbg !1841

if.end3:                                          ; preds = %if.end
  %call4 = call i32 @getuptime(ptr noundef %uptime) #4, !dbg !1842
  store i32 %call4, ptr %r, align 4, !dbg !1844
  %cmp5 = icmp ne i32 %call4, 0, !dbg !1845
  br i1 %cmp5, label %if.then6, label %if.end7, !dbg !1846

if.then6:                                         ; preds = %if.end3
  %5 = load i32, ptr %r, align 4, !dbg !1847
  store i32 %5, ptr %retval, align 4, !dbg !1848
  br label %return, !dbg !1848

if.end7:                                          ; preds = %if.end3
  %call8 = call ptr @memset(ptr noundef %usage, i32 noundef 0, i32 noundef 20) #4, !dbg !1849
  %6 = load ptr, ptr %rmp, align 4, !dbg !1850
  %mp_utime = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 8, !dbg !1851
  %7 = load i32, ptr %mp_utime, align 4, !dbg !1851
  %ru_utime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 0, !dbg !1852
  store i32 %7, ptr %ru_utime, align 4, !dbg !1853
  %8 = load ptr, ptr %rmp, align 4, !dbg !1854
  %mp_stime = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 9, !dbg !1855
  %9 = load i32, ptr %mp_stime, align 4, !dbg !1855
  %ru_stime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 1, !dbg !1856
  store i32 %9, ptr %ru_stime, align 4, !dbg !1857
  %vui_pages = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 0, !dbg !1858
  %10 = load i32, ptr %vui_pages, align 4, !dbg !1858
  %mul = mul i32 %10, 4096, !dbg !1859
  %ru_maxrss = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 2, !dbg !1860
  store i32 %mul, ptr %ru_maxrss, align 4, !dbg !1861
  %vui_brk = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %vui, i32 0, i32 1, !dbg !1862
  %11 = load i32, ptr %vui_brk, align 4, !dbg !1862
  %ru_brk = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 3, !dbg !1863
  store i32 %11, ptr %ru_brk, align 4, !dbg !1864
  %12 = load i32, ptr %uptime, align 4, !dbg !1865
  %ru_uptime = getelementptr inbounds %struct.rusage, ptr %usage, i32 0, i32 4, !dbg !1866
  store i32 %12, ptr %ru_uptime, align 4, !dbg !1867
  %13 = ptrtoint ptr %usage to i32, !dbg !1868
  %14 = load i32, ptr @who_e, align 4, !dbg !1869
  %15 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !1870
  %call9 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %13, i32 noundef %14, i32 noundef %15, i32 noundef 20) #4, !dbg !1871
  store i32 %call9, ptr %retval, align 4, !dbg !1872
  br label %return, !dbg !1872

return:                                           ; preds = %if.end7, %if.then6, %if.then2, %if.then
  %16 = load i32, ptr %retval, align 4, !dbg !1873
  ret i32 %16, !dbg !1873
}

declare dso_local i32 @vm_info_usage(i32 noundef, ptr noundef) #1

declare dso_local i32 @getuptime(ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus() #0 !dbg !1874 {
entry:
  %0 = load i32, ptr @procs_in_use, align 4, !dbg !1875
  ret i32 %0, !dbg !1876
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_kill() #0 !dbg !1877 {
entry:
  %retval = alloca i32, align 4
  %rmp = alloca ptr, align 4
  %target = alloca ptr, align 4
  %pid = alloca i32, align 4
  %sig = alloca i32, align 4
  %slot = alloca i32, align 4
    #dbg_declare(ptr %rmp, !1878, !DIExpression(), !2085)
  %0 = load i32, ptr @who_p, align 4, !dbg !2086
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !2087
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !2085
    #dbg_declare(ptr %target, !2088, !DIExpression(), !2089)
    #dbg_declare(ptr %pid, !2090, !DIExpression(), !2091)
  %1 = load i32, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), align 4, !dbg !2092
  store i32 %1, ptr %pid, align 4, !dbg !2091
    #dbg_declare(ptr %sig, !2093, !DIExpression(), !2094)
  %2 = load i32, ptr getelementptr inbounds (%struct.mess_lc_pm_exec, ptr getelementptr inbounds (%struct.message, ptr @m_in, i32 0, i32 2), i32 0, i32 1), align 4, !dbg !2095
  store i32 %2, ptr %sig, align 4, !dbg !2094
    #dbg_declare(ptr %slot, !2096, !DIExpression(), !2097)
  %3 = load i32, ptr %sig, align 4, !dbg !2098
  %cmp = icmp slt i32 %3, 0, !dbg !2100
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !2101

lor.lhs.false:                                    ; preds = %entry
  %4 = load i32, ptr %sig, align 4, !dbg !2102
  %cmp1 = icmp sge i32 %4, 32, !dbg !2103
  br i1 %cmp1, label %if.then, label %if.end, !dbg !2104

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !2105
  br label %return, !dbg !2105

if.end:                                           ; preds = %lor.lhs.false
  %5 = load i32, ptr %pid, align 4, !dbg !2106
  %call = call i32 @find_proc_by_pid(i32 noundef %5) #4, !dbg !2108
  store i32 %call, ptr %slot, align 4, !dbg !2109
  %cmp2 = icmp slt i32 %call, 0, !dbg !2110
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !2111

if.then3:                                         ; preds = %if.end
  store i32 -3, ptr %retval, align 4, !dbg !2112
  br label %return, !dbg !2112

if.end4:                                          ; preds = %if.end
  %6 = load i32, ptr %slot, align 4, !dbg !2113
  %arrayidx5 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !2114
  store ptr %arrayidx5, ptr %target, align 4, !dbg !2115
  %7 = load ptr, ptr %rmp, align 4, !dbg !2116
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %7, i32 0, i32 6, !dbg !2118
  %8 = load i32, ptr %mp_effuid, align 4, !dbg !2118
  %cmp6 = icmp ne i32 %8, 0, !dbg !2119
  br i1 %cmp6, label %land.lhs.true, label %if.end10, !dbg !2120

land.lhs.true:                                    ; preds = %if.end4
  %9 = load ptr, ptr %rmp, align 4, !dbg !2121
  %mp_realuid = getelementptr inbounds %struct.mproc, ptr %9, i32 0, i32 5, !dbg !2122
  %10 = load i32, ptr %mp_realuid, align 4, !dbg !2122
  %11 = load ptr, ptr %target, align 4, !dbg !2123
  %mp_realuid7 = getelementptr inbounds %struct.mproc, ptr %11, i32 0, i32 5, !dbg !2124
  %12 = load i32, ptr %mp_realuid7, align 4, !dbg !2124
  %cmp8 = icmp ne i32 %10, %12, !dbg !2125
  br i1 %cmp8, label %if.then9, label %if.end10, !dbg !2126

if.then9:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !2127
  br label %return, !dbg !2127

if.end10:                                         ; preds = %land.lhs.true, %if.end4
  %13 = load i32, ptr %sig, align 4, !dbg !2128
  %cmp11 = icmp eq i32 %13, 0, !dbg !2130
  br i1 %cmp11, label %if.then12, label %if.end13, !dbg !2131

if.then12:                                        ; preds = %if.end10
  store i32 0, ptr %retval, align 4, !dbg !2132
  br label %return, !dbg !2132

if.end13:                                         ; preds = %if.end10
  %14 = load i32, ptr %sig, align 4, !dbg !2133
  %cmp14 = icmp eq i32 %14, 9, !dbg !2135
  br i1 %cmp14, label %if.then15, label %if.end18, !dbg !2136

if.then15:                                        ; preds = %if.end13
  %15 = load ptr, ptr %target, align 4, !dbg !2137
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %15, i32 0, i32 0, !dbg !2139
  %16 = load i32, ptr %mp_endpoint, align 4, !dbg !2139
  %17 = load i32, ptr %sig, align 4, !dbg !2140
  %call16 = call i32 @sys_kill(i32 noundef %16, i32 noundef %17) #4, !dbg !2141
  %18 = load ptr, ptr %target, align 4, !dbg !2142
  %19 = load i32, ptr %sig, align 4, !dbg !2143
  %add = add nsw i32 128, %19, !dbg !2144
  call void @exit_proc(ptr noundef %18, i32 noundef %add) #4, !dbg !2145
  %20 = load ptr, ptr %target, align 4, !dbg !2146
  %21 = load ptr, ptr %rmp, align 4, !dbg !2147
  %cmp17 = icmp eq ptr %20, %21, !dbg !2148
  %22 = zext i1 %cmp17 to i64, !dbg !2146
  %cond = select i1 %cmp17, i32 -201, i32 0, !dbg !2146
  store i32 %cond, ptr %retval, align 4, !dbg !2149
  br label %return, !dbg !2149

if.end18:                                         ; preds = %if.end13
  %23 = load i32, ptr %sig, align 4, !dbg !2150
  %shl = shl i32 1, %23, !dbg !2150
  %24 = load ptr, ptr %target, align 4, !dbg !2151
  %mp_sigpending = getelementptr inbounds %struct.mproc, ptr %24, i32 0, i32 7, !dbg !2152
  %25 = load i32, ptr %mp_sigpending, align 4, !dbg !2153
  %or = or i32 %25, %shl, !dbg !2153
  store i32 %or, ptr %mp_sigpending, align 4, !dbg !2153
  %26 = load ptr, ptr %target, align 4, !dbg !2154
  %mp_endpoint19 = getelementptr inbounds %struct.mproc, ptr %26, i32 0, i32 0, !dbg !2155
  %27 = load i32, ptr %mp_endpoint19, align 4, !dbg !2155
  %28 = load i32, ptr %sig, align 4, !dbg !2156
  %call20 = call i32 @sys_kill(i32 noundef %27, i32 noundef %28) #4, !dbg !2157
  store i32 %call20, ptr %retval, align 4, !dbg !2158
  br label %return, !dbg !2158

return:                                           ; preds = %if.end18, %if.then15, %if.then12, %if.then9, %if.then3, %if.then
  %29 = load i32, ptr %retval, align 4, !dbg !2159
  ret i32 %29, !dbg !2159
}

declare dso_local i32 @sys_kill(i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %proc_nr, i32 noundef %result) #0 !dbg !2160 {
entry:
  %proc_nr.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  %rmp = alloca ptr, align 4
  store i32 %proc_nr, ptr %proc_nr.addr, align 4
    #dbg_declare(ptr %proc_nr.addr, !2163, !DIExpression(), !2164)
  store i32 %result, ptr %result.addr, align 4
    #dbg_declare(ptr %result.addr, !2165, !DIExpression(), !2166)
    #dbg_declare(ptr %rmp, !2167, !DIExpression(), !2374)
  %0 = load i32, ptr %proc_nr.addr, align 4, !dbg !2375
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %0, !dbg !2376
  store ptr %arrayidx, ptr %rmp, align 4, !dbg !2374
  %1 = load i32, ptr %result.addr, align 4, !dbg !2377
  %2 = load ptr, ptr %rmp, align 4, !dbg !2378
  %mp_reply = getelementptr inbounds %struct.mproc, ptr %2, i32 0, i32 11, !dbg !2379
  %m_type = getelementptr inbounds %struct.message, ptr %mp_reply, i32 0, i32 1, !dbg !2380
  store i32 %1, ptr %m_type, align 4, !dbg !2381
  %3 = load ptr, ptr %rmp, align 4, !dbg !2382
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 0, !dbg !2384
  %4 = load i32, ptr %mp_endpoint, align 4, !dbg !2384
  %5 = load ptr, ptr %rmp, align 4, !dbg !2385
  %mp_reply1 = getelementptr inbounds %struct.mproc, ptr %5, i32 0, i32 11, !dbg !2386
  %call = call i32 @asynsend3(i32 noundef %4, ptr noundef %mp_reply1, i32 noundef 1) #4, !dbg !2387
  %cmp = icmp ne i32 %call, 0, !dbg !2388
  br i1 %cmp, label %if.then, label %if.end, !dbg !2389

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.18) #5, !dbg !2390
  unreachable, !dbg !2390

if.end:                                           ; preds = %entry
  ret void, !dbg !2391
}

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @tell_vfs(ptr noundef %rmp, i32 noundef %type) #0 !dbg !2392 {
entry:
  %rmp.addr = alloca ptr, align 4
  %type.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %rmp, ptr %rmp.addr, align 4
    #dbg_declare(ptr %rmp.addr, !2395, !DIExpression(), !2396)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !2397, !DIExpression(), !2398)
    #dbg_declare(ptr %m, !2399, !DIExpression(), !2400)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !2401
  %0 = load i32, ptr %type.addr, align 4, !dbg !2402
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !2403
  store i32 %0, ptr %m_type, align 4, !dbg !2404
  %1 = load ptr, ptr %rmp.addr, align 4, !dbg !2405
  %mp_endpoint = getelementptr inbounds %struct.mproc, ptr %1, i32 0, i32 0, !dbg !2406
  %2 = load i32, ptr %mp_endpoint, align 4, !dbg !2406
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2407
  %endpt = getelementptr inbounds %struct.mess_pm_vfs_proc, ptr %m_u, i32 0, i32 0, !dbg !2408
  store i32 %2, ptr %endpt, align 4, !dbg !2409
  %3 = load ptr, ptr %rmp.addr, align 4, !dbg !2410
  %mp_parent = getelementptr inbounds %struct.mproc, ptr %3, i32 0, i32 2, !dbg !2411
  %4 = load i32, ptr %mp_parent, align 4, !dbg !2411
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !2412
  %mp_endpoint1 = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 0, !dbg !2413
  %5 = load i32, ptr %mp_endpoint1, align 4, !dbg !2413
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2414
  %parent_endpt = getelementptr inbounds %struct.mess_pm_vfs_proc, ptr %m_u2, i32 0, i32 1, !dbg !2415
  store i32 %5, ptr %parent_endpt, align 4, !dbg !2416
  %6 = load ptr, ptr %rmp.addr, align 4, !dbg !2417
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %6, i32 0, i32 1, !dbg !2418
  %7 = load i32, ptr %mp_pid, align 4, !dbg !2418
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2419
  %pid = getelementptr inbounds %struct.mess_pm_vfs_proc, ptr %m_u3, i32 0, i32 2, !dbg !2420
  store i32 %7, ptr %pid, align 4, !dbg !2421
  %8 = load ptr, ptr %rmp.addr, align 4, !dbg !2422
  %mp_effuid = getelementptr inbounds %struct.mproc, ptr %8, i32 0, i32 6, !dbg !2423
  %9 = load i32, ptr %mp_effuid, align 4, !dbg !2423
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2424
  %uid = getelementptr inbounds %struct.mess_pm_vfs_proc, ptr %m_u4, i32 0, i32 3, !dbg !2425
  store i32 %9, ptr %uid, align 4, !dbg !2426
  %call5 = call i32 @asynsend3(i32 noundef 1, ptr noundef %m, i32 noundef 1) #4, !dbg !2427
  %cmp = icmp ne i32 %call5, 0, !dbg !2429
  br i1 %cmp, label %if.then, label %if.end, !dbg !2430

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.1.21) #5, !dbg !2431
  unreachable, !dbg !2431

if.end:                                           ; preds = %entry
  ret void, !dbg !2432
}

; Function Attrs: noinline nounwind
define dso_local i32 @tell_server(i32 noundef %endpt, i32 noundef %type, i32 noundef %how) #0 !dbg !2433 {
entry:
  %endpt.addr = alloca i32, align 4
  %type.addr = alloca i32, align 4
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2436, !DIExpression(), !2437)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !2438, !DIExpression(), !2439)
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !2440, !DIExpression(), !2441)
    #dbg_declare(ptr %m, !2442, !DIExpression(), !2443)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #4, !dbg !2444
  %0 = load i32, ptr %type.addr, align 4, !dbg !2445
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !2446
  store i32 %0, ptr %m_type, align 4, !dbg !2447
  %1 = load i32, ptr %how.addr, align 4, !dbg !2448
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2449
  %how1 = getelementptr inbounds %struct.mess_common_shutdown, ptr %m_u, i32 0, i32 0, !dbg !2450
  store i32 %1, ptr %how1, align 4, !dbg !2451
  %2 = load i32, ptr %endpt.addr, align 4, !dbg !2452
  %call2 = call i32 @_ipc_sendrec.24(i32 noundef %2, ptr noundef %m) #4, !dbg !2453
  ret i32 %call2, !dbg !2454
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec.24(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !2455 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !2459, !DIExpression(), !2460)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !2461, !DIExpression(), !2462)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !2463
  %1 = load i32, ptr %dst.addr, align 4, !dbg !2464
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !2465
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #4, !dbg !2463
  ret i32 %call, !dbg !2466
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_slot() #0 !dbg !2467 {
entry:
  %retval = alloca i32, align 4
  %n = alloca i32, align 4
    #dbg_declare(ptr %n, !2468, !DIExpression(), !2469)
  store i32 7, ptr %n, align 4, !dbg !2470
  br label %for.cond, !dbg !2472

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !2473
  %cmp = icmp slt i32 %0, 32, !dbg !2475
  br i1 %cmp, label %for.body, label %for.end, !dbg !2476

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !2477
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !2479
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !2480
  %2 = load i32, ptr %mp_flags, align 4, !dbg !2480
  %and = and i32 %2, 1, !dbg !2481
  %tobool = icmp ne i32 %and, 0, !dbg !2481
  br i1 %tobool, label %if.end, label %if.then, !dbg !2482

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !2483
  store i32 %3, ptr %retval, align 4, !dbg !2484
  br label %return, !dbg !2484

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !2485

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %n, align 4, !dbg !2486
  %inc = add nsw i32 %4, 1, !dbg !2486
  store i32 %inc, ptr %n, align 4, !dbg !2486
  br label %for.cond, !dbg !2487, !llvm.loop !2488

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !2490
  br label %return, !dbg !2490

return:                                           ; preds = %for.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !2491
  ret i32 %5, !dbg !2491
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_pid() #0 !dbg !2492 {
entry:
  %pid = alloca i32, align 4
  %n = alloca i32, align 4
  %taken = alloca i32, align 4
    #dbg_declare(ptr %pid, !2495, !DIExpression(), !2496)
    #dbg_declare(ptr %n, !2497, !DIExpression(), !2498)
    #dbg_declare(ptr %taken, !2499, !DIExpression(), !2500)
  br label %do.body, !dbg !2501

do.body:                                          ; preds = %do.cond, %entry
  %0 = load i32, ptr @next_pid, align 4, !dbg !2502
  store i32 %0, ptr %pid, align 4, !dbg !2504
  %1 = load i32, ptr @next_pid, align 4, !dbg !2505
  %cmp = icmp slt i32 %1, 30000, !dbg !2506
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !2505

cond.true:                                        ; preds = %do.body
  %2 = load i32, ptr @next_pid, align 4, !dbg !2507
  %add = add nsw i32 %2, 1, !dbg !2508
  br label %cond.end, !dbg !2505

cond.false:                                       ; preds = %do.body
  br label %cond.end, !dbg !2505

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add, %cond.true ], [ 2, %cond.false ], !dbg !2505
  store i32 %cond, ptr @next_pid, align 4, !dbg !2509
  store i32 0, ptr %taken, align 4, !dbg !2510
  store i32 0, ptr %n, align 4, !dbg !2511
  br label %for.cond, !dbg !2513

for.cond:                                         ; preds = %for.inc, %cond.end
  %3 = load i32, ptr %n, align 4, !dbg !2514
  %cmp1 = icmp slt i32 %3, 32, !dbg !2516
  br i1 %cmp1, label %for.body, label %for.end, !dbg !2517

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %n, align 4, !dbg !2518
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %4, !dbg !2520
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !2521
  %5 = load i32, ptr %mp_flags, align 4, !dbg !2521
  %and = and i32 %5, 1, !dbg !2522
  %tobool = icmp ne i32 %and, 0, !dbg !2522
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !2523

land.lhs.true:                                    ; preds = %for.body
  %6 = load i32, ptr %n, align 4, !dbg !2524
  %arrayidx2 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %6, !dbg !2525
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx2, i32 0, i32 1, !dbg !2526
  %7 = load i32, ptr %mp_pid, align 4, !dbg !2526
  %8 = load i32, ptr %pid, align 4, !dbg !2527
  %cmp3 = icmp eq i32 %7, %8, !dbg !2528
  br i1 %cmp3, label %if.then, label %if.end, !dbg !2529

if.then:                                          ; preds = %land.lhs.true
  store i32 1, ptr %taken, align 4, !dbg !2530
  br label %if.end, !dbg !2531

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !2527

for.inc:                                          ; preds = %if.end
  %9 = load i32, ptr %n, align 4, !dbg !2532
  %inc = add nsw i32 %9, 1, !dbg !2532
  store i32 %inc, ptr %n, align 4, !dbg !2532
  br label %for.cond, !dbg !2533, !llvm.loop !2534

for.end:                                          ; preds = %for.cond
  br label %do.cond, !dbg !2536

do.cond:                                          ; preds = %for.end
  %10 = load i32, ptr %taken, align 4, !dbg !2537
  %tobool4 = icmp ne i32 %10, 0, !dbg !2536
  br i1 %tobool4, label %do.body, label %do.end, !dbg !2536, !llvm.loop !2538

do.end:                                           ; preds = %do.cond
  %11 = load i32, ptr %pid, align 4, !dbg !2540
  ret i32 %11, !dbg !2541
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_proc_by_pid(i32 noundef %pid) #0 !dbg !2542 {
entry:
  %retval = alloca i32, align 4
  %pid.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %pid, ptr %pid.addr, align 4
    #dbg_declare(ptr %pid.addr, !2545, !DIExpression(), !2546)
    #dbg_declare(ptr %n, !2547, !DIExpression(), !2548)
  store i32 0, ptr %n, align 4, !dbg !2549
  br label %for.cond, !dbg !2551

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4, !dbg !2552
  %cmp = icmp slt i32 %0, 32, !dbg !2554
  br i1 %cmp, label %for.body, label %for.end, !dbg !2555

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4, !dbg !2556
  %arrayidx = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %1, !dbg !2558
  %mp_flags = getelementptr inbounds %struct.mproc, ptr %arrayidx, i32 0, i32 3, !dbg !2559
  %2 = load i32, ptr %mp_flags, align 4, !dbg !2559
  %and = and i32 %2, 1, !dbg !2560
  %tobool = icmp ne i32 %and, 0, !dbg !2560
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !2561

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %n, align 4, !dbg !2562
  %arrayidx1 = getelementptr inbounds [32 x %struct.mproc], ptr @mproc, i32 0, i32 %3, !dbg !2563
  %mp_pid = getelementptr inbounds %struct.mproc, ptr %arrayidx1, i32 0, i32 1, !dbg !2564
  %4 = load i32, ptr %mp_pid, align 4, !dbg !2564
  %5 = load i32, ptr %pid.addr, align 4, !dbg !2565
  %cmp2 = icmp eq i32 %4, %5, !dbg !2566
  br i1 %cmp2, label %if.then, label %if.end, !dbg !2567

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %n, align 4, !dbg !2568
  store i32 %6, ptr %retval, align 4, !dbg !2569
  br label %return, !dbg !2569

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !2565

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %n, align 4, !dbg !2570
  %inc = add nsw i32 %7, 1, !dbg !2570
  store i32 %inc, ptr %n, align 4, !dbg !2570
  br label %for.cond, !dbg !2571, !llvm.loop !2572

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !2574
  br label %return, !dbg !2574

return:                                           ; preds = %for.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !2575
  ret i32 %8, !dbg !2575
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!316, !319, !321, !323, !12, !325, !327, !295, !329}
!llvm.ident = !{!331, !331, !331, !331, !331, !331, !331, !331, !331}
!llvm.module.flags = !{!332, !333, !334, !335, !336}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/pm/exit_proc.c", directory: ".", checksumkind: CSK_MD5, checksum: "873ec3ce387d041fecf1e407ff64cb34")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !9, line: 55, type: !3, isLocal: true, isDefinition: true)
!9 = !DIFile(filename: "servers/pm/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "3b9ca2fb3aea2f625e956bceb11ce59b")
!10 = !DIGlobalVariableExpression(var: !11, expr: !DIExpression())
!11 = distinct !DIGlobalVariable(name: "call_nr", scope: !12, file: !9, line: 13, type: !26, isLocal: false, isDefinition: true)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !9, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !13, globals: !16, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14, !15}
!14 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!16 = !{!7, !17, !233, !235, !10, !237, !255, !260, !262, !264, !266, !271, !276, !281, !283, !285, !287}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "m_in", scope: !12, file: !9, line: 10, type: !19, isLocal: false, isDefinition: true)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !21)
!20 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !22)
!22 = !{!23, !27, !28}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !21, file: !20, line: 71, baseType: !24, size: 32)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !25, line: 25, baseType: !26)
!25 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !21, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !21, file: !20, line: 104, baseType: !29, size: 448, offset: 64)
!29 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !21, file: !20, line: 73, size: 448, elements: !30)
!30 = !{!31, !36, !45, !52, !58, !63, !69, !77, !84, !95, !100, !107, !116, !121, !128, !133, !140, !147, !152, !158, !168, !175, !183, !189, !194, !201, !207, !216, !221, !227}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !29, file: !20, line: 74, baseType: !32, size: 32)
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !33)
!33 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !34)
!34 = !{!35}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !33, file: !20, line: 15, baseType: !26, size: 32)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !29, file: !20, line: 75, baseType: !37, size: 64)
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !38)
!38 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !39)
!39 = !{!40, !43}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !38, file: !20, line: 16, baseType: !41, size: 32)
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !25, line: 30, baseType: !42)
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !25, line: 22, baseType: !14)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !38, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !25, line: 23, baseType: !14)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !29, file: !20, line: 76, baseType: !46, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !47)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !48)
!48 = !{!49, !51}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !47, file: !20, line: 17, baseType: !50, size: 32)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !25, line: 26, baseType: !26)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !47, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !29, file: !20, line: 77, baseType: !53, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !54, file: !20, line: 18, baseType: !57, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !25, line: 27, baseType: !26)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !29, file: !20, line: 78, baseType: !59, size: 32)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !60, file: !20, line: 19, baseType: !26, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !29, file: !20, line: 79, baseType: !64, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !66)
!66 = !{!67, !68}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !65, file: !20, line: 20, baseType: !26, size: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !65, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !29, file: !20, line: 80, baseType: !70, size: 128)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !71)
!71 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !72)
!72 = !{!73, !74, !75, !76}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !71, file: !20, line: 24, baseType: !24, size: 32)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !71, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !71, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !71, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !29, file: !20, line: 81, baseType: !78, size: 96)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !80)
!80 = !{!81, !82, !83}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !79, file: !20, line: 29, baseType: !24, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !79, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !79, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !29, file: !20, line: 82, baseType: !85, size: 128)
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
!95 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !29, file: !20, line: 83, baseType: !96, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !97)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !98)
!98 = !{!99}
!99 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !97, file: !20, line: 33, baseType: !26, size: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !29, file: !20, line: 84, baseType: !101, size: 96)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !103)
!103 = !{!104, !105, !106}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !102, file: !20, line: 34, baseType: !26, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !102, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !102, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !29, file: !20, line: 85, baseType: !108, size: 96)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !109)
!109 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !110)
!110 = !{!111, !112, !115}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !109, file: !20, line: 35, baseType: !26, size: 32)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !109, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !25, line: 29, baseType: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !25, line: 21, baseType: !26)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !109, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !29, file: !20, line: 86, baseType: !117, size: 16)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !118)
!118 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !119)
!119 = !{!120}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !118, file: !20, line: 36, baseType: !92, size: 16)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !29, file: !20, line: 87, baseType: !122, size: 96)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !123)
!123 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !124)
!124 = !{!125, !126, !127}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !123, file: !20, line: 39, baseType: !24, size: 32)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !123, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !123, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !29, file: !20, line: 88, baseType: !129, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !130)
!130 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !131)
!131 = !{!132}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !130, file: !20, line: 40, baseType: !24, size: 32)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !29, file: !20, line: 89, baseType: !134, size: 96)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !135)
!135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !136)
!136 = !{!137, !138, !139}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !135, file: !20, line: 41, baseType: !24, size: 32)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !135, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !135, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !29, file: !20, line: 90, baseType: !141, size: 96)
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !142)
!142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !143)
!143 = !{!144, !145, !146}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !142, file: !20, line: 42, baseType: !24, size: 32)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !142, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !142, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !29, file: !20, line: 91, baseType: !148, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !149)
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !150)
!150 = !{!151}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !149, file: !20, line: 45, baseType: !41, size: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !29, file: !20, line: 92, baseType: !153, size: 64)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !155)
!155 = !{!156, !157}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !154, file: !20, line: 46, baseType: !44, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !154, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !29, file: !20, line: 93, baseType: !159, size: 192)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !160)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !161)
!161 = !{!162, !166, !167}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !160, file: !20, line: 49, baseType: !163, size: 128)
!163 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !164)
!164 = !{!165}
!165 = !DISubrange(count: 16)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !160, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !160, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !29, file: !20, line: 94, baseType: !169, size: 192)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !170)
!170 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !171)
!171 = !{!172, !173, !174}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !170, file: !20, line: 50, baseType: !163, size: 128)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !170, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !170, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !29, file: !20, line: 95, baseType: !176, size: 128)
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !177)
!177 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !178)
!178 = !{!179, !180, !181, !182}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !177, file: !20, line: 53, baseType: !24, size: 32)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !177, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !177, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!182 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !177, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !29, file: !20, line: 96, baseType: !184, size: 64)
!184 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !185)
!185 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !186)
!186 = !{!187, !188}
!187 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !185, file: !20, line: 54, baseType: !24, size: 32)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !185, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!189 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !29, file: !20, line: 97, baseType: !190, size: 32)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !191)
!191 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !192)
!192 = !{!193}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !191, file: !20, line: 57, baseType: !26, size: 32)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !29, file: !20, line: 98, baseType: !195, size: 96)
!195 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !196)
!196 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !197)
!197 = !{!198, !199, !200}
!198 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !196, file: !20, line: 60, baseType: !24, size: 32)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !196, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !196, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !29, file: !20, line: 99, baseType: !202, size: 64)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !203)
!203 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !204)
!204 = !{!205, !206}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !203, file: !20, line: 61, baseType: !24, size: 32)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !203, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !29, file: !20, line: 100, baseType: !208, size: 160)
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !209)
!209 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !210)
!210 = !{!211, !212, !213, !214, !215}
!211 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !209, file: !20, line: 63, baseType: !24, size: 32)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !209, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !209, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!214 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !209, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !209, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !29, file: !20, line: 101, baseType: !217, size: 32)
!217 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !218)
!218 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !219)
!219 = !{!220}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !218, file: !20, line: 67, baseType: !26, size: 32)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !29, file: !20, line: 102, baseType: !222, size: 32)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !223)
!223 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !224)
!224 = !{!225}
!225 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !223, file: !20, line: 68, baseType: !226, size: 32)
!226 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !25, line: 31, baseType: !42)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !29, file: !20, line: 103, baseType: !228, size: 448)
!228 = !DICompositeType(tag: DW_TAG_array_type, baseType: !229, size: 448, elements: !231)
!229 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !25, line: 18, baseType: !230)
!230 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!231 = !{!232}
!232 = !DISubrange(count: 56)
!233 = !DIGlobalVariableExpression(var: !234, expr: !DIExpression())
!234 = distinct !DIGlobalVariable(name: "who_e", scope: !12, file: !9, line: 11, type: !24, isLocal: false, isDefinition: true)
!235 = !DIGlobalVariableExpression(var: !236, expr: !DIExpression())
!236 = distinct !DIGlobalVariable(name: "who_p", scope: !12, file: !9, line: 12, type: !26, isLocal: false, isDefinition: true)
!237 = !DIGlobalVariableExpression(var: !238, expr: !DIExpression())
!238 = distinct !DIGlobalVariable(name: "mp", scope: !12, file: !9, line: 14, type: !239, isLocal: false, isDefinition: true)
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !240, size: 32)
!240 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !242)
!241 = !DIFile(filename: "servers/pm/pm.h", directory: ".", checksumkind: CSK_MD5, checksum: "9a13287b29320e6bf6f0a52b77d77ed8")
!242 = !{!243, !244, !245, !246, !247, !248, !249, !250, !251, !252, !253, !254}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !240, file: !241, line: 11, baseType: !24, size: 32)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !240, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !240, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !240, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !240, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !240, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !240, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !240, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !240, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !240, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !240, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !240, file: !241, line: 22, baseType: !19, size: 512, offset: 448)
!255 = !DIGlobalVariableExpression(var: !256, expr: !DIExpression())
!256 = distinct !DIGlobalVariable(name: "mproc", scope: !12, file: !9, line: 16, type: !257, isLocal: false, isDefinition: true)
!257 = !DICompositeType(tag: DW_TAG_array_type, baseType: !240, size: 30720, elements: !258)
!258 = !{!259}
!259 = !DISubrange(count: 32)
!260 = !DIGlobalVariableExpression(var: !261, expr: !DIExpression())
!261 = distinct !DIGlobalVariable(name: "procs_in_use", scope: !12, file: !9, line: 17, type: !26, isLocal: false, isDefinition: true)
!262 = !DIGlobalVariableExpression(var: !263, expr: !DIExpression())
!263 = distinct !DIGlobalVariable(name: "next_pid", scope: !12, file: !9, line: 18, type: !50, isLocal: false, isDefinition: true)
!264 = !DIGlobalVariableExpression(var: !265, expr: !DIExpression())
!265 = distinct !DIGlobalVariable(name: "shutdown_started", scope: !12, file: !9, line: 19, type: !26, isLocal: false, isDefinition: true)
!266 = !DIGlobalVariableExpression(var: !267, expr: !DIExpression())
!267 = distinct !DIGlobalVariable(scope: null, file: !9, line: 42, type: !268, isLocal: true, isDefinition: true)
!268 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !269)
!269 = !{!270}
!270 = !DISubrange(count: 5)
!271 = !DIGlobalVariableExpression(var: !272, expr: !DIExpression())
!272 = distinct !DIGlobalVariable(scope: null, file: !9, line: 21, type: !273, isLocal: true, isDefinition: true)
!273 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !274)
!274 = !{!275}
!275 = !DISubrange(count: 3)
!276 = !DIGlobalVariableExpression(var: !277, expr: !DIExpression())
!277 = distinct !DIGlobalVariable(scope: null, file: !9, line: 21, type: !278, isLocal: true, isDefinition: true)
!278 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !279)
!279 = !{!280}
!280 = !DISubrange(count: 4)
!281 = !DIGlobalVariableExpression(var: !282, expr: !DIExpression())
!282 = distinct !DIGlobalVariable(scope: null, file: !9, line: 21, type: !273, isLocal: true, isDefinition: true)
!283 = !DIGlobalVariableExpression(var: !284, expr: !DIExpression())
!284 = distinct !DIGlobalVariable(scope: null, file: !9, line: 21, type: !273, isLocal: true, isDefinition: true)
!285 = !DIGlobalVariableExpression(var: !286, expr: !DIExpression())
!286 = distinct !DIGlobalVariable(scope: null, file: !9, line: 21, type: !273, isLocal: true, isDefinition: true)
!287 = !DIGlobalVariableExpression(var: !288, expr: !DIExpression())
!288 = distinct !DIGlobalVariable(name: "boot_names", scope: !12, file: !9, line: 21, type: !289, isLocal: true, isDefinition: true)
!289 = !DICompositeType(tag: DW_TAG_array_type, baseType: !290, size: 160, elements: !269)
!290 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !291)
!291 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !292, size: 32)
!292 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!293 = !DIGlobalVariableExpression(var: !294, expr: !DIExpression())
!294 = distinct !DIGlobalVariable(name: "call_vec", scope: !295, file: !296, line: 6, type: !298, isLocal: false, isDefinition: true)
!295 = distinct !DICompileUnit(language: DW_LANG_C11, file: !296, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !297, splitDebugInlining: false, nameTableKind: None)
!296 = !DIFile(filename: "servers/pm/table.c", directory: ".", checksumkind: CSK_MD5, checksum: "96b1bc01fa8a61cb5055ccc4f9d3b19d")
!297 = !{!293}
!298 = !DICompositeType(tag: DW_TAG_array_type, baseType: !299, size: 320, elements: !303)
!299 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !300)
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !301, size: 32)
!301 = !DISubroutineType(types: !302)
!302 = !{!26}
!303 = !{!304}
!304 = !DISubrange(count: 10)
!305 = !DIGlobalVariableExpression(var: !306, expr: !DIExpression())
!306 = distinct !DIGlobalVariable(scope: null, file: !307, line: 14, type: !308, isLocal: true, isDefinition: true)
!307 = !DIFile(filename: "servers/pm/utility.c", directory: ".", checksumkind: CSK_MD5, checksum: "16518a3b96c71e8accaa90a73e8e460d")
!308 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !309)
!309 = !{!310}
!310 = !DISubrange(count: 17)
!311 = !DIGlobalVariableExpression(var: !312, expr: !DIExpression())
!312 = distinct !DIGlobalVariable(scope: null, file: !307, line: 29, type: !313, isLocal: true, isDefinition: true)
!313 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !314)
!314 = !{!315}
!315 = !DISubrange(count: 20)
!316 = distinct !DICompileUnit(language: DW_LANG_C11, file: !317, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !318, splitDebugInlining: false, nameTableKind: None)
!317 = !DIFile(filename: "servers/pm/exec.c", directory: ".", checksumkind: CSK_MD5, checksum: "66665790d638e19c576d6af67fd4a1c5")
!318 = !{!41}
!319 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !320, splitDebugInlining: false, nameTableKind: None)
!320 = !{!0}
!321 = distinct !DICompileUnit(language: DW_LANG_C11, file: !322, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!322 = !DIFile(filename: "servers/pm/forkexit.c", directory: ".", checksumkind: CSK_MD5, checksum: "ba5dc33882713d0a5cdd8a8f000746bd")
!323 = distinct !DICompileUnit(language: DW_LANG_C11, file: !324, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!324 = !DIFile(filename: "servers/pm/getset.c", directory: ".", checksumkind: CSK_MD5, checksum: "4aa1a853d132e04ed512a63b5be7328d")
!325 = distinct !DICompileUnit(language: DW_LANG_C11, file: !326, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !318, splitDebugInlining: false, nameTableKind: None)
!326 = !DIFile(filename: "servers/pm/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "3a1788cfb420d3f2edc4dcdc4ed2b5b8")
!327 = distinct !DICompileUnit(language: DW_LANG_C11, file: !328, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!328 = !DIFile(filename: "servers/pm/signal.c", directory: ".", checksumkind: CSK_MD5, checksum: "8facf75069c5a92c12435d3693ad9abb")
!329 = distinct !DICompileUnit(language: DW_LANG_C11, file: !307, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !330, splitDebugInlining: false, nameTableKind: None)
!330 = !{!305, !311}
!331 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!332 = !{i32 1, !"NumRegisterParameters", i32 0}
!333 = !{i32 7, !"Dwarf Version", i32 5}
!334 = !{i32 2, !"Debug Info Version", i32 3}
!335 = !{i32 1, !"wchar_size", i32 4}
!336 = !{i32 7, !"frame-pointer", i32 2}
!337 = distinct !DISubprogram(name: "do_exec", scope: !317, file: !317, line: 10, type: !301, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !316, retainedNodes: !338)
!338 = !{}
!339 = !DILocalVariable(name: "rmp", scope: !337, file: !317, line: 12, type: !340)
!340 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !341, size: 32)
!341 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !342)
!342 = !{!343, !344, !345, !346, !347, !348, !349, !350, !351, !352, !353, !354}
!343 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !341, file: !241, line: 11, baseType: !24, size: 32)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !341, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !341, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !341, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !341, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !341, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !341, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!350 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !341, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!351 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !341, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!352 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !341, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !341, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !341, file: !241, line: 22, baseType: !355, size: 512, offset: 448)
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !356)
!356 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !357)
!357 = !{!358, !359, !360}
!358 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !356, file: !20, line: 71, baseType: !24, size: 32)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !356, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !356, file: !20, line: 104, baseType: !361, size: 448, offset: 64)
!361 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !356, file: !20, line: 73, size: 448, elements: !362)
!362 = !{!363, !368, !374, !380, !385, !390, !396, !404, !411, !419, !424, !431, !438, !443, !450, !455, !462, !469, !474, !480, !487, !494, !502, !508, !513, !520, !526, !535, !540, !545}
!363 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !361, file: !20, line: 74, baseType: !364, size: 32)
!364 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !365)
!365 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !366)
!366 = !{!367}
!367 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !365, file: !20, line: 15, baseType: !26, size: 32)
!368 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !361, file: !20, line: 75, baseType: !369, size: 64)
!369 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !370)
!370 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !371)
!371 = !{!372, !373}
!372 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !370, file: !20, line: 16, baseType: !41, size: 32)
!373 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !370, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !361, file: !20, line: 76, baseType: !375, size: 64)
!375 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !376)
!376 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !377)
!377 = !{!378, !379}
!378 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !376, file: !20, line: 17, baseType: !50, size: 32)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !376, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!380 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !361, file: !20, line: 77, baseType: !381, size: 32)
!381 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !382)
!382 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !383)
!383 = !{!384}
!384 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !382, file: !20, line: 18, baseType: !57, size: 32)
!385 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !361, file: !20, line: 78, baseType: !386, size: 32)
!386 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !387)
!387 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !388)
!388 = !{!389}
!389 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !387, file: !20, line: 19, baseType: !26, size: 32)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !361, file: !20, line: 79, baseType: !391, size: 64)
!391 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !392)
!392 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !393)
!393 = !{!394, !395}
!394 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !392, file: !20, line: 20, baseType: !26, size: 32)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !392, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !361, file: !20, line: 80, baseType: !397, size: 128)
!397 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !398)
!398 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !399)
!399 = !{!400, !401, !402, !403}
!400 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !398, file: !20, line: 24, baseType: !24, size: 32)
!401 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !398, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !398, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !398, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!404 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !361, file: !20, line: 81, baseType: !405, size: 96)
!405 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !406)
!406 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !407)
!407 = !{!408, !409, !410}
!408 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !406, file: !20, line: 29, baseType: !24, size: 32)
!409 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !406, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !406, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !361, file: !20, line: 82, baseType: !412, size: 128)
!412 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !413)
!413 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !414)
!414 = !{!415, !416, !417, !418}
!415 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !413, file: !20, line: 32, baseType: !41, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !413, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !413, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!418 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !413, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!419 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !361, file: !20, line: 83, baseType: !420, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !421)
!421 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !422)
!422 = !{!423}
!423 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !421, file: !20, line: 33, baseType: !26, size: 32)
!424 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !361, file: !20, line: 84, baseType: !425, size: 96)
!425 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !426)
!426 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !427)
!427 = !{!428, !429, !430}
!428 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !426, file: !20, line: 34, baseType: !26, size: 32)
!429 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !426, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !426, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!431 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !361, file: !20, line: 85, baseType: !432, size: 96)
!432 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !433)
!433 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !434)
!434 = !{!435, !436, !437}
!435 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !433, file: !20, line: 35, baseType: !26, size: 32)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !433, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !433, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!438 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !361, file: !20, line: 86, baseType: !439, size: 16)
!439 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !440)
!440 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !441)
!441 = !{!442}
!442 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !440, file: !20, line: 36, baseType: !92, size: 16)
!443 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !361, file: !20, line: 87, baseType: !444, size: 96)
!444 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !445)
!445 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !446)
!446 = !{!447, !448, !449}
!447 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !445, file: !20, line: 39, baseType: !24, size: 32)
!448 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !445, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!449 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !445, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!450 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !361, file: !20, line: 88, baseType: !451, size: 32)
!451 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !452)
!452 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !453)
!453 = !{!454}
!454 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !452, file: !20, line: 40, baseType: !24, size: 32)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !361, file: !20, line: 89, baseType: !456, size: 96)
!456 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !457)
!457 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !458)
!458 = !{!459, !460, !461}
!459 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !457, file: !20, line: 41, baseType: !24, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !457, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!461 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !457, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!462 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !361, file: !20, line: 90, baseType: !463, size: 96)
!463 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !464)
!464 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !465)
!465 = !{!466, !467, !468}
!466 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !464, file: !20, line: 42, baseType: !24, size: 32)
!467 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !464, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!468 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !464, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !361, file: !20, line: 91, baseType: !470, size: 32)
!470 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !471)
!471 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !472)
!472 = !{!473}
!473 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !471, file: !20, line: 45, baseType: !41, size: 32)
!474 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !361, file: !20, line: 92, baseType: !475, size: 64)
!475 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !476)
!476 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !477)
!477 = !{!478, !479}
!478 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !476, file: !20, line: 46, baseType: !44, size: 32)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !476, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!480 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !361, file: !20, line: 93, baseType: !481, size: 192)
!481 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !482)
!482 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !483)
!483 = !{!484, !485, !486}
!484 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !482, file: !20, line: 49, baseType: !163, size: 128)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !482, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !482, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!487 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !361, file: !20, line: 94, baseType: !488, size: 192)
!488 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !489)
!489 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !490)
!490 = !{!491, !492, !493}
!491 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !489, file: !20, line: 50, baseType: !163, size: 128)
!492 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !489, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!493 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !489, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !361, file: !20, line: 95, baseType: !495, size: 128)
!495 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !496)
!496 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !497)
!497 = !{!498, !499, !500, !501}
!498 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !496, file: !20, line: 53, baseType: !24, size: 32)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !496, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !496, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !496, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!502 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !361, file: !20, line: 96, baseType: !503, size: 64)
!503 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !504)
!504 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !505)
!505 = !{!506, !507}
!506 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !504, file: !20, line: 54, baseType: !24, size: 32)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !504, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!508 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !361, file: !20, line: 97, baseType: !509, size: 32)
!509 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !510)
!510 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !511)
!511 = !{!512}
!512 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !510, file: !20, line: 57, baseType: !26, size: 32)
!513 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !361, file: !20, line: 98, baseType: !514, size: 96)
!514 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !515)
!515 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !516)
!516 = !{!517, !518, !519}
!517 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !515, file: !20, line: 60, baseType: !24, size: 32)
!518 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !515, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !515, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !361, file: !20, line: 99, baseType: !521, size: 64)
!521 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !522)
!522 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !523)
!523 = !{!524, !525}
!524 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !522, file: !20, line: 61, baseType: !24, size: 32)
!525 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !522, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!526 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !361, file: !20, line: 100, baseType: !527, size: 160)
!527 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !528)
!528 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !529)
!529 = !{!530, !531, !532, !533, !534}
!530 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !528, file: !20, line: 63, baseType: !24, size: 32)
!531 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !528, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!532 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !528, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !528, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !528, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !361, file: !20, line: 101, baseType: !536, size: 32)
!536 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !537)
!537 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !538)
!538 = !{!539}
!539 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !537, file: !20, line: 67, baseType: !26, size: 32)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !361, file: !20, line: 102, baseType: !541, size: 32)
!541 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !542)
!542 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !543)
!543 = !{!544}
!544 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !542, file: !20, line: 68, baseType: !226, size: 32)
!545 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !361, file: !20, line: 103, baseType: !228, size: 448)
!546 = !DILocation(line: 12, column: 16, scope: !337)
!547 = !DILocation(line: 12, column: 29, scope: !337)
!548 = !DILocation(line: 12, column: 23, scope: !337)
!549 = !DILocalVariable(name: "name_addr", scope: !337, file: !317, line: 13, type: !41)
!550 = !DILocation(line: 13, column: 12, scope: !337)
!551 = !DILocation(line: 13, column: 46, scope: !337)
!552 = !DILocalVariable(name: "len", scope: !337, file: !317, line: 14, type: !44)
!553 = !DILocation(line: 14, column: 9, scope: !337)
!554 = !DILocation(line: 14, column: 37, scope: !337)
!555 = !DILocalVariable(name: "path", scope: !337, file: !317, line: 15, type: !556)
!556 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !557)
!557 = !{!558}
!558 = !DISubrange(count: 15)
!559 = !DILocation(line: 15, column: 7, scope: !337)
!560 = !DILocalVariable(name: "m", scope: !337, file: !317, line: 16, type: !355)
!561 = !DILocation(line: 16, column: 10, scope: !337)
!562 = !DILocalVariable(name: "r", scope: !337, file: !317, line: 17, type: !26)
!563 = !DILocation(line: 17, column: 6, scope: !337)
!564 = !DILocation(line: 19, column: 6, scope: !565)
!565 = distinct !DILexicalBlock(scope: !337, file: !317, line: 19, column: 6)
!566 = !DILocation(line: 19, column: 10, scope: !565)
!567 = !DILocation(line: 19, column: 15, scope: !565)
!568 = !DILocation(line: 19, column: 18, scope: !565)
!569 = !DILocation(line: 19, column: 22, scope: !565)
!570 = !DILocation(line: 19, column: 6, scope: !337)
!571 = !DILocation(line: 20, column: 3, scope: !565)
!572 = !DILocation(line: 22, column: 2, scope: !337)
!573 = !DILocation(line: 23, column: 4, scope: !337)
!574 = !DILocation(line: 23, column: 11, scope: !337)
!575 = !DILocation(line: 24, column: 30, scope: !337)
!576 = !DILocation(line: 24, column: 35, scope: !337)
!577 = !DILocation(line: 24, column: 4, scope: !337)
!578 = !DILocation(line: 24, column: 22, scope: !337)
!579 = !DILocation(line: 24, column: 28, scope: !337)
!580 = !DILocation(line: 25, column: 29, scope: !337)
!581 = !DILocation(line: 25, column: 4, scope: !337)
!582 = !DILocation(line: 25, column: 22, scope: !337)
!583 = !DILocation(line: 25, column: 27, scope: !337)
!584 = !DILocation(line: 26, column: 32, scope: !337)
!585 = !DILocation(line: 26, column: 4, scope: !337)
!586 = !DILocation(line: 26, column: 22, scope: !337)
!587 = !DILocation(line: 26, column: 30, scope: !337)
!588 = !DILocation(line: 27, column: 11, scope: !589)
!589 = distinct !DILexicalBlock(scope: !337, file: !317, line: 27, column: 6)
!590 = !DILocation(line: 27, column: 9, scope: !589)
!591 = !DILocation(line: 27, column: 42, scope: !589)
!592 = !DILocation(line: 27, column: 6, scope: !337)
!593 = !DILocation(line: 28, column: 10, scope: !589)
!594 = !DILocation(line: 28, column: 3, scope: !589)
!595 = !DILocation(line: 29, column: 8, scope: !596)
!596 = distinct !DILexicalBlock(scope: !337, file: !317, line: 29, column: 6)
!597 = !DILocation(line: 29, column: 15, scope: !596)
!598 = !DILocation(line: 29, column: 6, scope: !337)
!599 = !DILocation(line: 30, column: 12, scope: !596)
!600 = !DILocation(line: 30, column: 3, scope: !596)
!601 = !DILocation(line: 33, column: 24, scope: !602)
!602 = distinct !DILexicalBlock(scope: !337, file: !317, line: 33, column: 6)
!603 = !DILocation(line: 33, column: 31, scope: !602)
!604 = !DILocation(line: 33, column: 60, scope: !602)
!605 = !DILocation(line: 33, column: 48, scope: !602)
!606 = !DILocation(line: 33, column: 66, scope: !602)
!607 = !DILocation(line: 33, column: 11, scope: !602)
!608 = !DILocation(line: 33, column: 9, scope: !602)
!609 = !DILocation(line: 33, column: 72, scope: !602)
!610 = !DILocation(line: 33, column: 6, scope: !337)
!611 = !DILocation(line: 34, column: 10, scope: !602)
!612 = !DILocation(line: 34, column: 3, scope: !602)
!613 = !DILocation(line: 35, column: 7, scope: !337)
!614 = !DILocation(line: 35, column: 2, scope: !337)
!615 = !DILocation(line: 35, column: 12, scope: !337)
!616 = !DILocation(line: 36, column: 10, scope: !337)
!617 = !DILocation(line: 36, column: 15, scope: !337)
!618 = !DILocation(line: 36, column: 24, scope: !337)
!619 = !DILocation(line: 36, column: 2, scope: !337)
!620 = !DILocation(line: 37, column: 2, scope: !337)
!621 = !DILocation(line: 37, column: 7, scope: !337)
!622 = !DILocation(line: 37, column: 21, scope: !337)
!623 = !DILocation(line: 38, column: 2, scope: !337)
!624 = !DILocation(line: 39, column: 1, scope: !337)
!625 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !626, file: !626, line: 33, type: !627, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !316, retainedNodes: !338)
!626 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "5da101458f1b9a8160df72c04d393ec8")
!627 = !DISubroutineType(types: !628)
!628 = !{!26, !24, !629}
!629 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !355, size: 32)
!630 = !DILocalVariable(name: "dst", arg: 1, scope: !625, file: !626, line: 33, type: !24)
!631 = !DILocation(line: 33, column: 43, scope: !625)
!632 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !625, file: !626, line: 33, type: !629)
!633 = !DILocation(line: 33, column: 57, scope: !625)
!634 = !DILocation(line: 35, column: 9, scope: !625)
!635 = !DILocation(line: 35, column: 42, scope: !625)
!636 = !DILocation(line: 35, column: 47, scope: !625)
!637 = !DILocation(line: 35, column: 2, scope: !625)
!638 = distinct !DISubprogram(name: "exit_proc", scope: !2, file: !2, line: 6, type: !639, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !319, retainedNodes: !338)
!639 = !DISubroutineType(types: !640)
!640 = !{null, !641, !26}
!641 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !642, size: 32)
!642 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !643)
!643 = !{!644, !645, !646, !647, !648, !649, !650, !651, !652, !653, !654, !655}
!644 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !642, file: !241, line: 11, baseType: !24, size: 32)
!645 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !642, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!646 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !642, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!647 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !642, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!648 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !642, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!649 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !642, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!650 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !642, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!651 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !642, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !642, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!653 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !642, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!654 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !642, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!655 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !642, file: !241, line: 22, baseType: !656, size: 512, offset: 448)
!656 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !657)
!657 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !658)
!658 = !{!659, !660, !661}
!659 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !657, file: !20, line: 71, baseType: !24, size: 32)
!660 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !657, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!661 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !657, file: !20, line: 104, baseType: !662, size: 448, offset: 64)
!662 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !657, file: !20, line: 73, size: 448, elements: !663)
!663 = !{!664, !669, !675, !681, !686, !691, !697, !705, !712, !720, !725, !732, !739, !744, !751, !756, !763, !770, !775, !781, !788, !795, !803, !809, !814, !821, !827, !836, !841, !846}
!664 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !662, file: !20, line: 74, baseType: !665, size: 32)
!665 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !666)
!666 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !667)
!667 = !{!668}
!668 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !666, file: !20, line: 15, baseType: !26, size: 32)
!669 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !662, file: !20, line: 75, baseType: !670, size: 64)
!670 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !671)
!671 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !672)
!672 = !{!673, !674}
!673 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !671, file: !20, line: 16, baseType: !41, size: 32)
!674 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !671, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!675 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !662, file: !20, line: 76, baseType: !676, size: 64)
!676 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !677)
!677 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !678)
!678 = !{!679, !680}
!679 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !677, file: !20, line: 17, baseType: !50, size: 32)
!680 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !677, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!681 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !662, file: !20, line: 77, baseType: !682, size: 32)
!682 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !683)
!683 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !684)
!684 = !{!685}
!685 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !683, file: !20, line: 18, baseType: !57, size: 32)
!686 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !662, file: !20, line: 78, baseType: !687, size: 32)
!687 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !688)
!688 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !689)
!689 = !{!690}
!690 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !688, file: !20, line: 19, baseType: !26, size: 32)
!691 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !662, file: !20, line: 79, baseType: !692, size: 64)
!692 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !693)
!693 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !694)
!694 = !{!695, !696}
!695 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !693, file: !20, line: 20, baseType: !26, size: 32)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !693, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !662, file: !20, line: 80, baseType: !698, size: 128)
!698 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !699)
!699 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !700)
!700 = !{!701, !702, !703, !704}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !699, file: !20, line: 24, baseType: !24, size: 32)
!702 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !699, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!703 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !699, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!704 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !699, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!705 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !662, file: !20, line: 81, baseType: !706, size: 96)
!706 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !707)
!707 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !708)
!708 = !{!709, !710, !711}
!709 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !707, file: !20, line: 29, baseType: !24, size: 32)
!710 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !707, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!711 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !707, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!712 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !662, file: !20, line: 82, baseType: !713, size: 128)
!713 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !714)
!714 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !715)
!715 = !{!716, !717, !718, !719}
!716 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !714, file: !20, line: 32, baseType: !41, size: 32)
!717 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !714, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!718 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !714, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!719 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !714, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!720 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !662, file: !20, line: 83, baseType: !721, size: 32)
!721 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !722)
!722 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !723)
!723 = !{!724}
!724 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !722, file: !20, line: 33, baseType: !26, size: 32)
!725 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !662, file: !20, line: 84, baseType: !726, size: 96)
!726 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !727)
!727 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !728)
!728 = !{!729, !730, !731}
!729 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !727, file: !20, line: 34, baseType: !26, size: 32)
!730 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !727, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!731 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !727, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!732 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !662, file: !20, line: 85, baseType: !733, size: 96)
!733 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !734)
!734 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !735)
!735 = !{!736, !737, !738}
!736 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !734, file: !20, line: 35, baseType: !26, size: 32)
!737 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !734, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!738 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !734, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!739 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !662, file: !20, line: 86, baseType: !740, size: 16)
!740 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !741)
!741 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !742)
!742 = !{!743}
!743 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !741, file: !20, line: 36, baseType: !92, size: 16)
!744 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !662, file: !20, line: 87, baseType: !745, size: 96)
!745 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !746)
!746 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !747)
!747 = !{!748, !749, !750}
!748 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !746, file: !20, line: 39, baseType: !24, size: 32)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !746, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!750 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !746, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!751 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !662, file: !20, line: 88, baseType: !752, size: 32)
!752 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !753)
!753 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !754)
!754 = !{!755}
!755 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !753, file: !20, line: 40, baseType: !24, size: 32)
!756 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !662, file: !20, line: 89, baseType: !757, size: 96)
!757 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !758)
!758 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !759)
!759 = !{!760, !761, !762}
!760 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !758, file: !20, line: 41, baseType: !24, size: 32)
!761 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !758, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!762 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !758, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!763 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !662, file: !20, line: 90, baseType: !764, size: 96)
!764 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !765)
!765 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !766)
!766 = !{!767, !768, !769}
!767 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !765, file: !20, line: 42, baseType: !24, size: 32)
!768 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !765, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!769 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !765, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!770 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !662, file: !20, line: 91, baseType: !771, size: 32)
!771 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !772)
!772 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !773)
!773 = !{!774}
!774 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !772, file: !20, line: 45, baseType: !41, size: 32)
!775 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !662, file: !20, line: 92, baseType: !776, size: 64)
!776 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !777)
!777 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !778)
!778 = !{!779, !780}
!779 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !777, file: !20, line: 46, baseType: !44, size: 32)
!780 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !777, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!781 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !662, file: !20, line: 93, baseType: !782, size: 192)
!782 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !783)
!783 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !784)
!784 = !{!785, !786, !787}
!785 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !783, file: !20, line: 49, baseType: !163, size: 128)
!786 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !783, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!787 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !783, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!788 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !662, file: !20, line: 94, baseType: !789, size: 192)
!789 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !790)
!790 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !791)
!791 = !{!792, !793, !794}
!792 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !790, file: !20, line: 50, baseType: !163, size: 128)
!793 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !790, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!794 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !790, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!795 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !662, file: !20, line: 95, baseType: !796, size: 128)
!796 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !797)
!797 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !798)
!798 = !{!799, !800, !801, !802}
!799 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !797, file: !20, line: 53, baseType: !24, size: 32)
!800 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !797, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!801 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !797, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!802 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !797, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!803 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !662, file: !20, line: 96, baseType: !804, size: 64)
!804 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !805)
!805 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !806)
!806 = !{!807, !808}
!807 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !805, file: !20, line: 54, baseType: !24, size: 32)
!808 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !805, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!809 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !662, file: !20, line: 97, baseType: !810, size: 32)
!810 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !811)
!811 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !812)
!812 = !{!813}
!813 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !811, file: !20, line: 57, baseType: !26, size: 32)
!814 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !662, file: !20, line: 98, baseType: !815, size: 96)
!815 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !816)
!816 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !817)
!817 = !{!818, !819, !820}
!818 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !816, file: !20, line: 60, baseType: !24, size: 32)
!819 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !816, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!820 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !816, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!821 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !662, file: !20, line: 99, baseType: !822, size: 64)
!822 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !823)
!823 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !824)
!824 = !{!825, !826}
!825 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !823, file: !20, line: 61, baseType: !24, size: 32)
!826 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !823, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!827 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !662, file: !20, line: 100, baseType: !828, size: 160)
!828 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !829)
!829 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !830)
!830 = !{!831, !832, !833, !834, !835}
!831 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !829, file: !20, line: 63, baseType: !24, size: 32)
!832 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !829, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!833 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !829, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!834 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !829, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!835 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !829, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!836 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !662, file: !20, line: 101, baseType: !837, size: 32)
!837 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !838)
!838 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !839)
!839 = !{!840}
!840 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !838, file: !20, line: 67, baseType: !26, size: 32)
!841 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !662, file: !20, line: 102, baseType: !842, size: 32)
!842 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !843)
!843 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !844)
!844 = !{!845}
!845 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !843, file: !20, line: 68, baseType: !226, size: 32)
!846 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !662, file: !20, line: 103, baseType: !228, size: 448)
!847 = !DILocalVariable(name: "rmp", arg: 1, scope: !638, file: !2, line: 6, type: !641)
!848 = !DILocation(line: 6, column: 30, scope: !638)
!849 = !DILocalVariable(name: "exit_status", arg: 2, scope: !638, file: !2, line: 6, type: !26)
!850 = !DILocation(line: 6, column: 39, scope: !638)
!851 = !DILocalVariable(name: "parent", scope: !638, file: !2, line: 8, type: !641)
!852 = !DILocation(line: 8, column: 16, scope: !638)
!853 = !DILocation(line: 10, column: 8, scope: !854)
!854 = distinct !DILexicalBlock(scope: !638, file: !2, line: 10, column: 6)
!855 = !DILocation(line: 10, column: 13, scope: !854)
!856 = !DILocation(line: 10, column: 22, scope: !854)
!857 = !DILocation(line: 10, column: 6, scope: !638)
!858 = !DILocation(line: 11, column: 3, scope: !854)
!859 = !DILocation(line: 12, column: 23, scope: !638)
!860 = !DILocation(line: 12, column: 2, scope: !638)
!861 = !DILocation(line: 12, column: 7, scope: !638)
!862 = !DILocation(line: 12, column: 21, scope: !638)
!863 = !DILocation(line: 14, column: 11, scope: !638)
!864 = !DILocation(line: 14, column: 2, scope: !638)
!865 = !DILocation(line: 15, column: 14, scope: !866)
!866 = distinct !DILexicalBlock(scope: !638, file: !2, line: 15, column: 6)
!867 = !DILocation(line: 15, column: 19, scope: !866)
!868 = !DILocation(line: 15, column: 6, scope: !866)
!869 = !DILocation(line: 15, column: 32, scope: !866)
!870 = !DILocation(line: 15, column: 6, scope: !638)
!871 = !DILocation(line: 16, column: 3, scope: !866)
!872 = !DILocation(line: 18, column: 18, scope: !638)
!873 = !DILocation(line: 18, column: 23, scope: !638)
!874 = !DILocation(line: 18, column: 12, scope: !638)
!875 = !DILocation(line: 18, column: 9, scope: !638)
!876 = !DILocation(line: 19, column: 2, scope: !638)
!877 = !DILocation(line: 19, column: 10, scope: !638)
!878 = !DILocation(line: 19, column: 24, scope: !638)
!879 = !DILocation(line: 20, column: 2, scope: !638)
!880 = !DILocation(line: 20, column: 7, scope: !638)
!881 = !DILocation(line: 20, column: 16, scope: !638)
!882 = !DILocation(line: 21, column: 14, scope: !638)
!883 = !DILocation(line: 22, column: 1, scope: !638)
!884 = distinct !DISubprogram(name: "do_fork", scope: !322, file: !322, line: 4, type: !301, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !321, retainedNodes: !338)
!885 = !DILocalVariable(name: "rmp", scope: !884, file: !322, line: 6, type: !886)
!886 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !887, size: 32)
!887 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !888)
!888 = !{!889, !890, !891, !892, !893, !894, !895, !896, !897, !898, !899, !900}
!889 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !887, file: !241, line: 11, baseType: !24, size: 32)
!890 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !887, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!891 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !887, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!892 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !887, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!893 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !887, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!894 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !887, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!895 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !887, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!896 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !887, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!897 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !887, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!898 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !887, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!899 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !887, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!900 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !887, file: !241, line: 22, baseType: !901, size: 512, offset: 448)
!901 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !902)
!902 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !903)
!903 = !{!904, !905, !906}
!904 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !902, file: !20, line: 71, baseType: !24, size: 32)
!905 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !902, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!906 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !902, file: !20, line: 104, baseType: !907, size: 448, offset: 64)
!907 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !902, file: !20, line: 73, size: 448, elements: !908)
!908 = !{!909, !914, !920, !926, !931, !936, !942, !950, !957, !965, !970, !977, !984, !989, !996, !1001, !1008, !1015, !1020, !1026, !1033, !1040, !1048, !1054, !1059, !1066, !1072, !1081, !1086, !1091}
!909 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !907, file: !20, line: 74, baseType: !910, size: 32)
!910 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !911)
!911 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !912)
!912 = !{!913}
!913 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !911, file: !20, line: 15, baseType: !26, size: 32)
!914 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !907, file: !20, line: 75, baseType: !915, size: 64)
!915 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !916)
!916 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !917)
!917 = !{!918, !919}
!918 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !916, file: !20, line: 16, baseType: !41, size: 32)
!919 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !916, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!920 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !907, file: !20, line: 76, baseType: !921, size: 64)
!921 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !922)
!922 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !923)
!923 = !{!924, !925}
!924 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !922, file: !20, line: 17, baseType: !50, size: 32)
!925 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !922, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!926 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !907, file: !20, line: 77, baseType: !927, size: 32)
!927 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !928)
!928 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !929)
!929 = !{!930}
!930 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !928, file: !20, line: 18, baseType: !57, size: 32)
!931 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !907, file: !20, line: 78, baseType: !932, size: 32)
!932 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !933)
!933 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !934)
!934 = !{!935}
!935 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !933, file: !20, line: 19, baseType: !26, size: 32)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !907, file: !20, line: 79, baseType: !937, size: 64)
!937 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !938)
!938 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !939)
!939 = !{!940, !941}
!940 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !938, file: !20, line: 20, baseType: !26, size: 32)
!941 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !938, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!942 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !907, file: !20, line: 80, baseType: !943, size: 128)
!943 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !944)
!944 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !945)
!945 = !{!946, !947, !948, !949}
!946 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !944, file: !20, line: 24, baseType: !24, size: 32)
!947 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !944, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !944, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !944, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!950 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !907, file: !20, line: 81, baseType: !951, size: 96)
!951 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !952)
!952 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !953)
!953 = !{!954, !955, !956}
!954 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !952, file: !20, line: 29, baseType: !24, size: 32)
!955 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !952, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!956 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !952, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!957 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !907, file: !20, line: 82, baseType: !958, size: 128)
!958 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !959)
!959 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !960)
!960 = !{!961, !962, !963, !964}
!961 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !959, file: !20, line: 32, baseType: !41, size: 32)
!962 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !959, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!963 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !959, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!964 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !959, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!965 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !907, file: !20, line: 83, baseType: !966, size: 32)
!966 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !967)
!967 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !968)
!968 = !{!969}
!969 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !967, file: !20, line: 33, baseType: !26, size: 32)
!970 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !907, file: !20, line: 84, baseType: !971, size: 96)
!971 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !972)
!972 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !973)
!973 = !{!974, !975, !976}
!974 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !972, file: !20, line: 34, baseType: !26, size: 32)
!975 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !972, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!976 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !972, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!977 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !907, file: !20, line: 85, baseType: !978, size: 96)
!978 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !979)
!979 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !980)
!980 = !{!981, !982, !983}
!981 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !979, file: !20, line: 35, baseType: !26, size: 32)
!982 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !979, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !979, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!984 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !907, file: !20, line: 86, baseType: !985, size: 16)
!985 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !986)
!986 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !987)
!987 = !{!988}
!988 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !986, file: !20, line: 36, baseType: !92, size: 16)
!989 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !907, file: !20, line: 87, baseType: !990, size: 96)
!990 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !991)
!991 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !992)
!992 = !{!993, !994, !995}
!993 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !991, file: !20, line: 39, baseType: !24, size: 32)
!994 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !991, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!995 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !991, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!996 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !907, file: !20, line: 88, baseType: !997, size: 32)
!997 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !998)
!998 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !999)
!999 = !{!1000}
!1000 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !998, file: !20, line: 40, baseType: !24, size: 32)
!1001 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !907, file: !20, line: 89, baseType: !1002, size: 96)
!1002 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1003)
!1003 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1004)
!1004 = !{!1005, !1006, !1007}
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1003, file: !20, line: 41, baseType: !24, size: 32)
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1003, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!1007 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1003, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !907, file: !20, line: 90, baseType: !1009, size: 96)
!1009 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !1010)
!1010 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !1011)
!1011 = !{!1012, !1013, !1014}
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1010, file: !20, line: 42, baseType: !24, size: 32)
!1013 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1010, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!1014 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1010, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!1015 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !907, file: !20, line: 91, baseType: !1016, size: 32)
!1016 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !1017)
!1017 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !1018)
!1018 = !{!1019}
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1017, file: !20, line: 45, baseType: !41, size: 32)
!1020 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !907, file: !20, line: 92, baseType: !1021, size: 64)
!1021 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !1022)
!1022 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !1023)
!1023 = !{!1024, !1025}
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1022, file: !20, line: 46, baseType: !44, size: 32)
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1022, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!1026 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !907, file: !20, line: 93, baseType: !1027, size: 192)
!1027 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !1028)
!1028 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !1029)
!1029 = !{!1030, !1031, !1032}
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1028, file: !20, line: 49, baseType: !163, size: 128)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1028, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!1032 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1028, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!1033 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !907, file: !20, line: 94, baseType: !1034, size: 192)
!1034 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !1035)
!1035 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !1036)
!1036 = !{!1037, !1038, !1039}
!1037 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1035, file: !20, line: 50, baseType: !163, size: 128)
!1038 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1035, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!1039 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1035, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !907, file: !20, line: 95, baseType: !1041, size: 128)
!1041 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !1042)
!1042 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !1043)
!1043 = !{!1044, !1045, !1046, !1047}
!1044 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1042, file: !20, line: 53, baseType: !24, size: 32)
!1045 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1042, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1042, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1042, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !907, file: !20, line: 96, baseType: !1049, size: 64)
!1049 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !1050)
!1050 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !1051)
!1051 = !{!1052, !1053}
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1050, file: !20, line: 54, baseType: !24, size: 32)
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1050, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !907, file: !20, line: 97, baseType: !1055, size: 32)
!1055 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !1056)
!1056 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !1057)
!1057 = !{!1058}
!1058 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1056, file: !20, line: 57, baseType: !26, size: 32)
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !907, file: !20, line: 98, baseType: !1060, size: 96)
!1060 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !1061)
!1061 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !1062)
!1062 = !{!1063, !1064, !1065}
!1063 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1061, file: !20, line: 60, baseType: !24, size: 32)
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1061, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1061, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!1066 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !907, file: !20, line: 99, baseType: !1067, size: 64)
!1067 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !1068)
!1068 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !1069)
!1069 = !{!1070, !1071}
!1070 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1068, file: !20, line: 61, baseType: !24, size: 32)
!1071 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1068, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!1072 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !907, file: !20, line: 100, baseType: !1073, size: 160)
!1073 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !1074)
!1074 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !1075)
!1075 = !{!1076, !1077, !1078, !1079, !1080}
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1074, file: !20, line: 63, baseType: !24, size: 32)
!1077 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1074, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!1078 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1074, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!1079 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1074, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!1080 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1074, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!1081 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !907, file: !20, line: 101, baseType: !1082, size: 32)
!1082 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !1083)
!1083 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !1084)
!1084 = !{!1085}
!1085 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1083, file: !20, line: 67, baseType: !26, size: 32)
!1086 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !907, file: !20, line: 102, baseType: !1087, size: 32)
!1087 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !1088)
!1088 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !1089)
!1089 = !{!1090}
!1090 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1088, file: !20, line: 68, baseType: !226, size: 32)
!1091 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !907, file: !20, line: 103, baseType: !228, size: 448)
!1092 = !DILocation(line: 6, column: 16, scope: !884)
!1093 = !DILocation(line: 6, column: 29, scope: !884)
!1094 = !DILocation(line: 6, column: 23, scope: !884)
!1095 = !DILocalVariable(name: "rmc", scope: !884, file: !322, line: 7, type: !886)
!1096 = !DILocation(line: 7, column: 16, scope: !884)
!1097 = !DILocalVariable(name: "new_pid", scope: !884, file: !322, line: 8, type: !50)
!1098 = !DILocation(line: 8, column: 8, scope: !884)
!1099 = !DILocalVariable(name: "n", scope: !884, file: !322, line: 9, type: !26)
!1100 = !DILocation(line: 9, column: 6, scope: !884)
!1101 = !DILocalVariable(name: "r", scope: !884, file: !322, line: 9, type: !26)
!1102 = !DILocation(line: 9, column: 9, scope: !884)
!1103 = !DILocation(line: 11, column: 6, scope: !1104)
!1104 = distinct !DILexicalBlock(scope: !884, file: !322, line: 11, column: 6)
!1105 = !DILocation(line: 11, column: 19, scope: !1104)
!1106 = !DILocation(line: 11, column: 42, scope: !1104)
!1107 = !DILocation(line: 11, column: 45, scope: !1104)
!1108 = !DILocation(line: 11, column: 50, scope: !1104)
!1109 = !DILocation(line: 11, column: 60, scope: !1104)
!1110 = !DILocation(line: 11, column: 6, scope: !884)
!1111 = !DILocation(line: 12, column: 3, scope: !1104)
!1112 = !DILocation(line: 13, column: 11, scope: !1113)
!1113 = distinct !DILexicalBlock(scope: !884, file: !322, line: 13, column: 6)
!1114 = !DILocation(line: 13, column: 9, scope: !1113)
!1115 = !DILocation(line: 13, column: 28, scope: !1113)
!1116 = !DILocation(line: 13, column: 6, scope: !884)
!1117 = !DILocation(line: 14, column: 3, scope: !1113)
!1118 = !DILocation(line: 15, column: 12, scope: !884)
!1119 = !DILocation(line: 15, column: 10, scope: !884)
!1120 = !DILocation(line: 18, column: 15, scope: !884)
!1121 = !DILocation(line: 18, column: 9, scope: !884)
!1122 = !DILocation(line: 18, column: 6, scope: !884)
!1123 = !DILocation(line: 19, column: 3, scope: !884)
!1124 = !DILocation(line: 19, column: 10, scope: !884)
!1125 = !DILocation(line: 19, column: 9, scope: !884)
!1126 = !DILocation(line: 20, column: 19, scope: !884)
!1127 = !DILocation(line: 20, column: 2, scope: !884)
!1128 = !DILocation(line: 20, column: 7, scope: !884)
!1129 = !DILocation(line: 20, column: 17, scope: !884)
!1130 = !DILocation(line: 21, column: 16, scope: !884)
!1131 = !DILocation(line: 21, column: 2, scope: !884)
!1132 = !DILocation(line: 21, column: 7, scope: !884)
!1133 = !DILocation(line: 21, column: 14, scope: !884)
!1134 = !DILocation(line: 22, column: 2, scope: !884)
!1135 = !DILocation(line: 22, column: 7, scope: !884)
!1136 = !DILocation(line: 22, column: 21, scope: !884)
!1137 = !DILocation(line: 23, column: 2, scope: !884)
!1138 = !DILocation(line: 23, column: 7, scope: !884)
!1139 = !DILocation(line: 23, column: 16, scope: !884)
!1140 = !DILocation(line: 24, column: 2, scope: !884)
!1141 = !DILocation(line: 24, column: 7, scope: !884)
!1142 = !DILocation(line: 24, column: 16, scope: !884)
!1143 = !DILocation(line: 28, column: 19, scope: !1144)
!1144 = distinct !DILexicalBlock(scope: !884, file: !322, line: 28, column: 6)
!1145 = !DILocation(line: 28, column: 24, scope: !1144)
!1146 = !DILocation(line: 28, column: 37, scope: !1144)
!1147 = !DILocation(line: 28, column: 41, scope: !1144)
!1148 = !DILocation(line: 28, column: 46, scope: !1144)
!1149 = !DILocation(line: 28, column: 11, scope: !1144)
!1150 = !DILocation(line: 28, column: 9, scope: !1144)
!1151 = !DILocation(line: 28, column: 60, scope: !1144)
!1152 = !DILocation(line: 28, column: 6, scope: !884)
!1153 = !DILocation(line: 29, column: 3, scope: !1154)
!1154 = distinct !DILexicalBlock(scope: !1144, file: !322, line: 28, column: 67)
!1155 = !DILocation(line: 29, column: 8, scope: !1154)
!1156 = !DILocation(line: 29, column: 17, scope: !1154)
!1157 = !DILocation(line: 30, column: 10, scope: !1154)
!1158 = !DILocation(line: 30, column: 3, scope: !1154)
!1159 = !DILocation(line: 32, column: 14, scope: !884)
!1160 = !DILocation(line: 35, column: 11, scope: !884)
!1161 = !DILocation(line: 35, column: 2, scope: !884)
!1162 = !DILocation(line: 39, column: 9, scope: !884)
!1163 = !DILocation(line: 39, column: 2, scope: !884)
!1164 = !DILocation(line: 40, column: 1, scope: !884)
!1165 = distinct !DISubprogram(name: "do_exit", scope: !322, file: !322, line: 42, type: !301, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !321)
!1166 = !DILocation(line: 44, column: 19, scope: !1165)
!1167 = !DILocation(line: 44, column: 13, scope: !1165)
!1168 = !DILocation(line: 44, column: 49, scope: !1165)
!1169 = !DILocation(line: 44, column: 2, scope: !1165)
!1170 = !DILocation(line: 45, column: 2, scope: !1165)
!1171 = distinct !DISubprogram(name: "do_getpid", scope: !324, file: !324, line: 4, type: !301, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323)
!1172 = !DILocation(line: 6, column: 15, scope: !1171)
!1173 = !DILocation(line: 6, column: 9, scope: !1171)
!1174 = !DILocation(line: 6, column: 22, scope: !1171)
!1175 = !DILocation(line: 6, column: 2, scope: !1171)
!1176 = distinct !DISubprogram(name: "do_getuid", scope: !324, file: !324, line: 9, type: !301, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323)
!1177 = !DILocation(line: 11, column: 15, scope: !1176)
!1178 = !DILocation(line: 11, column: 9, scope: !1176)
!1179 = !DILocation(line: 11, column: 22, scope: !1176)
!1180 = !DILocation(line: 11, column: 2, scope: !1176)
!1181 = distinct !DISubprogram(name: "do_setuid", scope: !324, file: !324, line: 14, type: !301, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !323, retainedNodes: !338)
!1182 = !DILocalVariable(name: "rmp", scope: !1181, file: !324, line: 16, type: !1183)
!1183 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1184, size: 32)
!1184 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !1185)
!1185 = !{!1186, !1187, !1188, !1189, !1190, !1191, !1192, !1193, !1194, !1195, !1196, !1197}
!1186 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1184, file: !241, line: 11, baseType: !24, size: 32)
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1184, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1184, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!1189 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1184, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!1190 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1184, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!1191 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1184, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!1192 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1184, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!1193 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1184, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!1194 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1184, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!1195 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1184, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!1196 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1184, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!1197 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !1184, file: !241, line: 22, baseType: !1198, size: 512, offset: 448)
!1198 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !1199)
!1199 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !1200)
!1200 = !{!1201, !1202, !1203}
!1201 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1199, file: !20, line: 71, baseType: !24, size: 32)
!1202 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1199, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!1203 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1199, file: !20, line: 104, baseType: !1204, size: 448, offset: 64)
!1204 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1199, file: !20, line: 73, size: 448, elements: !1205)
!1205 = !{!1206, !1211, !1217, !1223, !1228, !1233, !1239, !1247, !1254, !1262, !1267, !1274, !1281, !1286, !1293, !1298, !1305, !1312, !1317, !1323, !1330, !1337, !1345, !1351, !1356, !1363, !1369, !1378, !1383, !1388}
!1206 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1204, file: !20, line: 74, baseType: !1207, size: 32)
!1207 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !1208)
!1208 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !1209)
!1209 = !{!1210}
!1210 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1208, file: !20, line: 15, baseType: !26, size: 32)
!1211 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1204, file: !20, line: 75, baseType: !1212, size: 64)
!1212 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !1213)
!1213 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !1214)
!1214 = !{!1215, !1216}
!1215 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1213, file: !20, line: 16, baseType: !41, size: 32)
!1216 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1213, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!1217 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1204, file: !20, line: 76, baseType: !1218, size: 64)
!1218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !1219)
!1219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !1220)
!1220 = !{!1221, !1222}
!1221 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1219, file: !20, line: 17, baseType: !50, size: 32)
!1222 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1219, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!1223 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1204, file: !20, line: 77, baseType: !1224, size: 32)
!1224 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !1225)
!1225 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !1226)
!1226 = !{!1227}
!1227 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1225, file: !20, line: 18, baseType: !57, size: 32)
!1228 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1204, file: !20, line: 78, baseType: !1229, size: 32)
!1229 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !1230)
!1230 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !1231)
!1231 = !{!1232}
!1232 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1230, file: !20, line: 19, baseType: !26, size: 32)
!1233 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1204, file: !20, line: 79, baseType: !1234, size: 64)
!1234 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !1235)
!1235 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !1236)
!1236 = !{!1237, !1238}
!1237 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1235, file: !20, line: 20, baseType: !26, size: 32)
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1235, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!1239 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1204, file: !20, line: 80, baseType: !1240, size: 128)
!1240 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !1241)
!1241 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !1242)
!1242 = !{!1243, !1244, !1245, !1246}
!1243 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1241, file: !20, line: 24, baseType: !24, size: 32)
!1244 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1241, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!1245 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1241, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!1246 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1241, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1204, file: !20, line: 81, baseType: !1248, size: 96)
!1248 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !1249)
!1249 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !1250)
!1250 = !{!1251, !1252, !1253}
!1251 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1249, file: !20, line: 29, baseType: !24, size: 32)
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1249, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!1253 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1249, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1204, file: !20, line: 82, baseType: !1255, size: 128)
!1255 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !1256)
!1256 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !1257)
!1257 = !{!1258, !1259, !1260, !1261}
!1258 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1256, file: !20, line: 32, baseType: !41, size: 32)
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1256, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!1260 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1256, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!1261 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1256, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1204, file: !20, line: 83, baseType: !1263, size: 32)
!1263 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !1264)
!1264 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !1265)
!1265 = !{!1266}
!1266 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1264, file: !20, line: 33, baseType: !26, size: 32)
!1267 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1204, file: !20, line: 84, baseType: !1268, size: 96)
!1268 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !1269)
!1269 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !1270)
!1270 = !{!1271, !1272, !1273}
!1271 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1269, file: !20, line: 34, baseType: !26, size: 32)
!1272 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1269, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1269, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1204, file: !20, line: 85, baseType: !1275, size: 96)
!1275 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !1276)
!1276 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !1277)
!1277 = !{!1278, !1279, !1280}
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1276, file: !20, line: 35, baseType: !26, size: 32)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1276, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1276, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1204, file: !20, line: 86, baseType: !1282, size: 16)
!1282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !1283)
!1283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !1284)
!1284 = !{!1285}
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1283, file: !20, line: 36, baseType: !92, size: 16)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1204, file: !20, line: 87, baseType: !1287, size: 96)
!1287 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !1288)
!1288 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !1289)
!1289 = !{!1290, !1291, !1292}
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1288, file: !20, line: 39, baseType: !24, size: 32)
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1288, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1288, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1204, file: !20, line: 88, baseType: !1294, size: 32)
!1294 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !1295)
!1295 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !1296)
!1296 = !{!1297}
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1295, file: !20, line: 40, baseType: !24, size: 32)
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1204, file: !20, line: 89, baseType: !1299, size: 96)
!1299 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1300)
!1300 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1301)
!1301 = !{!1302, !1303, !1304}
!1302 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1300, file: !20, line: 41, baseType: !24, size: 32)
!1303 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1300, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1300, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1204, file: !20, line: 90, baseType: !1306, size: 96)
!1306 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !1307)
!1307 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !1308)
!1308 = !{!1309, !1310, !1311}
!1309 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1307, file: !20, line: 42, baseType: !24, size: 32)
!1310 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1307, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1307, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1204, file: !20, line: 91, baseType: !1313, size: 32)
!1313 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !1314)
!1314 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !1315)
!1315 = !{!1316}
!1316 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1314, file: !20, line: 45, baseType: !41, size: 32)
!1317 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1204, file: !20, line: 92, baseType: !1318, size: 64)
!1318 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !1319)
!1319 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !1320)
!1320 = !{!1321, !1322}
!1321 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1319, file: !20, line: 46, baseType: !44, size: 32)
!1322 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1319, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!1323 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1204, file: !20, line: 93, baseType: !1324, size: 192)
!1324 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !1325)
!1325 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !1326)
!1326 = !{!1327, !1328, !1329}
!1327 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1325, file: !20, line: 49, baseType: !163, size: 128)
!1328 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1325, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!1329 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1325, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!1330 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1204, file: !20, line: 94, baseType: !1331, size: 192)
!1331 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !1332)
!1332 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !1333)
!1333 = !{!1334, !1335, !1336}
!1334 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1332, file: !20, line: 50, baseType: !163, size: 128)
!1335 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1332, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!1336 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1332, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!1337 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1204, file: !20, line: 95, baseType: !1338, size: 128)
!1338 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !1339)
!1339 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !1340)
!1340 = !{!1341, !1342, !1343, !1344}
!1341 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1339, file: !20, line: 53, baseType: !24, size: 32)
!1342 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1339, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!1343 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1339, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!1344 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1339, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!1345 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1204, file: !20, line: 96, baseType: !1346, size: 64)
!1346 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !1347)
!1347 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !1348)
!1348 = !{!1349, !1350}
!1349 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1347, file: !20, line: 54, baseType: !24, size: 32)
!1350 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1347, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!1351 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1204, file: !20, line: 97, baseType: !1352, size: 32)
!1352 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !1353)
!1353 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !1354)
!1354 = !{!1355}
!1355 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1353, file: !20, line: 57, baseType: !26, size: 32)
!1356 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1204, file: !20, line: 98, baseType: !1357, size: 96)
!1357 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !1358)
!1358 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !1359)
!1359 = !{!1360, !1361, !1362}
!1360 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1358, file: !20, line: 60, baseType: !24, size: 32)
!1361 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1358, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!1362 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1358, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!1363 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1204, file: !20, line: 99, baseType: !1364, size: 64)
!1364 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !1365)
!1365 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !1366)
!1366 = !{!1367, !1368}
!1367 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1365, file: !20, line: 61, baseType: !24, size: 32)
!1368 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1365, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!1369 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1204, file: !20, line: 100, baseType: !1370, size: 160)
!1370 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !1371)
!1371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !1372)
!1372 = !{!1373, !1374, !1375, !1376, !1377}
!1373 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1371, file: !20, line: 63, baseType: !24, size: 32)
!1374 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1371, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!1375 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1371, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!1376 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1371, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1371, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!1378 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1204, file: !20, line: 101, baseType: !1379, size: 32)
!1379 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !1380)
!1380 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !1381)
!1381 = !{!1382}
!1382 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1380, file: !20, line: 67, baseType: !26, size: 32)
!1383 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1204, file: !20, line: 102, baseType: !1384, size: 32)
!1384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !1385)
!1385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !1386)
!1386 = !{!1387}
!1387 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1385, file: !20, line: 68, baseType: !226, size: 32)
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1204, file: !20, line: 103, baseType: !228, size: 448)
!1389 = !DILocation(line: 16, column: 16, scope: !1181)
!1390 = !DILocation(line: 16, column: 29, scope: !1181)
!1391 = !DILocation(line: 16, column: 23, scope: !1181)
!1392 = !DILocalVariable(name: "uid", scope: !1181, file: !324, line: 17, type: !57)
!1393 = !DILocation(line: 17, column: 8, scope: !1181)
!1394 = !DILocation(line: 17, column: 38, scope: !1181)
!1395 = !DILocation(line: 19, column: 6, scope: !1396)
!1396 = distinct !DILexicalBlock(scope: !1181, file: !324, line: 19, column: 6)
!1397 = !DILocation(line: 19, column: 10, scope: !1396)
!1398 = !DILocation(line: 19, column: 6, scope: !1181)
!1399 = !DILocation(line: 20, column: 3, scope: !1396)
!1400 = !DILocation(line: 21, column: 6, scope: !1401)
!1401 = distinct !DILexicalBlock(scope: !1181, file: !324, line: 21, column: 6)
!1402 = !DILocation(line: 21, column: 11, scope: !1401)
!1403 = !DILocation(line: 21, column: 25, scope: !1401)
!1404 = !DILocation(line: 21, column: 22, scope: !1401)
!1405 = !DILocation(line: 21, column: 29, scope: !1401)
!1406 = !DILocation(line: 21, column: 32, scope: !1401)
!1407 = !DILocation(line: 21, column: 37, scope: !1401)
!1408 = !DILocation(line: 21, column: 47, scope: !1401)
!1409 = !DILocation(line: 21, column: 6, scope: !1181)
!1410 = !DILocation(line: 22, column: 3, scope: !1401)
!1411 = !DILocation(line: 23, column: 20, scope: !1181)
!1412 = !DILocation(line: 23, column: 2, scope: !1181)
!1413 = !DILocation(line: 23, column: 7, scope: !1181)
!1414 = !DILocation(line: 23, column: 18, scope: !1181)
!1415 = !DILocation(line: 24, column: 19, scope: !1181)
!1416 = !DILocation(line: 24, column: 2, scope: !1181)
!1417 = !DILocation(line: 24, column: 7, scope: !1181)
!1418 = !DILocation(line: 24, column: 17, scope: !1181)
!1419 = !DILocation(line: 27, column: 11, scope: !1181)
!1420 = !DILocation(line: 27, column: 2, scope: !1181)
!1421 = !DILocation(line: 28, column: 2, scope: !1181)
!1422 = !DILocation(line: 29, column: 1, scope: !1181)
!1423 = distinct !DISubprogram(name: "main", scope: !9, file: !9, line: 47, type: !301, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !338)
!1424 = !DILocalVariable(name: "ipc_status", scope: !1423, file: !9, line: 49, type: !26)
!1425 = !DILocation(line: 49, column: 6, scope: !1423)
!1426 = !DILocalVariable(name: "result", scope: !1423, file: !9, line: 49, type: !26)
!1427 = !DILocation(line: 49, column: 18, scope: !1423)
!1428 = !DILocalVariable(name: "call_index", scope: !1423, file: !9, line: 50, type: !14)
!1429 = !DILocation(line: 50, column: 15, scope: !1423)
!1430 = !DILocation(line: 52, column: 2, scope: !1423)
!1431 = !DILocation(line: 53, column: 2, scope: !1423)
!1432 = !DILocation(line: 54, column: 7, scope: !1433)
!1433 = distinct !DILexicalBlock(scope: !1434, file: !9, line: 54, column: 7)
!1434 = distinct !DILexicalBlock(scope: !1435, file: !9, line: 53, column: 11)
!1435 = distinct !DILexicalBlock(scope: !1436, file: !9, line: 53, column: 2)
!1436 = distinct !DILexicalBlock(scope: !1423, file: !9, line: 53, column: 2)
!1437 = !DILocation(line: 54, column: 51, scope: !1433)
!1438 = !DILocation(line: 54, column: 7, scope: !1434)
!1439 = !DILocation(line: 55, column: 4, scope: !1433)
!1440 = !DILocation(line: 56, column: 16, scope: !1434)
!1441 = !DILocation(line: 56, column: 9, scope: !1434)
!1442 = !DILocation(line: 57, column: 11, scope: !1434)
!1443 = !DILocation(line: 57, column: 9, scope: !1434)
!1444 = !DILocation(line: 58, column: 18, scope: !1434)
!1445 = !DILocation(line: 58, column: 11, scope: !1434)
!1446 = !DILocation(line: 62, column: 15, scope: !1434)
!1447 = !DILocation(line: 62, column: 9, scope: !1434)
!1448 = !DILocation(line: 62, column: 6, scope: !1434)
!1449 = !DILocation(line: 63, column: 7, scope: !1450)
!1450 = distinct !DILexicalBlock(scope: !1434, file: !9, line: 63, column: 7)
!1451 = !DILocation(line: 63, column: 11, scope: !1450)
!1452 = !DILocation(line: 63, column: 26, scope: !1450)
!1453 = !DILocation(line: 63, column: 23, scope: !1450)
!1454 = !DILocation(line: 63, column: 7, scope: !1434)
!1455 = !DILocation(line: 64, column: 4, scope: !1450)
!1456 = distinct !{!1456, !1457, !1458}
!1457 = !DILocation(line: 53, column: 2, scope: !1436)
!1458 = !DILocation(line: 80, column: 2, scope: !1436)
!1459 = !DILocation(line: 66, column: 7, scope: !1460)
!1460 = distinct !DILexicalBlock(scope: !1434, file: !9, line: 66, column: 7)
!1461 = !DILocation(line: 66, column: 15, scope: !1460)
!1462 = !DILocation(line: 66, column: 7, scope: !1434)
!1463 = !DILocation(line: 67, column: 13, scope: !1464)
!1464 = distinct !DILexicalBlock(scope: !1460, file: !9, line: 66, column: 36)
!1465 = !DILocation(line: 67, column: 11, scope: !1464)
!1466 = !DILocation(line: 68, column: 3, scope: !1464)
!1467 = !DILocation(line: 68, column: 14, scope: !1468)
!1468 = distinct !DILexicalBlock(scope: !1460, file: !9, line: 68, column: 14)
!1469 = !DILocation(line: 68, column: 14, scope: !1460)
!1470 = !DILocation(line: 69, column: 33, scope: !1471)
!1471 = distinct !DILexicalBlock(scope: !1468, file: !9, line: 68, column: 35)
!1472 = !DILocation(line: 69, column: 41, scope: !1471)
!1473 = !DILocation(line: 69, column: 15, scope: !1471)
!1474 = !DILocation(line: 70, column: 8, scope: !1475)
!1475 = distinct !DILexicalBlock(scope: !1471, file: !9, line: 70, column: 8)
!1476 = !DILocation(line: 70, column: 19, scope: !1475)
!1477 = !DILocation(line: 70, column: 33, scope: !1475)
!1478 = !DILocation(line: 70, column: 45, scope: !1475)
!1479 = !DILocation(line: 70, column: 36, scope: !1475)
!1480 = !DILocation(line: 70, column: 57, scope: !1475)
!1481 = !DILocation(line: 70, column: 8, scope: !1471)
!1482 = !DILocation(line: 71, column: 25, scope: !1475)
!1483 = !DILocation(line: 71, column: 16, scope: !1475)
!1484 = !DILocation(line: 71, column: 14, scope: !1475)
!1485 = !DILocation(line: 71, column: 12, scope: !1475)
!1486 = !DILocation(line: 71, column: 5, scope: !1475)
!1487 = !DILocation(line: 73, column: 12, scope: !1475)
!1488 = !DILocation(line: 74, column: 3, scope: !1471)
!1489 = !DILocation(line: 75, column: 11, scope: !1490)
!1490 = distinct !DILexicalBlock(scope: !1468, file: !9, line: 74, column: 10)
!1491 = !DILocation(line: 78, column: 7, scope: !1492)
!1492 = distinct !DILexicalBlock(scope: !1434, file: !9, line: 78, column: 7)
!1493 = !DILocation(line: 78, column: 14, scope: !1492)
!1494 = !DILocation(line: 78, column: 7, scope: !1434)
!1495 = !DILocation(line: 79, column: 10, scope: !1492)
!1496 = !DILocation(line: 79, column: 17, scope: !1492)
!1497 = !DILocation(line: 79, column: 4, scope: !1492)
!1498 = !DILocation(line: 53, column: 2, scope: !1435)
!1499 = distinct !DISubprogram(name: "pm_init", scope: !9, file: !9, line: 23, type: !1500, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !338)
!1500 = !DISubroutineType(types: !1501)
!1501 = !{null}
!1502 = !DILocalVariable(name: "rmp", scope: !1499, file: !9, line: 25, type: !239)
!1503 = !DILocation(line: 25, column: 16, scope: !1499)
!1504 = !DILocalVariable(name: "i", scope: !1499, file: !9, line: 26, type: !26)
!1505 = !DILocation(line: 26, column: 6, scope: !1499)
!1506 = !DILocation(line: 29, column: 9, scope: !1507)
!1507 = distinct !DILexicalBlock(scope: !1499, file: !9, line: 29, column: 2)
!1508 = !DILocation(line: 29, column: 7, scope: !1507)
!1509 = !DILocation(line: 29, column: 14, scope: !1510)
!1510 = distinct !DILexicalBlock(scope: !1507, file: !9, line: 29, column: 2)
!1511 = !DILocation(line: 29, column: 16, scope: !1510)
!1512 = !DILocation(line: 29, column: 2, scope: !1507)
!1513 = !DILocation(line: 30, column: 16, scope: !1514)
!1514 = distinct !DILexicalBlock(scope: !1510, file: !9, line: 29, column: 38)
!1515 = !DILocation(line: 30, column: 10, scope: !1514)
!1516 = !DILocation(line: 30, column: 7, scope: !1514)
!1517 = !DILocation(line: 31, column: 22, scope: !1514)
!1518 = !DILocation(line: 31, column: 3, scope: !1514)
!1519 = !DILocation(line: 31, column: 8, scope: !1514)
!1520 = !DILocation(line: 31, column: 20, scope: !1514)
!1521 = !DILocation(line: 32, column: 32, scope: !1514)
!1522 = !DILocation(line: 32, column: 30, scope: !1514)
!1523 = !DILocation(line: 32, column: 3, scope: !1514)
!1524 = !DILocation(line: 32, column: 8, scope: !1514)
!1525 = !DILocation(line: 32, column: 15, scope: !1514)
!1526 = !DILocation(line: 33, column: 3, scope: !1514)
!1527 = !DILocation(line: 33, column: 8, scope: !1514)
!1528 = !DILocation(line: 33, column: 18, scope: !1514)
!1529 = !DILocation(line: 34, column: 3, scope: !1514)
!1530 = !DILocation(line: 34, column: 8, scope: !1514)
!1531 = !DILocation(line: 34, column: 17, scope: !1514)
!1532 = !DILocation(line: 35, column: 11, scope: !1514)
!1533 = !DILocation(line: 35, column: 16, scope: !1514)
!1534 = !DILocation(line: 35, column: 36, scope: !1514)
!1535 = !DILocation(line: 35, column: 25, scope: !1514)
!1536 = !DILocation(line: 35, column: 3, scope: !1514)
!1537 = !DILocation(line: 36, column: 2, scope: !1514)
!1538 = !DILocation(line: 29, column: 34, scope: !1510)
!1539 = !DILocation(line: 29, column: 2, scope: !1510)
!1540 = distinct !{!1540, !1512, !1541, !1542}
!1541 = !DILocation(line: 36, column: 2, scope: !1507)
!1542 = !{!"llvm.loop.mustprogress"}
!1543 = !DILocation(line: 37, column: 6, scope: !1499)
!1544 = !DILocation(line: 38, column: 2, scope: !1499)
!1545 = !DILocation(line: 38, column: 7, scope: !1499)
!1546 = !DILocation(line: 38, column: 19, scope: !1499)
!1547 = !DILocation(line: 39, column: 2, scope: !1499)
!1548 = !DILocation(line: 39, column: 7, scope: !1499)
!1549 = !DILocation(line: 39, column: 14, scope: !1499)
!1550 = !DILocation(line: 40, column: 2, scope: !1499)
!1551 = !DILocation(line: 40, column: 7, scope: !1499)
!1552 = !DILocation(line: 40, column: 17, scope: !1499)
!1553 = !DILocation(line: 41, column: 2, scope: !1499)
!1554 = !DILocation(line: 41, column: 7, scope: !1499)
!1555 = !DILocation(line: 41, column: 16, scope: !1499)
!1556 = !DILocation(line: 42, column: 10, scope: !1499)
!1557 = !DILocation(line: 42, column: 15, scope: !1499)
!1558 = !DILocation(line: 42, column: 2, scope: !1499)
!1559 = !DILocation(line: 43, column: 15, scope: !1499)
!1560 = !DILocation(line: 44, column: 11, scope: !1499)
!1561 = !DILocation(line: 45, column: 1, scope: !1499)
!1562 = distinct !DISubprogram(name: "do_reboot", scope: !326, file: !326, line: 4, type: !301, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !325, retainedNodes: !338)
!1563 = !DILocalVariable(name: "how", scope: !1562, file: !326, line: 6, type: !26)
!1564 = !DILocation(line: 6, column: 6, scope: !1562)
!1565 = !DILocation(line: 6, column: 36, scope: !1562)
!1566 = !DILocation(line: 8, column: 12, scope: !1567)
!1567 = distinct !DILexicalBlock(scope: !1562, file: !326, line: 8, column: 6)
!1568 = !DILocation(line: 8, column: 6, scope: !1567)
!1569 = !DILocation(line: 8, column: 19, scope: !1567)
!1570 = !DILocation(line: 8, column: 29, scope: !1567)
!1571 = !DILocation(line: 8, column: 6, scope: !1562)
!1572 = !DILocation(line: 9, column: 3, scope: !1567)
!1573 = !DILocation(line: 10, column: 6, scope: !1574)
!1574 = distinct !DILexicalBlock(scope: !1562, file: !326, line: 10, column: 6)
!1575 = !DILocation(line: 10, column: 10, scope: !1574)
!1576 = !DILocation(line: 10, column: 22, scope: !1574)
!1577 = !DILocation(line: 10, column: 25, scope: !1574)
!1578 = !DILocation(line: 10, column: 29, scope: !1574)
!1579 = !DILocation(line: 10, column: 43, scope: !1574)
!1580 = !DILocation(line: 10, column: 46, scope: !1574)
!1581 = !DILocation(line: 10, column: 50, scope: !1574)
!1582 = !DILocation(line: 10, column: 6, scope: !1562)
!1583 = !DILocation(line: 11, column: 3, scope: !1574)
!1584 = !DILocation(line: 12, column: 19, scope: !1562)
!1585 = !DILocation(line: 15, column: 39, scope: !1562)
!1586 = !DILocation(line: 15, column: 2, scope: !1562)
!1587 = !DILocation(line: 16, column: 44, scope: !1562)
!1588 = !DILocation(line: 16, column: 2, scope: !1562)
!1589 = !DILocation(line: 17, column: 43, scope: !1562)
!1590 = !DILocation(line: 17, column: 2, scope: !1562)
!1591 = !DILocation(line: 18, column: 43, scope: !1562)
!1592 = !DILocation(line: 18, column: 2, scope: !1562)
!1593 = !DILocation(line: 20, column: 12, scope: !1562)
!1594 = !DILocation(line: 20, column: 2, scope: !1562)
!1595 = !DILocation(line: 21, column: 2, scope: !1562)
!1596 = !DILocation(line: 22, column: 1, scope: !1562)
!1597 = distinct !DISubprogram(name: "do_getrusage", scope: !326, file: !326, line: 24, type: !301, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !325, retainedNodes: !338)
!1598 = !DILocalVariable(name: "rmp", scope: !1597, file: !326, line: 26, type: !1599)
!1599 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1600, size: 32)
!1600 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !1601)
!1601 = !{!1602, !1603, !1604, !1605, !1606, !1607, !1608, !1609, !1610, !1611, !1612, !1613}
!1602 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1600, file: !241, line: 11, baseType: !24, size: 32)
!1603 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1600, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!1604 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1600, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!1605 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1600, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!1606 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1600, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!1607 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1600, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!1608 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1600, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!1609 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1600, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!1610 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1600, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!1611 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1600, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!1612 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1600, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!1613 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !1600, file: !241, line: 22, baseType: !1614, size: 512, offset: 448)
!1614 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !1615)
!1615 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !1616)
!1616 = !{!1617, !1618, !1619}
!1617 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1615, file: !20, line: 71, baseType: !24, size: 32)
!1618 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1615, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!1619 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1615, file: !20, line: 104, baseType: !1620, size: 448, offset: 64)
!1620 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1615, file: !20, line: 73, size: 448, elements: !1621)
!1621 = !{!1622, !1627, !1633, !1639, !1644, !1649, !1655, !1663, !1670, !1678, !1683, !1690, !1697, !1702, !1709, !1714, !1721, !1728, !1733, !1739, !1746, !1753, !1761, !1767, !1772, !1779, !1785, !1794, !1799, !1804}
!1622 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1620, file: !20, line: 74, baseType: !1623, size: 32)
!1623 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !1624)
!1624 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !1625)
!1625 = !{!1626}
!1626 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1624, file: !20, line: 15, baseType: !26, size: 32)
!1627 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1620, file: !20, line: 75, baseType: !1628, size: 64)
!1628 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !1629)
!1629 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !1630)
!1630 = !{!1631, !1632}
!1631 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1629, file: !20, line: 16, baseType: !41, size: 32)
!1632 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1629, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!1633 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1620, file: !20, line: 76, baseType: !1634, size: 64)
!1634 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !1635)
!1635 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !1636)
!1636 = !{!1637, !1638}
!1637 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1635, file: !20, line: 17, baseType: !50, size: 32)
!1638 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1635, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!1639 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1620, file: !20, line: 77, baseType: !1640, size: 32)
!1640 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !1641)
!1641 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !1642)
!1642 = !{!1643}
!1643 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1641, file: !20, line: 18, baseType: !57, size: 32)
!1644 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1620, file: !20, line: 78, baseType: !1645, size: 32)
!1645 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !1646)
!1646 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !1647)
!1647 = !{!1648}
!1648 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1646, file: !20, line: 19, baseType: !26, size: 32)
!1649 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1620, file: !20, line: 79, baseType: !1650, size: 64)
!1650 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !1651)
!1651 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !1652)
!1652 = !{!1653, !1654}
!1653 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1651, file: !20, line: 20, baseType: !26, size: 32)
!1654 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1651, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!1655 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1620, file: !20, line: 80, baseType: !1656, size: 128)
!1656 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !1657)
!1657 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !1658)
!1658 = !{!1659, !1660, !1661, !1662}
!1659 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1657, file: !20, line: 24, baseType: !24, size: 32)
!1660 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1657, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!1661 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1657, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!1662 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1657, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!1663 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1620, file: !20, line: 81, baseType: !1664, size: 96)
!1664 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !1665)
!1665 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !1666)
!1666 = !{!1667, !1668, !1669}
!1667 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1665, file: !20, line: 29, baseType: !24, size: 32)
!1668 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1665, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!1669 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1665, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!1670 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1620, file: !20, line: 82, baseType: !1671, size: 128)
!1671 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !1672)
!1672 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !1673)
!1673 = !{!1674, !1675, !1676, !1677}
!1674 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1672, file: !20, line: 32, baseType: !41, size: 32)
!1675 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1672, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!1676 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1672, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!1677 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1672, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!1678 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1620, file: !20, line: 83, baseType: !1679, size: 32)
!1679 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !1680)
!1680 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !1681)
!1681 = !{!1682}
!1682 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1680, file: !20, line: 33, baseType: !26, size: 32)
!1683 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1620, file: !20, line: 84, baseType: !1684, size: 96)
!1684 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !1685)
!1685 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !1686)
!1686 = !{!1687, !1688, !1689}
!1687 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1685, file: !20, line: 34, baseType: !26, size: 32)
!1688 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1685, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!1689 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1685, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!1690 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1620, file: !20, line: 85, baseType: !1691, size: 96)
!1691 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !1692)
!1692 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !1693)
!1693 = !{!1694, !1695, !1696}
!1694 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1692, file: !20, line: 35, baseType: !26, size: 32)
!1695 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1692, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!1696 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1692, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!1697 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1620, file: !20, line: 86, baseType: !1698, size: 16)
!1698 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !1699)
!1699 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !1700)
!1700 = !{!1701}
!1701 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1699, file: !20, line: 36, baseType: !92, size: 16)
!1702 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1620, file: !20, line: 87, baseType: !1703, size: 96)
!1703 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !1704)
!1704 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !1705)
!1705 = !{!1706, !1707, !1708}
!1706 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1704, file: !20, line: 39, baseType: !24, size: 32)
!1707 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1704, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!1708 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1704, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!1709 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1620, file: !20, line: 88, baseType: !1710, size: 32)
!1710 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !1711)
!1711 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !1712)
!1712 = !{!1713}
!1713 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1711, file: !20, line: 40, baseType: !24, size: 32)
!1714 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1620, file: !20, line: 89, baseType: !1715, size: 96)
!1715 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1716)
!1716 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1717)
!1717 = !{!1718, !1719, !1720}
!1718 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1716, file: !20, line: 41, baseType: !24, size: 32)
!1719 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1716, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!1720 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1716, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!1721 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1620, file: !20, line: 90, baseType: !1722, size: 96)
!1722 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !1723)
!1723 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !1724)
!1724 = !{!1725, !1726, !1727}
!1725 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1723, file: !20, line: 42, baseType: !24, size: 32)
!1726 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1723, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!1727 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1723, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!1728 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1620, file: !20, line: 91, baseType: !1729, size: 32)
!1729 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !1730)
!1730 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !1731)
!1731 = !{!1732}
!1732 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1730, file: !20, line: 45, baseType: !41, size: 32)
!1733 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1620, file: !20, line: 92, baseType: !1734, size: 64)
!1734 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !1735)
!1735 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !1736)
!1736 = !{!1737, !1738}
!1737 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1735, file: !20, line: 46, baseType: !44, size: 32)
!1738 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1735, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!1739 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1620, file: !20, line: 93, baseType: !1740, size: 192)
!1740 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !1741)
!1741 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !1742)
!1742 = !{!1743, !1744, !1745}
!1743 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1741, file: !20, line: 49, baseType: !163, size: 128)
!1744 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1741, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!1745 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1741, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!1746 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1620, file: !20, line: 94, baseType: !1747, size: 192)
!1747 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !1748)
!1748 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !1749)
!1749 = !{!1750, !1751, !1752}
!1750 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1748, file: !20, line: 50, baseType: !163, size: 128)
!1751 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1748, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!1752 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1748, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!1753 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1620, file: !20, line: 95, baseType: !1754, size: 128)
!1754 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !1755)
!1755 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !1756)
!1756 = !{!1757, !1758, !1759, !1760}
!1757 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1755, file: !20, line: 53, baseType: !24, size: 32)
!1758 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1755, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!1759 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1755, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!1760 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1755, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!1761 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1620, file: !20, line: 96, baseType: !1762, size: 64)
!1762 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !1763)
!1763 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !1764)
!1764 = !{!1765, !1766}
!1765 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1763, file: !20, line: 54, baseType: !24, size: 32)
!1766 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1763, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!1767 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1620, file: !20, line: 97, baseType: !1768, size: 32)
!1768 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !1769)
!1769 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !1770)
!1770 = !{!1771}
!1771 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1769, file: !20, line: 57, baseType: !26, size: 32)
!1772 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1620, file: !20, line: 98, baseType: !1773, size: 96)
!1773 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !1774)
!1774 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !1775)
!1775 = !{!1776, !1777, !1778}
!1776 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1774, file: !20, line: 60, baseType: !24, size: 32)
!1777 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1774, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!1778 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1774, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!1779 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1620, file: !20, line: 99, baseType: !1780, size: 64)
!1780 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !1781)
!1781 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !1782)
!1782 = !{!1783, !1784}
!1783 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1781, file: !20, line: 61, baseType: !24, size: 32)
!1784 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1781, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!1785 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1620, file: !20, line: 100, baseType: !1786, size: 160)
!1786 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !1787)
!1787 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !1788)
!1788 = !{!1789, !1790, !1791, !1792, !1793}
!1789 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1787, file: !20, line: 63, baseType: !24, size: 32)
!1790 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1787, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!1791 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1787, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!1792 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1787, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!1793 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1787, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!1794 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1620, file: !20, line: 101, baseType: !1795, size: 32)
!1795 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !1796)
!1796 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !1797)
!1797 = !{!1798}
!1798 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1796, file: !20, line: 67, baseType: !26, size: 32)
!1799 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1620, file: !20, line: 102, baseType: !1800, size: 32)
!1800 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !1801)
!1801 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !1802)
!1802 = !{!1803}
!1803 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1801, file: !20, line: 68, baseType: !226, size: 32)
!1804 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1620, file: !20, line: 103, baseType: !228, size: 448)
!1805 = !DILocation(line: 26, column: 16, scope: !1597)
!1806 = !DILocation(line: 26, column: 29, scope: !1597)
!1807 = !DILocation(line: 26, column: 23, scope: !1597)
!1808 = !DILocalVariable(name: "vui", scope: !1597, file: !326, line: 27, type: !1809)
!1809 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_usage_info", file: !1810, line: 28, size: 64, elements: !1811)
!1810 = !DIFile(filename: "include/syslib.h", directory: ".", checksumkind: CSK_MD5, checksum: "bef78ee86e01e8d22abbc011b7089c5f")
!1811 = !{!1812, !1813}
!1812 = !DIDerivedType(tag: DW_TAG_member, name: "vui_pages", scope: !1809, file: !1810, line: 28, baseType: !44, size: 32)
!1813 = !DIDerivedType(tag: DW_TAG_member, name: "vui_brk", scope: !1809, file: !1810, line: 28, baseType: !41, size: 32, offset: 32)
!1814 = !DILocation(line: 27, column: 23, scope: !1597)
!1815 = !DILocalVariable(name: "usage", scope: !1597, file: !326, line: 28, type: !1816)
!1816 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rusage", file: !25, line: 189, size: 160, elements: !1817)
!1817 = !{!1818, !1819, !1820, !1821, !1822}
!1818 = !DIDerivedType(tag: DW_TAG_member, name: "ru_utime", scope: !1816, file: !25, line: 190, baseType: !226, size: 32)
!1819 = !DIDerivedType(tag: DW_TAG_member, name: "ru_stime", scope: !1816, file: !25, line: 191, baseType: !226, size: 32, offset: 32)
!1820 = !DIDerivedType(tag: DW_TAG_member, name: "ru_maxrss", scope: !1816, file: !25, line: 192, baseType: !44, size: 32, offset: 64)
!1821 = !DIDerivedType(tag: DW_TAG_member, name: "ru_brk", scope: !1816, file: !25, line: 193, baseType: !41, size: 32, offset: 96)
!1822 = !DIDerivedType(tag: DW_TAG_member, name: "ru_uptime", scope: !1816, file: !25, line: 194, baseType: !226, size: 32, offset: 128)
!1823 = !DILocation(line: 28, column: 16, scope: !1597)
!1824 = !DILocalVariable(name: "uptime", scope: !1597, file: !326, line: 29, type: !226)
!1825 = !DILocation(line: 29, column: 10, scope: !1597)
!1826 = !DILocalVariable(name: "r", scope: !1597, file: !326, line: 30, type: !26)
!1827 = !DILocation(line: 30, column: 6, scope: !1597)
!1828 = !DILocation(line: 32, column: 30, scope: !1829)
!1829 = distinct !DILexicalBlock(scope: !1597, file: !326, line: 32, column: 6)
!1830 = !DILocation(line: 32, column: 34, scope: !1829)
!1831 = !DILocation(line: 32, column: 6, scope: !1597)
!1832 = !DILocation(line: 33, column: 3, scope: !1829)
!1833 = !DILocation(line: 34, column: 25, scope: !1834)
!1834 = distinct !DILexicalBlock(scope: !1597, file: !326, line: 34, column: 6)
!1835 = !DILocation(line: 34, column: 30, scope: !1834)
!1836 = !DILocation(line: 34, column: 11, scope: !1834)
!1837 = !DILocation(line: 34, column: 9, scope: !1834)
!1838 = !DILocation(line: 34, column: 50, scope: !1834)
!1839 = !DILocation(line: 34, column: 6, scope: !1597)
!1840 = !DILocation(line: 35, column: 10, scope: !1834)
!1841 = !DILocation(line: 35, column: 3, scope: !1834)
!1842 = !DILocation(line: 36, column: 11, scope: !1843)
!1843 = distinct !DILexicalBlock(scope: !1597, file: !326, line: 36, column: 6)
!1844 = !DILocation(line: 36, column: 9, scope: !1843)
!1845 = !DILocation(line: 36, column: 31, scope: !1843)
!1846 = !DILocation(line: 36, column: 6, scope: !1597)
!1847 = !DILocation(line: 37, column: 10, scope: !1843)
!1848 = !DILocation(line: 37, column: 3, scope: !1843)
!1849 = !DILocation(line: 38, column: 2, scope: !1597)
!1850 = !DILocation(line: 39, column: 19, scope: !1597)
!1851 = !DILocation(line: 39, column: 24, scope: !1597)
!1852 = !DILocation(line: 39, column: 8, scope: !1597)
!1853 = !DILocation(line: 39, column: 17, scope: !1597)
!1854 = !DILocation(line: 40, column: 19, scope: !1597)
!1855 = !DILocation(line: 40, column: 24, scope: !1597)
!1856 = !DILocation(line: 40, column: 8, scope: !1597)
!1857 = !DILocation(line: 40, column: 17, scope: !1597)
!1858 = !DILocation(line: 41, column: 24, scope: !1597)
!1859 = !DILocation(line: 41, column: 34, scope: !1597)
!1860 = !DILocation(line: 41, column: 8, scope: !1597)
!1861 = !DILocation(line: 41, column: 18, scope: !1597)
!1862 = !DILocation(line: 42, column: 21, scope: !1597)
!1863 = !DILocation(line: 42, column: 8, scope: !1597)
!1864 = !DILocation(line: 42, column: 15, scope: !1597)
!1865 = !DILocation(line: 43, column: 20, scope: !1597)
!1866 = !DILocation(line: 43, column: 8, scope: !1597)
!1867 = !DILocation(line: 43, column: 18, scope: !1597)
!1868 = !DILocation(line: 44, column: 28, scope: !1597)
!1869 = !DILocation(line: 44, column: 48, scope: !1597)
!1870 = !DILocation(line: 45, column: 27, scope: !1597)
!1871 = !DILocation(line: 44, column: 9, scope: !1597)
!1872 = !DILocation(line: 44, column: 2, scope: !1597)
!1873 = !DILocation(line: 46, column: 1, scope: !1597)
!1874 = distinct !DISubprogram(name: "do_getstatus", scope: !326, file: !326, line: 48, type: !301, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !325)
!1875 = !DILocation(line: 50, column: 9, scope: !1874)
!1876 = !DILocation(line: 50, column: 2, scope: !1874)
!1877 = distinct !DISubprogram(name: "do_kill", scope: !328, file: !328, line: 4, type: !301, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !327, retainedNodes: !338)
!1878 = !DILocalVariable(name: "rmp", scope: !1877, file: !328, line: 6, type: !1879)
!1879 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1880, size: 32)
!1880 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !1881)
!1881 = !{!1882, !1883, !1884, !1885, !1886, !1887, !1888, !1889, !1890, !1891, !1892, !1893}
!1882 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !1880, file: !241, line: 11, baseType: !24, size: 32)
!1883 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !1880, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!1884 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !1880, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!1885 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !1880, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!1886 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !1880, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!1887 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !1880, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!1888 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !1880, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!1889 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !1880, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!1890 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !1880, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!1891 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !1880, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!1892 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !1880, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!1893 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !1880, file: !241, line: 22, baseType: !1894, size: 512, offset: 448)
!1894 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !1895)
!1895 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !1896)
!1896 = !{!1897, !1898, !1899}
!1897 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1895, file: !20, line: 71, baseType: !24, size: 32)
!1898 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1895, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!1899 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1895, file: !20, line: 104, baseType: !1900, size: 448, offset: 64)
!1900 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1895, file: !20, line: 73, size: 448, elements: !1901)
!1901 = !{!1902, !1907, !1913, !1919, !1924, !1929, !1935, !1943, !1950, !1958, !1963, !1970, !1977, !1982, !1989, !1994, !2001, !2008, !2013, !2019, !2026, !2033, !2041, !2047, !2052, !2059, !2065, !2074, !2079, !2084}
!1902 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1900, file: !20, line: 74, baseType: !1903, size: 32)
!1903 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !1904)
!1904 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !1905)
!1905 = !{!1906}
!1906 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1904, file: !20, line: 15, baseType: !26, size: 32)
!1907 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1900, file: !20, line: 75, baseType: !1908, size: 64)
!1908 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !1909)
!1909 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !1910)
!1910 = !{!1911, !1912}
!1911 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1909, file: !20, line: 16, baseType: !41, size: 32)
!1912 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1909, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!1913 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1900, file: !20, line: 76, baseType: !1914, size: 64)
!1914 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !1915)
!1915 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !1916)
!1916 = !{!1917, !1918}
!1917 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1915, file: !20, line: 17, baseType: !50, size: 32)
!1918 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1915, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!1919 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1900, file: !20, line: 77, baseType: !1920, size: 32)
!1920 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !1921)
!1921 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !1922)
!1922 = !{!1923}
!1923 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1921, file: !20, line: 18, baseType: !57, size: 32)
!1924 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1900, file: !20, line: 78, baseType: !1925, size: 32)
!1925 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !1926)
!1926 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !1927)
!1927 = !{!1928}
!1928 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1926, file: !20, line: 19, baseType: !26, size: 32)
!1929 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1900, file: !20, line: 79, baseType: !1930, size: 64)
!1930 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !1931)
!1931 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !1932)
!1932 = !{!1933, !1934}
!1933 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1931, file: !20, line: 20, baseType: !26, size: 32)
!1934 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1931, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!1935 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1900, file: !20, line: 80, baseType: !1936, size: 128)
!1936 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !1937)
!1937 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !1938)
!1938 = !{!1939, !1940, !1941, !1942}
!1939 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1937, file: !20, line: 24, baseType: !24, size: 32)
!1940 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1937, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!1941 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1937, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!1942 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1937, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!1943 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1900, file: !20, line: 81, baseType: !1944, size: 96)
!1944 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !1945)
!1945 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !1946)
!1946 = !{!1947, !1948, !1949}
!1947 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1945, file: !20, line: 29, baseType: !24, size: 32)
!1948 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1945, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!1949 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1945, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!1950 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1900, file: !20, line: 82, baseType: !1951, size: 128)
!1951 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !1952)
!1952 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !1953)
!1953 = !{!1954, !1955, !1956, !1957}
!1954 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1952, file: !20, line: 32, baseType: !41, size: 32)
!1955 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1952, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!1956 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1952, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!1957 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1952, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!1958 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1900, file: !20, line: 83, baseType: !1959, size: 32)
!1959 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !1960)
!1960 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !1961)
!1961 = !{!1962}
!1962 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1960, file: !20, line: 33, baseType: !26, size: 32)
!1963 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1900, file: !20, line: 84, baseType: !1964, size: 96)
!1964 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !1965)
!1965 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !1966)
!1966 = !{!1967, !1968, !1969}
!1967 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1965, file: !20, line: 34, baseType: !26, size: 32)
!1968 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1965, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!1969 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1965, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!1970 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1900, file: !20, line: 85, baseType: !1971, size: 96)
!1971 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !1972)
!1972 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !1973)
!1973 = !{!1974, !1975, !1976}
!1974 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1972, file: !20, line: 35, baseType: !26, size: 32)
!1975 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1972, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!1976 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1972, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!1977 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1900, file: !20, line: 86, baseType: !1978, size: 16)
!1978 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !1979)
!1979 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !1980)
!1980 = !{!1981}
!1981 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1979, file: !20, line: 36, baseType: !92, size: 16)
!1982 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1900, file: !20, line: 87, baseType: !1983, size: 96)
!1983 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !1984)
!1984 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !1985)
!1985 = !{!1986, !1987, !1988}
!1986 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1984, file: !20, line: 39, baseType: !24, size: 32)
!1987 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1984, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!1988 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1984, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!1989 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1900, file: !20, line: 88, baseType: !1990, size: 32)
!1990 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !1991)
!1991 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !1992)
!1992 = !{!1993}
!1993 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1991, file: !20, line: 40, baseType: !24, size: 32)
!1994 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1900, file: !20, line: 89, baseType: !1995, size: 96)
!1995 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !1996)
!1996 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !1997)
!1997 = !{!1998, !1999, !2000}
!1998 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1996, file: !20, line: 41, baseType: !24, size: 32)
!1999 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1996, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!2000 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1996, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!2001 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1900, file: !20, line: 90, baseType: !2002, size: 96)
!2002 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !2003)
!2003 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !2004)
!2004 = !{!2005, !2006, !2007}
!2005 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2003, file: !20, line: 42, baseType: !24, size: 32)
!2006 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2003, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!2007 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2003, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!2008 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1900, file: !20, line: 91, baseType: !2009, size: 32)
!2009 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !2010)
!2010 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !2011)
!2011 = !{!2012}
!2012 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2010, file: !20, line: 45, baseType: !41, size: 32)
!2013 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1900, file: !20, line: 92, baseType: !2014, size: 64)
!2014 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !2015)
!2015 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !2016)
!2016 = !{!2017, !2018}
!2017 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2015, file: !20, line: 46, baseType: !44, size: 32)
!2018 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2015, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!2019 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1900, file: !20, line: 93, baseType: !2020, size: 192)
!2020 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !2021)
!2021 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !2022)
!2022 = !{!2023, !2024, !2025}
!2023 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2021, file: !20, line: 49, baseType: !163, size: 128)
!2024 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2021, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!2025 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2021, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!2026 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1900, file: !20, line: 94, baseType: !2027, size: 192)
!2027 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !2028)
!2028 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !2029)
!2029 = !{!2030, !2031, !2032}
!2030 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2028, file: !20, line: 50, baseType: !163, size: 128)
!2031 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2028, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!2032 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2028, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!2033 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1900, file: !20, line: 95, baseType: !2034, size: 128)
!2034 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !2035)
!2035 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !2036)
!2036 = !{!2037, !2038, !2039, !2040}
!2037 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2035, file: !20, line: 53, baseType: !24, size: 32)
!2038 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2035, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!2039 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2035, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!2040 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2035, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!2041 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1900, file: !20, line: 96, baseType: !2042, size: 64)
!2042 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !2043)
!2043 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !2044)
!2044 = !{!2045, !2046}
!2045 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2043, file: !20, line: 54, baseType: !24, size: 32)
!2046 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2043, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!2047 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1900, file: !20, line: 97, baseType: !2048, size: 32)
!2048 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !2049)
!2049 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !2050)
!2050 = !{!2051}
!2051 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2049, file: !20, line: 57, baseType: !26, size: 32)
!2052 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1900, file: !20, line: 98, baseType: !2053, size: 96)
!2053 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !2054)
!2054 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !2055)
!2055 = !{!2056, !2057, !2058}
!2056 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2054, file: !20, line: 60, baseType: !24, size: 32)
!2057 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2054, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!2058 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2054, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!2059 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1900, file: !20, line: 99, baseType: !2060, size: 64)
!2060 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !2061)
!2061 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !2062)
!2062 = !{!2063, !2064}
!2063 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2061, file: !20, line: 61, baseType: !24, size: 32)
!2064 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2061, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!2065 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1900, file: !20, line: 100, baseType: !2066, size: 160)
!2066 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !2067)
!2067 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !2068)
!2068 = !{!2069, !2070, !2071, !2072, !2073}
!2069 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2067, file: !20, line: 63, baseType: !24, size: 32)
!2070 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2067, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!2071 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2067, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!2072 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2067, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!2073 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2067, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!2074 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1900, file: !20, line: 101, baseType: !2075, size: 32)
!2075 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !2076)
!2076 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !2077)
!2077 = !{!2078}
!2078 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2076, file: !20, line: 67, baseType: !26, size: 32)
!2079 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1900, file: !20, line: 102, baseType: !2080, size: 32)
!2080 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !2081)
!2081 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !2082)
!2082 = !{!2083}
!2083 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2081, file: !20, line: 68, baseType: !226, size: 32)
!2084 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1900, file: !20, line: 103, baseType: !228, size: 448)
!2085 = !DILocation(line: 6, column: 16, scope: !1877)
!2086 = !DILocation(line: 6, column: 29, scope: !1877)
!2087 = !DILocation(line: 6, column: 23, scope: !1877)
!2088 = !DILocalVariable(name: "target", scope: !1877, file: !328, line: 7, type: !1879)
!2089 = !DILocation(line: 7, column: 16, scope: !1877)
!2090 = !DILocalVariable(name: "pid", scope: !1877, file: !328, line: 8, type: !50)
!2091 = !DILocation(line: 8, column: 8, scope: !1877)
!2092 = !DILocation(line: 8, column: 35, scope: !1877)
!2093 = !DILocalVariable(name: "sig", scope: !1877, file: !328, line: 9, type: !26)
!2094 = !DILocation(line: 9, column: 6, scope: !1877)
!2095 = !DILocation(line: 9, column: 33, scope: !1877)
!2096 = !DILocalVariable(name: "slot", scope: !1877, file: !328, line: 10, type: !26)
!2097 = !DILocation(line: 10, column: 6, scope: !1877)
!2098 = !DILocation(line: 12, column: 6, scope: !2099)
!2099 = distinct !DILexicalBlock(scope: !1877, file: !328, line: 12, column: 6)
!2100 = !DILocation(line: 12, column: 10, scope: !2099)
!2101 = !DILocation(line: 12, column: 14, scope: !2099)
!2102 = !DILocation(line: 12, column: 17, scope: !2099)
!2103 = !DILocation(line: 12, column: 21, scope: !2099)
!2104 = !DILocation(line: 12, column: 6, scope: !1877)
!2105 = !DILocation(line: 13, column: 3, scope: !2099)
!2106 = !DILocation(line: 14, column: 31, scope: !2107)
!2107 = distinct !DILexicalBlock(scope: !1877, file: !328, line: 14, column: 6)
!2108 = !DILocation(line: 14, column: 14, scope: !2107)
!2109 = !DILocation(line: 14, column: 12, scope: !2107)
!2110 = !DILocation(line: 14, column: 37, scope: !2107)
!2111 = !DILocation(line: 14, column: 6, scope: !1877)
!2112 = !DILocation(line: 15, column: 3, scope: !2107)
!2113 = !DILocation(line: 16, column: 18, scope: !1877)
!2114 = !DILocation(line: 16, column: 12, scope: !1877)
!2115 = !DILocation(line: 16, column: 9, scope: !1877)
!2116 = !DILocation(line: 17, column: 6, scope: !2117)
!2117 = distinct !DILexicalBlock(scope: !1877, file: !328, line: 17, column: 6)
!2118 = !DILocation(line: 17, column: 11, scope: !2117)
!2119 = !DILocation(line: 17, column: 21, scope: !2117)
!2120 = !DILocation(line: 17, column: 35, scope: !2117)
!2121 = !DILocation(line: 17, column: 38, scope: !2117)
!2122 = !DILocation(line: 17, column: 43, scope: !2117)
!2123 = !DILocation(line: 17, column: 57, scope: !2117)
!2124 = !DILocation(line: 17, column: 65, scope: !2117)
!2125 = !DILocation(line: 17, column: 54, scope: !2117)
!2126 = !DILocation(line: 17, column: 6, scope: !1877)
!2127 = !DILocation(line: 18, column: 3, scope: !2117)
!2128 = !DILocation(line: 19, column: 6, scope: !2129)
!2129 = distinct !DILexicalBlock(scope: !1877, file: !328, line: 19, column: 6)
!2130 = !DILocation(line: 19, column: 10, scope: !2129)
!2131 = !DILocation(line: 19, column: 6, scope: !1877)
!2132 = !DILocation(line: 20, column: 3, scope: !2129)
!2133 = !DILocation(line: 22, column: 6, scope: !2134)
!2134 = distinct !DILexicalBlock(scope: !1877, file: !328, line: 22, column: 6)
!2135 = !DILocation(line: 22, column: 10, scope: !2134)
!2136 = !DILocation(line: 22, column: 6, scope: !1877)
!2137 = !DILocation(line: 23, column: 12, scope: !2138)
!2138 = distinct !DILexicalBlock(scope: !2134, file: !328, line: 22, column: 22)
!2139 = !DILocation(line: 23, column: 20, scope: !2138)
!2140 = !DILocation(line: 23, column: 33, scope: !2138)
!2141 = !DILocation(line: 23, column: 3, scope: !2138)
!2142 = !DILocation(line: 24, column: 13, scope: !2138)
!2143 = !DILocation(line: 24, column: 27, scope: !2138)
!2144 = !DILocation(line: 24, column: 25, scope: !2138)
!2145 = !DILocation(line: 24, column: 3, scope: !2138)
!2146 = !DILocation(line: 25, column: 10, scope: !2138)
!2147 = !DILocation(line: 25, column: 20, scope: !2138)
!2148 = !DILocation(line: 25, column: 17, scope: !2138)
!2149 = !DILocation(line: 25, column: 3, scope: !2138)
!2150 = !DILocation(line: 27, column: 27, scope: !1877)
!2151 = !DILocation(line: 27, column: 2, scope: !1877)
!2152 = !DILocation(line: 27, column: 10, scope: !1877)
!2153 = !DILocation(line: 27, column: 24, scope: !1877)
!2154 = !DILocation(line: 28, column: 18, scope: !1877)
!2155 = !DILocation(line: 28, column: 26, scope: !1877)
!2156 = !DILocation(line: 28, column: 39, scope: !1877)
!2157 = !DILocation(line: 28, column: 9, scope: !1877)
!2158 = !DILocation(line: 28, column: 2, scope: !1877)
!2159 = !DILocation(line: 29, column: 1, scope: !1877)
!2160 = distinct !DISubprogram(name: "reply", scope: !307, file: !307, line: 8, type: !2161, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2161 = !DISubroutineType(types: !2162)
!2162 = !{null, !26, !26}
!2163 = !DILocalVariable(name: "proc_nr", arg: 1, scope: !2160, file: !307, line: 8, type: !26)
!2164 = !DILocation(line: 8, column: 16, scope: !2160)
!2165 = !DILocalVariable(name: "result", arg: 2, scope: !2160, file: !307, line: 8, type: !26)
!2166 = !DILocation(line: 8, column: 29, scope: !2160)
!2167 = !DILocalVariable(name: "rmp", scope: !2160, file: !307, line: 10, type: !2168)
!2168 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2169, size: 32)
!2169 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mproc", file: !241, line: 10, size: 960, elements: !2170)
!2170 = !{!2171, !2172, !2173, !2174, !2175, !2176, !2177, !2178, !2179, !2180, !2181, !2182}
!2171 = !DIDerivedType(tag: DW_TAG_member, name: "mp_endpoint", scope: !2169, file: !241, line: 11, baseType: !24, size: 32)
!2172 = !DIDerivedType(tag: DW_TAG_member, name: "mp_pid", scope: !2169, file: !241, line: 12, baseType: !50, size: 32, offset: 32)
!2173 = !DIDerivedType(tag: DW_TAG_member, name: "mp_parent", scope: !2169, file: !241, line: 13, baseType: !26, size: 32, offset: 64)
!2174 = !DIDerivedType(tag: DW_TAG_member, name: "mp_flags", scope: !2169, file: !241, line: 14, baseType: !26, size: 32, offset: 96)
!2175 = !DIDerivedType(tag: DW_TAG_member, name: "mp_exitstatus", scope: !2169, file: !241, line: 15, baseType: !26, size: 32, offset: 128)
!2176 = !DIDerivedType(tag: DW_TAG_member, name: "mp_realuid", scope: !2169, file: !241, line: 16, baseType: !57, size: 32, offset: 160)
!2177 = !DIDerivedType(tag: DW_TAG_member, name: "mp_effuid", scope: !2169, file: !241, line: 17, baseType: !57, size: 32, offset: 192)
!2178 = !DIDerivedType(tag: DW_TAG_member, name: "mp_sigpending", scope: !2169, file: !241, line: 18, baseType: !42, size: 32, offset: 224)
!2179 = !DIDerivedType(tag: DW_TAG_member, name: "mp_utime", scope: !2169, file: !241, line: 19, baseType: !226, size: 32, offset: 256)
!2180 = !DIDerivedType(tag: DW_TAG_member, name: "mp_stime", scope: !2169, file: !241, line: 20, baseType: !226, size: 32, offset: 288)
!2181 = !DIDerivedType(tag: DW_TAG_member, name: "mp_name", scope: !2169, file: !241, line: 21, baseType: !163, size: 128, offset: 320)
!2182 = !DIDerivedType(tag: DW_TAG_member, name: "mp_reply", scope: !2169, file: !241, line: 22, baseType: !2183, size: 512, offset: 448)
!2183 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !20, line: 105, baseType: !2184)
!2184 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 70, size: 512, elements: !2185)
!2185 = !{!2186, !2187, !2188}
!2186 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2184, file: !20, line: 71, baseType: !24, size: 32)
!2187 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2184, file: !20, line: 72, baseType: !26, size: 32, offset: 32)
!2188 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2184, file: !20, line: 104, baseType: !2189, size: 448, offset: 64)
!2189 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2184, file: !20, line: 73, size: 448, elements: !2190)
!2190 = !{!2191, !2196, !2202, !2208, !2213, !2218, !2224, !2232, !2239, !2247, !2252, !2259, !2266, !2271, !2278, !2283, !2290, !2297, !2302, !2308, !2315, !2322, !2330, !2336, !2341, !2348, !2354, !2363, !2368, !2373}
!2191 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2189, file: !20, line: 74, baseType: !2192, size: 32)
!2192 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !20, line: 15, baseType: !2193)
!2193 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 15, size: 32, elements: !2194)
!2194 = !{!2195}
!2195 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2193, file: !20, line: 15, baseType: !26, size: 32)
!2196 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2189, file: !20, line: 75, baseType: !2197, size: 64)
!2197 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !20, line: 16, baseType: !2198)
!2198 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 16, size: 64, elements: !2199)
!2199 = !{!2200, !2201}
!2200 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2198, file: !20, line: 16, baseType: !41, size: 32)
!2201 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2198, file: !20, line: 16, baseType: !44, size: 32, offset: 32)
!2202 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2189, file: !20, line: 76, baseType: !2203, size: 64)
!2203 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !20, line: 17, baseType: !2204)
!2204 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 17, size: 64, elements: !2205)
!2205 = !{!2206, !2207}
!2206 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2204, file: !20, line: 17, baseType: !50, size: 32)
!2207 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2204, file: !20, line: 17, baseType: !26, size: 32, offset: 32)
!2208 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2189, file: !20, line: 77, baseType: !2209, size: 32)
!2209 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !20, line: 18, baseType: !2210)
!2210 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 18, size: 32, elements: !2211)
!2211 = !{!2212}
!2212 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2210, file: !20, line: 18, baseType: !57, size: 32)
!2213 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2189, file: !20, line: 78, baseType: !2214, size: 32)
!2214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !20, line: 19, baseType: !2215)
!2215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 19, size: 32, elements: !2216)
!2216 = !{!2217}
!2217 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2215, file: !20, line: 19, baseType: !26, size: 32)
!2218 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2189, file: !20, line: 79, baseType: !2219, size: 64)
!2219 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !20, line: 20, baseType: !2220)
!2220 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 20, size: 64, elements: !2221)
!2221 = !{!2222, !2223}
!2222 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2220, file: !20, line: 20, baseType: !26, size: 32)
!2223 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2220, file: !20, line: 20, baseType: !41, size: 32, offset: 32)
!2224 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2189, file: !20, line: 80, baseType: !2225, size: 128)
!2225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !20, line: 28, baseType: !2226)
!2226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 23, size: 128, elements: !2227)
!2227 = !{!2228, !2229, !2230, !2231}
!2228 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2226, file: !20, line: 24, baseType: !24, size: 32)
!2229 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2226, file: !20, line: 25, baseType: !24, size: 32, offset: 32)
!2230 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2226, file: !20, line: 26, baseType: !50, size: 32, offset: 64)
!2231 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2226, file: !20, line: 27, baseType: !57, size: 32, offset: 96)
!2232 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2189, file: !20, line: 81, baseType: !2233, size: 96)
!2233 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !20, line: 29, baseType: !2234)
!2234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 29, size: 96, elements: !2235)
!2235 = !{!2236, !2237, !2238}
!2236 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2234, file: !20, line: 29, baseType: !24, size: 32)
!2237 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2234, file: !20, line: 29, baseType: !41, size: 32, offset: 32)
!2238 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2234, file: !20, line: 29, baseType: !44, size: 32, offset: 64)
!2239 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2189, file: !20, line: 82, baseType: !2240, size: 128)
!2240 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !20, line: 32, baseType: !2241)
!2241 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 32, size: 128, elements: !2242)
!2242 = !{!2243, !2244, !2245, !2246}
!2243 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2241, file: !20, line: 32, baseType: !41, size: 32)
!2244 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2241, file: !20, line: 32, baseType: !44, size: 32, offset: 32)
!2245 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2241, file: !20, line: 32, baseType: !26, size: 32, offset: 64)
!2246 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2241, file: !20, line: 32, baseType: !92, size: 16, offset: 96)
!2247 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2189, file: !20, line: 83, baseType: !2248, size: 32)
!2248 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !20, line: 33, baseType: !2249)
!2249 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 33, size: 32, elements: !2250)
!2250 = !{!2251}
!2251 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2249, file: !20, line: 33, baseType: !26, size: 32)
!2252 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2189, file: !20, line: 84, baseType: !2253, size: 96)
!2253 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !20, line: 34, baseType: !2254)
!2254 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 34, size: 96, elements: !2255)
!2255 = !{!2256, !2257, !2258}
!2256 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2254, file: !20, line: 34, baseType: !26, size: 32)
!2257 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2254, file: !20, line: 34, baseType: !41, size: 32, offset: 32)
!2258 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2254, file: !20, line: 34, baseType: !44, size: 32, offset: 64)
!2259 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2189, file: !20, line: 85, baseType: !2260, size: 96)
!2260 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !20, line: 35, baseType: !2261)
!2261 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 35, size: 96, elements: !2262)
!2262 = !{!2263, !2264, !2265}
!2263 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2261, file: !20, line: 35, baseType: !26, size: 32)
!2264 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2261, file: !20, line: 35, baseType: !113, size: 32, offset: 32)
!2265 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2261, file: !20, line: 35, baseType: !26, size: 32, offset: 64)
!2266 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2189, file: !20, line: 86, baseType: !2267, size: 16)
!2267 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !20, line: 36, baseType: !2268)
!2268 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 36, size: 16, elements: !2269)
!2269 = !{!2270}
!2270 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2268, file: !20, line: 36, baseType: !92, size: 16)
!2271 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2189, file: !20, line: 87, baseType: !2272, size: 96)
!2272 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !20, line: 39, baseType: !2273)
!2273 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 39, size: 96, elements: !2274)
!2274 = !{!2275, !2276, !2277}
!2275 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2273, file: !20, line: 39, baseType: !24, size: 32)
!2276 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2273, file: !20, line: 39, baseType: !26, size: 32, offset: 32)
!2277 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2273, file: !20, line: 39, baseType: !24, size: 32, offset: 64)
!2278 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2189, file: !20, line: 88, baseType: !2279, size: 32)
!2279 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !20, line: 40, baseType: !2280)
!2280 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 40, size: 32, elements: !2281)
!2281 = !{!2282}
!2282 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2280, file: !20, line: 40, baseType: !24, size: 32)
!2283 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2189, file: !20, line: 89, baseType: !2284, size: 96)
!2284 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !20, line: 41, baseType: !2285)
!2285 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 41, size: 96, elements: !2286)
!2286 = !{!2287, !2288, !2289}
!2287 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2285, file: !20, line: 41, baseType: !24, size: 32)
!2288 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2285, file: !20, line: 41, baseType: !44, size: 32, offset: 32)
!2289 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2285, file: !20, line: 41, baseType: !41, size: 32, offset: 64)
!2290 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2189, file: !20, line: 90, baseType: !2291, size: 96)
!2291 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !20, line: 42, baseType: !2292)
!2292 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 42, size: 96, elements: !2293)
!2293 = !{!2294, !2295, !2296}
!2294 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2292, file: !20, line: 42, baseType: !24, size: 32)
!2295 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2292, file: !20, line: 42, baseType: !44, size: 32, offset: 32)
!2296 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2292, file: !20, line: 42, baseType: !41, size: 32, offset: 64)
!2297 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2189, file: !20, line: 91, baseType: !2298, size: 32)
!2298 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !20, line: 45, baseType: !2299)
!2299 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 45, size: 32, elements: !2300)
!2300 = !{!2301}
!2301 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2299, file: !20, line: 45, baseType: !41, size: 32)
!2302 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2189, file: !20, line: 92, baseType: !2303, size: 64)
!2303 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !20, line: 46, baseType: !2304)
!2304 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 46, size: 64, elements: !2305)
!2305 = !{!2306, !2307}
!2306 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2304, file: !20, line: 46, baseType: !44, size: 32)
!2307 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2304, file: !20, line: 46, baseType: !41, size: 32, offset: 32)
!2308 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2189, file: !20, line: 93, baseType: !2309, size: 192)
!2309 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !20, line: 49, baseType: !2310)
!2310 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 49, size: 192, elements: !2311)
!2311 = !{!2312, !2313, !2314}
!2312 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2310, file: !20, line: 49, baseType: !163, size: 128)
!2313 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2310, file: !20, line: 49, baseType: !24, size: 32, offset: 128)
!2314 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2310, file: !20, line: 49, baseType: !26, size: 32, offset: 160)
!2315 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2189, file: !20, line: 94, baseType: !2316, size: 192)
!2316 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !20, line: 50, baseType: !2317)
!2317 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 50, size: 192, elements: !2318)
!2318 = !{!2319, !2320, !2321}
!2319 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2317, file: !20, line: 50, baseType: !163, size: 128)
!2320 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2317, file: !20, line: 50, baseType: !24, size: 32, offset: 128)
!2321 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2317, file: !20, line: 50, baseType: !26, size: 32, offset: 160)
!2322 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !2189, file: !20, line: 95, baseType: !2323, size: 128)
!2323 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !20, line: 53, baseType: !2324)
!2324 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 53, size: 128, elements: !2325)
!2325 = !{!2326, !2327, !2328, !2329}
!2326 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2324, file: !20, line: 53, baseType: !24, size: 32)
!2327 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2324, file: !20, line: 53, baseType: !41, size: 32, offset: 32)
!2328 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2324, file: !20, line: 53, baseType: !44, size: 32, offset: 64)
!2329 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2324, file: !20, line: 53, baseType: !26, size: 32, offset: 96)
!2330 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !2189, file: !20, line: 96, baseType: !2331, size: 64)
!2331 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !20, line: 54, baseType: !2332)
!2332 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 54, size: 64, elements: !2333)
!2333 = !{!2334, !2335}
!2334 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2332, file: !20, line: 54, baseType: !24, size: 32)
!2335 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2332, file: !20, line: 54, baseType: !26, size: 32, offset: 32)
!2336 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2189, file: !20, line: 97, baseType: !2337, size: 32)
!2337 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !20, line: 57, baseType: !2338)
!2338 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 57, size: 32, elements: !2339)
!2339 = !{!2340}
!2340 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2338, file: !20, line: 57, baseType: !26, size: 32)
!2341 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2189, file: !20, line: 98, baseType: !2342, size: 96)
!2342 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !20, line: 60, baseType: !2343)
!2343 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 60, size: 96, elements: !2344)
!2344 = !{!2345, !2346, !2347}
!2345 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2343, file: !20, line: 60, baseType: !24, size: 32)
!2346 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2343, file: !20, line: 60, baseType: !26, size: 32, offset: 32)
!2347 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2343, file: !20, line: 60, baseType: !24, size: 32, offset: 64)
!2348 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2189, file: !20, line: 99, baseType: !2349, size: 64)
!2349 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !20, line: 61, baseType: !2350)
!2350 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 61, size: 64, elements: !2351)
!2351 = !{!2352, !2353}
!2352 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2350, file: !20, line: 61, baseType: !24, size: 32)
!2353 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2350, file: !20, line: 61, baseType: !26, size: 32, offset: 32)
!2354 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2189, file: !20, line: 100, baseType: !2355, size: 160)
!2355 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !20, line: 66, baseType: !2356)
!2356 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 62, size: 160, elements: !2357)
!2357 = !{!2358, !2359, !2360, !2361, !2362}
!2358 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2356, file: !20, line: 63, baseType: !24, size: 32)
!2359 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2356, file: !20, line: 63, baseType: !41, size: 32, offset: 32)
!2360 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2356, file: !20, line: 64, baseType: !24, size: 32, offset: 64)
!2361 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2356, file: !20, line: 64, baseType: !41, size: 32, offset: 96)
!2362 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2356, file: !20, line: 65, baseType: !44, size: 32, offset: 128)
!2363 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2189, file: !20, line: 101, baseType: !2364, size: 32)
!2364 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !20, line: 67, baseType: !2365)
!2365 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 67, size: 32, elements: !2366)
!2366 = !{!2367}
!2367 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2365, file: !20, line: 67, baseType: !26, size: 32)
!2368 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !2189, file: !20, line: 102, baseType: !2369, size: 32)
!2369 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !20, line: 68, baseType: !2370)
!2370 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !20, line: 68, size: 32, elements: !2371)
!2371 = !{!2372}
!2372 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2370, file: !20, line: 68, baseType: !226, size: 32)
!2373 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2189, file: !20, line: 103, baseType: !228, size: 448)
!2374 = !DILocation(line: 10, column: 16, scope: !2160)
!2375 = !DILocation(line: 10, column: 29, scope: !2160)
!2376 = !DILocation(line: 10, column: 23, scope: !2160)
!2377 = !DILocation(line: 12, column: 25, scope: !2160)
!2378 = !DILocation(line: 12, column: 2, scope: !2160)
!2379 = !DILocation(line: 12, column: 7, scope: !2160)
!2380 = !DILocation(line: 12, column: 16, scope: !2160)
!2381 = !DILocation(line: 12, column: 23, scope: !2160)
!2382 = !DILocation(line: 13, column: 16, scope: !2383)
!2383 = distinct !DILexicalBlock(scope: !2160, file: !307, line: 13, column: 6)
!2384 = !DILocation(line: 13, column: 21, scope: !2383)
!2385 = !DILocation(line: 13, column: 35, scope: !2383)
!2386 = !DILocation(line: 13, column: 40, scope: !2383)
!2387 = !DILocation(line: 13, column: 6, scope: !2383)
!2388 = !DILocation(line: 13, column: 63, scope: !2383)
!2389 = !DILocation(line: 13, column: 6, scope: !2160)
!2390 = !DILocation(line: 14, column: 3, scope: !2383)
!2391 = !DILocation(line: 15, column: 1, scope: !2160)
!2392 = distinct !DISubprogram(name: "tell_vfs", scope: !307, file: !307, line: 18, type: !2393, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2393 = !DISubroutineType(types: !2394)
!2394 = !{null, !2168, !26}
!2395 = !DILocalVariable(name: "rmp", arg: 1, scope: !2392, file: !307, line: 18, type: !2168)
!2396 = !DILocation(line: 18, column: 29, scope: !2392)
!2397 = !DILocalVariable(name: "type", arg: 2, scope: !2392, file: !307, line: 18, type: !26)
!2398 = !DILocation(line: 18, column: 38, scope: !2392)
!2399 = !DILocalVariable(name: "m", scope: !2392, file: !307, line: 20, type: !2183)
!2400 = !DILocation(line: 20, column: 10, scope: !2392)
!2401 = !DILocation(line: 22, column: 2, scope: !2392)
!2402 = !DILocation(line: 23, column: 13, scope: !2392)
!2403 = !DILocation(line: 23, column: 4, scope: !2392)
!2404 = !DILocation(line: 23, column: 11, scope: !2392)
!2405 = !DILocation(line: 24, column: 30, scope: !2392)
!2406 = !DILocation(line: 24, column: 35, scope: !2392)
!2407 = !DILocation(line: 24, column: 4, scope: !2392)
!2408 = !DILocation(line: 24, column: 22, scope: !2392)
!2409 = !DILocation(line: 24, column: 28, scope: !2392)
!2410 = !DILocation(line: 25, column: 43, scope: !2392)
!2411 = !DILocation(line: 25, column: 48, scope: !2392)
!2412 = !DILocation(line: 25, column: 37, scope: !2392)
!2413 = !DILocation(line: 25, column: 59, scope: !2392)
!2414 = !DILocation(line: 25, column: 4, scope: !2392)
!2415 = !DILocation(line: 25, column: 22, scope: !2392)
!2416 = !DILocation(line: 25, column: 35, scope: !2392)
!2417 = !DILocation(line: 26, column: 28, scope: !2392)
!2418 = !DILocation(line: 26, column: 33, scope: !2392)
!2419 = !DILocation(line: 26, column: 4, scope: !2392)
!2420 = !DILocation(line: 26, column: 22, scope: !2392)
!2421 = !DILocation(line: 26, column: 26, scope: !2392)
!2422 = !DILocation(line: 27, column: 28, scope: !2392)
!2423 = !DILocation(line: 27, column: 33, scope: !2392)
!2424 = !DILocation(line: 27, column: 4, scope: !2392)
!2425 = !DILocation(line: 27, column: 22, scope: !2392)
!2426 = !DILocation(line: 27, column: 26, scope: !2392)
!2427 = !DILocation(line: 28, column: 6, scope: !2428)
!2428 = distinct !DILexicalBlock(scope: !2392, file: !307, line: 28, column: 6)
!2429 = !DILocation(line: 28, column: 46, scope: !2428)
!2430 = !DILocation(line: 28, column: 6, scope: !2392)
!2431 = !DILocation(line: 29, column: 3, scope: !2428)
!2432 = !DILocation(line: 30, column: 1, scope: !2392)
!2433 = distinct !DISubprogram(name: "tell_server", scope: !307, file: !307, line: 33, type: !2434, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2434 = !DISubroutineType(types: !2435)
!2435 = !{!26, !24, !26, !26}
!2436 = !DILocalVariable(name: "endpt", arg: 1, scope: !2433, file: !307, line: 33, type: !24)
!2437 = !DILocation(line: 33, column: 28, scope: !2433)
!2438 = !DILocalVariable(name: "type", arg: 2, scope: !2433, file: !307, line: 33, type: !26)
!2439 = !DILocation(line: 33, column: 39, scope: !2433)
!2440 = !DILocalVariable(name: "how", arg: 3, scope: !2433, file: !307, line: 33, type: !26)
!2441 = !DILocation(line: 33, column: 49, scope: !2433)
!2442 = !DILocalVariable(name: "m", scope: !2433, file: !307, line: 35, type: !2183)
!2443 = !DILocation(line: 35, column: 10, scope: !2433)
!2444 = !DILocation(line: 37, column: 2, scope: !2433)
!2445 = !DILocation(line: 38, column: 13, scope: !2433)
!2446 = !DILocation(line: 38, column: 4, scope: !2433)
!2447 = !DILocation(line: 38, column: 11, scope: !2433)
!2448 = !DILocation(line: 39, column: 32, scope: !2433)
!2449 = !DILocation(line: 39, column: 4, scope: !2433)
!2450 = !DILocation(line: 39, column: 26, scope: !2433)
!2451 = !DILocation(line: 39, column: 30, scope: !2433)
!2452 = !DILocation(line: 40, column: 22, scope: !2433)
!2453 = !DILocation(line: 40, column: 9, scope: !2433)
!2454 = !DILocation(line: 40, column: 2, scope: !2433)
!2455 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !626, file: !626, line: 33, type: !2456, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2456 = !DISubroutineType(types: !2457)
!2457 = !{!26, !24, !2458}
!2458 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2183, size: 32)
!2459 = !DILocalVariable(name: "dst", arg: 1, scope: !2455, file: !626, line: 33, type: !24)
!2460 = !DILocation(line: 33, column: 43, scope: !2455)
!2461 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !2455, file: !626, line: 33, type: !2458)
!2462 = !DILocation(line: 33, column: 57, scope: !2455)
!2463 = !DILocation(line: 35, column: 9, scope: !2455)
!2464 = !DILocation(line: 35, column: 42, scope: !2455)
!2465 = !DILocation(line: 35, column: 47, scope: !2455)
!2466 = !DILocation(line: 35, column: 2, scope: !2455)
!2467 = distinct !DISubprogram(name: "get_free_slot", scope: !307, file: !307, line: 43, type: !301, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2468 = !DILocalVariable(name: "n", scope: !2467, file: !307, line: 45, type: !26)
!2469 = !DILocation(line: 45, column: 6, scope: !2467)
!2470 = !DILocation(line: 47, column: 9, scope: !2471)
!2471 = distinct !DILexicalBlock(scope: !2467, file: !307, line: 47, column: 2)
!2472 = !DILocation(line: 47, column: 7, scope: !2471)
!2473 = !DILocation(line: 47, column: 28, scope: !2474)
!2474 = distinct !DILexicalBlock(scope: !2471, file: !307, line: 47, column: 2)
!2475 = !DILocation(line: 47, column: 30, scope: !2474)
!2476 = !DILocation(line: 47, column: 2, scope: !2471)
!2477 = !DILocation(line: 48, column: 15, scope: !2478)
!2478 = distinct !DILexicalBlock(scope: !2474, file: !307, line: 48, column: 7)
!2479 = !DILocation(line: 48, column: 9, scope: !2478)
!2480 = !DILocation(line: 48, column: 18, scope: !2478)
!2481 = !DILocation(line: 48, column: 27, scope: !2478)
!2482 = !DILocation(line: 48, column: 7, scope: !2474)
!2483 = !DILocation(line: 49, column: 11, scope: !2478)
!2484 = !DILocation(line: 49, column: 4, scope: !2478)
!2485 = !DILocation(line: 48, column: 35, scope: !2478)
!2486 = !DILocation(line: 47, column: 43, scope: !2474)
!2487 = !DILocation(line: 47, column: 2, scope: !2474)
!2488 = distinct !{!2488, !2476, !2489, !1542}
!2489 = !DILocation(line: 49, column: 11, scope: !2471)
!2490 = !DILocation(line: 50, column: 2, scope: !2467)
!2491 = !DILocation(line: 51, column: 1, scope: !2467)
!2492 = distinct !DISubprogram(name: "get_free_pid", scope: !307, file: !307, line: 53, type: !2493, scopeLine: 54, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2493 = !DISubroutineType(types: !2494)
!2494 = !{!50}
!2495 = !DILocalVariable(name: "pid", scope: !2492, file: !307, line: 55, type: !50)
!2496 = !DILocation(line: 55, column: 8, scope: !2492)
!2497 = !DILocalVariable(name: "n", scope: !2492, file: !307, line: 56, type: !26)
!2498 = !DILocation(line: 56, column: 6, scope: !2492)
!2499 = !DILocalVariable(name: "taken", scope: !2492, file: !307, line: 56, type: !26)
!2500 = !DILocation(line: 56, column: 9, scope: !2492)
!2501 = !DILocation(line: 58, column: 2, scope: !2492)
!2502 = !DILocation(line: 59, column: 9, scope: !2503)
!2503 = distinct !DILexicalBlock(scope: !2492, file: !307, line: 58, column: 5)
!2504 = !DILocation(line: 59, column: 7, scope: !2503)
!2505 = !DILocation(line: 60, column: 14, scope: !2503)
!2506 = !DILocation(line: 60, column: 23, scope: !2503)
!2507 = !DILocation(line: 60, column: 35, scope: !2503)
!2508 = !DILocation(line: 60, column: 44, scope: !2503)
!2509 = !DILocation(line: 60, column: 12, scope: !2503)
!2510 = !DILocation(line: 61, column: 9, scope: !2503)
!2511 = !DILocation(line: 62, column: 10, scope: !2512)
!2512 = distinct !DILexicalBlock(scope: !2503, file: !307, line: 62, column: 3)
!2513 = !DILocation(line: 62, column: 8, scope: !2512)
!2514 = !DILocation(line: 62, column: 15, scope: !2515)
!2515 = distinct !DILexicalBlock(scope: !2512, file: !307, line: 62, column: 3)
!2516 = !DILocation(line: 62, column: 17, scope: !2515)
!2517 = !DILocation(line: 62, column: 3, scope: !2512)
!2518 = !DILocation(line: 63, column: 15, scope: !2519)
!2519 = distinct !DILexicalBlock(scope: !2515, file: !307, line: 63, column: 8)
!2520 = !DILocation(line: 63, column: 9, scope: !2519)
!2521 = !DILocation(line: 63, column: 18, scope: !2519)
!2522 = !DILocation(line: 63, column: 27, scope: !2519)
!2523 = !DILocation(line: 63, column: 37, scope: !2519)
!2524 = !DILocation(line: 63, column: 46, scope: !2519)
!2525 = !DILocation(line: 63, column: 40, scope: !2519)
!2526 = !DILocation(line: 63, column: 49, scope: !2519)
!2527 = !DILocation(line: 63, column: 59, scope: !2519)
!2528 = !DILocation(line: 63, column: 56, scope: !2519)
!2529 = !DILocation(line: 63, column: 8, scope: !2515)
!2530 = !DILocation(line: 64, column: 11, scope: !2519)
!2531 = !DILocation(line: 64, column: 5, scope: !2519)
!2532 = !DILocation(line: 62, column: 30, scope: !2515)
!2533 = !DILocation(line: 62, column: 3, scope: !2515)
!2534 = distinct !{!2534, !2517, !2535, !1542}
!2535 = !DILocation(line: 64, column: 13, scope: !2512)
!2536 = !DILocation(line: 65, column: 2, scope: !2503)
!2537 = !DILocation(line: 65, column: 11, scope: !2492)
!2538 = distinct !{!2538, !2501, !2539, !1542}
!2539 = !DILocation(line: 65, column: 16, scope: !2492)
!2540 = !DILocation(line: 66, column: 9, scope: !2492)
!2541 = !DILocation(line: 66, column: 2, scope: !2492)
!2542 = distinct !DISubprogram(name: "find_proc_by_pid", scope: !307, file: !307, line: 69, type: !2543, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !329, retainedNodes: !338)
!2543 = !DISubroutineType(types: !2544)
!2544 = !{!26, !50}
!2545 = !DILocalVariable(name: "pid", arg: 1, scope: !2542, file: !307, line: 69, type: !50)
!2546 = !DILocation(line: 69, column: 28, scope: !2542)
!2547 = !DILocalVariable(name: "n", scope: !2542, file: !307, line: 71, type: !26)
!2548 = !DILocation(line: 71, column: 6, scope: !2542)
!2549 = !DILocation(line: 73, column: 9, scope: !2550)
!2550 = distinct !DILexicalBlock(scope: !2542, file: !307, line: 73, column: 2)
!2551 = !DILocation(line: 73, column: 7, scope: !2550)
!2552 = !DILocation(line: 73, column: 14, scope: !2553)
!2553 = distinct !DILexicalBlock(scope: !2550, file: !307, line: 73, column: 2)
!2554 = !DILocation(line: 73, column: 16, scope: !2553)
!2555 = !DILocation(line: 73, column: 2, scope: !2550)
!2556 = !DILocation(line: 74, column: 14, scope: !2557)
!2557 = distinct !DILexicalBlock(scope: !2553, file: !307, line: 74, column: 7)
!2558 = !DILocation(line: 74, column: 8, scope: !2557)
!2559 = !DILocation(line: 74, column: 17, scope: !2557)
!2560 = !DILocation(line: 74, column: 26, scope: !2557)
!2561 = !DILocation(line: 74, column: 36, scope: !2557)
!2562 = !DILocation(line: 74, column: 45, scope: !2557)
!2563 = !DILocation(line: 74, column: 39, scope: !2557)
!2564 = !DILocation(line: 74, column: 48, scope: !2557)
!2565 = !DILocation(line: 74, column: 58, scope: !2557)
!2566 = !DILocation(line: 74, column: 55, scope: !2557)
!2567 = !DILocation(line: 74, column: 7, scope: !2553)
!2568 = !DILocation(line: 75, column: 11, scope: !2557)
!2569 = !DILocation(line: 75, column: 4, scope: !2557)
!2570 = !DILocation(line: 73, column: 29, scope: !2553)
!2571 = !DILocation(line: 73, column: 2, scope: !2553)
!2572 = distinct !{!2572, !2555, !2573, !1542}
!2573 = !DILocation(line: 75, column: 11, scope: !2550)
!2574 = !DILocation(line: 76, column: 2, scope: !2542)
!2575 = !DILocation(line: 77, column: 1, scope: !2542)
