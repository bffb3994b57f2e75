; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_krn_lsys_clock = type { i32 }
%struct.mess_lsys_krn_fork = type { i32, i32, i32 }
%struct.mess_lsys_krn_kill = type { i32, i32 }
%struct.mess_lsys_krn_datacopy = type { i32, i32, i32, i32, i32 }

@kernel_call_table = dso_local global [7 x ptr] [ptr @softint_send, ptr @softint_receive, ptr @softint_sendrec, ptr @softint_sendnb, ptr @softint_notify, ptr @softint_senda, ptr @softint_kernel_call], align 4, !dbg !0

; Function Attrs: noinline nounwind
define dso_local i32 @asynsend3(i32 noundef %dst, ptr noundef %m_ptr, i32 noundef %flags) #0 !dbg !258 {
entry:
  %retval = alloca i32, align 4
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !454, !DIExpression(), !455)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !456, !DIExpression(), !457)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !458, !DIExpression(), !459)
  %0 = load i32, ptr %dst.addr, align 4, !dbg !460
  %cmp = icmp eq i32 %0, 27648, !dbg !462
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !463

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, ptr %dst.addr, align 4, !dbg !464
  %cmp1 = icmp eq i32 %1, 31744, !dbg !465
  br i1 %cmp1, label %if.then, label %if.end, !dbg !466

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !467
  br label %return, !dbg !467

if.end:                                           ; preds = %lor.lhs.false
  %2 = load i32, ptr %dst.addr, align 4, !dbg !468
  %3 = load ptr, ptr %m_ptr.addr, align 4, !dbg !469
  %4 = load i32, ptr %flags.addr, align 4, !dbg !470
  %call = call i32 @ipc_senda(i32 noundef %2, ptr noundef %3, i32 noundef %4) #3, !dbg !471
  store i32 %call, ptr %retval, align 4, !dbg !472
  br label %return, !dbg !472

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !473
  ret i32 %5, !dbg !473
}

; Function Attrs: noinline nounwind
define dso_local i32 @getuptime(ptr noundef %ticks) #0 !dbg !474 {
entry:
  %ticks.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store ptr %ticks, ptr %ticks.addr, align 4
    #dbg_declare(ptr %ticks.addr, !478, !DIExpression(), !479)
    #dbg_declare(ptr %m, !480, !DIExpression(), !672)
    #dbg_declare(ptr %r, !673, !DIExpression(), !674)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !675
  %call1 = call i32 @_taskcall(i32 noundef -3, i32 noundef 2048, ptr noundef %m) #3, !dbg !676
  store i32 %call1, ptr %r, align 4, !dbg !677
  %0 = load i32, ptr %r, align 4, !dbg !678
  %cmp = icmp eq i32 %0, 0, !dbg !680
  br i1 %cmp, label %if.then, label %if.end, !dbg !681

if.then:                                          ; preds = %entry
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !682
  %uptime = getelementptr inbounds %struct.mess_krn_lsys_clock, ptr %m_u, i32 0, i32 0, !dbg !683
  %1 = load i32, ptr %uptime, align 4, !dbg !683
  %2 = load ptr, ptr %ticks.addr, align 4, !dbg !684
  store i32 %1, ptr %2, align 4, !dbg !685
  br label %if.end, !dbg !686

if.end:                                           ; preds = %if.then, %entry
  %3 = load i32, ptr %r, align 4, !dbg !687
  ret i32 %3, !dbg !688
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_publish_label(ptr noundef %label, i32 noundef %endpt, i32 noundef %flags) #0 !dbg !689 {
entry:
  %label.addr = alloca ptr, align 4
  %endpt.addr = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !694, !DIExpression(), !695)
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !696, !DIExpression(), !697)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !698, !DIExpression(), !699)
    #dbg_declare(ptr %m, !700, !DIExpression(), !892)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !893
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !894
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !895
  %endpt1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 1, !dbg !896
  store i32 %0, ptr %endpt1, align 4, !dbg !897
  %1 = load i32, ptr %flags.addr, align 4, !dbg !898
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !899
  %flags3 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u2, i32 0, i32 2, !dbg !900
  store i32 %1, ptr %flags3, align 4, !dbg !901
  %2 = load ptr, ptr %label.addr, align 4, !dbg !902
  %call4 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1024, ptr noundef %2) #3, !dbg !903
  ret i32 %call4, !dbg !904
}

; Function Attrs: noinline nounwind
define internal i32 @do_invoke_ds(ptr noundef %m, i32 noundef %type, ptr noundef %key) #0 !dbg !905 {
entry:
  %m.addr = alloca ptr, align 4
  %type.addr = alloca i32, align 4
  %key.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !909, !DIExpression(), !910)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !911, !DIExpression(), !912)
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !913, !DIExpression(), !914)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !915
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !916
  %key1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !917
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key1, i32 0, i32 0, !dbg !915
  %1 = load ptr, ptr %key.addr, align 4, !dbg !918
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %1, i32 noundef 16) #3, !dbg !919
  %2 = load i32, ptr %type.addr, align 4, !dbg !920
  %3 = load ptr, ptr %m.addr, align 4, !dbg !921
  %call2 = call i32 @_taskcall(i32 noundef 3, i32 noundef %2, ptr noundef %3) #3, !dbg !922
  ret i32 %call2, !dbg !923
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_retrieve_label_endpt(ptr noundef %label, ptr noundef %endpt) #0 !dbg !924 {
entry:
  %label.addr = alloca ptr, align 4
  %endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !928, !DIExpression(), !929)
  store ptr %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !930, !DIExpression(), !931)
    #dbg_declare(ptr %m, !932, !DIExpression(), !933)
    #dbg_declare(ptr %r, !934, !DIExpression(), !935)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !936
  %0 = load ptr, ptr %label.addr, align 4, !dbg !937
  %call1 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1025, ptr noundef %0) #3, !dbg !938
  store i32 %call1, ptr %r, align 4, !dbg !939
  %1 = load i32, ptr %r, align 4, !dbg !940
  %cmp = icmp eq i32 %1, 0, !dbg !942
  br i1 %cmp, label %if.then, label %if.end, !dbg !943

if.then:                                          ; preds = %entry
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !944
  %endpt2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 1, !dbg !945
  %2 = load i32, ptr %endpt2, align 4, !dbg !945
  %3 = load ptr, ptr %endpt.addr, align 4, !dbg !946
  store i32 %2, ptr %3, align 4, !dbg !947
  br label %if.end, !dbg !948

if.end:                                           ; preds = %if.then, %entry
  %4 = load i32, ptr %r, align 4, !dbg !949
  ret i32 %4, !dbg !950
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_delete_label(ptr noundef %label) #0 !dbg !951 {
entry:
  %label.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !954, !DIExpression(), !955)
    #dbg_declare(ptr %m, !956, !DIExpression(), !957)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !958
  %0 = load ptr, ptr %label.addr, align 4, !dbg !959
  %call1 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1026, ptr noundef %0) #3, !dbg !960
  ret i32 %call1, !dbg !961
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_subscribe(ptr noundef %prefix, i32 noundef %flags) #0 !dbg !962 {
entry:
  %prefix.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %prefix, ptr %prefix.addr, align 4
    #dbg_declare(ptr %prefix.addr, !965, !DIExpression(), !966)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !967, !DIExpression(), !968)
    #dbg_declare(ptr %m, !969, !DIExpression(), !970)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !971
  %0 = load i32, ptr %flags.addr, align 4, !dbg !972
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !973
  %flags1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 2, !dbg !974
  store i32 %0, ptr %flags1, align 4, !dbg !975
  %1 = load ptr, ptr %prefix.addr, align 4, !dbg !976
  %call2 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1027, ptr noundef %1) #3, !dbg !977
  ret i32 %call2, !dbg !978
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_send(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !979 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1174, !DIExpression(), !1175)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1176, !DIExpression(), !1177)
  %0 = load ptr, ptr @kernel_call_table, align 4, !dbg !1178
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1179
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1180
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !1178
  ret i32 %call, !dbg !1181
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_sendnb(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !1182 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1183, !DIExpression(), !1184)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1185, !DIExpression(), !1186)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 3), align 4, !dbg !1187
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1188
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1189
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !1187
  ret i32 %call, !dbg !1190
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_senda(i32 noundef %dst, ptr noundef %m_ptr, i32 noundef %flags) #0 !dbg !1191 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1194, !DIExpression(), !1195)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1196, !DIExpression(), !1197)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !1198, !DIExpression(), !1199)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 5), align 4, !dbg !1200
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1201
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1202
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef %flags.addr) #3, !dbg !1200
  ret i32 %call, !dbg !1203
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_notify(i32 noundef %dst) #0 !dbg !1204 {
entry:
  %dst.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1207, !DIExpression(), !1208)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 4), align 4, !dbg !1209
  %1 = load i32, ptr %dst.addr, align 4, !dbg !1210
  %call = call i32 %0(i32 noundef %1, ptr noundef null, ptr noundef null) #3, !dbg !1209
  ret i32 %call, !dbg !1211
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_receive(i32 noundef %src, ptr noundef %m_ptr, ptr noundef %status_ptr) #0 !dbg !1212 {
entry:
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %status_ptr.addr = alloca ptr, align 4
  store i32 %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !1215, !DIExpression(), !1216)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1217, !DIExpression(), !1218)
  store ptr %status_ptr, ptr %status_ptr.addr, align 4
    #dbg_declare(ptr %status_ptr.addr, !1219, !DIExpression(), !1220)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 1), align 4, !dbg !1221
  %1 = load i32, ptr %src.addr, align 4, !dbg !1222
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1223
  %3 = load ptr, ptr %status_ptr.addr, align 4, !dbg !1224
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef %3) #3, !dbg !1221
  ret i32 %call, !dbg !1225
}

; Function Attrs: noinline nounwind
define dso_local i32 @_kernel_call(i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !1226 {
entry:
  %retval = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !1421, !DIExpression(), !1422)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !1423, !DIExpression(), !1424)
    #dbg_declare(ptr %status, !1425, !DIExpression(), !1426)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !1427
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !1428
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !1429
  store i32 %0, ptr %m_type, align 4, !dbg !1430
  %2 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 6), align 4, !dbg !1431
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !1432
  %call = call i32 %2(i32 noundef -2, ptr noundef %3, ptr noundef null) #3, !dbg !1431
  store i32 %call, ptr %status, align 4, !dbg !1433
  %4 = load i32, ptr %status, align 4, !dbg !1434
  %cmp = icmp ne i32 %4, 0, !dbg !1436
  br i1 %cmp, label %if.then, label %if.end, !dbg !1437

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !1438
  store i32 %5, ptr %retval, align 4, !dbg !1439
  br label %return, !dbg !1439

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !1440
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !1441
  %7 = load i32, ptr %m_type1, align 4, !dbg !1441
  store i32 %7, ptr %retval, align 4, !dbg !1442
  br label %return, !dbg !1442

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !1443
  ret i32 %8, !dbg !1443
}

; Function Attrs: noinline noreturn nounwind
define dso_local void @panic(ptr noundef %why) #1 !dbg !1444 {
entry:
  %why.addr = alloca ptr, align 4
  store ptr %why, ptr %why.addr, align 4
    #dbg_declare(ptr %why.addr, !1447, !DIExpression(), !1448)
  %0 = load ptr, ptr %why.addr, align 4, !dbg !1449
  %call = call i32 @sys_abort(i32 noundef 0) #3, !dbg !1450
  br label %for.cond, !dbg !1451

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond, !dbg !1452, !llvm.loop !1455
}

; Function Attrs: noinline nounwind
define internal i32 @softint_send(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1458 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1459, !DIExpression(), !1460)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1461, !DIExpression(), !1462)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1463, !DIExpression(), !1464)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1465
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1466
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1467
  %call = call i32 @_kernel_trap(i32 noundef 0, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1468
  ret i32 %call, !dbg !1469
}

; Function Attrs: noinline nounwind
define internal i32 @softint_receive(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1470 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1471, !DIExpression(), !1472)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1473, !DIExpression(), !1474)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1475, !DIExpression(), !1476)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1477
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1478
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1479
  %call = call i32 @_kernel_trap(i32 noundef 1, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1480
  ret i32 %call, !dbg !1481
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendrec(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1482 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1483, !DIExpression(), !1484)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1485, !DIExpression(), !1486)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1487, !DIExpression(), !1488)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1489
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1490
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1491
  %call = call i32 @_kernel_trap(i32 noundef 2, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1492
  ret i32 %call, !dbg !1493
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendnb(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1494 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1495, !DIExpression(), !1496)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1497, !DIExpression(), !1498)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1499, !DIExpression(), !1500)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1501
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1502
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1503
  %call = call i32 @_kernel_trap(i32 noundef 3, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1504
  ret i32 %call, !dbg !1505
}

; Function Attrs: noinline nounwind
define internal i32 @softint_notify(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1506 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1507, !DIExpression(), !1508)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1509, !DIExpression(), !1510)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1511, !DIExpression(), !1512)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1513
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1514
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1515
  %call = call i32 @_kernel_trap(i32 noundef 4, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1516
  ret i32 %call, !dbg !1517
}

; Function Attrs: noinline nounwind
define internal i32 @softint_senda(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1518 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1519, !DIExpression(), !1520)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1521, !DIExpression(), !1522)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1523, !DIExpression(), !1524)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1525
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1526
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1527
  %call = call i32 @_kernel_trap(i32 noundef 5, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1528
  ret i32 %call, !dbg !1529
}

; Function Attrs: noinline nounwind
define internal i32 @softint_kernel_call(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1530 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1531, !DIExpression(), !1532)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1533, !DIExpression(), !1534)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1535, !DIExpression(), !1536)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1537
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1538
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1539
  %call = call i32 @_kernel_trap(i32 noundef 6, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1540
  ret i32 %call, !dbg !1541
}

declare dso_local i32 @_kernel_trap(i32 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @sef_receive_status(i32 noundef %src, ptr noundef %m_ptr, ptr noundef %status_ptr) #0 !dbg !1542 {
entry:
  %retval = alloca i32, align 4
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %status_ptr.addr = alloca ptr, align 4
  %r = alloca i32, align 4
  store i32 %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !1737, !DIExpression(), !1738)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1739, !DIExpression(), !1740)
  store ptr %status_ptr, ptr %status_ptr.addr, align 4
    #dbg_declare(ptr %status_ptr.addr, !1741, !DIExpression(), !1742)
    #dbg_declare(ptr %r, !1743, !DIExpression(), !1744)
  br label %for.cond, !dbg !1745

for.cond:                                         ; preds = %if.then3, %entry
  %0 = load i32, ptr %src.addr, align 4, !dbg !1746
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1750
  %2 = load ptr, ptr %status_ptr.addr, align 4, !dbg !1751
  %call = call i32 @ipc_receive(i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1752
  store i32 %call, ptr %r, align 4, !dbg !1753
  %3 = load i32, ptr %r, align 4, !dbg !1754
  %cmp = icmp ne i32 %3, 0, !dbg !1756
  br i1 %cmp, label %if.then, label %if.end, !dbg !1757

if.then:                                          ; preds = %for.cond
  %4 = load i32, ptr %r, align 4, !dbg !1758
  store i32 %4, ptr %retval, align 4, !dbg !1759
  br label %return, !dbg !1759

if.end:                                           ; preds = %for.cond
  %5 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1760
  %m_source = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !1762
  %6 = load i32, ptr %m_source, align 4, !dbg !1762
  %cmp1 = icmp eq i32 %6, -3, !dbg !1763
  br i1 %cmp1, label %land.lhs.true, label %if.end4, !dbg !1764

land.lhs.true:                                    ; preds = %if.end
  %7 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1765
  %m_type = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 1, !dbg !1766
  %8 = load i32, ptr %m_type, align 4, !dbg !1766
  %cmp2 = icmp eq i32 %8, 4096, !dbg !1767
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1768

if.then3:                                         ; preds = %land.lhs.true
  br label %for.cond, !dbg !1769, !llvm.loop !1770

if.end4:                                          ; preds = %land.lhs.true, %if.end
  store i32 0, ptr %retval, align 4, !dbg !1773
  br label %return, !dbg !1773

return:                                           ; preds = %if.end4, %if.then
  %9 = load i32, ptr %retval, align 4, !dbg !1774
  ret i32 %9, !dbg !1774
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlen(ptr noundef %s) #0 !dbg !1775 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
    #dbg_declare(ptr %s.addr, !1778, !DIExpression(), !1779)
    #dbg_declare(ptr %n, !1780, !DIExpression(), !1781)
  store i32 0, ptr %n, align 4, !dbg !1781
  br label %while.cond, !dbg !1782

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4, !dbg !1783
  %1 = load i32, ptr %n, align 4, !dbg !1784
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 %1, !dbg !1783
  %2 = load i8, ptr %arrayidx, align 1, !dbg !1783
  %conv = sext i8 %2 to i32, !dbg !1783
  %cmp = icmp ne i32 %conv, 0, !dbg !1785
  br i1 %cmp, label %while.body, label %while.end, !dbg !1782

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %n, align 4, !dbg !1786
  %inc = add i32 %3, 1, !dbg !1786
  store i32 %inc, ptr %n, align 4, !dbg !1786
  br label %while.cond, !dbg !1782, !llvm.loop !1787

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4, !dbg !1789
  ret i32 %4, !dbg !1790
}

; Function Attrs: noinline nounwind
define dso_local i32 @strncmp(ptr noundef %a, ptr noundef %b, i32 noundef %n) #0 !dbg !1791 {
entry:
  %retval = alloca i32, align 4
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !1794, !DIExpression(), !1795)
  store ptr %b, ptr %b.addr, align 4
    #dbg_declare(ptr %b.addr, !1796, !DIExpression(), !1797)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !1798, !DIExpression(), !1799)
  br label %for.cond, !dbg !1800

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n.addr, align 4, !dbg !1801
  %cmp = icmp ugt i32 %0, 0, !dbg !1804
  br i1 %cmp, label %for.body, label %for.end, !dbg !1805

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %a.addr, align 4, !dbg !1806
  %2 = load i8, ptr %1, align 1, !dbg !1809
  %conv = sext i8 %2 to i32, !dbg !1809
  %3 = load ptr, ptr %b.addr, align 4, !dbg !1810
  %4 = load i8, ptr %3, align 1, !dbg !1811
  %conv1 = sext i8 %4 to i32, !dbg !1811
  %cmp2 = icmp ne i32 %conv, %conv1, !dbg !1812
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1813

if.then:                                          ; preds = %for.body
  %5 = load ptr, ptr %a.addr, align 4, !dbg !1814
  %6 = load i8, ptr %5, align 1, !dbg !1815
  %conv4 = zext i8 %6 to i32, !dbg !1816
  %7 = load ptr, ptr %b.addr, align 4, !dbg !1817
  %8 = load i8, ptr %7, align 1, !dbg !1818
  %conv5 = zext i8 %8 to i32, !dbg !1819
  %sub = sub nsw i32 %conv4, %conv5, !dbg !1820
  store i32 %sub, ptr %retval, align 4, !dbg !1821
  br label %return, !dbg !1821

if.end:                                           ; preds = %for.body
  %9 = load ptr, ptr %a.addr, align 4, !dbg !1822
  %10 = load i8, ptr %9, align 1, !dbg !1824
  %conv6 = sext i8 %10 to i32, !dbg !1824
  %cmp7 = icmp eq i32 %conv6, 0, !dbg !1825
  br i1 %cmp7, label %if.then9, label %if.end10, !dbg !1826

if.then9:                                         ; preds = %if.end
  store i32 0, ptr %retval, align 4, !dbg !1827
  br label %return, !dbg !1827

if.end10:                                         ; preds = %if.end
  br label %for.inc, !dbg !1828

for.inc:                                          ; preds = %if.end10
  %11 = load ptr, ptr %a.addr, align 4, !dbg !1829
  %incdec.ptr = getelementptr inbounds i8, ptr %11, i32 1, !dbg !1829
  store ptr %incdec.ptr, ptr %a.addr, align 4, !dbg !1829
  %12 = load ptr, ptr %b.addr, align 4, !dbg !1830
  %incdec.ptr11 = getelementptr inbounds i8, ptr %12, i32 1, !dbg !1830
  store ptr %incdec.ptr11, ptr %b.addr, align 4, !dbg !1830
  %13 = load i32, ptr %n.addr, align 4, !dbg !1831
  %dec = add i32 %13, -1, !dbg !1831
  store i32 %dec, ptr %n.addr, align 4, !dbg !1831
  br label %for.cond, !dbg !1832, !llvm.loop !1833

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %retval, align 4, !dbg !1835
  br label %return, !dbg !1835

return:                                           ; preds = %for.end, %if.then9, %if.then
  %14 = load i32, ptr %retval, align 4, !dbg !1836
  ret i32 %14, !dbg !1836
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlcpy(ptr noundef %dst, ptr noundef %src, i32 noundef %size) #0 !dbg !1837 {
entry:
  %dst.addr = alloca ptr, align 4
  %src.addr = alloca ptr, align 4
  %size.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1841, !DIExpression(), !1842)
  store ptr %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !1843, !DIExpression(), !1844)
  store i32 %size, ptr %size.addr, align 4
    #dbg_declare(ptr %size.addr, !1845, !DIExpression(), !1846)
    #dbg_declare(ptr %n, !1847, !DIExpression(), !1848)
  store i32 0, ptr %n, align 4, !dbg !1848
  %0 = load i32, ptr %size.addr, align 4, !dbg !1849
  %cmp = icmp ugt i32 %0, 0, !dbg !1851
  br i1 %cmp, label %if.then, label %if.end, !dbg !1852

if.then:                                          ; preds = %entry
  br label %while.cond, !dbg !1853

while.cond:                                       ; preds = %while.body, %if.then
  %1 = load i32, ptr %n, align 4, !dbg !1855
  %add = add i32 %1, 1, !dbg !1856
  %2 = load i32, ptr %size.addr, align 4, !dbg !1857
  %cmp1 = icmp ult i32 %add, %2, !dbg !1858
  br i1 %cmp1, label %land.rhs, label %land.end, !dbg !1859

land.rhs:                                         ; preds = %while.cond
  %3 = load ptr, ptr %src.addr, align 4, !dbg !1860
  %4 = load i32, ptr %n, align 4, !dbg !1861
  %arrayidx = getelementptr inbounds i8, ptr %3, i32 %4, !dbg !1860
  %5 = load i8, ptr %arrayidx, align 1, !dbg !1860
  %conv = sext i8 %5 to i32, !dbg !1860
  %cmp2 = icmp ne i32 %conv, 0, !dbg !1862
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %6 = phi i1 [ false, %while.cond ], [ %cmp2, %land.rhs ], !dbg !1863
  br i1 %6, label %while.body, label %while.end, !dbg !1853

while.body:                                       ; preds = %land.end
  %7 = load ptr, ptr %src.addr, align 4, !dbg !1864
  %8 = load i32, ptr %n, align 4, !dbg !1866
  %arrayidx4 = getelementptr inbounds i8, ptr %7, i32 %8, !dbg !1864
  %9 = load i8, ptr %arrayidx4, align 1, !dbg !1864
  %10 = load ptr, ptr %dst.addr, align 4, !dbg !1867
  %11 = load i32, ptr %n, align 4, !dbg !1868
  %arrayidx5 = getelementptr inbounds i8, ptr %10, i32 %11, !dbg !1867
  store i8 %9, ptr %arrayidx5, align 1, !dbg !1869
  %12 = load i32, ptr %n, align 4, !dbg !1870
  %inc = add i32 %12, 1, !dbg !1870
  store i32 %inc, ptr %n, align 4, !dbg !1870
  br label %while.cond, !dbg !1853, !llvm.loop !1871

while.end:                                        ; preds = %land.end
  %13 = load ptr, ptr %dst.addr, align 4, !dbg !1873
  %14 = load i32, ptr %n, align 4, !dbg !1874
  %arrayidx6 = getelementptr inbounds i8, ptr %13, i32 %14, !dbg !1873
  store i8 0, ptr %arrayidx6, align 1, !dbg !1875
  br label %if.end, !dbg !1876

if.end:                                           ; preds = %while.end, %entry
  br label %while.cond7, !dbg !1877

while.cond7:                                      ; preds = %while.body12, %if.end
  %15 = load ptr, ptr %src.addr, align 4, !dbg !1878
  %16 = load i32, ptr %n, align 4, !dbg !1879
  %arrayidx8 = getelementptr inbounds i8, ptr %15, i32 %16, !dbg !1878
  %17 = load i8, ptr %arrayidx8, align 1, !dbg !1878
  %conv9 = sext i8 %17 to i32, !dbg !1878
  %cmp10 = icmp ne i32 %conv9, 0, !dbg !1880
  br i1 %cmp10, label %while.body12, label %while.end14, !dbg !1877

while.body12:                                     ; preds = %while.cond7
  %18 = load i32, ptr %n, align 4, !dbg !1881
  %inc13 = add i32 %18, 1, !dbg !1881
  store i32 %inc13, ptr %n, align 4, !dbg !1881
  br label %while.cond7, !dbg !1877, !llvm.loop !1882

while.end14:                                      ; preds = %while.cond7
  %19 = load i32, ptr %n, align 4, !dbg !1883
  ret i32 %19, !dbg !1884
}

; Function Attrs: noinline nounwind
define dso_local ptr @memset(ptr noundef %dst, i32 noundef %c, i32 noundef %n) #0 !dbg !1885 {
entry:
  %dst.addr = alloca ptr, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %p = alloca ptr, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1889, !DIExpression(), !1890)
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !1891, !DIExpression(), !1892)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !1893, !DIExpression(), !1894)
    #dbg_declare(ptr %p, !1895, !DIExpression(), !1897)
  %0 = load ptr, ptr %dst.addr, align 4, !dbg !1898
  store ptr %0, ptr %p, align 4, !dbg !1897
  br label %while.cond, !dbg !1899

while.cond:                                       ; preds = %while.body, %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !1900
  %dec = add i32 %1, -1, !dbg !1900
  store i32 %dec, ptr %n.addr, align 4, !dbg !1900
  %cmp = icmp ugt i32 %1, 0, !dbg !1901
  br i1 %cmp, label %while.body, label %while.end, !dbg !1899

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %c.addr, align 4, !dbg !1902
  %conv = trunc i32 %2 to i8, !dbg !1903
  %3 = load ptr, ptr %p, align 4, !dbg !1904
  %incdec.ptr = getelementptr inbounds i8, ptr %3, i32 1, !dbg !1904
  store ptr %incdec.ptr, ptr %p, align 4, !dbg !1904
  store i8 %conv, ptr %3, align 1, !dbg !1905
  br label %while.cond, !dbg !1899, !llvm.loop !1906

while.end:                                        ; preds = %while.cond
  %4 = load ptr, ptr %dst.addr, align 4, !dbg !1907
  ret ptr %4, !dbg !1908
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_fork(i32 noundef %parent, i32 noundef %child_slot, ptr noundef %child_endpt) #0 !dbg !1909 {
entry:
  %parent.addr = alloca i32, align 4
  %child_slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %parent, ptr %parent.addr, align 4
    #dbg_declare(ptr %parent.addr, !1912, !DIExpression(), !1913)
  store i32 %child_slot, ptr %child_slot.addr, align 4
    #dbg_declare(ptr %child_slot.addr, !1914, !DIExpression(), !1915)
  store ptr %child_endpt, ptr %child_endpt.addr, align 4
    #dbg_declare(ptr %child_endpt.addr, !1916, !DIExpression(), !1917)
    #dbg_declare(ptr %m, !1918, !DIExpression(), !2110)
    #dbg_declare(ptr %r, !2111, !DIExpression(), !2112)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2113
  %0 = load i32, ptr %parent.addr, align 4, !dbg !2114
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2115
  %parent1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2116
  store i32 %0, ptr %parent1, align 4, !dbg !2117
  %1 = load i32, ptr %child_slot.addr, align 4, !dbg !2118
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2119
  %slot = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !2120
  store i32 %1, ptr %slot, align 4, !dbg !2121
  %call3 = call i32 @_kernel_call(i32 noundef 1792, ptr noundef %m) #3, !dbg !2122
  store i32 %call3, ptr %r, align 4, !dbg !2123
  %2 = load i32, ptr %r, align 4, !dbg !2124
  %cmp = icmp eq i32 %2, 0, !dbg !2126
  br i1 %cmp, label %if.then, label %if.end, !dbg !2127

if.then:                                          ; preds = %entry
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2128
  %child = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u4, i32 0, i32 2, !dbg !2129
  %3 = load i32, ptr %child, align 4, !dbg !2129
  %4 = load ptr, ptr %child_endpt.addr, align 4, !dbg !2130
  store i32 %3, ptr %4, align 4, !dbg !2131
  br label %if.end, !dbg !2132

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !2133
  ret i32 %5, !dbg !2134
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_kill(i32 noundef %endpt, i32 noundef %sig) #0 !dbg !2135 {
entry:
  %endpt.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2138, !DIExpression(), !2139)
  store i32 %sig, ptr %sig.addr, align 4
    #dbg_declare(ptr %sig.addr, !2140, !DIExpression(), !2141)
    #dbg_declare(ptr %m, !2142, !DIExpression(), !2143)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2144
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2145
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2146
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %m_u, i32 0, i32 0, !dbg !2147
  store i32 %0, ptr %endpt1, align 4, !dbg !2148
  %1 = load i32, ptr %sig.addr, align 4, !dbg !2149
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2150
  %sig3 = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %m_u2, i32 0, i32 1, !dbg !2151
  store i32 %1, ptr %sig3, align 4, !dbg !2152
  %call4 = call i32 @_kernel_call(i32 noundef 1793, ptr noundef %m) #3, !dbg !2153
  ret i32 %call4, !dbg !2154
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_datacopy(i32 noundef %src_endpt, i32 noundef %src_addr, i32 noundef %dst_endpt, i32 noundef %dst_addr, i32 noundef %bytes) #0 !dbg !2155 {
entry:
  %src_endpt.addr = alloca i32, align 4
  %src_addr.addr = alloca i32, align 4
  %dst_endpt.addr = alloca i32, align 4
  %dst_addr.addr = alloca i32, align 4
  %bytes.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %src_endpt, ptr %src_endpt.addr, align 4
    #dbg_declare(ptr %src_endpt.addr, !2158, !DIExpression(), !2159)
  store i32 %src_addr, ptr %src_addr.addr, align 4
    #dbg_declare(ptr %src_addr.addr, !2160, !DIExpression(), !2161)
  store i32 %dst_endpt, ptr %dst_endpt.addr, align 4
    #dbg_declare(ptr %dst_endpt.addr, !2162, !DIExpression(), !2163)
  store i32 %dst_addr, ptr %dst_addr.addr, align 4
    #dbg_declare(ptr %dst_addr.addr, !2164, !DIExpression(), !2165)
  store i32 %bytes, ptr %bytes.addr, align 4
    #dbg_declare(ptr %bytes.addr, !2166, !DIExpression(), !2167)
    #dbg_declare(ptr %m, !2168, !DIExpression(), !2169)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2170
  %0 = load i32, ptr %src_endpt.addr, align 4, !dbg !2171
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2172
  %src_endpt1 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u, i32 0, i32 0, !dbg !2173
  store i32 %0, ptr %src_endpt1, align 4, !dbg !2174
  %1 = load i32, ptr %src_addr.addr, align 4, !dbg !2175
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2176
  %src_addr3 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u2, i32 0, i32 1, !dbg !2177
  store i32 %1, ptr %src_addr3, align 4, !dbg !2178
  %2 = load i32, ptr %dst_endpt.addr, align 4, !dbg !2179
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2180
  %dst_endpt5 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u4, i32 0, i32 2, !dbg !2181
  store i32 %2, ptr %dst_endpt5, align 4, !dbg !2182
  %3 = load i32, ptr %dst_addr.addr, align 4, !dbg !2183
  %m_u6 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2184
  %dst_addr7 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u6, i32 0, i32 3, !dbg !2185
  store i32 %3, ptr %dst_addr7, align 4, !dbg !2186
  %4 = load i32, ptr %bytes.addr, align 4, !dbg !2187
  %m_u8 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2188
  %bytes9 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u8, i32 0, i32 4, !dbg !2189
  store i32 %4, ptr %bytes9, align 4, !dbg !2190
  %call10 = call i32 @_kernel_call(i32 noundef 1794, ptr noundef %m) #3, !dbg !2191
  ret i32 %call10, !dbg !2192
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_abort(i32 noundef %how) #0 !dbg !2193 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !2196, !DIExpression(), !2197)
    #dbg_declare(ptr %m, !2198, !DIExpression(), !2199)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2200
  %0 = load i32, ptr %how.addr, align 4, !dbg !2201
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2202
  %how1 = getelementptr inbounds %struct.mess_krn_lsys_clock, ptr %m_u, i32 0, i32 0, !dbg !2203
  store i32 %0, ptr %how1, align 4, !dbg !2204
  %call2 = call i32 @_kernel_call(i32 noundef 1795, ptr noundef %m) #3, !dbg !2205
  ret i32 %call2, !dbg !2206
}

; Function Attrs: noinline nounwind
define dso_local i32 @_taskcall(i32 noundef %who, i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !2207 {
entry:
  %retval = alloca i32, align 4
  %who.addr = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !2402, !DIExpression(), !2403)
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !2404, !DIExpression(), !2405)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !2406, !DIExpression(), !2407)
    #dbg_declare(ptr %status, !2408, !DIExpression(), !2409)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !2410
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !2411
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !2412
  store i32 %0, ptr %m_type, align 4, !dbg !2413
  %2 = load i32, ptr %who.addr, align 4, !dbg !2414
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !2415
  %call = call i32 @_ipc_sendrec(i32 noundef %2, ptr noundef %3) #3, !dbg !2416
  store i32 %call, ptr %status, align 4, !dbg !2417
  %4 = load i32, ptr %status, align 4, !dbg !2418
  %cmp = icmp ne i32 %4, 0, !dbg !2420
  br i1 %cmp, label %if.then, label %if.end, !dbg !2421

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !2422
  store i32 %5, ptr %retval, align 4, !dbg !2423
  br label %return, !dbg !2423

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !2424
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !2425
  %7 = load i32, ptr %m_type1, align 4, !dbg !2425
  store i32 %7, ptr %retval, align 4, !dbg !2426
  br label %return, !dbg !2426

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !2427
  ret i32 %8, !dbg !2427
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !2428 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !2431, !DIExpression(), !2432)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !2433, !DIExpression(), !2434)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !2435
  %1 = load i32, ptr %dst.addr, align 4, !dbg !2436
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !2437
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !2435
  ret i32 %call, !dbg !2438
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_fork(i32 noundef %endpt, i32 noundef %slot, ptr noundef %child_endpt) #0 !dbg !2439 {
entry:
  %endpt.addr = alloca i32, align 4
  %slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2440, !DIExpression(), !2441)
  store i32 %slot, ptr %slot.addr, align 4
    #dbg_declare(ptr %slot.addr, !2442, !DIExpression(), !2443)
  store ptr %child_endpt, ptr %child_endpt.addr, align 4
    #dbg_declare(ptr %child_endpt.addr, !2444, !DIExpression(), !2445)
    #dbg_declare(ptr %m, !2446, !DIExpression(), !2638)
    #dbg_declare(ptr %r, !2639, !DIExpression(), !2640)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2641
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2642
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2643
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2644
  store i32 %0, ptr %endpt1, align 4, !dbg !2645
  %1 = load i32, ptr %slot.addr, align 4, !dbg !2646
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2647
  %slot3 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !2648
  store i32 %1, ptr %slot3, align 4, !dbg !2649
  %call4 = call i32 @_taskcall(i32 noundef 2, i32 noundef 769, ptr noundef %m) #3, !dbg !2650
  store i32 %call4, ptr %r, align 4, !dbg !2651
  %2 = load i32, ptr %r, align 4, !dbg !2652
  %cmp = icmp eq i32 %2, 0, !dbg !2654
  br i1 %cmp, label %if.then, label %if.end, !dbg !2655

if.then:                                          ; preds = %entry
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2656
  %child_endpt6 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u5, i32 0, i32 2, !dbg !2657
  %3 = load i32, ptr %child_endpt6, align 4, !dbg !2657
  %4 = load ptr, ptr %child_endpt.addr, align 4, !dbg !2658
  store i32 %3, ptr %4, align 4, !dbg !2659
  br label %if.end, !dbg !2660

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !2661
  ret i32 %5, !dbg !2662
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exit(i32 noundef %endpt) #0 !dbg !2663 {
entry:
  %endpt.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2664, !DIExpression(), !2665)
    #dbg_declare(ptr %m, !2666, !DIExpression(), !2667)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2668
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2669
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2670
  %endpt1 = getelementptr inbounds %struct.mess_krn_lsys_clock, ptr %m_u, i32 0, i32 0, !dbg !2671
  store i32 %0, ptr %endpt1, align 4, !dbg !2672
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 768, ptr noundef %m) #3, !dbg !2673
  ret i32 %call2, !dbg !2674
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exec_newmem(i32 noundef %endpt, i32 noundef %text_bytes, ptr noundef %base) #0 !dbg !2675 {
entry:
  %endpt.addr = alloca i32, align 4
  %text_bytes.addr = alloca i32, align 4
  %base.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2679, !DIExpression(), !2680)
  store i32 %text_bytes, ptr %text_bytes.addr, align 4
    #dbg_declare(ptr %text_bytes.addr, !2681, !DIExpression(), !2682)
  store ptr %base, ptr %base.addr, align 4
    #dbg_declare(ptr %base.addr, !2683, !DIExpression(), !2684)
    #dbg_declare(ptr %m, !2685, !DIExpression(), !2686)
    #dbg_declare(ptr %r, !2687, !DIExpression(), !2688)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2689
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2690
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2691
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2692
  store i32 %0, ptr %endpt1, align 4, !dbg !2693
  %1 = load i32, ptr %text_bytes.addr, align 4, !dbg !2694
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2695
  %text_bytes3 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !2696
  store i32 %1, ptr %text_bytes3, align 4, !dbg !2697
  %call4 = call i32 @_taskcall(i32 noundef 2, i32 noundef 772, ptr noundef %m) #3, !dbg !2698
  store i32 %call4, ptr %r, align 4, !dbg !2699
  %2 = load i32, ptr %r, align 4, !dbg !2700
  %cmp = icmp eq i32 %2, 0, !dbg !2702
  br i1 %cmp, label %if.then, label %if.end, !dbg !2703

if.then:                                          ; preds = %entry
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2704
  %base6 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u5, i32 0, i32 2, !dbg !2705
  %3 = load i32, ptr %base6, align 4, !dbg !2705
  %4 = load ptr, ptr %base.addr, align 4, !dbg !2706
  store i32 %3, ptr %4, align 4, !dbg !2707
  br label %if.end, !dbg !2708

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !2709
  ret i32 %5, !dbg !2710
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_info_usage(i32 noundef %endpt, ptr noundef %vui) #0 !dbg !2711 {
entry:
  %endpt.addr = alloca i32, align 4
  %vui.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2720, !DIExpression(), !2721)
  store ptr %vui, ptr %vui.addr, align 4
    #dbg_declare(ptr %vui.addr, !2722, !DIExpression(), !2723)
    #dbg_declare(ptr %m, !2724, !DIExpression(), !2725)
    #dbg_declare(ptr %r, !2726, !DIExpression(), !2727)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2728
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2729
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2730
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2731
  store i32 %0, ptr %endpt1, align 4, !dbg !2732
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 773, ptr noundef %m) #3, !dbg !2733
  store i32 %call2, ptr %r, align 4, !dbg !2734
  %1 = load i32, ptr %r, align 4, !dbg !2735
  %cmp = icmp eq i32 %1, 0, !dbg !2737
  br i1 %cmp, label %if.then, label %if.end, !dbg !2738

if.then:                                          ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2739
  %pages = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u3, i32 0, i32 1, !dbg !2741
  %2 = load i32, ptr %pages, align 4, !dbg !2741
  %3 = load ptr, ptr %vui.addr, align 4, !dbg !2742
  %vui_pages = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %3, i32 0, i32 0, !dbg !2743
  store i32 %2, ptr %vui_pages, align 4, !dbg !2744
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2745
  %brk = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u4, i32 0, i32 2, !dbg !2746
  %4 = load i32, ptr %brk, align 4, !dbg !2746
  %5 = load ptr, ptr %vui.addr, align 4, !dbg !2747
  %vui_brk = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %5, i32 0, i32 1, !dbg !2748
  store i32 %4, ptr %vui_brk, align 4, !dbg !2749
  br label %if.end, !dbg !2750

if.end:                                           ; preds = %if.then, %entry
  %6 = load i32, ptr %r, align 4, !dbg !2751
  ret i32 %6, !dbg !2752
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.dbg.cu = !{!231, !233, !235, !237, !239, !2, !241, !243, !246, !248, !250}
!llvm.ident = !{!252, !252, !252, !252, !252, !252, !252, !252, !252, !252, !252}
!llvm.module.flags = !{!253, !254, !255, !256, !257}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "kernel_call_table", scope: !2, file: !3, line: 47, type: !5, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "lib/sys/kernel_trap.c", directory: ".", checksumkind: CSK_MD5, checksum: "5dad4197d90f08dde68ac80cea1855c1")
!4 = !{!0}
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 224, elements: !229)
!6 = !DIDerivedType(tag: DW_TAG_typedef, name: "kernel_trap_t", file: !7, line: 30, baseType: !8)
!7 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "5da101458f1b9a8160df72c04d393ec8")
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 32)
!9 = !DISubroutineType(types: !10)
!10 = !{!11, !12, !14, !228}
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !13, line: 25, baseType: !11)
!13 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 32)
!15 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !17)
!16 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!17 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !18)
!18 = !{!19, !20, !21}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !17, file: !16, line: 71, baseType: !12, size: 32)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !17, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !17, file: !16, line: 104, baseType: !22, size: 448, offset: 64)
!22 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !17, file: !16, line: 73, size: 448, elements: !23)
!23 = !{!24, !29, !39, !46, !52, !57, !63, !71, !78, !89, !94, !101, !110, !115, !122, !127, !134, !141, !146, !152, !163, !170, !178, !184, !189, !196, !202, !211, !216, !222}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !22, file: !16, line: 74, baseType: !25, size: 32)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !26)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !27)
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !26, file: !16, line: 15, baseType: !11, size: 32)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !22, file: !16, line: 75, baseType: !30, size: 64)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !31)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !32)
!32 = !{!33, !37}
!33 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !31, file: !16, line: 16, baseType: !34, size: 32)
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !13, line: 30, baseType: !35)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !13, line: 22, baseType: !36)
!36 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !31, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !13, line: 23, baseType: !36)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !22, file: !16, line: 76, baseType: !40, size: 64)
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !41)
!41 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !42)
!42 = !{!43, !45}
!43 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !41, file: !16, line: 17, baseType: !44, size: 32)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !13, line: 26, baseType: !11)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !41, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !22, file: !16, line: 77, baseType: !47, size: 32)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !48)
!48 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !49)
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !48, file: !16, line: 18, baseType: !51, size: 32)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !13, line: 27, baseType: !11)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !22, file: !16, line: 78, baseType: !53, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !54, file: !16, line: 19, baseType: !11, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !22, file: !16, line: 79, baseType: !58, size: 64)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !59)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !60)
!60 = !{!61, !62}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !59, file: !16, line: 20, baseType: !11, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !59, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !22, file: !16, line: 80, baseType: !64, size: 128)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !66)
!66 = !{!67, !68, !69, !70}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !65, file: !16, line: 24, baseType: !12, size: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !65, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !65, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !65, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !22, file: !16, line: 81, baseType: !72, size: 96)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !74)
!74 = !{!75, !76, !77}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !73, file: !16, line: 29, baseType: !12, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !73, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !73, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !22, file: !16, line: 82, baseType: !79, size: 128)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !80)
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !81)
!81 = !{!82, !83, !84, !85}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !80, file: !16, line: 32, baseType: !34, size: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !80, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !80, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !80, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !13, line: 28, baseType: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !13, line: 20, baseType: !88)
!88 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !22, file: !16, line: 83, baseType: !90, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !91)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !91, file: !16, line: 33, baseType: !11, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !22, file: !16, line: 84, baseType: !95, size: 96)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !96)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !97)
!97 = !{!98, !99, !100}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !96, file: !16, line: 34, baseType: !11, size: 32)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !96, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !96, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !22, file: !16, line: 85, baseType: !102, size: 96)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !103)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !104)
!104 = !{!105, !106, !109}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !103, file: !16, line: 35, baseType: !11, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !103, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !13, line: 29, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !13, line: 21, baseType: !11)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !103, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !22, file: !16, line: 86, baseType: !111, size: 16)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !112)
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !113)
!113 = !{!114}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !112, file: !16, line: 36, baseType: !86, size: 16)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !22, file: !16, line: 87, baseType: !116, size: 96)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !117)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !118)
!118 = !{!119, !120, !121}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !117, file: !16, line: 39, baseType: !12, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !117, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !117, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !22, file: !16, line: 88, baseType: !123, size: 32)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !124)
!124 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !125)
!125 = !{!126}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !124, file: !16, line: 40, baseType: !12, size: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !22, file: !16, line: 89, baseType: !128, size: 96)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !129)
!129 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !130)
!130 = !{!131, !132, !133}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !129, file: !16, line: 41, baseType: !12, size: 32)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !129, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !129, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !22, file: !16, line: 90, baseType: !135, size: 96)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !136)
!136 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !137)
!137 = !{!138, !139, !140}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !136, file: !16, line: 42, baseType: !12, size: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !136, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !136, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !22, file: !16, line: 91, baseType: !142, size: 32)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !143)
!143 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !144)
!144 = !{!145}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !143, file: !16, line: 45, baseType: !34, size: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !22, file: !16, line: 92, baseType: !147, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !148)
!148 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !149)
!149 = !{!150, !151}
!150 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !148, file: !16, line: 46, baseType: !38, size: 32)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !148, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !22, file: !16, line: 93, baseType: !153, size: 192)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !155)
!155 = !{!156, !161, !162}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !154, file: !16, line: 49, baseType: !157, size: 128)
!157 = !DICompositeType(tag: DW_TAG_array_type, baseType: !158, size: 128, elements: !159)
!158 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!159 = !{!160}
!160 = !DISubrange(count: 16)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !154, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !154, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !22, file: !16, line: 94, baseType: !164, size: 192)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !165)
!165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !166)
!166 = !{!167, !168, !169}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !165, file: !16, line: 50, baseType: !157, size: 128)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !165, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !165, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !22, file: !16, line: 95, baseType: !171, size: 128)
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !172)
!172 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !173)
!173 = !{!174, !175, !176, !177}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !172, file: !16, line: 53, baseType: !12, size: 32)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !172, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !172, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !172, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !22, file: !16, line: 96, baseType: !179, size: 64)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !180)
!180 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !181)
!181 = !{!182, !183}
!182 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !180, file: !16, line: 54, baseType: !12, size: 32)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !180, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !22, file: !16, line: 97, baseType: !185, size: 32)
!185 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !186)
!186 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !187)
!187 = !{!188}
!188 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !186, file: !16, line: 57, baseType: !11, size: 32)
!189 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !22, file: !16, line: 98, baseType: !190, size: 96)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !191)
!191 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !192)
!192 = !{!193, !194, !195}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !191, file: !16, line: 60, baseType: !12, size: 32)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !191, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !191, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!196 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !22, file: !16, line: 99, baseType: !197, size: 64)
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !198)
!198 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !199)
!199 = !{!200, !201}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !198, file: !16, line: 61, baseType: !12, size: 32)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !198, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!202 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !22, file: !16, line: 100, baseType: !203, size: 160)
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !204)
!204 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !205)
!205 = !{!206, !207, !208, !209, !210}
!206 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !204, file: !16, line: 63, baseType: !12, size: 32)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !204, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !204, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!209 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !204, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !204, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !22, file: !16, line: 101, baseType: !212, size: 32)
!212 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !213)
!213 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !214)
!214 = !{!215}
!215 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !213, file: !16, line: 67, baseType: !11, size: 32)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !22, file: !16, line: 102, baseType: !217, size: 32)
!217 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !218)
!218 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !219)
!219 = !{!220}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !218, file: !16, line: 68, baseType: !221, size: 32)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !13, line: 31, baseType: !35)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !22, file: !16, line: 103, baseType: !223, size: 448)
!223 = !DICompositeType(tag: DW_TAG_array_type, baseType: !224, size: 448, elements: !226)
!224 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !13, line: 18, baseType: !225)
!225 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!226 = !{!227}
!227 = !DISubrange(count: 56)
!228 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 32)
!229 = !{!230}
!230 = !DISubrange(count: 7)
!231 = distinct !DICompileUnit(language: DW_LANG_C11, file: !232, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!232 = !DIFile(filename: "lib/sys/asynsend.c", directory: ".", checksumkind: CSK_MD5, checksum: "ee9a1348314247284ec431780d146a0c")
!233 = distinct !DICompileUnit(language: DW_LANG_C11, file: !234, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!234 = !DIFile(filename: "lib/sys/clock.c", directory: ".", checksumkind: CSK_MD5, checksum: "7112084e66f7076c0f6581724d0b814d")
!235 = distinct !DICompileUnit(language: DW_LANG_C11, file: !236, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!236 = !DIFile(filename: "lib/sys/ds.c", directory: ".", checksumkind: CSK_MD5, checksum: "698d64aa1be2975c04dda100e380c678")
!237 = distinct !DICompileUnit(language: DW_LANG_C11, file: !238, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!238 = !DIFile(filename: "lib/sys/ipc.c", directory: ".", checksumkind: CSK_MD5, checksum: "ce1fd5945aabf45a3a07eb64e04d1128")
!239 = distinct !DICompileUnit(language: DW_LANG_C11, file: !240, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!240 = !DIFile(filename: "lib/sys/kernel_call.c", directory: ".", checksumkind: CSK_MD5, checksum: "2f4d8db3fd14ccabc30e1dd17858ca6a")
!241 = distinct !DICompileUnit(language: DW_LANG_C11, file: !242, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!242 = !DIFile(filename: "lib/sys/sef.c", directory: ".", checksumkind: CSK_MD5, checksum: "5cc4c939226dc59f2c3a1bbccae96251")
!243 = distinct !DICompileUnit(language: DW_LANG_C11, file: !244, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !245, splitDebugInlining: false, nameTableKind: None)
!244 = !DIFile(filename: "lib/sys/string.c", directory: ".", checksumkind: CSK_MD5, checksum: "0ab9276c2a89875ab9059dab0a3d6fab")
!245 = !{!225}
!246 = distinct !DICompileUnit(language: DW_LANG_C11, file: !247, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!247 = !DIFile(filename: "lib/sys/sys_calls.c", directory: ".", checksumkind: CSK_MD5, checksum: "02cefbccd3938df92940141f61b6861d")
!248 = distinct !DICompileUnit(language: DW_LANG_C11, file: !249, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!249 = !DIFile(filename: "lib/sys/taskcall.c", directory: ".", checksumkind: CSK_MD5, checksum: "02a91972f2874c1f68d23decbee7f5a4")
!250 = distinct !DICompileUnit(language: DW_LANG_C11, file: !251, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!251 = !DIFile(filename: "lib/sys/vm.c", directory: ".", checksumkind: CSK_MD5, checksum: "d7247d036d693770394d46d6c7f123dd")
!252 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!253 = !{i32 1, !"NumRegisterParameters", i32 0}
!254 = !{i32 7, !"Dwarf Version", i32 5}
!255 = !{i32 2, !"Debug Info Version", i32 3}
!256 = !{i32 1, !"wchar_size", i32 4}
!257 = !{i32 7, !"frame-pointer", i32 2}
!258 = distinct !DISubprogram(name: "asynsend3", scope: !232, file: !232, line: 10, type: !259, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !231, retainedNodes: !453)
!259 = !DISubroutineType(types: !260)
!260 = !{!11, !12, !261, !11}
!261 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !262, size: 32)
!262 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !263)
!263 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !264)
!264 = !{!265, !266, !267}
!265 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !263, file: !16, line: 71, baseType: !12, size: 32)
!266 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !263, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !263, file: !16, line: 104, baseType: !268, size: 448, offset: 64)
!268 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !263, file: !16, line: 73, size: 448, elements: !269)
!269 = !{!270, !275, !281, !287, !292, !297, !303, !311, !318, !326, !331, !338, !345, !350, !357, !362, !369, !376, !381, !387, !394, !401, !409, !415, !420, !427, !433, !442, !447, !452}
!270 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !268, file: !16, line: 74, baseType: !271, size: 32)
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !272)
!272 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !273)
!273 = !{!274}
!274 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !272, file: !16, line: 15, baseType: !11, size: 32)
!275 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !268, file: !16, line: 75, baseType: !276, size: 64)
!276 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !277)
!277 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !278)
!278 = !{!279, !280}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !277, file: !16, line: 16, baseType: !34, size: 32)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !277, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !268, file: !16, line: 76, baseType: !282, size: 64)
!282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !283)
!283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !284)
!284 = !{!285, !286}
!285 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !283, file: !16, line: 17, baseType: !44, size: 32)
!286 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !283, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!287 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !268, file: !16, line: 77, baseType: !288, size: 32)
!288 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !289)
!289 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !290)
!290 = !{!291}
!291 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !289, file: !16, line: 18, baseType: !51, size: 32)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !268, file: !16, line: 78, baseType: !293, size: 32)
!293 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !294)
!294 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !295)
!295 = !{!296}
!296 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !294, file: !16, line: 19, baseType: !11, size: 32)
!297 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !268, file: !16, line: 79, baseType: !298, size: 64)
!298 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !299)
!299 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !300)
!300 = !{!301, !302}
!301 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !299, file: !16, line: 20, baseType: !11, size: 32)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !299, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !268, file: !16, line: 80, baseType: !304, size: 128)
!304 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !305)
!305 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !306)
!306 = !{!307, !308, !309, !310}
!307 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !305, file: !16, line: 24, baseType: !12, size: 32)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !305, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !305, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !305, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !268, file: !16, line: 81, baseType: !312, size: 96)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !313)
!313 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !314)
!314 = !{!315, !316, !317}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !313, file: !16, line: 29, baseType: !12, size: 32)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !313, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !313, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !268, file: !16, line: 82, baseType: !319, size: 128)
!319 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !320)
!320 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !321)
!321 = !{!322, !323, !324, !325}
!322 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !320, file: !16, line: 32, baseType: !34, size: 32)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !320, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!324 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !320, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !320, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !268, file: !16, line: 83, baseType: !327, size: 32)
!327 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !328)
!328 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !329)
!329 = !{!330}
!330 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !328, file: !16, line: 33, baseType: !11, size: 32)
!331 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !268, file: !16, line: 84, baseType: !332, size: 96)
!332 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !333)
!333 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !334)
!334 = !{!335, !336, !337}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !333, file: !16, line: 34, baseType: !11, size: 32)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !333, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !333, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !268, file: !16, line: 85, baseType: !339, size: 96)
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !340)
!340 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !341)
!341 = !{!342, !343, !344}
!342 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !340, file: !16, line: 35, baseType: !11, size: 32)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !340, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !340, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !268, file: !16, line: 86, baseType: !346, size: 16)
!346 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !347)
!347 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !348)
!348 = !{!349}
!349 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !347, file: !16, line: 36, baseType: !86, size: 16)
!350 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !268, file: !16, line: 87, baseType: !351, size: 96)
!351 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !352)
!352 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !353)
!353 = !{!354, !355, !356}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !352, file: !16, line: 39, baseType: !12, size: 32)
!355 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !352, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!356 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !352, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!357 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !268, file: !16, line: 88, baseType: !358, size: 32)
!358 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !359)
!359 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !360)
!360 = !{!361}
!361 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !359, file: !16, line: 40, baseType: !12, size: 32)
!362 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !268, file: !16, line: 89, baseType: !363, size: 96)
!363 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !364)
!364 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !365)
!365 = !{!366, !367, !368}
!366 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !364, file: !16, line: 41, baseType: !12, size: 32)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !364, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!368 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !364, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!369 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !268, file: !16, line: 90, baseType: !370, size: 96)
!370 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !371)
!371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !372)
!372 = !{!373, !374, !375}
!373 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !371, file: !16, line: 42, baseType: !12, size: 32)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !371, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!375 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !371, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!376 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !268, file: !16, line: 91, baseType: !377, size: 32)
!377 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !378)
!378 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !379)
!379 = !{!380}
!380 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !378, file: !16, line: 45, baseType: !34, size: 32)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !268, file: !16, line: 92, baseType: !382, size: 64)
!382 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !383)
!383 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !384)
!384 = !{!385, !386}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !383, file: !16, line: 46, baseType: !38, size: 32)
!386 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !383, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!387 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !268, file: !16, line: 93, baseType: !388, size: 192)
!388 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !389)
!389 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !390)
!390 = !{!391, !392, !393}
!391 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !389, file: !16, line: 49, baseType: !157, size: 128)
!392 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !389, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!393 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !389, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!394 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !268, file: !16, line: 94, baseType: !395, size: 192)
!395 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !396)
!396 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !397)
!397 = !{!398, !399, !400}
!398 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !396, file: !16, line: 50, baseType: !157, size: 128)
!399 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !396, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!400 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !396, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!401 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !268, file: !16, line: 95, baseType: !402, size: 128)
!402 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !403)
!403 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !404)
!404 = !{!405, !406, !407, !408}
!405 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !403, file: !16, line: 53, baseType: !12, size: 32)
!406 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !403, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!407 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !403, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !403, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!409 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !268, file: !16, line: 96, baseType: !410, size: 64)
!410 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !411)
!411 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !412)
!412 = !{!413, !414}
!413 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !411, file: !16, line: 54, baseType: !12, size: 32)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !411, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!415 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !268, file: !16, line: 97, baseType: !416, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !417)
!417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !418)
!418 = !{!419}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !417, file: !16, line: 57, baseType: !11, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !268, file: !16, line: 98, baseType: !421, size: 96)
!421 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !422)
!422 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !423)
!423 = !{!424, !425, !426}
!424 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !422, file: !16, line: 60, baseType: !12, size: 32)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !422, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!426 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !422, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!427 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !268, file: !16, line: 99, baseType: !428, size: 64)
!428 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !429)
!429 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !430)
!430 = !{!431, !432}
!431 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !429, file: !16, line: 61, baseType: !12, size: 32)
!432 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !429, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!433 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !268, file: !16, line: 100, baseType: !434, size: 160)
!434 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !435)
!435 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !436)
!436 = !{!437, !438, !439, !440, !441}
!437 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !435, file: !16, line: 63, baseType: !12, size: 32)
!438 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !435, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !435, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!440 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !435, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!441 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !435, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!442 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !268, file: !16, line: 101, baseType: !443, size: 32)
!443 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !444)
!444 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !445)
!445 = !{!446}
!446 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !444, file: !16, line: 67, baseType: !11, size: 32)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !268, file: !16, line: 102, baseType: !448, size: 32)
!448 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !449)
!449 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !450)
!450 = !{!451}
!451 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !449, file: !16, line: 68, baseType: !221, size: 32)
!452 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !268, file: !16, line: 103, baseType: !223, size: 448)
!453 = !{}
!454 = !DILocalVariable(name: "dst", arg: 1, scope: !258, file: !232, line: 10, type: !12)
!455 = !DILocation(line: 10, column: 26, scope: !258)
!456 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !258, file: !232, line: 10, type: !261)
!457 = !DILocation(line: 10, column: 40, scope: !258)
!458 = !DILocalVariable(name: "flags", arg: 3, scope: !258, file: !232, line: 10, type: !11)
!459 = !DILocation(line: 10, column: 51, scope: !258)
!460 = !DILocation(line: 12, column: 6, scope: !461)
!461 = distinct !DILexicalBlock(scope: !258, file: !232, line: 12, column: 6)
!462 = !DILocation(line: 12, column: 10, scope: !461)
!463 = !DILocation(line: 12, column: 18, scope: !461)
!464 = !DILocation(line: 12, column: 21, scope: !461)
!465 = !DILocation(line: 12, column: 25, scope: !461)
!466 = !DILocation(line: 12, column: 6, scope: !258)
!467 = !DILocation(line: 13, column: 3, scope: !461)
!468 = !DILocation(line: 14, column: 19, scope: !258)
!469 = !DILocation(line: 14, column: 24, scope: !258)
!470 = !DILocation(line: 14, column: 31, scope: !258)
!471 = !DILocation(line: 14, column: 9, scope: !258)
!472 = !DILocation(line: 14, column: 2, scope: !258)
!473 = !DILocation(line: 15, column: 1, scope: !258)
!474 = distinct !DISubprogram(name: "getuptime", scope: !234, file: !234, line: 9, type: !475, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !233, retainedNodes: !453)
!475 = !DISubroutineType(types: !476)
!476 = !{!11, !477}
!477 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !221, size: 32)
!478 = !DILocalVariable(name: "ticks", arg: 1, scope: !474, file: !234, line: 9, type: !477)
!479 = !DILocation(line: 9, column: 24, scope: !474)
!480 = !DILocalVariable(name: "m", scope: !474, file: !234, line: 11, type: !481)
!481 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !482)
!482 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !483)
!483 = !{!484, !485, !486}
!484 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !482, file: !16, line: 71, baseType: !12, size: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !482, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !482, file: !16, line: 104, baseType: !487, size: 448, offset: 64)
!487 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !482, file: !16, line: 73, size: 448, elements: !488)
!488 = !{!489, !494, !500, !506, !511, !516, !522, !530, !537, !545, !550, !557, !564, !569, !576, !581, !588, !595, !600, !606, !613, !620, !628, !634, !639, !646, !652, !661, !666, !671}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !487, file: !16, line: 74, baseType: !490, size: 32)
!490 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !491)
!491 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !492)
!492 = !{!493}
!493 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !491, file: !16, line: 15, baseType: !11, size: 32)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !487, file: !16, line: 75, baseType: !495, size: 64)
!495 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !496)
!496 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !497)
!497 = !{!498, !499}
!498 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !496, file: !16, line: 16, baseType: !34, size: 32)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !496, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !487, file: !16, line: 76, baseType: !501, size: 64)
!501 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !502)
!502 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !503)
!503 = !{!504, !505}
!504 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !502, file: !16, line: 17, baseType: !44, size: 32)
!505 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !502, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !487, file: !16, line: 77, baseType: !507, size: 32)
!507 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !508)
!508 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !509)
!509 = !{!510}
!510 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !508, file: !16, line: 18, baseType: !51, size: 32)
!511 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !487, file: !16, line: 78, baseType: !512, size: 32)
!512 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !513)
!513 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !514)
!514 = !{!515}
!515 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !513, file: !16, line: 19, baseType: !11, size: 32)
!516 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !487, file: !16, line: 79, baseType: !517, size: 64)
!517 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !518)
!518 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !519)
!519 = !{!520, !521}
!520 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !518, file: !16, line: 20, baseType: !11, size: 32)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !518, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!522 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !487, file: !16, line: 80, baseType: !523, size: 128)
!523 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !524)
!524 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !525)
!525 = !{!526, !527, !528, !529}
!526 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !524, file: !16, line: 24, baseType: !12, size: 32)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !524, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !524, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!529 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !524, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!530 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !487, file: !16, line: 81, baseType: !531, size: 96)
!531 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !532)
!532 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !533)
!533 = !{!534, !535, !536}
!534 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !532, file: !16, line: 29, baseType: !12, size: 32)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !532, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!536 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !532, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!537 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !487, file: !16, line: 82, baseType: !538, size: 128)
!538 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !539)
!539 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !540)
!540 = !{!541, !542, !543, !544}
!541 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !539, file: !16, line: 32, baseType: !34, size: 32)
!542 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !539, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!543 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !539, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!544 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !539, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!545 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !487, file: !16, line: 83, baseType: !546, size: 32)
!546 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !547)
!547 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !548)
!548 = !{!549}
!549 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !547, file: !16, line: 33, baseType: !11, size: 32)
!550 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !487, file: !16, line: 84, baseType: !551, size: 96)
!551 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !552)
!552 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !553)
!553 = !{!554, !555, !556}
!554 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !552, file: !16, line: 34, baseType: !11, size: 32)
!555 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !552, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!556 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !552, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!557 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !487, file: !16, line: 85, baseType: !558, size: 96)
!558 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !559)
!559 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !560)
!560 = !{!561, !562, !563}
!561 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !559, file: !16, line: 35, baseType: !11, size: 32)
!562 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !559, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!563 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !559, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!564 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !487, file: !16, line: 86, baseType: !565, size: 16)
!565 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !566)
!566 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !567)
!567 = !{!568}
!568 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !566, file: !16, line: 36, baseType: !86, size: 16)
!569 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !487, file: !16, line: 87, baseType: !570, size: 96)
!570 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !571)
!571 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !572)
!572 = !{!573, !574, !575}
!573 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !571, file: !16, line: 39, baseType: !12, size: 32)
!574 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !571, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!575 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !571, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!576 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !487, file: !16, line: 88, baseType: !577, size: 32)
!577 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !578)
!578 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !579)
!579 = !{!580}
!580 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !578, file: !16, line: 40, baseType: !12, size: 32)
!581 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !487, file: !16, line: 89, baseType: !582, size: 96)
!582 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !583)
!583 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !584)
!584 = !{!585, !586, !587}
!585 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !583, file: !16, line: 41, baseType: !12, size: 32)
!586 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !583, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!587 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !583, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!588 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !487, file: !16, line: 90, baseType: !589, size: 96)
!589 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !590)
!590 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !591)
!591 = !{!592, !593, !594}
!592 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !590, file: !16, line: 42, baseType: !12, size: 32)
!593 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !590, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!594 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !590, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!595 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !487, file: !16, line: 91, baseType: !596, size: 32)
!596 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !597)
!597 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !598)
!598 = !{!599}
!599 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !597, file: !16, line: 45, baseType: !34, size: 32)
!600 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !487, file: !16, line: 92, baseType: !601, size: 64)
!601 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !602)
!602 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !603)
!603 = !{!604, !605}
!604 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !602, file: !16, line: 46, baseType: !38, size: 32)
!605 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !602, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!606 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !487, file: !16, line: 93, baseType: !607, size: 192)
!607 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !608)
!608 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !609)
!609 = !{!610, !611, !612}
!610 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !608, file: !16, line: 49, baseType: !157, size: 128)
!611 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !608, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!612 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !608, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!613 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !487, file: !16, line: 94, baseType: !614, size: 192)
!614 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !615)
!615 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !616)
!616 = !{!617, !618, !619}
!617 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !615, file: !16, line: 50, baseType: !157, size: 128)
!618 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !615, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!619 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !615, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!620 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !487, file: !16, line: 95, baseType: !621, size: 128)
!621 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !622)
!622 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !623)
!623 = !{!624, !625, !626, !627}
!624 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !622, file: !16, line: 53, baseType: !12, size: 32)
!625 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !622, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!626 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !622, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!627 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !622, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!628 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !487, file: !16, line: 96, baseType: !629, size: 64)
!629 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !630)
!630 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !631)
!631 = !{!632, !633}
!632 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !630, file: !16, line: 54, baseType: !12, size: 32)
!633 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !630, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!634 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !487, file: !16, line: 97, baseType: !635, size: 32)
!635 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !636)
!636 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !637)
!637 = !{!638}
!638 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !636, file: !16, line: 57, baseType: !11, size: 32)
!639 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !487, file: !16, line: 98, baseType: !640, size: 96)
!640 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !641)
!641 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !642)
!642 = !{!643, !644, !645}
!643 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !641, file: !16, line: 60, baseType: !12, size: 32)
!644 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !641, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!645 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !641, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!646 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !487, file: !16, line: 99, baseType: !647, size: 64)
!647 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !648)
!648 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !649)
!649 = !{!650, !651}
!650 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !648, file: !16, line: 61, baseType: !12, size: 32)
!651 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !648, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !487, file: !16, line: 100, baseType: !653, size: 160)
!653 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !654)
!654 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !655)
!655 = !{!656, !657, !658, !659, !660}
!656 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !654, file: !16, line: 63, baseType: !12, size: 32)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !654, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !654, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!659 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !654, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!660 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !654, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!661 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !487, file: !16, line: 101, baseType: !662, size: 32)
!662 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !663)
!663 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !664)
!664 = !{!665}
!665 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !663, file: !16, line: 67, baseType: !11, size: 32)
!666 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !487, file: !16, line: 102, baseType: !667, size: 32)
!667 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !668)
!668 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !669)
!669 = !{!670}
!670 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !668, file: !16, line: 68, baseType: !221, size: 32)
!671 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !487, file: !16, line: 103, baseType: !223, size: 448)
!672 = !DILocation(line: 11, column: 10, scope: !474)
!673 = !DILocalVariable(name: "r", scope: !474, file: !234, line: 12, type: !11)
!674 = !DILocation(line: 12, column: 6, scope: !474)
!675 = !DILocation(line: 14, column: 2, scope: !474)
!676 = !DILocation(line: 15, column: 6, scope: !474)
!677 = !DILocation(line: 15, column: 4, scope: !474)
!678 = !DILocation(line: 16, column: 6, scope: !679)
!679 = distinct !DILexicalBlock(scope: !474, file: !234, line: 16, column: 6)
!680 = !DILocation(line: 16, column: 8, scope: !679)
!681 = !DILocation(line: 16, column: 6, scope: !474)
!682 = !DILocation(line: 17, column: 14, scope: !679)
!683 = !DILocation(line: 17, column: 35, scope: !679)
!684 = !DILocation(line: 17, column: 4, scope: !679)
!685 = !DILocation(line: 17, column: 10, scope: !679)
!686 = !DILocation(line: 17, column: 3, scope: !679)
!687 = !DILocation(line: 18, column: 9, scope: !474)
!688 = !DILocation(line: 18, column: 2, scope: !474)
!689 = distinct !DISubprogram(name: "ds_publish_label", scope: !236, file: !236, line: 11, type: !690, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !235, retainedNodes: !453)
!690 = !DISubroutineType(types: !691)
!691 = !{!11, !692, !12, !11}
!692 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !693, size: 32)
!693 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !158)
!694 = !DILocalVariable(name: "label", arg: 1, scope: !689, file: !236, line: 11, type: !692)
!695 = !DILocation(line: 11, column: 34, scope: !689)
!696 = !DILocalVariable(name: "endpt", arg: 2, scope: !689, file: !236, line: 11, type: !12)
!697 = !DILocation(line: 11, column: 52, scope: !689)
!698 = !DILocalVariable(name: "flags", arg: 3, scope: !689, file: !236, line: 11, type: !11)
!699 = !DILocation(line: 11, column: 63, scope: !689)
!700 = !DILocalVariable(name: "m", scope: !689, file: !236, line: 13, type: !701)
!701 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !702)
!702 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !703)
!703 = !{!704, !705, !706}
!704 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !702, file: !16, line: 71, baseType: !12, size: 32)
!705 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !702, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!706 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !702, file: !16, line: 104, baseType: !707, size: 448, offset: 64)
!707 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !702, file: !16, line: 73, size: 448, elements: !708)
!708 = !{!709, !714, !720, !726, !731, !736, !742, !750, !757, !765, !770, !777, !784, !789, !796, !801, !808, !815, !820, !826, !833, !840, !848, !854, !859, !866, !872, !881, !886, !891}
!709 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !707, file: !16, line: 74, baseType: !710, size: 32)
!710 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !711)
!711 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !712)
!712 = !{!713}
!713 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !711, file: !16, line: 15, baseType: !11, size: 32)
!714 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !707, file: !16, line: 75, baseType: !715, size: 64)
!715 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !716)
!716 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !717)
!717 = !{!718, !719}
!718 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !716, file: !16, line: 16, baseType: !34, size: 32)
!719 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !716, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!720 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !707, file: !16, line: 76, baseType: !721, size: 64)
!721 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !722)
!722 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !723)
!723 = !{!724, !725}
!724 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !722, file: !16, line: 17, baseType: !44, size: 32)
!725 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !722, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!726 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !707, file: !16, line: 77, baseType: !727, size: 32)
!727 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !728)
!728 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !729)
!729 = !{!730}
!730 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !728, file: !16, line: 18, baseType: !51, size: 32)
!731 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !707, file: !16, line: 78, baseType: !732, size: 32)
!732 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !733)
!733 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !734)
!734 = !{!735}
!735 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !733, file: !16, line: 19, baseType: !11, size: 32)
!736 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !707, file: !16, line: 79, baseType: !737, size: 64)
!737 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !738)
!738 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !739)
!739 = !{!740, !741}
!740 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !738, file: !16, line: 20, baseType: !11, size: 32)
!741 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !738, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!742 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !707, file: !16, line: 80, baseType: !743, size: 128)
!743 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !744)
!744 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !745)
!745 = !{!746, !747, !748, !749}
!746 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !744, file: !16, line: 24, baseType: !12, size: 32)
!747 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !744, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!748 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !744, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !744, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!750 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !707, file: !16, line: 81, baseType: !751, size: 96)
!751 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !752)
!752 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !753)
!753 = !{!754, !755, !756}
!754 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !752, file: !16, line: 29, baseType: !12, size: 32)
!755 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !752, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!756 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !752, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!757 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !707, file: !16, line: 82, baseType: !758, size: 128)
!758 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !759)
!759 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !760)
!760 = !{!761, !762, !763, !764}
!761 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !759, file: !16, line: 32, baseType: !34, size: 32)
!762 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !759, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!763 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !759, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!764 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !759, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!765 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !707, file: !16, line: 83, baseType: !766, size: 32)
!766 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !767)
!767 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !768)
!768 = !{!769}
!769 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !767, file: !16, line: 33, baseType: !11, size: 32)
!770 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !707, file: !16, line: 84, baseType: !771, size: 96)
!771 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !772)
!772 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !773)
!773 = !{!774, !775, !776}
!774 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !772, file: !16, line: 34, baseType: !11, size: 32)
!775 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !772, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!776 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !772, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !707, file: !16, line: 85, baseType: !778, size: 96)
!778 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !779)
!779 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !780)
!780 = !{!781, !782, !783}
!781 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !779, file: !16, line: 35, baseType: !11, size: 32)
!782 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !779, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!783 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !779, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!784 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !707, file: !16, line: 86, baseType: !785, size: 16)
!785 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !786)
!786 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !787)
!787 = !{!788}
!788 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !786, file: !16, line: 36, baseType: !86, size: 16)
!789 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !707, file: !16, line: 87, baseType: !790, size: 96)
!790 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !791)
!791 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !792)
!792 = !{!793, !794, !795}
!793 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !791, file: !16, line: 39, baseType: !12, size: 32)
!794 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !791, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!795 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !791, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!796 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !707, file: !16, line: 88, baseType: !797, size: 32)
!797 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !798)
!798 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !799)
!799 = !{!800}
!800 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !798, file: !16, line: 40, baseType: !12, size: 32)
!801 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !707, file: !16, line: 89, baseType: !802, size: 96)
!802 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !803)
!803 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !804)
!804 = !{!805, !806, !807}
!805 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !803, file: !16, line: 41, baseType: !12, size: 32)
!806 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !803, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!807 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !803, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!808 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !707, file: !16, line: 90, baseType: !809, size: 96)
!809 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !810)
!810 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !811)
!811 = !{!812, !813, !814}
!812 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !810, file: !16, line: 42, baseType: !12, size: 32)
!813 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !810, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!814 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !810, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!815 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !707, file: !16, line: 91, baseType: !816, size: 32)
!816 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !817)
!817 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !818)
!818 = !{!819}
!819 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !817, file: !16, line: 45, baseType: !34, size: 32)
!820 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !707, file: !16, line: 92, baseType: !821, size: 64)
!821 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !822)
!822 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !823)
!823 = !{!824, !825}
!824 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !822, file: !16, line: 46, baseType: !38, size: 32)
!825 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !822, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!826 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !707, file: !16, line: 93, baseType: !827, size: 192)
!827 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !828)
!828 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !829)
!829 = !{!830, !831, !832}
!830 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !828, file: !16, line: 49, baseType: !157, size: 128)
!831 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !828, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!832 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !828, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!833 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !707, file: !16, line: 94, baseType: !834, size: 192)
!834 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !835)
!835 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !836)
!836 = !{!837, !838, !839}
!837 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !835, file: !16, line: 50, baseType: !157, size: 128)
!838 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !835, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!839 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !835, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!840 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !707, file: !16, line: 95, baseType: !841, size: 128)
!841 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !842)
!842 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !843)
!843 = !{!844, !845, !846, !847}
!844 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !842, file: !16, line: 53, baseType: !12, size: 32)
!845 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !842, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!846 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !842, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!847 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !842, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!848 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !707, file: !16, line: 96, baseType: !849, size: 64)
!849 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !850)
!850 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !851)
!851 = !{!852, !853}
!852 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !850, file: !16, line: 54, baseType: !12, size: 32)
!853 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !850, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!854 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !707, file: !16, line: 97, baseType: !855, size: 32)
!855 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !856)
!856 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !857)
!857 = !{!858}
!858 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !856, file: !16, line: 57, baseType: !11, size: 32)
!859 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !707, file: !16, line: 98, baseType: !860, size: 96)
!860 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !861)
!861 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !862)
!862 = !{!863, !864, !865}
!863 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !861, file: !16, line: 60, baseType: !12, size: 32)
!864 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !861, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!865 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !861, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!866 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !707, file: !16, line: 99, baseType: !867, size: 64)
!867 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !868)
!868 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !869)
!869 = !{!870, !871}
!870 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !868, file: !16, line: 61, baseType: !12, size: 32)
!871 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !868, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!872 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !707, file: !16, line: 100, baseType: !873, size: 160)
!873 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !874)
!874 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !875)
!875 = !{!876, !877, !878, !879, !880}
!876 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !874, file: !16, line: 63, baseType: !12, size: 32)
!877 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !874, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!878 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !874, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!879 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !874, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!880 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !874, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!881 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !707, file: !16, line: 101, baseType: !882, size: 32)
!882 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !883)
!883 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !884)
!884 = !{!885}
!885 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !883, file: !16, line: 67, baseType: !11, size: 32)
!886 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !707, file: !16, line: 102, baseType: !887, size: 32)
!887 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !888)
!888 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !889)
!889 = !{!890}
!890 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !888, file: !16, line: 68, baseType: !221, size: 32)
!891 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !707, file: !16, line: 103, baseType: !223, size: 448)
!892 = !DILocation(line: 13, column: 10, scope: !689)
!893 = !DILocation(line: 15, column: 2, scope: !689)
!894 = !DILocation(line: 16, column: 25, scope: !689)
!895 = !DILocation(line: 16, column: 4, scope: !689)
!896 = !DILocation(line: 16, column: 17, scope: !689)
!897 = !DILocation(line: 16, column: 23, scope: !689)
!898 = !DILocation(line: 17, column: 25, scope: !689)
!899 = !DILocation(line: 17, column: 4, scope: !689)
!900 = !DILocation(line: 17, column: 17, scope: !689)
!901 = !DILocation(line: 17, column: 23, scope: !689)
!902 = !DILocation(line: 18, column: 38, scope: !689)
!903 = !DILocation(line: 18, column: 9, scope: !689)
!904 = !DILocation(line: 18, column: 2, scope: !689)
!905 = distinct !DISubprogram(name: "do_invoke_ds", scope: !236, file: !236, line: 5, type: !906, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !235, retainedNodes: !453)
!906 = !DISubroutineType(types: !907)
!907 = !{!11, !908, !11, !692}
!908 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !701, size: 32)
!909 = !DILocalVariable(name: "m", arg: 1, scope: !905, file: !236, line: 5, type: !908)
!910 = !DILocation(line: 5, column: 34, scope: !905)
!911 = !DILocalVariable(name: "type", arg: 2, scope: !905, file: !236, line: 5, type: !11)
!912 = !DILocation(line: 5, column: 41, scope: !905)
!913 = !DILocalVariable(name: "key", arg: 3, scope: !905, file: !236, line: 5, type: !692)
!914 = !DILocation(line: 5, column: 59, scope: !905)
!915 = !DILocation(line: 7, column: 10, scope: !905)
!916 = !DILocation(line: 7, column: 13, scope: !905)
!917 = !DILocation(line: 7, column: 26, scope: !905)
!918 = !DILocation(line: 7, column: 31, scope: !905)
!919 = !DILocation(line: 7, column: 2, scope: !905)
!920 = !DILocation(line: 8, column: 31, scope: !905)
!921 = !DILocation(line: 8, column: 37, scope: !905)
!922 = !DILocation(line: 8, column: 9, scope: !905)
!923 = !DILocation(line: 8, column: 2, scope: !905)
!924 = distinct !DISubprogram(name: "ds_retrieve_label_endpt", scope: !236, file: !236, line: 21, type: !925, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !235, retainedNodes: !453)
!925 = !DISubroutineType(types: !926)
!926 = !{!11, !692, !927}
!927 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 32)
!928 = !DILocalVariable(name: "label", arg: 1, scope: !924, file: !236, line: 21, type: !692)
!929 = !DILocation(line: 21, column: 41, scope: !924)
!930 = !DILocalVariable(name: "endpt", arg: 2, scope: !924, file: !236, line: 21, type: !927)
!931 = !DILocation(line: 21, column: 60, scope: !924)
!932 = !DILocalVariable(name: "m", scope: !924, file: !236, line: 23, type: !701)
!933 = !DILocation(line: 23, column: 10, scope: !924)
!934 = !DILocalVariable(name: "r", scope: !924, file: !236, line: 24, type: !11)
!935 = !DILocation(line: 24, column: 6, scope: !924)
!936 = !DILocation(line: 26, column: 2, scope: !924)
!937 = !DILocation(line: 27, column: 42, scope: !924)
!938 = !DILocation(line: 27, column: 6, scope: !924)
!939 = !DILocation(line: 27, column: 4, scope: !924)
!940 = !DILocation(line: 28, column: 6, scope: !941)
!941 = distinct !DILexicalBlock(scope: !924, file: !236, line: 28, column: 6)
!942 = !DILocation(line: 28, column: 8, scope: !941)
!943 = !DILocation(line: 28, column: 6, scope: !924)
!944 = !DILocation(line: 29, column: 14, scope: !941)
!945 = !DILocation(line: 29, column: 27, scope: !941)
!946 = !DILocation(line: 29, column: 4, scope: !941)
!947 = !DILocation(line: 29, column: 10, scope: !941)
!948 = !DILocation(line: 29, column: 3, scope: !941)
!949 = !DILocation(line: 30, column: 9, scope: !924)
!950 = !DILocation(line: 30, column: 2, scope: !924)
!951 = distinct !DISubprogram(name: "ds_delete_label", scope: !236, file: !236, line: 33, type: !952, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !235, retainedNodes: !453)
!952 = !DISubroutineType(types: !953)
!953 = !{!11, !692}
!954 = !DILocalVariable(name: "label", arg: 1, scope: !951, file: !236, line: 33, type: !692)
!955 = !DILocation(line: 33, column: 33, scope: !951)
!956 = !DILocalVariable(name: "m", scope: !951, file: !236, line: 35, type: !701)
!957 = !DILocation(line: 35, column: 10, scope: !951)
!958 = !DILocation(line: 37, column: 2, scope: !951)
!959 = !DILocation(line: 38, column: 37, scope: !951)
!960 = !DILocation(line: 38, column: 9, scope: !951)
!961 = !DILocation(line: 38, column: 2, scope: !951)
!962 = distinct !DISubprogram(name: "ds_subscribe", scope: !236, file: !236, line: 42, type: !963, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !235, retainedNodes: !453)
!963 = !DISubroutineType(types: !964)
!964 = !{!11, !692, !11}
!965 = !DILocalVariable(name: "prefix", arg: 1, scope: !962, file: !236, line: 42, type: !692)
!966 = !DILocation(line: 42, column: 30, scope: !962)
!967 = !DILocalVariable(name: "flags", arg: 2, scope: !962, file: !236, line: 42, type: !11)
!968 = !DILocation(line: 42, column: 42, scope: !962)
!969 = !DILocalVariable(name: "m", scope: !962, file: !236, line: 44, type: !701)
!970 = !DILocation(line: 44, column: 10, scope: !962)
!971 = !DILocation(line: 46, column: 2, scope: !962)
!972 = !DILocation(line: 47, column: 25, scope: !962)
!973 = !DILocation(line: 47, column: 4, scope: !962)
!974 = !DILocation(line: 47, column: 17, scope: !962)
!975 = !DILocation(line: 47, column: 23, scope: !962)
!976 = !DILocation(line: 48, column: 40, scope: !962)
!977 = !DILocation(line: 48, column: 9, scope: !962)
!978 = !DILocation(line: 48, column: 2, scope: !962)
!979 = distinct !DISubprogram(name: "ipc_send", scope: !238, file: !238, line: 7, type: !980, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !237, retainedNodes: !453)
!980 = !DISubroutineType(types: !981)
!981 = !{!11, !12, !982}
!982 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !983, size: 32)
!983 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !984)
!984 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !985)
!985 = !{!986, !987, !988}
!986 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !984, file: !16, line: 71, baseType: !12, size: 32)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !984, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!988 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !984, file: !16, line: 104, baseType: !989, size: 448, offset: 64)
!989 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !984, file: !16, line: 73, size: 448, elements: !990)
!990 = !{!991, !996, !1002, !1008, !1013, !1018, !1024, !1032, !1039, !1047, !1052, !1059, !1066, !1071, !1078, !1083, !1090, !1097, !1102, !1108, !1115, !1122, !1130, !1136, !1141, !1148, !1154, !1163, !1168, !1173}
!991 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !989, file: !16, line: 74, baseType: !992, size: 32)
!992 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !993)
!993 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !994)
!994 = !{!995}
!995 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !993, file: !16, line: 15, baseType: !11, size: 32)
!996 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !989, file: !16, line: 75, baseType: !997, size: 64)
!997 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !998)
!998 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !999)
!999 = !{!1000, !1001}
!1000 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !998, file: !16, line: 16, baseType: !34, size: 32)
!1001 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !998, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1002 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !989, file: !16, line: 76, baseType: !1003, size: 64)
!1003 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1004)
!1004 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1005)
!1005 = !{!1006, !1007}
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1004, file: !16, line: 17, baseType: !44, size: 32)
!1007 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1004, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !989, file: !16, line: 77, baseType: !1009, size: 32)
!1009 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1010)
!1010 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1011)
!1011 = !{!1012}
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1010, file: !16, line: 18, baseType: !51, size: 32)
!1013 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !989, file: !16, line: 78, baseType: !1014, size: 32)
!1014 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1015)
!1015 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1016)
!1016 = !{!1017}
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1015, file: !16, line: 19, baseType: !11, size: 32)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !989, file: !16, line: 79, baseType: !1019, size: 64)
!1019 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1020)
!1020 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1021)
!1021 = !{!1022, !1023}
!1022 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1020, file: !16, line: 20, baseType: !11, size: 32)
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1020, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !989, file: !16, line: 80, baseType: !1025, size: 128)
!1025 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1026)
!1026 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1027)
!1027 = !{!1028, !1029, !1030, !1031}
!1028 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1026, file: !16, line: 24, baseType: !12, size: 32)
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1026, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1026, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1026, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1032 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !989, file: !16, line: 81, baseType: !1033, size: 96)
!1033 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1034)
!1034 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1035)
!1035 = !{!1036, !1037, !1038}
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1034, file: !16, line: 29, baseType: !12, size: 32)
!1037 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1034, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1038 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1034, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1039 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !989, file: !16, line: 82, baseType: !1040, size: 128)
!1040 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1041)
!1041 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1042)
!1042 = !{!1043, !1044, !1045, !1046}
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1041, file: !16, line: 32, baseType: !34, size: 32)
!1044 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1041, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1045 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1041, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1041, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !989, file: !16, line: 83, baseType: !1048, size: 32)
!1048 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1049)
!1049 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1050)
!1050 = !{!1051}
!1051 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1049, file: !16, line: 33, baseType: !11, size: 32)
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !989, file: !16, line: 84, baseType: !1053, size: 96)
!1053 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1054)
!1054 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1055)
!1055 = !{!1056, !1057, !1058}
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1054, file: !16, line: 34, baseType: !11, size: 32)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1054, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1058 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1054, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !989, file: !16, line: 85, baseType: !1060, size: 96)
!1060 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1061)
!1061 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1062)
!1062 = !{!1063, !1064, !1065}
!1063 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1061, file: !16, line: 35, baseType: !11, size: 32)
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1061, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1061, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1066 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !989, file: !16, line: 86, baseType: !1067, size: 16)
!1067 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1068)
!1068 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1069)
!1069 = !{!1070}
!1070 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1068, file: !16, line: 36, baseType: !86, size: 16)
!1071 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !989, file: !16, line: 87, baseType: !1072, size: 96)
!1072 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1073)
!1073 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1074)
!1074 = !{!1075, !1076, !1077}
!1075 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1073, file: !16, line: 39, baseType: !12, size: 32)
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1073, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1077 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1073, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1078 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !989, file: !16, line: 88, baseType: !1079, size: 32)
!1079 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1080)
!1080 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1081)
!1081 = !{!1082}
!1082 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1080, file: !16, line: 40, baseType: !12, size: 32)
!1083 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !989, file: !16, line: 89, baseType: !1084, size: 96)
!1084 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1085)
!1085 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1086)
!1086 = !{!1087, !1088, !1089}
!1087 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1085, file: !16, line: 41, baseType: !12, size: 32)
!1088 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1085, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1089 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1085, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1090 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !989, file: !16, line: 90, baseType: !1091, size: 96)
!1091 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1092)
!1092 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1093)
!1093 = !{!1094, !1095, !1096}
!1094 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1092, file: !16, line: 42, baseType: !12, size: 32)
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1092, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1092, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !989, file: !16, line: 91, baseType: !1098, size: 32)
!1098 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1099)
!1099 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1100)
!1100 = !{!1101}
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1099, file: !16, line: 45, baseType: !34, size: 32)
!1102 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !989, file: !16, line: 92, baseType: !1103, size: 64)
!1103 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1104)
!1104 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1105)
!1105 = !{!1106, !1107}
!1106 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1104, file: !16, line: 46, baseType: !38, size: 32)
!1107 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1104, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !989, file: !16, line: 93, baseType: !1109, size: 192)
!1109 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1110)
!1110 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1111)
!1111 = !{!1112, !1113, !1114}
!1112 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1110, file: !16, line: 49, baseType: !157, size: 128)
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1110, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1114 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1110, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1115 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !989, file: !16, line: 94, baseType: !1116, size: 192)
!1116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1117)
!1117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1118)
!1118 = !{!1119, !1120, !1121}
!1119 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1117, file: !16, line: 50, baseType: !157, size: 128)
!1120 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1117, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1121 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1117, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1122 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !989, file: !16, line: 95, baseType: !1123, size: 128)
!1123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !1124)
!1124 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !1125)
!1125 = !{!1126, !1127, !1128, !1129}
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1124, file: !16, line: 53, baseType: !12, size: 32)
!1127 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1124, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1124, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1124, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !989, file: !16, line: 96, baseType: !1131, size: 64)
!1131 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !1132)
!1132 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !1133)
!1133 = !{!1134, !1135}
!1134 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1132, file: !16, line: 54, baseType: !12, size: 32)
!1135 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1132, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!1136 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !989, file: !16, line: 97, baseType: !1137, size: 32)
!1137 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !1138)
!1138 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !1139)
!1139 = !{!1140}
!1140 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1138, file: !16, line: 57, baseType: !11, size: 32)
!1141 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !989, file: !16, line: 98, baseType: !1142, size: 96)
!1142 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !1143)
!1143 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !1144)
!1144 = !{!1145, !1146, !1147}
!1145 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1143, file: !16, line: 60, baseType: !12, size: 32)
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1143, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!1147 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1143, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1148 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !989, file: !16, line: 99, baseType: !1149, size: 64)
!1149 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !1150)
!1150 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !1151)
!1151 = !{!1152, !1153}
!1152 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1150, file: !16, line: 61, baseType: !12, size: 32)
!1153 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1150, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!1154 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !989, file: !16, line: 100, baseType: !1155, size: 160)
!1155 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !1156)
!1156 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !1157)
!1157 = !{!1158, !1159, !1160, !1161, !1162}
!1158 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1156, file: !16, line: 63, baseType: !12, size: 32)
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1156, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!1160 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1156, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!1161 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1156, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!1162 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1156, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!1163 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !989, file: !16, line: 101, baseType: !1164, size: 32)
!1164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !1165)
!1165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !1166)
!1166 = !{!1167}
!1167 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1165, file: !16, line: 67, baseType: !11, size: 32)
!1168 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !989, file: !16, line: 102, baseType: !1169, size: 32)
!1169 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !1170)
!1170 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !1171)
!1171 = !{!1172}
!1172 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1170, file: !16, line: 68, baseType: !221, size: 32)
!1173 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !989, file: !16, line: 103, baseType: !223, size: 448)
!1174 = !DILocalVariable(name: "dst", arg: 1, scope: !979, file: !238, line: 7, type: !12)
!1175 = !DILocation(line: 7, column: 25, scope: !979)
!1176 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !979, file: !238, line: 7, type: !982)
!1177 = !DILocation(line: 7, column: 39, scope: !979)
!1178 = !DILocation(line: 9, column: 9, scope: !979)
!1179 = !DILocation(line: 9, column: 39, scope: !979)
!1180 = !DILocation(line: 9, column: 44, scope: !979)
!1181 = !DILocation(line: 9, column: 2, scope: !979)
!1182 = distinct !DISubprogram(name: "ipc_sendnb", scope: !238, file: !238, line: 12, type: !980, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !237, retainedNodes: !453)
!1183 = !DILocalVariable(name: "dst", arg: 1, scope: !1182, file: !238, line: 12, type: !12)
!1184 = !DILocation(line: 12, column: 27, scope: !1182)
!1185 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1182, file: !238, line: 12, type: !982)
!1186 = !DILocation(line: 12, column: 41, scope: !1182)
!1187 = !DILocation(line: 14, column: 9, scope: !1182)
!1188 = !DILocation(line: 14, column: 41, scope: !1182)
!1189 = !DILocation(line: 14, column: 46, scope: !1182)
!1190 = !DILocation(line: 14, column: 2, scope: !1182)
!1191 = distinct !DISubprogram(name: "ipc_senda", scope: !238, file: !238, line: 17, type: !1192, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !237, retainedNodes: !453)
!1192 = !DISubroutineType(types: !1193)
!1193 = !{!11, !12, !982, !11}
!1194 = !DILocalVariable(name: "dst", arg: 1, scope: !1191, file: !238, line: 17, type: !12)
!1195 = !DILocation(line: 17, column: 26, scope: !1191)
!1196 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1191, file: !238, line: 17, type: !982)
!1197 = !DILocation(line: 17, column: 40, scope: !1191)
!1198 = !DILocalVariable(name: "flags", arg: 3, scope: !1191, file: !238, line: 17, type: !11)
!1199 = !DILocation(line: 17, column: 51, scope: !1191)
!1200 = !DILocation(line: 19, column: 9, scope: !1191)
!1201 = !DILocation(line: 19, column: 40, scope: !1191)
!1202 = !DILocation(line: 19, column: 45, scope: !1191)
!1203 = !DILocation(line: 19, column: 2, scope: !1191)
!1204 = distinct !DISubprogram(name: "ipc_notify", scope: !238, file: !238, line: 22, type: !1205, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !237, retainedNodes: !453)
!1205 = !DISubroutineType(types: !1206)
!1206 = !{!11, !12}
!1207 = !DILocalVariable(name: "dst", arg: 1, scope: !1204, file: !238, line: 22, type: !12)
!1208 = !DILocation(line: 22, column: 27, scope: !1204)
!1209 = !DILocation(line: 24, column: 9, scope: !1204)
!1210 = !DILocation(line: 24, column: 41, scope: !1204)
!1211 = !DILocation(line: 24, column: 2, scope: !1204)
!1212 = distinct !DISubprogram(name: "ipc_receive", scope: !238, file: !238, line: 27, type: !1213, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !237, retainedNodes: !453)
!1213 = !DISubroutineType(types: !1214)
!1214 = !{!11, !12, !982, !228}
!1215 = !DILocalVariable(name: "src", arg: 1, scope: !1212, file: !238, line: 27, type: !12)
!1216 = !DILocation(line: 27, column: 28, scope: !1212)
!1217 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1212, file: !238, line: 27, type: !982)
!1218 = !DILocation(line: 27, column: 42, scope: !1212)
!1219 = !DILocalVariable(name: "status_ptr", arg: 3, scope: !1212, file: !238, line: 27, type: !228)
!1220 = !DILocation(line: 27, column: 54, scope: !1212)
!1221 = !DILocation(line: 29, column: 9, scope: !1212)
!1222 = !DILocation(line: 29, column: 42, scope: !1212)
!1223 = !DILocation(line: 29, column: 47, scope: !1212)
!1224 = !DILocation(line: 29, column: 54, scope: !1212)
!1225 = !DILocation(line: 29, column: 2, scope: !1212)
!1226 = distinct !DISubprogram(name: "_kernel_call", scope: !240, file: !240, line: 5, type: !1227, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !239, retainedNodes: !453)
!1227 = !DISubroutineType(types: !1228)
!1228 = !{!11, !11, !1229}
!1229 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1230, size: 32)
!1230 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !1231)
!1231 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !1232)
!1232 = !{!1233, !1234, !1235}
!1233 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1231, file: !16, line: 71, baseType: !12, size: 32)
!1234 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1231, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!1235 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1231, file: !16, line: 104, baseType: !1236, size: 448, offset: 64)
!1236 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1231, file: !16, line: 73, size: 448, elements: !1237)
!1237 = !{!1238, !1243, !1249, !1255, !1260, !1265, !1271, !1279, !1286, !1294, !1299, !1306, !1313, !1318, !1325, !1330, !1337, !1344, !1349, !1355, !1362, !1369, !1377, !1383, !1388, !1395, !1401, !1410, !1415, !1420}
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1236, file: !16, line: 74, baseType: !1239, size: 32)
!1239 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1240)
!1240 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1241)
!1241 = !{!1242}
!1242 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1240, file: !16, line: 15, baseType: !11, size: 32)
!1243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1236, file: !16, line: 75, baseType: !1244, size: 64)
!1244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1245)
!1245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1246)
!1246 = !{!1247, !1248}
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1245, file: !16, line: 16, baseType: !34, size: 32)
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1245, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1249 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1236, file: !16, line: 76, baseType: !1250, size: 64)
!1250 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1251)
!1251 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1252)
!1252 = !{!1253, !1254}
!1253 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1251, file: !16, line: 17, baseType: !44, size: 32)
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1251, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1236, file: !16, line: 77, baseType: !1256, size: 32)
!1256 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1257)
!1257 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1258)
!1258 = !{!1259}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1257, file: !16, line: 18, baseType: !51, size: 32)
!1260 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1236, file: !16, line: 78, baseType: !1261, size: 32)
!1261 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1262)
!1262 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1263)
!1263 = !{!1264}
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1262, file: !16, line: 19, baseType: !11, size: 32)
!1265 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1236, file: !16, line: 79, baseType: !1266, size: 64)
!1266 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1267)
!1267 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1268)
!1268 = !{!1269, !1270}
!1269 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1267, file: !16, line: 20, baseType: !11, size: 32)
!1270 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1267, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1271 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1236, file: !16, line: 80, baseType: !1272, size: 128)
!1272 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1273)
!1273 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1274)
!1274 = !{!1275, !1276, !1277, !1278}
!1275 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1273, file: !16, line: 24, baseType: !12, size: 32)
!1276 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1273, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1277 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1273, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1273, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1236, file: !16, line: 81, baseType: !1280, size: 96)
!1280 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1281)
!1281 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1282)
!1282 = !{!1283, !1284, !1285}
!1283 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1281, file: !16, line: 29, baseType: !12, size: 32)
!1284 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1281, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1281, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1236, file: !16, line: 82, baseType: !1287, size: 128)
!1287 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1288)
!1288 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1289)
!1289 = !{!1290, !1291, !1292, !1293}
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1288, file: !16, line: 32, baseType: !34, size: 32)
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1288, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1288, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1288, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1294 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1236, file: !16, line: 83, baseType: !1295, size: 32)
!1295 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1296)
!1296 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1297)
!1297 = !{!1298}
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1296, file: !16, line: 33, baseType: !11, size: 32)
!1299 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1236, file: !16, line: 84, baseType: !1300, size: 96)
!1300 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1301)
!1301 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1302)
!1302 = !{!1303, !1304, !1305}
!1303 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1301, file: !16, line: 34, baseType: !11, size: 32)
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1301, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1301, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1236, file: !16, line: 85, baseType: !1307, size: 96)
!1307 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1308)
!1308 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1309)
!1309 = !{!1310, !1311, !1312}
!1310 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1308, file: !16, line: 35, baseType: !11, size: 32)
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1308, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1308, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1236, file: !16, line: 86, baseType: !1314, size: 16)
!1314 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1315)
!1315 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1316)
!1316 = !{!1317}
!1317 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1315, file: !16, line: 36, baseType: !86, size: 16)
!1318 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1236, file: !16, line: 87, baseType: !1319, size: 96)
!1319 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1320)
!1320 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1321)
!1321 = !{!1322, !1323, !1324}
!1322 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1320, file: !16, line: 39, baseType: !12, size: 32)
!1323 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1320, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1324 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1320, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1325 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1236, file: !16, line: 88, baseType: !1326, size: 32)
!1326 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1327)
!1327 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1328)
!1328 = !{!1329}
!1329 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1327, file: !16, line: 40, baseType: !12, size: 32)
!1330 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1236, file: !16, line: 89, baseType: !1331, size: 96)
!1331 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1332)
!1332 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1333)
!1333 = !{!1334, !1335, !1336}
!1334 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1332, file: !16, line: 41, baseType: !12, size: 32)
!1335 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1332, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1336 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1332, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1337 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1236, file: !16, line: 90, baseType: !1338, size: 96)
!1338 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1339)
!1339 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1340)
!1340 = !{!1341, !1342, !1343}
!1341 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1339, file: !16, line: 42, baseType: !12, size: 32)
!1342 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1339, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1343 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1339, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1344 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1236, file: !16, line: 91, baseType: !1345, size: 32)
!1345 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1346)
!1346 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1347)
!1347 = !{!1348}
!1348 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1346, file: !16, line: 45, baseType: !34, size: 32)
!1349 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1236, file: !16, line: 92, baseType: !1350, size: 64)
!1350 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1351)
!1351 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1352)
!1352 = !{!1353, !1354}
!1353 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1351, file: !16, line: 46, baseType: !38, size: 32)
!1354 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1351, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1355 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1236, file: !16, line: 93, baseType: !1356, size: 192)
!1356 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1357)
!1357 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1358)
!1358 = !{!1359, !1360, !1361}
!1359 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1357, file: !16, line: 49, baseType: !157, size: 128)
!1360 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1357, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1361 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1357, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1362 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1236, file: !16, line: 94, baseType: !1363, size: 192)
!1363 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1364)
!1364 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1365)
!1365 = !{!1366, !1367, !1368}
!1366 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1364, file: !16, line: 50, baseType: !157, size: 128)
!1367 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1364, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1368 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1364, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1369 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1236, file: !16, line: 95, baseType: !1370, size: 128)
!1370 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !1371)
!1371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !1372)
!1372 = !{!1373, !1374, !1375, !1376}
!1373 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1371, file: !16, line: 53, baseType: !12, size: 32)
!1374 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1371, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!1375 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1371, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!1376 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1371, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1236, file: !16, line: 96, baseType: !1378, size: 64)
!1378 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !1379)
!1379 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !1380)
!1380 = !{!1381, !1382}
!1381 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1379, file: !16, line: 54, baseType: !12, size: 32)
!1382 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1379, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!1383 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1236, file: !16, line: 97, baseType: !1384, size: 32)
!1384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !1385)
!1385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !1386)
!1386 = !{!1387}
!1387 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1385, file: !16, line: 57, baseType: !11, size: 32)
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1236, file: !16, line: 98, baseType: !1389, size: 96)
!1389 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !1390)
!1390 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !1391)
!1391 = !{!1392, !1393, !1394}
!1392 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1390, file: !16, line: 60, baseType: !12, size: 32)
!1393 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1390, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!1394 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1390, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1395 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1236, file: !16, line: 99, baseType: !1396, size: 64)
!1396 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !1397)
!1397 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !1398)
!1398 = !{!1399, !1400}
!1399 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1397, file: !16, line: 61, baseType: !12, size: 32)
!1400 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1397, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!1401 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1236, file: !16, line: 100, baseType: !1402, size: 160)
!1402 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !1403)
!1403 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !1404)
!1404 = !{!1405, !1406, !1407, !1408, !1409}
!1405 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1403, file: !16, line: 63, baseType: !12, size: 32)
!1406 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1403, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!1407 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1403, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!1408 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1403, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!1409 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1403, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!1410 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1236, file: !16, line: 101, baseType: !1411, size: 32)
!1411 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !1412)
!1412 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !1413)
!1413 = !{!1414}
!1414 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1412, file: !16, line: 67, baseType: !11, size: 32)
!1415 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1236, file: !16, line: 102, baseType: !1416, size: 32)
!1416 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !1417)
!1417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !1418)
!1418 = !{!1419}
!1419 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1417, file: !16, line: 68, baseType: !221, size: 32)
!1420 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1236, file: !16, line: 103, baseType: !223, size: 448)
!1421 = !DILocalVariable(name: "syscallnr", arg: 1, scope: !1226, file: !240, line: 5, type: !11)
!1422 = !DILocation(line: 5, column: 22, scope: !1226)
!1423 = !DILocalVariable(name: "msgptr", arg: 2, scope: !1226, file: !240, line: 5, type: !1229)
!1424 = !DILocation(line: 5, column: 42, scope: !1226)
!1425 = !DILocalVariable(name: "status", scope: !1226, file: !240, line: 7, type: !11)
!1426 = !DILocation(line: 7, column: 6, scope: !1226)
!1427 = !DILocation(line: 9, column: 19, scope: !1226)
!1428 = !DILocation(line: 9, column: 2, scope: !1226)
!1429 = !DILocation(line: 9, column: 10, scope: !1226)
!1430 = !DILocation(line: 9, column: 17, scope: !1226)
!1431 = !DILocation(line: 10, column: 11, scope: !1226)
!1432 = !DILocation(line: 10, column: 56, scope: !1226)
!1433 = !DILocation(line: 10, column: 9, scope: !1226)
!1434 = !DILocation(line: 11, column: 6, scope: !1435)
!1435 = distinct !DILexicalBlock(scope: !1226, file: !240, line: 11, column: 6)
!1436 = !DILocation(line: 11, column: 13, scope: !1435)
!1437 = !DILocation(line: 11, column: 6, scope: !1226)
!1438 = !DILocation(line: 12, column: 10, scope: !1435)
!1439 = !DILocation(line: 12, column: 3, scope: !1435)
!1440 = !DILocation(line: 13, column: 9, scope: !1226)
!1441 = !DILocation(line: 13, column: 17, scope: !1226)
!1442 = !DILocation(line: 13, column: 2, scope: !1226)
!1443 = !DILocation(line: 14, column: 1, scope: !1226)
!1444 = distinct !DISubprogram(name: "panic", scope: !240, file: !240, line: 16, type: !1445, scopeLine: 17, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagDefinition, unit: !239, retainedNodes: !453)
!1445 = !DISubroutineType(types: !1446)
!1446 = !{null, !692}
!1447 = !DILocalVariable(name: "why", arg: 1, scope: !1444, file: !240, line: 16, type: !692)
!1448 = !DILocation(line: 16, column: 24, scope: !1444)
!1449 = !DILocation(line: 18, column: 9, scope: !1444)
!1450 = !DILocation(line: 19, column: 2, scope: !1444)
!1451 = !DILocation(line: 20, column: 2, scope: !1444)
!1452 = !DILocation(line: 20, column: 2, scope: !1453)
!1453 = distinct !DILexicalBlock(scope: !1454, file: !240, line: 20, column: 2)
!1454 = distinct !DILexicalBlock(scope: !1444, file: !240, line: 20, column: 2)
!1455 = distinct !{!1455, !1456, !1457}
!1456 = !DILocation(line: 20, column: 2, scope: !1454)
!1457 = !DILocation(line: 21, column: 3, scope: !1454)
!1458 = distinct !DISubprogram(name: "softint_send", scope: !3, file: !3, line: 12, type: !9, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1459 = !DILocalVariable(name: "endpt", arg: 1, scope: !1458, file: !3, line: 12, type: !12)
!1460 = !DILocation(line: 12, column: 36, scope: !1458)
!1461 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1458, file: !3, line: 12, type: !14)
!1462 = !DILocation(line: 12, column: 52, scope: !1458)
!1463 = !DILocalVariable(name: "word", arg: 3, scope: !1458, file: !3, line: 12, type: !228)
!1464 = !DILocation(line: 12, column: 64, scope: !1458)
!1465 = !DILocation(line: 14, column: 34, scope: !1458)
!1466 = !DILocation(line: 14, column: 41, scope: !1458)
!1467 = !DILocation(line: 14, column: 48, scope: !1458)
!1468 = !DILocation(line: 14, column: 9, scope: !1458)
!1469 = !DILocation(line: 14, column: 2, scope: !1458)
!1470 = distinct !DISubprogram(name: "softint_receive", scope: !3, file: !3, line: 17, type: !9, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1471 = !DILocalVariable(name: "endpt", arg: 1, scope: !1470, file: !3, line: 17, type: !12)
!1472 = !DILocation(line: 17, column: 39, scope: !1470)
!1473 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1470, file: !3, line: 17, type: !14)
!1474 = !DILocation(line: 17, column: 55, scope: !1470)
!1475 = !DILocalVariable(name: "word", arg: 3, scope: !1470, file: !3, line: 17, type: !228)
!1476 = !DILocation(line: 17, column: 67, scope: !1470)
!1477 = !DILocation(line: 19, column: 37, scope: !1470)
!1478 = !DILocation(line: 19, column: 44, scope: !1470)
!1479 = !DILocation(line: 19, column: 51, scope: !1470)
!1480 = !DILocation(line: 19, column: 9, scope: !1470)
!1481 = !DILocation(line: 19, column: 2, scope: !1470)
!1482 = distinct !DISubprogram(name: "softint_sendrec", scope: !3, file: !3, line: 22, type: !9, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1483 = !DILocalVariable(name: "endpt", arg: 1, scope: !1482, file: !3, line: 22, type: !12)
!1484 = !DILocation(line: 22, column: 39, scope: !1482)
!1485 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1482, file: !3, line: 22, type: !14)
!1486 = !DILocation(line: 22, column: 55, scope: !1482)
!1487 = !DILocalVariable(name: "word", arg: 3, scope: !1482, file: !3, line: 22, type: !228)
!1488 = !DILocation(line: 22, column: 67, scope: !1482)
!1489 = !DILocation(line: 24, column: 37, scope: !1482)
!1490 = !DILocation(line: 24, column: 44, scope: !1482)
!1491 = !DILocation(line: 24, column: 51, scope: !1482)
!1492 = !DILocation(line: 24, column: 9, scope: !1482)
!1493 = !DILocation(line: 24, column: 2, scope: !1482)
!1494 = distinct !DISubprogram(name: "softint_sendnb", scope: !3, file: !3, line: 27, type: !9, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1495 = !DILocalVariable(name: "endpt", arg: 1, scope: !1494, file: !3, line: 27, type: !12)
!1496 = !DILocation(line: 27, column: 38, scope: !1494)
!1497 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1494, file: !3, line: 27, type: !14)
!1498 = !DILocation(line: 27, column: 54, scope: !1494)
!1499 = !DILocalVariable(name: "word", arg: 3, scope: !1494, file: !3, line: 27, type: !228)
!1500 = !DILocation(line: 27, column: 66, scope: !1494)
!1501 = !DILocation(line: 29, column: 36, scope: !1494)
!1502 = !DILocation(line: 29, column: 43, scope: !1494)
!1503 = !DILocation(line: 29, column: 50, scope: !1494)
!1504 = !DILocation(line: 29, column: 9, scope: !1494)
!1505 = !DILocation(line: 29, column: 2, scope: !1494)
!1506 = distinct !DISubprogram(name: "softint_notify", scope: !3, file: !3, line: 32, type: !9, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1507 = !DILocalVariable(name: "endpt", arg: 1, scope: !1506, file: !3, line: 32, type: !12)
!1508 = !DILocation(line: 32, column: 38, scope: !1506)
!1509 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1506, file: !3, line: 32, type: !14)
!1510 = !DILocation(line: 32, column: 54, scope: !1506)
!1511 = !DILocalVariable(name: "word", arg: 3, scope: !1506, file: !3, line: 32, type: !228)
!1512 = !DILocation(line: 32, column: 66, scope: !1506)
!1513 = !DILocation(line: 34, column: 36, scope: !1506)
!1514 = !DILocation(line: 34, column: 43, scope: !1506)
!1515 = !DILocation(line: 34, column: 50, scope: !1506)
!1516 = !DILocation(line: 34, column: 9, scope: !1506)
!1517 = !DILocation(line: 34, column: 2, scope: !1506)
!1518 = distinct !DISubprogram(name: "softint_senda", scope: !3, file: !3, line: 37, type: !9, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1519 = !DILocalVariable(name: "endpt", arg: 1, scope: !1518, file: !3, line: 37, type: !12)
!1520 = !DILocation(line: 37, column: 37, scope: !1518)
!1521 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1518, file: !3, line: 37, type: !14)
!1522 = !DILocation(line: 37, column: 53, scope: !1518)
!1523 = !DILocalVariable(name: "word", arg: 3, scope: !1518, file: !3, line: 37, type: !228)
!1524 = !DILocation(line: 37, column: 65, scope: !1518)
!1525 = !DILocation(line: 39, column: 35, scope: !1518)
!1526 = !DILocation(line: 39, column: 42, scope: !1518)
!1527 = !DILocation(line: 39, column: 49, scope: !1518)
!1528 = !DILocation(line: 39, column: 9, scope: !1518)
!1529 = !DILocation(line: 39, column: 2, scope: !1518)
!1530 = distinct !DISubprogram(name: "softint_kernel_call", scope: !3, file: !3, line: 42, type: !9, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !453)
!1531 = !DILocalVariable(name: "endpt", arg: 1, scope: !1530, file: !3, line: 42, type: !12)
!1532 = !DILocation(line: 42, column: 43, scope: !1530)
!1533 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1530, file: !3, line: 42, type: !14)
!1534 = !DILocation(line: 42, column: 59, scope: !1530)
!1535 = !DILocalVariable(name: "word", arg: 3, scope: !1530, file: !3, line: 42, type: !228)
!1536 = !DILocation(line: 42, column: 71, scope: !1530)
!1537 = !DILocation(line: 44, column: 41, scope: !1530)
!1538 = !DILocation(line: 44, column: 48, scope: !1530)
!1539 = !DILocation(line: 44, column: 55, scope: !1530)
!1540 = !DILocation(line: 44, column: 9, scope: !1530)
!1541 = !DILocation(line: 44, column: 2, scope: !1530)
!1542 = distinct !DISubprogram(name: "sef_receive_status", scope: !242, file: !242, line: 9, type: !1543, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !241, retainedNodes: !453)
!1543 = !DISubroutineType(types: !1544)
!1544 = !{!11, !12, !1545, !228}
!1545 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1546, size: 32)
!1546 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !1547)
!1547 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !1548)
!1548 = !{!1549, !1550, !1551}
!1549 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1547, file: !16, line: 71, baseType: !12, size: 32)
!1550 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1547, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!1551 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1547, file: !16, line: 104, baseType: !1552, size: 448, offset: 64)
!1552 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1547, file: !16, line: 73, size: 448, elements: !1553)
!1553 = !{!1554, !1559, !1565, !1571, !1576, !1581, !1587, !1595, !1602, !1610, !1615, !1622, !1629, !1634, !1641, !1646, !1653, !1660, !1665, !1671, !1678, !1685, !1693, !1699, !1704, !1711, !1717, !1726, !1731, !1736}
!1554 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1552, file: !16, line: 74, baseType: !1555, size: 32)
!1555 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1556)
!1556 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1557)
!1557 = !{!1558}
!1558 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1556, file: !16, line: 15, baseType: !11, size: 32)
!1559 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1552, file: !16, line: 75, baseType: !1560, size: 64)
!1560 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1561)
!1561 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1562)
!1562 = !{!1563, !1564}
!1563 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1561, file: !16, line: 16, baseType: !34, size: 32)
!1564 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1561, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1565 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1552, file: !16, line: 76, baseType: !1566, size: 64)
!1566 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1567)
!1567 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1568)
!1568 = !{!1569, !1570}
!1569 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1567, file: !16, line: 17, baseType: !44, size: 32)
!1570 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1567, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1571 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1552, file: !16, line: 77, baseType: !1572, size: 32)
!1572 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1573)
!1573 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1574)
!1574 = !{!1575}
!1575 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1573, file: !16, line: 18, baseType: !51, size: 32)
!1576 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1552, file: !16, line: 78, baseType: !1577, size: 32)
!1577 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1578)
!1578 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1579)
!1579 = !{!1580}
!1580 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1578, file: !16, line: 19, baseType: !11, size: 32)
!1581 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1552, file: !16, line: 79, baseType: !1582, size: 64)
!1582 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1583)
!1583 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1584)
!1584 = !{!1585, !1586}
!1585 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1583, file: !16, line: 20, baseType: !11, size: 32)
!1586 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1583, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1587 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1552, file: !16, line: 80, baseType: !1588, size: 128)
!1588 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1589)
!1589 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1590)
!1590 = !{!1591, !1592, !1593, !1594}
!1591 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1589, file: !16, line: 24, baseType: !12, size: 32)
!1592 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1589, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1593 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1589, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1594 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1589, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1595 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1552, file: !16, line: 81, baseType: !1596, size: 96)
!1596 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1597)
!1597 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1598)
!1598 = !{!1599, !1600, !1601}
!1599 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1597, file: !16, line: 29, baseType: !12, size: 32)
!1600 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1597, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1601 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1597, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1602 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1552, file: !16, line: 82, baseType: !1603, size: 128)
!1603 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1604)
!1604 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1605)
!1605 = !{!1606, !1607, !1608, !1609}
!1606 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1604, file: !16, line: 32, baseType: !34, size: 32)
!1607 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1604, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1608 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1604, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1609 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1604, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1610 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1552, file: !16, line: 83, baseType: !1611, size: 32)
!1611 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1612)
!1612 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1613)
!1613 = !{!1614}
!1614 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1612, file: !16, line: 33, baseType: !11, size: 32)
!1615 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1552, file: !16, line: 84, baseType: !1616, size: 96)
!1616 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1617)
!1617 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1618)
!1618 = !{!1619, !1620, !1621}
!1619 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1617, file: !16, line: 34, baseType: !11, size: 32)
!1620 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1617, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1621 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1617, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1622 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1552, file: !16, line: 85, baseType: !1623, size: 96)
!1623 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1624)
!1624 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1625)
!1625 = !{!1626, !1627, !1628}
!1626 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1624, file: !16, line: 35, baseType: !11, size: 32)
!1627 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1624, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1628 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1624, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1629 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1552, file: !16, line: 86, baseType: !1630, size: 16)
!1630 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1631)
!1631 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1632)
!1632 = !{!1633}
!1633 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1631, file: !16, line: 36, baseType: !86, size: 16)
!1634 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1552, file: !16, line: 87, baseType: !1635, size: 96)
!1635 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1636)
!1636 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1637)
!1637 = !{!1638, !1639, !1640}
!1638 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1636, file: !16, line: 39, baseType: !12, size: 32)
!1639 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1636, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1640 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1636, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1641 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1552, file: !16, line: 88, baseType: !1642, size: 32)
!1642 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1643)
!1643 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1644)
!1644 = !{!1645}
!1645 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1643, file: !16, line: 40, baseType: !12, size: 32)
!1646 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1552, file: !16, line: 89, baseType: !1647, size: 96)
!1647 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1648)
!1648 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1649)
!1649 = !{!1650, !1651, !1652}
!1650 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1648, file: !16, line: 41, baseType: !12, size: 32)
!1651 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1648, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1652 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1648, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1653 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1552, file: !16, line: 90, baseType: !1654, size: 96)
!1654 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1655)
!1655 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1656)
!1656 = !{!1657, !1658, !1659}
!1657 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1655, file: !16, line: 42, baseType: !12, size: 32)
!1658 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1655, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1659 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1655, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1660 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1552, file: !16, line: 91, baseType: !1661, size: 32)
!1661 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1662)
!1662 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1663)
!1663 = !{!1664}
!1664 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1662, file: !16, line: 45, baseType: !34, size: 32)
!1665 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1552, file: !16, line: 92, baseType: !1666, size: 64)
!1666 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1667)
!1667 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1668)
!1668 = !{!1669, !1670}
!1669 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1667, file: !16, line: 46, baseType: !38, size: 32)
!1670 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1667, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1671 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1552, file: !16, line: 93, baseType: !1672, size: 192)
!1672 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1673)
!1673 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1674)
!1674 = !{!1675, !1676, !1677}
!1675 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1673, file: !16, line: 49, baseType: !157, size: 128)
!1676 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1673, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1677 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1673, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1678 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1552, file: !16, line: 94, baseType: !1679, size: 192)
!1679 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1680)
!1680 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1681)
!1681 = !{!1682, !1683, !1684}
!1682 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1680, file: !16, line: 50, baseType: !157, size: 128)
!1683 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1680, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1684 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1680, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1685 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1552, file: !16, line: 95, baseType: !1686, size: 128)
!1686 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !1687)
!1687 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !1688)
!1688 = !{!1689, !1690, !1691, !1692}
!1689 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1687, file: !16, line: 53, baseType: !12, size: 32)
!1690 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1687, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!1691 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1687, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!1692 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1687, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!1693 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1552, file: !16, line: 96, baseType: !1694, size: 64)
!1694 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !1695)
!1695 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !1696)
!1696 = !{!1697, !1698}
!1697 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1695, file: !16, line: 54, baseType: !12, size: 32)
!1698 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1695, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!1699 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1552, file: !16, line: 97, baseType: !1700, size: 32)
!1700 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !1701)
!1701 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !1702)
!1702 = !{!1703}
!1703 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1701, file: !16, line: 57, baseType: !11, size: 32)
!1704 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1552, file: !16, line: 98, baseType: !1705, size: 96)
!1705 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !1706)
!1706 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !1707)
!1707 = !{!1708, !1709, !1710}
!1708 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1706, file: !16, line: 60, baseType: !12, size: 32)
!1709 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1706, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!1710 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1706, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1711 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1552, file: !16, line: 99, baseType: !1712, size: 64)
!1712 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !1713)
!1713 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !1714)
!1714 = !{!1715, !1716}
!1715 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1713, file: !16, line: 61, baseType: !12, size: 32)
!1716 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1713, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!1717 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1552, file: !16, line: 100, baseType: !1718, size: 160)
!1718 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !1719)
!1719 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !1720)
!1720 = !{!1721, !1722, !1723, !1724, !1725}
!1721 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1719, file: !16, line: 63, baseType: !12, size: 32)
!1722 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1719, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!1723 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1719, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!1724 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1719, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!1725 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1719, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!1726 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1552, file: !16, line: 101, baseType: !1727, size: 32)
!1727 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !1728)
!1728 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !1729)
!1729 = !{!1730}
!1730 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1728, file: !16, line: 67, baseType: !11, size: 32)
!1731 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1552, file: !16, line: 102, baseType: !1732, size: 32)
!1732 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !1733)
!1733 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !1734)
!1734 = !{!1735}
!1735 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1733, file: !16, line: 68, baseType: !221, size: 32)
!1736 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1552, file: !16, line: 103, baseType: !223, size: 448)
!1737 = !DILocalVariable(name: "src", arg: 1, scope: !1542, file: !242, line: 9, type: !12)
!1738 = !DILocation(line: 9, column: 35, scope: !1542)
!1739 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1542, file: !242, line: 9, type: !1545)
!1740 = !DILocation(line: 9, column: 49, scope: !1542)
!1741 = !DILocalVariable(name: "status_ptr", arg: 3, scope: !1542, file: !242, line: 9, type: !228)
!1742 = !DILocation(line: 9, column: 61, scope: !1542)
!1743 = !DILocalVariable(name: "r", scope: !1542, file: !242, line: 11, type: !11)
!1744 = !DILocation(line: 11, column: 6, scope: !1542)
!1745 = !DILocation(line: 13, column: 2, scope: !1542)
!1746 = !DILocation(line: 14, column: 19, scope: !1747)
!1747 = distinct !DILexicalBlock(scope: !1748, file: !242, line: 13, column: 11)
!1748 = distinct !DILexicalBlock(scope: !1749, file: !242, line: 13, column: 2)
!1749 = distinct !DILexicalBlock(scope: !1542, file: !242, line: 13, column: 2)
!1750 = !DILocation(line: 14, column: 24, scope: !1747)
!1751 = !DILocation(line: 14, column: 31, scope: !1747)
!1752 = !DILocation(line: 14, column: 7, scope: !1747)
!1753 = !DILocation(line: 14, column: 5, scope: !1747)
!1754 = !DILocation(line: 15, column: 7, scope: !1755)
!1755 = distinct !DILexicalBlock(scope: !1747, file: !242, line: 15, column: 7)
!1756 = !DILocation(line: 15, column: 9, scope: !1755)
!1757 = !DILocation(line: 15, column: 7, scope: !1747)
!1758 = !DILocation(line: 16, column: 11, scope: !1755)
!1759 = !DILocation(line: 16, column: 4, scope: !1755)
!1760 = !DILocation(line: 17, column: 7, scope: !1761)
!1761 = distinct !DILexicalBlock(scope: !1747, file: !242, line: 17, column: 7)
!1762 = !DILocation(line: 17, column: 14, scope: !1761)
!1763 = !DILocation(line: 17, column: 23, scope: !1761)
!1764 = !DILocation(line: 17, column: 32, scope: !1761)
!1765 = !DILocation(line: 17, column: 35, scope: !1761)
!1766 = !DILocation(line: 17, column: 42, scope: !1761)
!1767 = !DILocation(line: 17, column: 49, scope: !1761)
!1768 = !DILocation(line: 17, column: 7, scope: !1747)
!1769 = !DILocation(line: 18, column: 4, scope: !1761)
!1770 = distinct !{!1770, !1771, !1772}
!1771 = !DILocation(line: 13, column: 2, scope: !1749)
!1772 = !DILocation(line: 20, column: 2, scope: !1749)
!1773 = !DILocation(line: 19, column: 3, scope: !1747)
!1774 = !DILocation(line: 21, column: 1, scope: !1542)
!1775 = distinct !DISubprogram(name: "strlen", scope: !244, file: !244, line: 4, type: !1776, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !243, retainedNodes: !453)
!1776 = !DISubroutineType(types: !1777)
!1777 = !{!38, !692}
!1778 = !DILocalVariable(name: "s", arg: 1, scope: !1775, file: !244, line: 4, type: !692)
!1779 = !DILocation(line: 4, column: 27, scope: !1775)
!1780 = !DILocalVariable(name: "n", scope: !1775, file: !244, line: 6, type: !38)
!1781 = !DILocation(line: 6, column: 9, scope: !1775)
!1782 = !DILocation(line: 8, column: 2, scope: !1775)
!1783 = !DILocation(line: 8, column: 9, scope: !1775)
!1784 = !DILocation(line: 8, column: 11, scope: !1775)
!1785 = !DILocation(line: 8, column: 14, scope: !1775)
!1786 = !DILocation(line: 9, column: 4, scope: !1775)
!1787 = distinct !{!1787, !1782, !1786, !1788}
!1788 = !{!"llvm.loop.mustprogress"}
!1789 = !DILocation(line: 10, column: 9, scope: !1775)
!1790 = !DILocation(line: 10, column: 2, scope: !1775)
!1791 = distinct !DISubprogram(name: "strncmp", scope: !244, file: !244, line: 13, type: !1792, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !243, retainedNodes: !453)
!1792 = !DISubroutineType(types: !1793)
!1793 = !{!11, !692, !692, !38}
!1794 = !DILocalVariable(name: "a", arg: 1, scope: !1791, file: !244, line: 13, type: !692)
!1795 = !DILocation(line: 13, column: 25, scope: !1791)
!1796 = !DILocalVariable(name: "b", arg: 2, scope: !1791, file: !244, line: 13, type: !692)
!1797 = !DILocation(line: 13, column: 40, scope: !1791)
!1798 = !DILocalVariable(name: "n", arg: 3, scope: !1791, file: !244, line: 13, type: !38)
!1799 = !DILocation(line: 13, column: 50, scope: !1791)
!1800 = !DILocation(line: 15, column: 2, scope: !1791)
!1801 = !DILocation(line: 15, column: 9, scope: !1802)
!1802 = distinct !DILexicalBlock(scope: !1803, file: !244, line: 15, column: 2)
!1803 = distinct !DILexicalBlock(scope: !1791, file: !244, line: 15, column: 2)
!1804 = !DILocation(line: 15, column: 11, scope: !1802)
!1805 = !DILocation(line: 15, column: 2, scope: !1803)
!1806 = !DILocation(line: 16, column: 8, scope: !1807)
!1807 = distinct !DILexicalBlock(scope: !1808, file: !244, line: 16, column: 7)
!1808 = distinct !DILexicalBlock(scope: !1802, file: !244, line: 15, column: 31)
!1809 = !DILocation(line: 16, column: 7, scope: !1807)
!1810 = !DILocation(line: 16, column: 14, scope: !1807)
!1811 = !DILocation(line: 16, column: 13, scope: !1807)
!1812 = !DILocation(line: 16, column: 10, scope: !1807)
!1813 = !DILocation(line: 16, column: 7, scope: !1808)
!1814 = !DILocation(line: 17, column: 28, scope: !1807)
!1815 = !DILocation(line: 17, column: 27, scope: !1807)
!1816 = !DILocation(line: 17, column: 11, scope: !1807)
!1817 = !DILocation(line: 17, column: 49, scope: !1807)
!1818 = !DILocation(line: 17, column: 48, scope: !1807)
!1819 = !DILocation(line: 17, column: 32, scope: !1807)
!1820 = !DILocation(line: 17, column: 30, scope: !1807)
!1821 = !DILocation(line: 17, column: 4, scope: !1807)
!1822 = !DILocation(line: 18, column: 8, scope: !1823)
!1823 = distinct !DILexicalBlock(scope: !1808, file: !244, line: 18, column: 7)
!1824 = !DILocation(line: 18, column: 7, scope: !1823)
!1825 = !DILocation(line: 18, column: 10, scope: !1823)
!1826 = !DILocation(line: 18, column: 7, scope: !1808)
!1827 = !DILocation(line: 19, column: 4, scope: !1823)
!1828 = !DILocation(line: 20, column: 2, scope: !1808)
!1829 = !DILocation(line: 15, column: 17, scope: !1802)
!1830 = !DILocation(line: 15, column: 22, scope: !1802)
!1831 = !DILocation(line: 15, column: 27, scope: !1802)
!1832 = !DILocation(line: 15, column: 2, scope: !1802)
!1833 = distinct !{!1833, !1805, !1834, !1788}
!1834 = !DILocation(line: 20, column: 2, scope: !1803)
!1835 = !DILocation(line: 21, column: 2, scope: !1791)
!1836 = !DILocation(line: 22, column: 1, scope: !1791)
!1837 = distinct !DISubprogram(name: "strlcpy", scope: !244, file: !244, line: 24, type: !1838, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !243, retainedNodes: !453)
!1838 = !DISubroutineType(types: !1839)
!1839 = !{!38, !1840, !692, !38}
!1840 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !158, size: 32)
!1841 = !DILocalVariable(name: "dst", arg: 1, scope: !1837, file: !244, line: 24, type: !1840)
!1842 = !DILocation(line: 24, column: 22, scope: !1837)
!1843 = !DILocalVariable(name: "src", arg: 2, scope: !1837, file: !244, line: 24, type: !692)
!1844 = !DILocation(line: 24, column: 39, scope: !1837)
!1845 = !DILocalVariable(name: "size", arg: 3, scope: !1837, file: !244, line: 24, type: !38)
!1846 = !DILocation(line: 24, column: 51, scope: !1837)
!1847 = !DILocalVariable(name: "n", scope: !1837, file: !244, line: 26, type: !38)
!1848 = !DILocation(line: 26, column: 9, scope: !1837)
!1849 = !DILocation(line: 28, column: 6, scope: !1850)
!1850 = distinct !DILexicalBlock(scope: !1837, file: !244, line: 28, column: 6)
!1851 = !DILocation(line: 28, column: 11, scope: !1850)
!1852 = !DILocation(line: 28, column: 6, scope: !1837)
!1853 = !DILocation(line: 29, column: 3, scope: !1854)
!1854 = distinct !DILexicalBlock(scope: !1850, file: !244, line: 28, column: 16)
!1855 = !DILocation(line: 29, column: 10, scope: !1854)
!1856 = !DILocation(line: 29, column: 12, scope: !1854)
!1857 = !DILocation(line: 29, column: 18, scope: !1854)
!1858 = !DILocation(line: 29, column: 16, scope: !1854)
!1859 = !DILocation(line: 29, column: 23, scope: !1854)
!1860 = !DILocation(line: 29, column: 26, scope: !1854)
!1861 = !DILocation(line: 29, column: 30, scope: !1854)
!1862 = !DILocation(line: 29, column: 33, scope: !1854)
!1863 = !DILocation(line: 0, scope: !1854)
!1864 = !DILocation(line: 30, column: 13, scope: !1865)
!1865 = distinct !DILexicalBlock(scope: !1854, file: !244, line: 29, column: 42)
!1866 = !DILocation(line: 30, column: 17, scope: !1865)
!1867 = !DILocation(line: 30, column: 4, scope: !1865)
!1868 = !DILocation(line: 30, column: 8, scope: !1865)
!1869 = !DILocation(line: 30, column: 11, scope: !1865)
!1870 = !DILocation(line: 31, column: 5, scope: !1865)
!1871 = distinct !{!1871, !1853, !1872, !1788}
!1872 = !DILocation(line: 32, column: 3, scope: !1854)
!1873 = !DILocation(line: 33, column: 3, scope: !1854)
!1874 = !DILocation(line: 33, column: 7, scope: !1854)
!1875 = !DILocation(line: 33, column: 10, scope: !1854)
!1876 = !DILocation(line: 34, column: 2, scope: !1854)
!1877 = !DILocation(line: 35, column: 2, scope: !1837)
!1878 = !DILocation(line: 35, column: 9, scope: !1837)
!1879 = !DILocation(line: 35, column: 13, scope: !1837)
!1880 = !DILocation(line: 35, column: 16, scope: !1837)
!1881 = !DILocation(line: 36, column: 4, scope: !1837)
!1882 = distinct !{!1882, !1877, !1881, !1788}
!1883 = !DILocation(line: 37, column: 9, scope: !1837)
!1884 = !DILocation(line: 37, column: 2, scope: !1837)
!1885 = distinct !DISubprogram(name: "memset", scope: !244, file: !244, line: 40, type: !1886, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !243, retainedNodes: !453)
!1886 = !DISubroutineType(types: !1887)
!1887 = !{!1888, !1888, !11, !38}
!1888 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!1889 = !DILocalVariable(name: "dst", arg: 1, scope: !1885, file: !244, line: 40, type: !1888)
!1890 = !DILocation(line: 40, column: 20, scope: !1885)
!1891 = !DILocalVariable(name: "c", arg: 2, scope: !1885, file: !244, line: 40, type: !11)
!1892 = !DILocation(line: 40, column: 29, scope: !1885)
!1893 = !DILocalVariable(name: "n", arg: 3, scope: !1885, file: !244, line: 40, type: !38)
!1894 = !DILocation(line: 40, column: 39, scope: !1885)
!1895 = !DILocalVariable(name: "p", scope: !1885, file: !244, line: 42, type: !1896)
!1896 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 32)
!1897 = !DILocation(line: 42, column: 17, scope: !1885)
!1898 = !DILocation(line: 42, column: 21, scope: !1885)
!1899 = !DILocation(line: 44, column: 2, scope: !1885)
!1900 = !DILocation(line: 44, column: 10, scope: !1885)
!1901 = !DILocation(line: 44, column: 13, scope: !1885)
!1902 = !DILocation(line: 45, column: 26, scope: !1885)
!1903 = !DILocation(line: 45, column: 10, scope: !1885)
!1904 = !DILocation(line: 45, column: 5, scope: !1885)
!1905 = !DILocation(line: 45, column: 8, scope: !1885)
!1906 = distinct !{!1906, !1899, !1902, !1788}
!1907 = !DILocation(line: 46, column: 9, scope: !1885)
!1908 = !DILocation(line: 46, column: 2, scope: !1885)
!1909 = distinct !DISubprogram(name: "sys_fork", scope: !247, file: !247, line: 4, type: !1910, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !246, retainedNodes: !453)
!1910 = !DISubroutineType(types: !1911)
!1911 = !{!11, !12, !11, !927}
!1912 = !DILocalVariable(name: "parent", arg: 1, scope: !1909, file: !247, line: 4, type: !12)
!1913 = !DILocation(line: 4, column: 25, scope: !1909)
!1914 = !DILocalVariable(name: "child_slot", arg: 2, scope: !1909, file: !247, line: 4, type: !11)
!1915 = !DILocation(line: 4, column: 37, scope: !1909)
!1916 = !DILocalVariable(name: "child_endpt", arg: 3, scope: !1909, file: !247, line: 4, type: !927)
!1917 = !DILocation(line: 4, column: 61, scope: !1909)
!1918 = !DILocalVariable(name: "m", scope: !1909, file: !247, line: 6, type: !1919)
!1919 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !1920)
!1920 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !1921)
!1921 = !{!1922, !1923, !1924}
!1922 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1920, file: !16, line: 71, baseType: !12, size: 32)
!1923 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1920, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!1924 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1920, file: !16, line: 104, baseType: !1925, size: 448, offset: 64)
!1925 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1920, file: !16, line: 73, size: 448, elements: !1926)
!1926 = !{!1927, !1932, !1938, !1944, !1949, !1954, !1960, !1968, !1975, !1983, !1988, !1995, !2002, !2007, !2014, !2019, !2026, !2033, !2038, !2044, !2051, !2058, !2066, !2072, !2077, !2084, !2090, !2099, !2104, !2109}
!1927 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1925, file: !16, line: 74, baseType: !1928, size: 32)
!1928 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1929)
!1929 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1930)
!1930 = !{!1931}
!1931 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1929, file: !16, line: 15, baseType: !11, size: 32)
!1932 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1925, file: !16, line: 75, baseType: !1933, size: 64)
!1933 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1934)
!1934 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1935)
!1935 = !{!1936, !1937}
!1936 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1934, file: !16, line: 16, baseType: !34, size: 32)
!1937 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1934, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1938 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1925, file: !16, line: 76, baseType: !1939, size: 64)
!1939 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1940)
!1940 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1941)
!1941 = !{!1942, !1943}
!1942 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1940, file: !16, line: 17, baseType: !44, size: 32)
!1943 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1940, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1944 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1925, file: !16, line: 77, baseType: !1945, size: 32)
!1945 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1946)
!1946 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1947)
!1947 = !{!1948}
!1948 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1946, file: !16, line: 18, baseType: !51, size: 32)
!1949 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1925, file: !16, line: 78, baseType: !1950, size: 32)
!1950 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1951)
!1951 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1952)
!1952 = !{!1953}
!1953 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1951, file: !16, line: 19, baseType: !11, size: 32)
!1954 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1925, file: !16, line: 79, baseType: !1955, size: 64)
!1955 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1956)
!1956 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1957)
!1957 = !{!1958, !1959}
!1958 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1956, file: !16, line: 20, baseType: !11, size: 32)
!1959 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1956, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1960 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1925, file: !16, line: 80, baseType: !1961, size: 128)
!1961 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1962)
!1962 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1963)
!1963 = !{!1964, !1965, !1966, !1967}
!1964 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1962, file: !16, line: 24, baseType: !12, size: 32)
!1965 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1962, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1966 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1962, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1967 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1962, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1968 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1925, file: !16, line: 81, baseType: !1969, size: 96)
!1969 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1970)
!1970 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1971)
!1971 = !{!1972, !1973, !1974}
!1972 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1970, file: !16, line: 29, baseType: !12, size: 32)
!1973 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1970, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1974 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1970, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1975 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1925, file: !16, line: 82, baseType: !1976, size: 128)
!1976 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1977)
!1977 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1978)
!1978 = !{!1979, !1980, !1981, !1982}
!1979 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1977, file: !16, line: 32, baseType: !34, size: 32)
!1980 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1977, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1981 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1977, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1982 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1977, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1983 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1925, file: !16, line: 83, baseType: !1984, size: 32)
!1984 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1985)
!1985 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1986)
!1986 = !{!1987}
!1987 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1985, file: !16, line: 33, baseType: !11, size: 32)
!1988 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1925, file: !16, line: 84, baseType: !1989, size: 96)
!1989 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1990)
!1990 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1991)
!1991 = !{!1992, !1993, !1994}
!1992 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1990, file: !16, line: 34, baseType: !11, size: 32)
!1993 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1990, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1994 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1990, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1995 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1925, file: !16, line: 85, baseType: !1996, size: 96)
!1996 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1997)
!1997 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1998)
!1998 = !{!1999, !2000, !2001}
!1999 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1997, file: !16, line: 35, baseType: !11, size: 32)
!2000 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1997, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!2001 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1997, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!2002 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1925, file: !16, line: 86, baseType: !2003, size: 16)
!2003 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !2004)
!2004 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !2005)
!2005 = !{!2006}
!2006 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2004, file: !16, line: 36, baseType: !86, size: 16)
!2007 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1925, file: !16, line: 87, baseType: !2008, size: 96)
!2008 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !2009)
!2009 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !2010)
!2010 = !{!2011, !2012, !2013}
!2011 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2009, file: !16, line: 39, baseType: !12, size: 32)
!2012 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2009, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!2013 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2009, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!2014 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1925, file: !16, line: 88, baseType: !2015, size: 32)
!2015 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !2016)
!2016 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !2017)
!2017 = !{!2018}
!2018 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2016, file: !16, line: 40, baseType: !12, size: 32)
!2019 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1925, file: !16, line: 89, baseType: !2020, size: 96)
!2020 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !2021)
!2021 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !2022)
!2022 = !{!2023, !2024, !2025}
!2023 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2021, file: !16, line: 41, baseType: !12, size: 32)
!2024 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2021, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!2025 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2021, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!2026 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1925, file: !16, line: 90, baseType: !2027, size: 96)
!2027 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !2028)
!2028 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !2029)
!2029 = !{!2030, !2031, !2032}
!2030 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2028, file: !16, line: 42, baseType: !12, size: 32)
!2031 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2028, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!2032 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2028, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!2033 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1925, file: !16, line: 91, baseType: !2034, size: 32)
!2034 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !2035)
!2035 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !2036)
!2036 = !{!2037}
!2037 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2035, file: !16, line: 45, baseType: !34, size: 32)
!2038 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1925, file: !16, line: 92, baseType: !2039, size: 64)
!2039 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !2040)
!2040 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !2041)
!2041 = !{!2042, !2043}
!2042 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2040, file: !16, line: 46, baseType: !38, size: 32)
!2043 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2040, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!2044 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1925, file: !16, line: 93, baseType: !2045, size: 192)
!2045 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !2046)
!2046 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !2047)
!2047 = !{!2048, !2049, !2050}
!2048 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2046, file: !16, line: 49, baseType: !157, size: 128)
!2049 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2046, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!2050 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2046, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!2051 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1925, file: !16, line: 94, baseType: !2052, size: 192)
!2052 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !2053)
!2053 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !2054)
!2054 = !{!2055, !2056, !2057}
!2055 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2053, file: !16, line: 50, baseType: !157, size: 128)
!2056 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2053, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!2057 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2053, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!2058 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1925, file: !16, line: 95, baseType: !2059, size: 128)
!2059 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !2060)
!2060 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !2061)
!2061 = !{!2062, !2063, !2064, !2065}
!2062 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2060, file: !16, line: 53, baseType: !12, size: 32)
!2063 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2060, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!2064 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2060, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!2065 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2060, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!2066 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1925, file: !16, line: 96, baseType: !2067, size: 64)
!2067 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !2068)
!2068 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !2069)
!2069 = !{!2070, !2071}
!2070 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2068, file: !16, line: 54, baseType: !12, size: 32)
!2071 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2068, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!2072 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1925, file: !16, line: 97, baseType: !2073, size: 32)
!2073 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !2074)
!2074 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !2075)
!2075 = !{!2076}
!2076 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2074, file: !16, line: 57, baseType: !11, size: 32)
!2077 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1925, file: !16, line: 98, baseType: !2078, size: 96)
!2078 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !2079)
!2079 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !2080)
!2080 = !{!2081, !2082, !2083}
!2081 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2079, file: !16, line: 60, baseType: !12, size: 32)
!2082 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2079, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!2083 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2079, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!2084 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1925, file: !16, line: 99, baseType: !2085, size: 64)
!2085 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !2086)
!2086 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !2087)
!2087 = !{!2088, !2089}
!2088 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2086, file: !16, line: 61, baseType: !12, size: 32)
!2089 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2086, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!2090 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1925, file: !16, line: 100, baseType: !2091, size: 160)
!2091 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !2092)
!2092 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !2093)
!2093 = !{!2094, !2095, !2096, !2097, !2098}
!2094 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2092, file: !16, line: 63, baseType: !12, size: 32)
!2095 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2092, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!2096 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2092, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!2097 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2092, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!2098 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2092, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!2099 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1925, file: !16, line: 101, baseType: !2100, size: 32)
!2100 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !2101)
!2101 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !2102)
!2102 = !{!2103}
!2103 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2101, file: !16, line: 67, baseType: !11, size: 32)
!2104 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1925, file: !16, line: 102, baseType: !2105, size: 32)
!2105 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !2106)
!2106 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !2107)
!2107 = !{!2108}
!2108 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2106, file: !16, line: 68, baseType: !221, size: 32)
!2109 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1925, file: !16, line: 103, baseType: !223, size: 448)
!2110 = !DILocation(line: 6, column: 10, scope: !1909)
!2111 = !DILocalVariable(name: "r", scope: !1909, file: !247, line: 7, type: !11)
!2112 = !DILocation(line: 7, column: 6, scope: !1909)
!2113 = !DILocation(line: 9, column: 2, scope: !1909)
!2114 = !DILocation(line: 10, column: 33, scope: !1909)
!2115 = !DILocation(line: 10, column: 4, scope: !1909)
!2116 = !DILocation(line: 10, column: 24, scope: !1909)
!2117 = !DILocation(line: 10, column: 31, scope: !1909)
!2118 = !DILocation(line: 11, column: 31, scope: !1909)
!2119 = !DILocation(line: 11, column: 4, scope: !1909)
!2120 = !DILocation(line: 11, column: 24, scope: !1909)
!2121 = !DILocation(line: 11, column: 29, scope: !1909)
!2122 = !DILocation(line: 12, column: 6, scope: !1909)
!2123 = !DILocation(line: 12, column: 4, scope: !1909)
!2124 = !DILocation(line: 13, column: 6, scope: !2125)
!2125 = distinct !DILexicalBlock(scope: !1909, file: !247, line: 13, column: 6)
!2126 = !DILocation(line: 13, column: 8, scope: !2125)
!2127 = !DILocation(line: 13, column: 6, scope: !1909)
!2128 = !DILocation(line: 14, column: 20, scope: !2125)
!2129 = !DILocation(line: 14, column: 40, scope: !2125)
!2130 = !DILocation(line: 14, column: 4, scope: !2125)
!2131 = !DILocation(line: 14, column: 16, scope: !2125)
!2132 = !DILocation(line: 14, column: 3, scope: !2125)
!2133 = !DILocation(line: 15, column: 9, scope: !1909)
!2134 = !DILocation(line: 15, column: 2, scope: !1909)
!2135 = distinct !DISubprogram(name: "sys_kill", scope: !247, file: !247, line: 18, type: !2136, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !246, retainedNodes: !453)
!2136 = !DISubroutineType(types: !2137)
!2137 = !{!11, !12, !11}
!2138 = !DILocalVariable(name: "endpt", arg: 1, scope: !2135, file: !247, line: 18, type: !12)
!2139 = !DILocation(line: 18, column: 25, scope: !2135)
!2140 = !DILocalVariable(name: "sig", arg: 2, scope: !2135, file: !247, line: 18, type: !11)
!2141 = !DILocation(line: 18, column: 36, scope: !2135)
!2142 = !DILocalVariable(name: "m", scope: !2135, file: !247, line: 20, type: !1919)
!2143 = !DILocation(line: 20, column: 10, scope: !2135)
!2144 = !DILocation(line: 22, column: 2, scope: !2135)
!2145 = !DILocation(line: 23, column: 32, scope: !2135)
!2146 = !DILocation(line: 23, column: 4, scope: !2135)
!2147 = !DILocation(line: 23, column: 24, scope: !2135)
!2148 = !DILocation(line: 23, column: 30, scope: !2135)
!2149 = !DILocation(line: 24, column: 30, scope: !2135)
!2150 = !DILocation(line: 24, column: 4, scope: !2135)
!2151 = !DILocation(line: 24, column: 24, scope: !2135)
!2152 = !DILocation(line: 24, column: 28, scope: !2135)
!2153 = !DILocation(line: 25, column: 9, scope: !2135)
!2154 = !DILocation(line: 25, column: 2, scope: !2135)
!2155 = distinct !DISubprogram(name: "sys_datacopy", scope: !247, file: !247, line: 28, type: !2156, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !246, retainedNodes: !453)
!2156 = !DISubroutineType(types: !2157)
!2157 = !{!11, !12, !34, !12, !34, !38}
!2158 = !DILocalVariable(name: "src_endpt", arg: 1, scope: !2155, file: !247, line: 28, type: !12)
!2159 = !DILocation(line: 28, column: 29, scope: !2155)
!2160 = !DILocalVariable(name: "src_addr", arg: 2, scope: !2155, file: !247, line: 28, type: !34)
!2161 = !DILocation(line: 28, column: 50, scope: !2155)
!2162 = !DILocalVariable(name: "dst_endpt", arg: 3, scope: !2155, file: !247, line: 29, type: !12)
!2163 = !DILocation(line: 29, column: 13, scope: !2155)
!2164 = !DILocalVariable(name: "dst_addr", arg: 4, scope: !2155, file: !247, line: 29, type: !34)
!2165 = !DILocation(line: 29, column: 34, scope: !2155)
!2166 = !DILocalVariable(name: "bytes", arg: 5, scope: !2155, file: !247, line: 29, type: !38)
!2167 = !DILocation(line: 29, column: 51, scope: !2155)
!2168 = !DILocalVariable(name: "m", scope: !2155, file: !247, line: 31, type: !1919)
!2169 = !DILocation(line: 31, column: 10, scope: !2155)
!2170 = !DILocation(line: 33, column: 2, scope: !2155)
!2171 = !DILocation(line: 34, column: 40, scope: !2155)
!2172 = !DILocation(line: 34, column: 4, scope: !2155)
!2173 = !DILocation(line: 34, column: 28, scope: !2155)
!2174 = !DILocation(line: 34, column: 38, scope: !2155)
!2175 = !DILocation(line: 35, column: 39, scope: !2155)
!2176 = !DILocation(line: 35, column: 4, scope: !2155)
!2177 = !DILocation(line: 35, column: 28, scope: !2155)
!2178 = !DILocation(line: 35, column: 37, scope: !2155)
!2179 = !DILocation(line: 36, column: 40, scope: !2155)
!2180 = !DILocation(line: 36, column: 4, scope: !2155)
!2181 = !DILocation(line: 36, column: 28, scope: !2155)
!2182 = !DILocation(line: 36, column: 38, scope: !2155)
!2183 = !DILocation(line: 37, column: 39, scope: !2155)
!2184 = !DILocation(line: 37, column: 4, scope: !2155)
!2185 = !DILocation(line: 37, column: 28, scope: !2155)
!2186 = !DILocation(line: 37, column: 37, scope: !2155)
!2187 = !DILocation(line: 38, column: 36, scope: !2155)
!2188 = !DILocation(line: 38, column: 4, scope: !2155)
!2189 = !DILocation(line: 38, column: 28, scope: !2155)
!2190 = !DILocation(line: 38, column: 34, scope: !2155)
!2191 = !DILocation(line: 39, column: 9, scope: !2155)
!2192 = !DILocation(line: 39, column: 2, scope: !2155)
!2193 = distinct !DISubprogram(name: "sys_abort", scope: !247, file: !247, line: 42, type: !2194, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !246, retainedNodes: !453)
!2194 = !DISubroutineType(types: !2195)
!2195 = !{!11, !11}
!2196 = !DILocalVariable(name: "how", arg: 1, scope: !2193, file: !247, line: 42, type: !11)
!2197 = !DILocation(line: 42, column: 19, scope: !2193)
!2198 = !DILocalVariable(name: "m", scope: !2193, file: !247, line: 44, type: !1919)
!2199 = !DILocation(line: 44, column: 10, scope: !2193)
!2200 = !DILocation(line: 46, column: 2, scope: !2193)
!2201 = !DILocation(line: 47, column: 31, scope: !2193)
!2202 = !DILocation(line: 47, column: 4, scope: !2193)
!2203 = !DILocation(line: 47, column: 25, scope: !2193)
!2204 = !DILocation(line: 47, column: 29, scope: !2193)
!2205 = !DILocation(line: 48, column: 9, scope: !2193)
!2206 = !DILocation(line: 48, column: 2, scope: !2193)
!2207 = distinct !DISubprogram(name: "_taskcall", scope: !249, file: !249, line: 5, type: !2208, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !248, retainedNodes: !453)
!2208 = !DISubroutineType(types: !2209)
!2209 = !{!11, !12, !11, !2210}
!2210 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2211, size: 32)
!2211 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !2212)
!2212 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !2213)
!2213 = !{!2214, !2215, !2216}
!2214 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2212, file: !16, line: 71, baseType: !12, size: 32)
!2215 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2212, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!2216 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2212, file: !16, line: 104, baseType: !2217, size: 448, offset: 64)
!2217 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2212, file: !16, line: 73, size: 448, elements: !2218)
!2218 = !{!2219, !2224, !2230, !2236, !2241, !2246, !2252, !2260, !2267, !2275, !2280, !2287, !2294, !2299, !2306, !2311, !2318, !2325, !2330, !2336, !2343, !2350, !2358, !2364, !2369, !2376, !2382, !2391, !2396, !2401}
!2219 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2217, file: !16, line: 74, baseType: !2220, size: 32)
!2220 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !2221)
!2221 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !2222)
!2222 = !{!2223}
!2223 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2221, file: !16, line: 15, baseType: !11, size: 32)
!2224 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2217, file: !16, line: 75, baseType: !2225, size: 64)
!2225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !2226)
!2226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !2227)
!2227 = !{!2228, !2229}
!2228 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2226, file: !16, line: 16, baseType: !34, size: 32)
!2229 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2226, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!2230 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2217, file: !16, line: 76, baseType: !2231, size: 64)
!2231 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !2232)
!2232 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !2233)
!2233 = !{!2234, !2235}
!2234 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2232, file: !16, line: 17, baseType: !44, size: 32)
!2235 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2232, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!2236 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2217, file: !16, line: 77, baseType: !2237, size: 32)
!2237 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !2238)
!2238 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !2239)
!2239 = !{!2240}
!2240 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2238, file: !16, line: 18, baseType: !51, size: 32)
!2241 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2217, file: !16, line: 78, baseType: !2242, size: 32)
!2242 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !2243)
!2243 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !2244)
!2244 = !{!2245}
!2245 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2243, file: !16, line: 19, baseType: !11, size: 32)
!2246 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2217, file: !16, line: 79, baseType: !2247, size: 64)
!2247 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !2248)
!2248 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !2249)
!2249 = !{!2250, !2251}
!2250 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2248, file: !16, line: 20, baseType: !11, size: 32)
!2251 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2248, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!2252 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2217, file: !16, line: 80, baseType: !2253, size: 128)
!2253 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !2254)
!2254 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !2255)
!2255 = !{!2256, !2257, !2258, !2259}
!2256 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2254, file: !16, line: 24, baseType: !12, size: 32)
!2257 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2254, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!2258 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2254, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!2259 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2254, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!2260 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2217, file: !16, line: 81, baseType: !2261, size: 96)
!2261 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !2262)
!2262 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !2263)
!2263 = !{!2264, !2265, !2266}
!2264 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2262, file: !16, line: 29, baseType: !12, size: 32)
!2265 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2262, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!2266 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2262, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!2267 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2217, file: !16, line: 82, baseType: !2268, size: 128)
!2268 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !2269)
!2269 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !2270)
!2270 = !{!2271, !2272, !2273, !2274}
!2271 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2269, file: !16, line: 32, baseType: !34, size: 32)
!2272 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2269, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!2273 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2269, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!2274 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2269, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!2275 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2217, file: !16, line: 83, baseType: !2276, size: 32)
!2276 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !2277)
!2277 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !2278)
!2278 = !{!2279}
!2279 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2277, file: !16, line: 33, baseType: !11, size: 32)
!2280 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2217, file: !16, line: 84, baseType: !2281, size: 96)
!2281 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !2282)
!2282 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !2283)
!2283 = !{!2284, !2285, !2286}
!2284 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2282, file: !16, line: 34, baseType: !11, size: 32)
!2285 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2282, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!2286 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2282, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!2287 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2217, file: !16, line: 85, baseType: !2288, size: 96)
!2288 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !2289)
!2289 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !2290)
!2290 = !{!2291, !2292, !2293}
!2291 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2289, file: !16, line: 35, baseType: !11, size: 32)
!2292 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2289, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!2293 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2289, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!2294 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2217, file: !16, line: 86, baseType: !2295, size: 16)
!2295 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !2296)
!2296 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !2297)
!2297 = !{!2298}
!2298 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2296, file: !16, line: 36, baseType: !86, size: 16)
!2299 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2217, file: !16, line: 87, baseType: !2300, size: 96)
!2300 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !2301)
!2301 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !2302)
!2302 = !{!2303, !2304, !2305}
!2303 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2301, file: !16, line: 39, baseType: !12, size: 32)
!2304 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2301, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!2305 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2301, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!2306 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2217, file: !16, line: 88, baseType: !2307, size: 32)
!2307 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !2308)
!2308 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !2309)
!2309 = !{!2310}
!2310 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2308, file: !16, line: 40, baseType: !12, size: 32)
!2311 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2217, file: !16, line: 89, baseType: !2312, size: 96)
!2312 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !2313)
!2313 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !2314)
!2314 = !{!2315, !2316, !2317}
!2315 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2313, file: !16, line: 41, baseType: !12, size: 32)
!2316 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2313, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!2317 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2313, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!2318 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2217, file: !16, line: 90, baseType: !2319, size: 96)
!2319 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !2320)
!2320 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !2321)
!2321 = !{!2322, !2323, !2324}
!2322 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2320, file: !16, line: 42, baseType: !12, size: 32)
!2323 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2320, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!2324 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2320, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!2325 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2217, file: !16, line: 91, baseType: !2326, size: 32)
!2326 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !2327)
!2327 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !2328)
!2328 = !{!2329}
!2329 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2327, file: !16, line: 45, baseType: !34, size: 32)
!2330 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2217, file: !16, line: 92, baseType: !2331, size: 64)
!2331 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !2332)
!2332 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !2333)
!2333 = !{!2334, !2335}
!2334 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2332, file: !16, line: 46, baseType: !38, size: 32)
!2335 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2332, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!2336 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2217, file: !16, line: 93, baseType: !2337, size: 192)
!2337 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !2338)
!2338 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !2339)
!2339 = !{!2340, !2341, !2342}
!2340 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2338, file: !16, line: 49, baseType: !157, size: 128)
!2341 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2338, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!2342 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2338, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!2343 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2217, file: !16, line: 94, baseType: !2344, size: 192)
!2344 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !2345)
!2345 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !2346)
!2346 = !{!2347, !2348, !2349}
!2347 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2345, file: !16, line: 50, baseType: !157, size: 128)
!2348 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2345, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!2349 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2345, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!2350 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !2217, file: !16, line: 95, baseType: !2351, size: 128)
!2351 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !2352)
!2352 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !2353)
!2353 = !{!2354, !2355, !2356, !2357}
!2354 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2352, file: !16, line: 53, baseType: !12, size: 32)
!2355 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2352, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!2356 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2352, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!2357 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2352, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!2358 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !2217, file: !16, line: 96, baseType: !2359, size: 64)
!2359 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !2360)
!2360 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !2361)
!2361 = !{!2362, !2363}
!2362 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2360, file: !16, line: 54, baseType: !12, size: 32)
!2363 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2360, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!2364 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2217, file: !16, line: 97, baseType: !2365, size: 32)
!2365 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !2366)
!2366 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !2367)
!2367 = !{!2368}
!2368 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2366, file: !16, line: 57, baseType: !11, size: 32)
!2369 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2217, file: !16, line: 98, baseType: !2370, size: 96)
!2370 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !2371)
!2371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !2372)
!2372 = !{!2373, !2374, !2375}
!2373 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2371, file: !16, line: 60, baseType: !12, size: 32)
!2374 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2371, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!2375 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2371, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!2376 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2217, file: !16, line: 99, baseType: !2377, size: 64)
!2377 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !2378)
!2378 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !2379)
!2379 = !{!2380, !2381}
!2380 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2378, file: !16, line: 61, baseType: !12, size: 32)
!2381 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2378, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!2382 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2217, file: !16, line: 100, baseType: !2383, size: 160)
!2383 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !2384)
!2384 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !2385)
!2385 = !{!2386, !2387, !2388, !2389, !2390}
!2386 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2384, file: !16, line: 63, baseType: !12, size: 32)
!2387 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2384, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!2388 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2384, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!2389 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2384, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!2390 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2384, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!2391 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2217, file: !16, line: 101, baseType: !2392, size: 32)
!2392 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !2393)
!2393 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !2394)
!2394 = !{!2395}
!2395 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2393, file: !16, line: 67, baseType: !11, size: 32)
!2396 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !2217, file: !16, line: 102, baseType: !2397, size: 32)
!2397 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !2398)
!2398 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !2399)
!2399 = !{!2400}
!2400 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2398, file: !16, line: 68, baseType: !221, size: 32)
!2401 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2217, file: !16, line: 103, baseType: !223, size: 448)
!2402 = !DILocalVariable(name: "who", arg: 1, scope: !2207, file: !249, line: 5, type: !12)
!2403 = !DILocation(line: 5, column: 26, scope: !2207)
!2404 = !DILocalVariable(name: "syscallnr", arg: 2, scope: !2207, file: !249, line: 5, type: !11)
!2405 = !DILocation(line: 5, column: 35, scope: !2207)
!2406 = !DILocalVariable(name: "msgptr", arg: 3, scope: !2207, file: !249, line: 5, type: !2210)
!2407 = !DILocation(line: 5, column: 55, scope: !2207)
!2408 = !DILocalVariable(name: "status", scope: !2207, file: !249, line: 7, type: !11)
!2409 = !DILocation(line: 7, column: 6, scope: !2207)
!2410 = !DILocation(line: 9, column: 19, scope: !2207)
!2411 = !DILocation(line: 9, column: 2, scope: !2207)
!2412 = !DILocation(line: 9, column: 10, scope: !2207)
!2413 = !DILocation(line: 9, column: 17, scope: !2207)
!2414 = !DILocation(line: 10, column: 24, scope: !2207)
!2415 = !DILocation(line: 10, column: 29, scope: !2207)
!2416 = !DILocation(line: 10, column: 11, scope: !2207)
!2417 = !DILocation(line: 10, column: 9, scope: !2207)
!2418 = !DILocation(line: 11, column: 6, scope: !2419)
!2419 = distinct !DILexicalBlock(scope: !2207, file: !249, line: 11, column: 6)
!2420 = !DILocation(line: 11, column: 13, scope: !2419)
!2421 = !DILocation(line: 11, column: 6, scope: !2207)
!2422 = !DILocation(line: 12, column: 10, scope: !2419)
!2423 = !DILocation(line: 12, column: 3, scope: !2419)
!2424 = !DILocation(line: 13, column: 9, scope: !2207)
!2425 = !DILocation(line: 13, column: 17, scope: !2207)
!2426 = !DILocation(line: 13, column: 2, scope: !2207)
!2427 = !DILocation(line: 14, column: 1, scope: !2207)
!2428 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !7, file: !7, line: 33, type: !2429, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !248, retainedNodes: !453)
!2429 = !DISubroutineType(types: !2430)
!2430 = !{!11, !12, !2210}
!2431 = !DILocalVariable(name: "dst", arg: 1, scope: !2428, file: !7, line: 33, type: !12)
!2432 = !DILocation(line: 33, column: 43, scope: !2428)
!2433 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !2428, file: !7, line: 33, type: !2210)
!2434 = !DILocation(line: 33, column: 57, scope: !2428)
!2435 = !DILocation(line: 35, column: 9, scope: !2428)
!2436 = !DILocation(line: 35, column: 42, scope: !2428)
!2437 = !DILocation(line: 35, column: 47, scope: !2428)
!2438 = !DILocation(line: 35, column: 2, scope: !2428)
!2439 = distinct !DISubprogram(name: "vm_fork", scope: !251, file: !251, line: 5, type: !1910, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !250, retainedNodes: !453)
!2440 = !DILocalVariable(name: "endpt", arg: 1, scope: !2439, file: !251, line: 5, type: !12)
!2441 = !DILocation(line: 5, column: 24, scope: !2439)
!2442 = !DILocalVariable(name: "slot", arg: 2, scope: !2439, file: !251, line: 5, type: !11)
!2443 = !DILocation(line: 5, column: 35, scope: !2439)
!2444 = !DILocalVariable(name: "child_endpt", arg: 3, scope: !2439, file: !251, line: 5, type: !927)
!2445 = !DILocation(line: 5, column: 53, scope: !2439)
!2446 = !DILocalVariable(name: "m", scope: !2439, file: !251, line: 7, type: !2447)
!2447 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 105, baseType: !2448)
!2448 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 70, size: 512, elements: !2449)
!2449 = !{!2450, !2451, !2452}
!2450 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2448, file: !16, line: 71, baseType: !12, size: 32)
!2451 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2448, file: !16, line: 72, baseType: !11, size: 32, offset: 32)
!2452 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2448, file: !16, line: 104, baseType: !2453, size: 448, offset: 64)
!2453 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2448, file: !16, line: 73, size: 448, elements: !2454)
!2454 = !{!2455, !2460, !2466, !2472, !2477, !2482, !2488, !2496, !2503, !2511, !2516, !2523, !2530, !2535, !2542, !2547, !2554, !2561, !2566, !2572, !2579, !2586, !2594, !2600, !2605, !2612, !2618, !2627, !2632, !2637}
!2455 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2453, file: !16, line: 74, baseType: !2456, size: 32)
!2456 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !2457)
!2457 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !2458)
!2458 = !{!2459}
!2459 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2457, file: !16, line: 15, baseType: !11, size: 32)
!2460 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2453, file: !16, line: 75, baseType: !2461, size: 64)
!2461 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !2462)
!2462 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !2463)
!2463 = !{!2464, !2465}
!2464 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2462, file: !16, line: 16, baseType: !34, size: 32)
!2465 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2462, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!2466 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2453, file: !16, line: 76, baseType: !2467, size: 64)
!2467 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !2468)
!2468 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !2469)
!2469 = !{!2470, !2471}
!2470 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2468, file: !16, line: 17, baseType: !44, size: 32)
!2471 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2468, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!2472 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2453, file: !16, line: 77, baseType: !2473, size: 32)
!2473 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !2474)
!2474 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !2475)
!2475 = !{!2476}
!2476 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2474, file: !16, line: 18, baseType: !51, size: 32)
!2477 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2453, file: !16, line: 78, baseType: !2478, size: 32)
!2478 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !2479)
!2479 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !2480)
!2480 = !{!2481}
!2481 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2479, file: !16, line: 19, baseType: !11, size: 32)
!2482 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2453, file: !16, line: 79, baseType: !2483, size: 64)
!2483 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !2484)
!2484 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !2485)
!2485 = !{!2486, !2487}
!2486 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2484, file: !16, line: 20, baseType: !11, size: 32)
!2487 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2484, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!2488 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2453, file: !16, line: 80, baseType: !2489, size: 128)
!2489 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !2490)
!2490 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !2491)
!2491 = !{!2492, !2493, !2494, !2495}
!2492 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2490, file: !16, line: 24, baseType: !12, size: 32)
!2493 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2490, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!2494 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2490, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!2495 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2490, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!2496 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2453, file: !16, line: 81, baseType: !2497, size: 96)
!2497 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !2498)
!2498 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !2499)
!2499 = !{!2500, !2501, !2502}
!2500 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2498, file: !16, line: 29, baseType: !12, size: 32)
!2501 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2498, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!2502 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2498, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!2503 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2453, file: !16, line: 82, baseType: !2504, size: 128)
!2504 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !2505)
!2505 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !2506)
!2506 = !{!2507, !2508, !2509, !2510}
!2507 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2505, file: !16, line: 32, baseType: !34, size: 32)
!2508 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2505, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!2509 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2505, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!2510 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2505, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!2511 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2453, file: !16, line: 83, baseType: !2512, size: 32)
!2512 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !2513)
!2513 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !2514)
!2514 = !{!2515}
!2515 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2513, file: !16, line: 33, baseType: !11, size: 32)
!2516 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2453, file: !16, line: 84, baseType: !2517, size: 96)
!2517 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !2518)
!2518 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !2519)
!2519 = !{!2520, !2521, !2522}
!2520 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2518, file: !16, line: 34, baseType: !11, size: 32)
!2521 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2518, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!2522 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2518, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!2523 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2453, file: !16, line: 85, baseType: !2524, size: 96)
!2524 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !2525)
!2525 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !2526)
!2526 = !{!2527, !2528, !2529}
!2527 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2525, file: !16, line: 35, baseType: !11, size: 32)
!2528 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2525, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!2529 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2525, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!2530 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2453, file: !16, line: 86, baseType: !2531, size: 16)
!2531 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !2532)
!2532 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !2533)
!2533 = !{!2534}
!2534 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2532, file: !16, line: 36, baseType: !86, size: 16)
!2535 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2453, file: !16, line: 87, baseType: !2536, size: 96)
!2536 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !2537)
!2537 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !2538)
!2538 = !{!2539, !2540, !2541}
!2539 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2537, file: !16, line: 39, baseType: !12, size: 32)
!2540 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2537, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!2541 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2537, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!2542 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2453, file: !16, line: 88, baseType: !2543, size: 32)
!2543 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !2544)
!2544 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !2545)
!2545 = !{!2546}
!2546 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2544, file: !16, line: 40, baseType: !12, size: 32)
!2547 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2453, file: !16, line: 89, baseType: !2548, size: 96)
!2548 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !2549)
!2549 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !2550)
!2550 = !{!2551, !2552, !2553}
!2551 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2549, file: !16, line: 41, baseType: !12, size: 32)
!2552 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2549, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!2553 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2549, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!2554 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2453, file: !16, line: 90, baseType: !2555, size: 96)
!2555 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !2556)
!2556 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !2557)
!2557 = !{!2558, !2559, !2560}
!2558 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2556, file: !16, line: 42, baseType: !12, size: 32)
!2559 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2556, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!2560 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2556, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!2561 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2453, file: !16, line: 91, baseType: !2562, size: 32)
!2562 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !2563)
!2563 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !2564)
!2564 = !{!2565}
!2565 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2563, file: !16, line: 45, baseType: !34, size: 32)
!2566 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2453, file: !16, line: 92, baseType: !2567, size: 64)
!2567 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !2568)
!2568 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !2569)
!2569 = !{!2570, !2571}
!2570 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2568, file: !16, line: 46, baseType: !38, size: 32)
!2571 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2568, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!2572 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2453, file: !16, line: 93, baseType: !2573, size: 192)
!2573 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !2574)
!2574 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !2575)
!2575 = !{!2576, !2577, !2578}
!2576 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2574, file: !16, line: 49, baseType: !157, size: 128)
!2577 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2574, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!2578 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2574, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!2579 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2453, file: !16, line: 94, baseType: !2580, size: 192)
!2580 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !2581)
!2581 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !2582)
!2582 = !{!2583, !2584, !2585}
!2583 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2581, file: !16, line: 50, baseType: !157, size: 128)
!2584 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2581, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!2585 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2581, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!2586 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !2453, file: !16, line: 95, baseType: !2587, size: 128)
!2587 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !16, line: 53, baseType: !2588)
!2588 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 128, elements: !2589)
!2589 = !{!2590, !2591, !2592, !2593}
!2590 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2588, file: !16, line: 53, baseType: !12, size: 32)
!2591 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2588, file: !16, line: 53, baseType: !34, size: 32, offset: 32)
!2592 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2588, file: !16, line: 53, baseType: !38, size: 32, offset: 64)
!2593 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2588, file: !16, line: 53, baseType: !11, size: 32, offset: 96)
!2594 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !2453, file: !16, line: 96, baseType: !2595, size: 64)
!2595 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !16, line: 54, baseType: !2596)
!2596 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 54, size: 64, elements: !2597)
!2597 = !{!2598, !2599}
!2598 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2596, file: !16, line: 54, baseType: !12, size: 32)
!2599 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2596, file: !16, line: 54, baseType: !11, size: 32, offset: 32)
!2600 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2453, file: !16, line: 97, baseType: !2601, size: 32)
!2601 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 57, baseType: !2602)
!2602 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 32, elements: !2603)
!2603 = !{!2604}
!2604 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2602, file: !16, line: 57, baseType: !11, size: 32)
!2605 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2453, file: !16, line: 98, baseType: !2606, size: 96)
!2606 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 60, baseType: !2607)
!2607 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 60, size: 96, elements: !2608)
!2608 = !{!2609, !2610, !2611}
!2609 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2607, file: !16, line: 60, baseType: !12, size: 32)
!2610 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2607, file: !16, line: 60, baseType: !11, size: 32, offset: 32)
!2611 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2607, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!2612 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2453, file: !16, line: 99, baseType: !2613, size: 64)
!2613 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 61, baseType: !2614)
!2614 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 61, size: 64, elements: !2615)
!2615 = !{!2616, !2617}
!2616 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2614, file: !16, line: 61, baseType: !12, size: 32)
!2617 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2614, file: !16, line: 61, baseType: !11, size: 32, offset: 32)
!2618 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2453, file: !16, line: 100, baseType: !2619, size: 160)
!2619 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 66, baseType: !2620)
!2620 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 62, size: 160, elements: !2621)
!2621 = !{!2622, !2623, !2624, !2625, !2626}
!2622 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2620, file: !16, line: 63, baseType: !12, size: 32)
!2623 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2620, file: !16, line: 63, baseType: !34, size: 32, offset: 32)
!2624 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2620, file: !16, line: 64, baseType: !12, size: 32, offset: 64)
!2625 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2620, file: !16, line: 64, baseType: !34, size: 32, offset: 96)
!2626 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2620, file: !16, line: 65, baseType: !38, size: 32, offset: 128)
!2627 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2453, file: !16, line: 101, baseType: !2628, size: 32)
!2628 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 67, baseType: !2629)
!2629 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 67, size: 32, elements: !2630)
!2630 = !{!2631}
!2631 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2629, file: !16, line: 67, baseType: !11, size: 32)
!2632 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !2453, file: !16, line: 102, baseType: !2633, size: 32)
!2633 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !16, line: 68, baseType: !2634)
!2634 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 68, size: 32, elements: !2635)
!2635 = !{!2636}
!2636 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2634, file: !16, line: 68, baseType: !221, size: 32)
!2637 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2453, file: !16, line: 103, baseType: !223, size: 448)
!2638 = !DILocation(line: 7, column: 10, scope: !2439)
!2639 = !DILocalVariable(name: "r", scope: !2439, file: !251, line: 8, type: !11)
!2640 = !DILocation(line: 8, column: 6, scope: !2439)
!2641 = !DILocation(line: 10, column: 2, scope: !2439)
!2642 = !DILocation(line: 11, column: 31, scope: !2439)
!2643 = !DILocation(line: 11, column: 4, scope: !2439)
!2644 = !DILocation(line: 11, column: 23, scope: !2439)
!2645 = !DILocation(line: 11, column: 29, scope: !2439)
!2646 = !DILocation(line: 12, column: 30, scope: !2439)
!2647 = !DILocation(line: 12, column: 4, scope: !2439)
!2648 = !DILocation(line: 12, column: 23, scope: !2439)
!2649 = !DILocation(line: 12, column: 28, scope: !2439)
!2650 = !DILocation(line: 13, column: 6, scope: !2439)
!2651 = !DILocation(line: 13, column: 4, scope: !2439)
!2652 = !DILocation(line: 14, column: 6, scope: !2653)
!2653 = distinct !DILexicalBlock(scope: !2439, file: !251, line: 14, column: 6)
!2654 = !DILocation(line: 14, column: 8, scope: !2653)
!2655 = !DILocation(line: 14, column: 6, scope: !2439)
!2656 = !DILocation(line: 15, column: 20, scope: !2653)
!2657 = !DILocation(line: 15, column: 39, scope: !2653)
!2658 = !DILocation(line: 15, column: 4, scope: !2653)
!2659 = !DILocation(line: 15, column: 16, scope: !2653)
!2660 = !DILocation(line: 15, column: 3, scope: !2653)
!2661 = !DILocation(line: 16, column: 9, scope: !2439)
!2662 = !DILocation(line: 16, column: 2, scope: !2439)
!2663 = distinct !DISubprogram(name: "vm_exit", scope: !251, file: !251, line: 19, type: !1205, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !250, retainedNodes: !453)
!2664 = !DILocalVariable(name: "endpt", arg: 1, scope: !2663, file: !251, line: 19, type: !12)
!2665 = !DILocation(line: 19, column: 24, scope: !2663)
!2666 = !DILocalVariable(name: "m", scope: !2663, file: !251, line: 21, type: !2447)
!2667 = !DILocation(line: 21, column: 10, scope: !2663)
!2668 = !DILocation(line: 23, column: 2, scope: !2663)
!2669 = !DILocation(line: 24, column: 31, scope: !2663)
!2670 = !DILocation(line: 24, column: 4, scope: !2663)
!2671 = !DILocation(line: 24, column: 23, scope: !2663)
!2672 = !DILocation(line: 24, column: 29, scope: !2663)
!2673 = !DILocation(line: 25, column: 9, scope: !2663)
!2674 = !DILocation(line: 25, column: 2, scope: !2663)
!2675 = distinct !DISubprogram(name: "vm_exec_newmem", scope: !251, file: !251, line: 28, type: !2676, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !250, retainedNodes: !453)
!2676 = !DISubroutineType(types: !2677)
!2677 = !{!11, !12, !38, !2678}
!2678 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 32)
!2679 = !DILocalVariable(name: "endpt", arg: 1, scope: !2675, file: !251, line: 28, type: !12)
!2680 = !DILocation(line: 28, column: 31, scope: !2675)
!2681 = !DILocalVariable(name: "text_bytes", arg: 2, scope: !2675, file: !251, line: 28, type: !38)
!2682 = !DILocation(line: 28, column: 45, scope: !2675)
!2683 = !DILocalVariable(name: "base", arg: 3, scope: !2675, file: !251, line: 28, type: !2678)
!2684 = !DILocation(line: 28, column: 68, scope: !2675)
!2685 = !DILocalVariable(name: "m", scope: !2675, file: !251, line: 30, type: !2447)
!2686 = !DILocation(line: 30, column: 10, scope: !2675)
!2687 = !DILocalVariable(name: "r", scope: !2675, file: !251, line: 31, type: !11)
!2688 = !DILocation(line: 31, column: 6, scope: !2675)
!2689 = !DILocation(line: 33, column: 2, scope: !2675)
!2690 = !DILocation(line: 34, column: 33, scope: !2675)
!2691 = !DILocation(line: 34, column: 4, scope: !2675)
!2692 = !DILocation(line: 34, column: 25, scope: !2675)
!2693 = !DILocation(line: 34, column: 31, scope: !2675)
!2694 = !DILocation(line: 35, column: 38, scope: !2675)
!2695 = !DILocation(line: 35, column: 4, scope: !2675)
!2696 = !DILocation(line: 35, column: 25, scope: !2675)
!2697 = !DILocation(line: 35, column: 36, scope: !2675)
!2698 = !DILocation(line: 36, column: 6, scope: !2675)
!2699 = !DILocation(line: 36, column: 4, scope: !2675)
!2700 = !DILocation(line: 37, column: 6, scope: !2701)
!2701 = distinct !DILexicalBlock(scope: !2675, file: !251, line: 37, column: 6)
!2702 = !DILocation(line: 37, column: 8, scope: !2701)
!2703 = !DILocation(line: 37, column: 6, scope: !2675)
!2704 = !DILocation(line: 38, column: 13, scope: !2701)
!2705 = !DILocation(line: 38, column: 34, scope: !2701)
!2706 = !DILocation(line: 38, column: 4, scope: !2701)
!2707 = !DILocation(line: 38, column: 9, scope: !2701)
!2708 = !DILocation(line: 38, column: 3, scope: !2701)
!2709 = !DILocation(line: 39, column: 9, scope: !2675)
!2710 = !DILocation(line: 39, column: 2, scope: !2675)
!2711 = distinct !DISubprogram(name: "vm_info_usage", scope: !251, file: !251, line: 42, type: !2712, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !250, retainedNodes: !453)
!2712 = !DISubroutineType(types: !2713)
!2713 = !{!11, !12, !2714}
!2714 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2715, size: 32)
!2715 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_usage_info", file: !2716, line: 28, size: 64, elements: !2717)
!2716 = !DIFile(filename: "include/syslib.h", directory: ".", checksumkind: CSK_MD5, checksum: "bef78ee86e01e8d22abbc011b7089c5f")
!2717 = !{!2718, !2719}
!2718 = !DIDerivedType(tag: DW_TAG_member, name: "vui_pages", scope: !2715, file: !2716, line: 28, baseType: !38, size: 32)
!2719 = !DIDerivedType(tag: DW_TAG_member, name: "vui_brk", scope: !2715, file: !2716, line: 28, baseType: !34, size: 32, offset: 32)
!2720 = !DILocalVariable(name: "endpt", arg: 1, scope: !2711, file: !251, line: 42, type: !12)
!2721 = !DILocation(line: 42, column: 30, scope: !2711)
!2722 = !DILocalVariable(name: "vui", arg: 2, scope: !2711, file: !251, line: 42, type: !2714)
!2723 = !DILocation(line: 42, column: 59, scope: !2711)
!2724 = !DILocalVariable(name: "m", scope: !2711, file: !251, line: 44, type: !2447)
!2725 = !DILocation(line: 44, column: 10, scope: !2711)
!2726 = !DILocalVariable(name: "r", scope: !2711, file: !251, line: 45, type: !11)
!2727 = !DILocation(line: 45, column: 6, scope: !2711)
!2728 = !DILocation(line: 47, column: 2, scope: !2711)
!2729 = !DILocation(line: 48, column: 32, scope: !2711)
!2730 = !DILocation(line: 48, column: 4, scope: !2711)
!2731 = !DILocation(line: 48, column: 24, scope: !2711)
!2732 = !DILocation(line: 48, column: 30, scope: !2711)
!2733 = !DILocation(line: 49, column: 6, scope: !2711)
!2734 = !DILocation(line: 49, column: 4, scope: !2711)
!2735 = !DILocation(line: 50, column: 6, scope: !2736)
!2736 = distinct !DILexicalBlock(scope: !2711, file: !251, line: 50, column: 6)
!2737 = !DILocation(line: 50, column: 8, scope: !2736)
!2738 = !DILocation(line: 50, column: 6, scope: !2711)
!2739 = !DILocation(line: 51, column: 22, scope: !2740)
!2740 = distinct !DILexicalBlock(scope: !2736, file: !251, line: 50, column: 15)
!2741 = !DILocation(line: 51, column: 42, scope: !2740)
!2742 = !DILocation(line: 51, column: 3, scope: !2740)
!2743 = !DILocation(line: 51, column: 8, scope: !2740)
!2744 = !DILocation(line: 51, column: 18, scope: !2740)
!2745 = !DILocation(line: 52, column: 20, scope: !2740)
!2746 = !DILocation(line: 52, column: 40, scope: !2740)
!2747 = !DILocation(line: 52, column: 3, scope: !2740)
!2748 = !DILocation(line: 52, column: 8, scope: !2740)
!2749 = !DILocation(line: 52, column: 16, scope: !2740)
!2750 = !DILocation(line: 53, column: 2, scope: !2740)
!2751 = !DILocation(line: 54, column: 9, scope: !2711)
!2752 = !DILocation(line: 54, column: 2, scope: !2711)
