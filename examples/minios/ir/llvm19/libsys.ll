; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lsys_krn_fork = type { i32, i32, i32 }
%struct.mess_lsys_krn_kill = type { i32, i32 }
%struct.mess_lsys_krn_datacopy = type { i32, i32, i32, i32, i32 }
%struct.mess_lsys_krn_abort = type { i32 }

@kernel_call_table = dso_local global [7 x ptr] [ptr @softint_send, ptr @softint_receive, ptr @softint_sendrec, ptr @softint_sendnb, ptr @softint_notify, ptr @softint_senda, ptr @softint_kernel_call], align 4, !dbg !0

; Function Attrs: noinline nounwind
define dso_local i32 @asynsend3(i32 noundef %dst, ptr noundef %m_ptr, i32 noundef %flags) #0 !dbg !236 {
entry:
  %retval = alloca i32, align 4
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !413, !DIExpression(), !414)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !415, !DIExpression(), !416)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !417, !DIExpression(), !418)
  %0 = load i32, ptr %dst.addr, align 4, !dbg !419
  %cmp = icmp eq i32 %0, 27648, !dbg !421
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !422

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, ptr %dst.addr, align 4, !dbg !423
  %cmp1 = icmp eq i32 %1, 31744, !dbg !424
  br i1 %cmp1, label %if.then, label %if.end, !dbg !425

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !426
  br label %return, !dbg !426

if.end:                                           ; preds = %lor.lhs.false
  %2 = load i32, ptr %dst.addr, align 4, !dbg !427
  %3 = load ptr, ptr %m_ptr.addr, align 4, !dbg !428
  %4 = load i32, ptr %flags.addr, align 4, !dbg !429
  %call = call i32 @ipc_senda(i32 noundef %2, ptr noundef %3, i32 noundef %4) #3, !dbg !430
  store i32 %call, ptr %retval, align 4, !dbg !431
  br label %return, !dbg !431

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !432
  ret i32 %5, !dbg !432
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_publish_label(ptr noundef %label, i32 noundef %endpt, i32 noundef %flags) #0 !dbg !433 {
entry:
  %label.addr = alloca ptr, align 4
  %endpt.addr = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !438, !DIExpression(), !439)
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !440, !DIExpression(), !441)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !442, !DIExpression(), !443)
    #dbg_declare(ptr %m, !444, !DIExpression(), !617)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !618
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !619
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !620
  %endpt1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 1, !dbg !621
  store i32 %0, ptr %endpt1, align 4, !dbg !622
  %1 = load i32, ptr %flags.addr, align 4, !dbg !623
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !624
  %flags3 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u2, i32 0, i32 2, !dbg !625
  store i32 %1, ptr %flags3, align 4, !dbg !626
  %2 = load ptr, ptr %label.addr, align 4, !dbg !627
  %call4 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1024, ptr noundef %2) #3, !dbg !628
  ret i32 %call4, !dbg !629
}

; Function Attrs: noinline nounwind
define internal i32 @do_invoke_ds(ptr noundef %m, i32 noundef %type, ptr noundef %key) #0 !dbg !630 {
entry:
  %m.addr = alloca ptr, align 4
  %type.addr = alloca i32, align 4
  %key.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !634, !DIExpression(), !635)
  store i32 %type, ptr %type.addr, align 4
    #dbg_declare(ptr %type.addr, !636, !DIExpression(), !637)
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !638, !DIExpression(), !639)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !640
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !641
  %key1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !642
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key1, i32 0, i32 0, !dbg !640
  %1 = load ptr, ptr %key.addr, align 4, !dbg !643
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %1, i32 noundef 16) #3, !dbg !644
  %2 = load i32, ptr %type.addr, align 4, !dbg !645
  %3 = load ptr, ptr %m.addr, align 4, !dbg !646
  %call2 = call i32 @_taskcall(i32 noundef 3, i32 noundef %2, ptr noundef %3) #3, !dbg !647
  ret i32 %call2, !dbg !648
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_retrieve_label_endpt(ptr noundef %label, ptr noundef %endpt) #0 !dbg !649 {
entry:
  %label.addr = alloca ptr, align 4
  %endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !653, !DIExpression(), !654)
  store ptr %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !655, !DIExpression(), !656)
    #dbg_declare(ptr %m, !657, !DIExpression(), !658)
    #dbg_declare(ptr %r, !659, !DIExpression(), !660)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !661
  %0 = load ptr, ptr %label.addr, align 4, !dbg !662
  %call1 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1025, ptr noundef %0) #3, !dbg !663
  store i32 %call1, ptr %r, align 4, !dbg !664
  %1 = load i32, ptr %r, align 4, !dbg !665
  %cmp = icmp eq i32 %1, 0, !dbg !667
  br i1 %cmp, label %if.then, label %if.end, !dbg !668

if.then:                                          ; preds = %entry
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !669
  %endpt2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 1, !dbg !670
  %2 = load i32, ptr %endpt2, align 4, !dbg !670
  %3 = load ptr, ptr %endpt.addr, align 4, !dbg !671
  store i32 %2, ptr %3, align 4, !dbg !672
  br label %if.end, !dbg !673

if.end:                                           ; preds = %if.then, %entry
  %4 = load i32, ptr %r, align 4, !dbg !674
  ret i32 %4, !dbg !675
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_delete_label(ptr noundef %label) #0 !dbg !676 {
entry:
  %label.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !679, !DIExpression(), !680)
    #dbg_declare(ptr %m, !681, !DIExpression(), !682)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !683
  %0 = load ptr, ptr %label.addr, align 4, !dbg !684
  %call1 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1026, ptr noundef %0) #3, !dbg !685
  ret i32 %call1, !dbg !686
}

; Function Attrs: noinline nounwind
define dso_local i32 @ds_subscribe(ptr noundef %prefix, i32 noundef %flags) #0 !dbg !687 {
entry:
  %prefix.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %prefix, ptr %prefix.addr, align 4
    #dbg_declare(ptr %prefix.addr, !690, !DIExpression(), !691)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !692, !DIExpression(), !693)
    #dbg_declare(ptr %m, !694, !DIExpression(), !695)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !696
  %0 = load i32, ptr %flags.addr, align 4, !dbg !697
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !698
  %flags1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 2, !dbg !699
  store i32 %0, ptr %flags1, align 4, !dbg !700
  %1 = load ptr, ptr %prefix.addr, align 4, !dbg !701
  %call2 = call i32 @do_invoke_ds(ptr noundef %m, i32 noundef 1027, ptr noundef %1) #3, !dbg !702
  ret i32 %call2, !dbg !703
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_send(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !704 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !880, !DIExpression(), !881)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !882, !DIExpression(), !883)
  %0 = load ptr, ptr @kernel_call_table, align 4, !dbg !884
  %1 = load i32, ptr %dst.addr, align 4, !dbg !885
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !886
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !884
  ret i32 %call, !dbg !887
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_sendnb(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !888 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !889, !DIExpression(), !890)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !891, !DIExpression(), !892)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 3), align 4, !dbg !893
  %1 = load i32, ptr %dst.addr, align 4, !dbg !894
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !895
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !893
  ret i32 %call, !dbg !896
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_senda(i32 noundef %dst, ptr noundef %m_ptr, i32 noundef %flags) #0 !dbg !897 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !900, !DIExpression(), !901)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !902, !DIExpression(), !903)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !904, !DIExpression(), !905)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 5), align 4, !dbg !906
  %1 = load i32, ptr %dst.addr, align 4, !dbg !907
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !908
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef %flags.addr) #3, !dbg !906
  ret i32 %call, !dbg !909
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_notify(i32 noundef %dst) #0 !dbg !910 {
entry:
  %dst.addr = alloca i32, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !913, !DIExpression(), !914)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 4), align 4, !dbg !915
  %1 = load i32, ptr %dst.addr, align 4, !dbg !916
  %call = call i32 %0(i32 noundef %1, ptr noundef null, ptr noundef null) #3, !dbg !915
  ret i32 %call, !dbg !917
}

; Function Attrs: noinline nounwind
define dso_local i32 @ipc_receive(i32 noundef %src, ptr noundef %m_ptr, ptr noundef %status_ptr) #0 !dbg !918 {
entry:
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %status_ptr.addr = alloca ptr, align 4
  store i32 %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !921, !DIExpression(), !922)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !923, !DIExpression(), !924)
  store ptr %status_ptr, ptr %status_ptr.addr, align 4
    #dbg_declare(ptr %status_ptr.addr, !925, !DIExpression(), !926)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 1), align 4, !dbg !927
  %1 = load i32, ptr %src.addr, align 4, !dbg !928
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !929
  %3 = load ptr, ptr %status_ptr.addr, align 4, !dbg !930
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef %3) #3, !dbg !927
  ret i32 %call, !dbg !931
}

; Function Attrs: noinline nounwind
define dso_local i32 @_kernel_call(i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !932 {
entry:
  %retval = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !1108, !DIExpression(), !1109)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !1110, !DIExpression(), !1111)
    #dbg_declare(ptr %status, !1112, !DIExpression(), !1113)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !1114
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !1115
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !1116
  store i32 %0, ptr %m_type, align 4, !dbg !1117
  %2 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 6), align 4, !dbg !1118
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !1119
  %call = call i32 %2(i32 noundef -2, ptr noundef %3, ptr noundef null) #3, !dbg !1118
  store i32 %call, ptr %status, align 4, !dbg !1120
  %4 = load i32, ptr %status, align 4, !dbg !1121
  %cmp = icmp ne i32 %4, 0, !dbg !1123
  br i1 %cmp, label %if.then, label %if.end, !dbg !1124

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !1125
  store i32 %5, ptr %retval, align 4, !dbg !1126
  br label %return, !dbg !1126

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !1127
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !1128
  %7 = load i32, ptr %m_type1, align 4, !dbg !1128
  store i32 %7, ptr %retval, align 4, !dbg !1129
  br label %return, !dbg !1129

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !1130
  ret i32 %8, !dbg !1130
}

; Function Attrs: noinline noreturn nounwind
define dso_local void @panic(ptr noundef %why) #1 !dbg !1131 {
entry:
  %why.addr = alloca ptr, align 4
  store ptr %why, ptr %why.addr, align 4
    #dbg_declare(ptr %why.addr, !1134, !DIExpression(), !1135)
  %0 = load ptr, ptr %why.addr, align 4, !dbg !1136
  %call = call i32 @sys_abort(i32 noundef 0) #3, !dbg !1137
  br label %for.cond, !dbg !1138

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond, !dbg !1139, !llvm.loop !1142
}

; Function Attrs: noinline nounwind
define internal i32 @softint_send(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1145 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1146, !DIExpression(), !1147)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1148, !DIExpression(), !1149)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1150, !DIExpression(), !1151)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1152
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1153
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1154
  %call = call i32 @_kernel_trap(i32 noundef 0, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1155
  ret i32 %call, !dbg !1156
}

; Function Attrs: noinline nounwind
define internal i32 @softint_receive(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1157 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1158, !DIExpression(), !1159)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1160, !DIExpression(), !1161)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1162, !DIExpression(), !1163)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1164
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1165
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1166
  %call = call i32 @_kernel_trap(i32 noundef 1, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1167
  ret i32 %call, !dbg !1168
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendrec(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1169 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1170, !DIExpression(), !1171)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1172, !DIExpression(), !1173)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1174, !DIExpression(), !1175)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1176
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1177
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1178
  %call = call i32 @_kernel_trap(i32 noundef 2, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1179
  ret i32 %call, !dbg !1180
}

; Function Attrs: noinline nounwind
define internal i32 @softint_sendnb(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1181 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1182, !DIExpression(), !1183)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1184, !DIExpression(), !1185)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1186, !DIExpression(), !1187)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1188
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1189
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1190
  %call = call i32 @_kernel_trap(i32 noundef 3, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1191
  ret i32 %call, !dbg !1192
}

; Function Attrs: noinline nounwind
define internal i32 @softint_notify(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1193 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1194, !DIExpression(), !1195)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1196, !DIExpression(), !1197)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1198, !DIExpression(), !1199)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1200
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1201
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1202
  %call = call i32 @_kernel_trap(i32 noundef 4, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1203
  ret i32 %call, !dbg !1204
}

; Function Attrs: noinline nounwind
define internal i32 @softint_senda(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1205 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1206, !DIExpression(), !1207)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1208, !DIExpression(), !1209)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1210, !DIExpression(), !1211)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1212
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1213
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1214
  %call = call i32 @_kernel_trap(i32 noundef 5, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1215
  ret i32 %call, !dbg !1216
}

; Function Attrs: noinline nounwind
define internal i32 @softint_kernel_call(i32 noundef %endpt, ptr noundef %m_ptr, ptr noundef %word) #0 !dbg !1217 {
entry:
  %endpt.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %word.addr = alloca ptr, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1218, !DIExpression(), !1219)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1220, !DIExpression(), !1221)
  store ptr %word, ptr %word.addr, align 4
    #dbg_declare(ptr %word.addr, !1222, !DIExpression(), !1223)
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1224
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1225
  %2 = load ptr, ptr %word.addr, align 4, !dbg !1226
  %call = call i32 @_kernel_trap(i32 noundef 6, i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1227
  ret i32 %call, !dbg !1228
}

declare dso_local i32 @_kernel_trap(i32 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @sef_receive_status(i32 noundef %src, ptr noundef %m_ptr, ptr noundef %status_ptr) #0 !dbg !1229 {
entry:
  %retval = alloca i32, align 4
  %src.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  %status_ptr.addr = alloca ptr, align 4
  %r = alloca i32, align 4
  store i32 %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !1405, !DIExpression(), !1406)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !1407, !DIExpression(), !1408)
  store ptr %status_ptr, ptr %status_ptr.addr, align 4
    #dbg_declare(ptr %status_ptr.addr, !1409, !DIExpression(), !1410)
    #dbg_declare(ptr %r, !1411, !DIExpression(), !1412)
  br label %for.cond, !dbg !1413

for.cond:                                         ; preds = %if.then3, %entry
  %0 = load i32, ptr %src.addr, align 4, !dbg !1414
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1418
  %2 = load ptr, ptr %status_ptr.addr, align 4, !dbg !1419
  %call = call i32 @ipc_receive(i32 noundef %0, ptr noundef %1, ptr noundef %2) #3, !dbg !1420
  store i32 %call, ptr %r, align 4, !dbg !1421
  %3 = load i32, ptr %r, align 4, !dbg !1422
  %cmp = icmp ne i32 %3, 0, !dbg !1424
  br i1 %cmp, label %if.then, label %if.end, !dbg !1425

if.then:                                          ; preds = %for.cond
  %4 = load i32, ptr %r, align 4, !dbg !1426
  store i32 %4, ptr %retval, align 4, !dbg !1427
  br label %return, !dbg !1427

if.end:                                           ; preds = %for.cond
  %5 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1428
  %m_source = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !1430
  %6 = load i32, ptr %m_source, align 4, !dbg !1430
  %cmp1 = icmp eq i32 %6, -3, !dbg !1431
  br i1 %cmp1, label %land.lhs.true, label %if.end4, !dbg !1432

land.lhs.true:                                    ; preds = %if.end
  %7 = load ptr, ptr %m_ptr.addr, align 4, !dbg !1433
  %m_type = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 1, !dbg !1434
  %8 = load i32, ptr %m_type, align 4, !dbg !1434
  %cmp2 = icmp eq i32 %8, 4096, !dbg !1435
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !1436

if.then3:                                         ; preds = %land.lhs.true
  br label %for.cond, !dbg !1437, !llvm.loop !1438

if.end4:                                          ; preds = %land.lhs.true, %if.end
  store i32 0, ptr %retval, align 4, !dbg !1441
  br label %return, !dbg !1441

return:                                           ; preds = %if.end4, %if.then
  %9 = load i32, ptr %retval, align 4, !dbg !1442
  ret i32 %9, !dbg !1442
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlen(ptr noundef %s) #0 !dbg !1443 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
    #dbg_declare(ptr %s.addr, !1446, !DIExpression(), !1447)
    #dbg_declare(ptr %n, !1448, !DIExpression(), !1449)
  store i32 0, ptr %n, align 4, !dbg !1449
  br label %while.cond, !dbg !1450

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4, !dbg !1451
  %1 = load i32, ptr %n, align 4, !dbg !1452
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 %1, !dbg !1451
  %2 = load i8, ptr %arrayidx, align 1, !dbg !1451
  %conv = sext i8 %2 to i32, !dbg !1451
  %cmp = icmp ne i32 %conv, 0, !dbg !1453
  br i1 %cmp, label %while.body, label %while.end, !dbg !1450

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %n, align 4, !dbg !1454
  %inc = add i32 %3, 1, !dbg !1454
  store i32 %inc, ptr %n, align 4, !dbg !1454
  br label %while.cond, !dbg !1450, !llvm.loop !1455

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4, !dbg !1457
  ret i32 %4, !dbg !1458
}

; Function Attrs: noinline nounwind
define dso_local i32 @strncmp(ptr noundef %a, ptr noundef %b, i32 noundef %n) #0 !dbg !1459 {
entry:
  %retval = alloca i32, align 4
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !1462, !DIExpression(), !1463)
  store ptr %b, ptr %b.addr, align 4
    #dbg_declare(ptr %b.addr, !1464, !DIExpression(), !1465)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !1466, !DIExpression(), !1467)
  br label %for.cond, !dbg !1468

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n.addr, align 4, !dbg !1469
  %cmp = icmp ugt i32 %0, 0, !dbg !1472
  br i1 %cmp, label %for.body, label %for.end, !dbg !1473

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %a.addr, align 4, !dbg !1474
  %2 = load i8, ptr %1, align 1, !dbg !1477
  %conv = sext i8 %2 to i32, !dbg !1477
  %3 = load ptr, ptr %b.addr, align 4, !dbg !1478
  %4 = load i8, ptr %3, align 1, !dbg !1479
  %conv1 = sext i8 %4 to i32, !dbg !1479
  %cmp2 = icmp ne i32 %conv, %conv1, !dbg !1480
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1481

if.then:                                          ; preds = %for.body
  %5 = load ptr, ptr %a.addr, align 4, !dbg !1482
  %6 = load i8, ptr %5, align 1, !dbg !1483
  %conv4 = zext i8 %6 to i32, !dbg !1484
  %7 = load ptr, ptr %b.addr, align 4, !dbg !1485
  %8 = load i8, ptr %7, align 1, !dbg !1486
  %conv5 = zext i8 %8 to i32, !dbg !1487
  %sub = sub nsw i32 %conv4, %conv5, !dbg !1488
  store i32 %sub, ptr %retval, align 4, !dbg !1489
  br label %return, !dbg !1489

if.end:                                           ; preds = %for.body
  %9 = load ptr, ptr %a.addr, align 4, !dbg !1490
  %10 = load i8, ptr %9, align 1, !dbg !1492
  %conv6 = sext i8 %10 to i32, !dbg !1492
  %cmp7 = icmp eq i32 %conv6, 0, !dbg !1493
  br i1 %cmp7, label %if.then9, label %if.end10, !dbg !1494

if.then9:                                         ; preds = %if.end
  store i32 0, ptr %retval, align 4, !dbg !1495
  br label %return, !dbg !1495

if.end10:                                         ; preds = %if.end
  br label %for.inc, !dbg !1496

for.inc:                                          ; preds = %if.end10
  %11 = load ptr, ptr %a.addr, align 4, !dbg !1497
  %incdec.ptr = getelementptr inbounds i8, ptr %11, i32 1, !dbg !1497
  store ptr %incdec.ptr, ptr %a.addr, align 4, !dbg !1497
  %12 = load ptr, ptr %b.addr, align 4, !dbg !1498
  %incdec.ptr11 = getelementptr inbounds i8, ptr %12, i32 1, !dbg !1498
  store ptr %incdec.ptr11, ptr %b.addr, align 4, !dbg !1498
  %13 = load i32, ptr %n.addr, align 4, !dbg !1499
  %dec = add i32 %13, -1, !dbg !1499
  store i32 %dec, ptr %n.addr, align 4, !dbg !1499
  br label %for.cond, !dbg !1500, !llvm.loop !1501

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %retval, align 4, !dbg !1503
  br label %return, !dbg !1503

return:                                           ; preds = %for.end, %if.then9, %if.then
  %14 = load i32, ptr %retval, align 4, !dbg !1504
  ret i32 %14, !dbg !1504
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlcpy(ptr noundef %dst, ptr noundef %src, i32 noundef %size) #0 !dbg !1505 {
entry:
  %dst.addr = alloca ptr, align 4
  %src.addr = alloca ptr, align 4
  %size.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1509, !DIExpression(), !1510)
  store ptr %src, ptr %src.addr, align 4
    #dbg_declare(ptr %src.addr, !1511, !DIExpression(), !1512)
  store i32 %size, ptr %size.addr, align 4
    #dbg_declare(ptr %size.addr, !1513, !DIExpression(), !1514)
    #dbg_declare(ptr %n, !1515, !DIExpression(), !1516)
  store i32 0, ptr %n, align 4, !dbg !1516
  %0 = load i32, ptr %size.addr, align 4, !dbg !1517
  %cmp = icmp ugt i32 %0, 0, !dbg !1519
  br i1 %cmp, label %if.then, label %if.end, !dbg !1520

if.then:                                          ; preds = %entry
  br label %while.cond, !dbg !1521

while.cond:                                       ; preds = %while.body, %if.then
  %1 = load i32, ptr %n, align 4, !dbg !1523
  %add = add i32 %1, 1, !dbg !1524
  %2 = load i32, ptr %size.addr, align 4, !dbg !1525
  %cmp1 = icmp ult i32 %add, %2, !dbg !1526
  br i1 %cmp1, label %land.rhs, label %land.end, !dbg !1527

land.rhs:                                         ; preds = %while.cond
  %3 = load ptr, ptr %src.addr, align 4, !dbg !1528
  %4 = load i32, ptr %n, align 4, !dbg !1529
  %arrayidx = getelementptr inbounds i8, ptr %3, i32 %4, !dbg !1528
  %5 = load i8, ptr %arrayidx, align 1, !dbg !1528
  %conv = sext i8 %5 to i32, !dbg !1528
  %cmp2 = icmp ne i32 %conv, 0, !dbg !1530
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %6 = phi i1 [ false, %while.cond ], [ %cmp2, %land.rhs ], !dbg !1531
  br i1 %6, label %while.body, label %while.end, !dbg !1521

while.body:                                       ; preds = %land.end
  %7 = load ptr, ptr %src.addr, align 4, !dbg !1532
  %8 = load i32, ptr %n, align 4, !dbg !1534
  %arrayidx4 = getelementptr inbounds i8, ptr %7, i32 %8, !dbg !1532
  %9 = load i8, ptr %arrayidx4, align 1, !dbg !1532
  %10 = load ptr, ptr %dst.addr, align 4, !dbg !1535
  %11 = load i32, ptr %n, align 4, !dbg !1536
  %arrayidx5 = getelementptr inbounds i8, ptr %10, i32 %11, !dbg !1535
  store i8 %9, ptr %arrayidx5, align 1, !dbg !1537
  %12 = load i32, ptr %n, align 4, !dbg !1538
  %inc = add i32 %12, 1, !dbg !1538
  store i32 %inc, ptr %n, align 4, !dbg !1538
  br label %while.cond, !dbg !1521, !llvm.loop !1539

while.end:                                        ; preds = %land.end
  %13 = load ptr, ptr %dst.addr, align 4, !dbg !1541
  %14 = load i32, ptr %n, align 4, !dbg !1542
  %arrayidx6 = getelementptr inbounds i8, ptr %13, i32 %14, !dbg !1541
  store i8 0, ptr %arrayidx6, align 1, !dbg !1543
  br label %if.end, !dbg !1544

if.end:                                           ; preds = %while.end, %entry
  br label %while.cond7, !dbg !1545

while.cond7:                                      ; preds = %while.body12, %if.end
  %15 = load ptr, ptr %src.addr, align 4, !dbg !1546
  %16 = load i32, ptr %n, align 4, !dbg !1547
  %arrayidx8 = getelementptr inbounds i8, ptr %15, i32 %16, !dbg !1546
  %17 = load i8, ptr %arrayidx8, align 1, !dbg !1546
  %conv9 = sext i8 %17 to i32, !dbg !1546
  %cmp10 = icmp ne i32 %conv9, 0, !dbg !1548
  br i1 %cmp10, label %while.body12, label %while.end14, !dbg !1545

while.body12:                                     ; preds = %while.cond7
  %18 = load i32, ptr %n, align 4, !dbg !1549
  %inc13 = add i32 %18, 1, !dbg !1549
  store i32 %inc13, ptr %n, align 4, !dbg !1549
  br label %while.cond7, !dbg !1545, !llvm.loop !1550

while.end14:                                      ; preds = %while.cond7
  %19 = load i32, ptr %n, align 4, !dbg !1551
  ret i32 %19, !dbg !1552
}

; Function Attrs: noinline nounwind
define dso_local ptr @memset(ptr noundef %dst, i32 noundef %c, i32 noundef %n) #0 !dbg !1553 {
entry:
  %dst.addr = alloca ptr, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %p = alloca ptr, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !1557, !DIExpression(), !1558)
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !1559, !DIExpression(), !1560)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !1561, !DIExpression(), !1562)
    #dbg_declare(ptr %p, !1563, !DIExpression(), !1565)
  %0 = load ptr, ptr %dst.addr, align 4, !dbg !1566
  store ptr %0, ptr %p, align 4, !dbg !1565
  br label %while.cond, !dbg !1567

while.cond:                                       ; preds = %while.body, %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !1568
  %dec = add i32 %1, -1, !dbg !1568
  store i32 %dec, ptr %n.addr, align 4, !dbg !1568
  %cmp = icmp ugt i32 %1, 0, !dbg !1569
  br i1 %cmp, label %while.body, label %while.end, !dbg !1567

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %c.addr, align 4, !dbg !1570
  %conv = trunc i32 %2 to i8, !dbg !1571
  %3 = load ptr, ptr %p, align 4, !dbg !1572
  %incdec.ptr = getelementptr inbounds i8, ptr %3, i32 1, !dbg !1572
  store ptr %incdec.ptr, ptr %p, align 4, !dbg !1572
  store i8 %conv, ptr %3, align 1, !dbg !1573
  br label %while.cond, !dbg !1567, !llvm.loop !1574

while.end:                                        ; preds = %while.cond
  %4 = load ptr, ptr %dst.addr, align 4, !dbg !1575
  ret ptr %4, !dbg !1576
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_fork(i32 noundef %parent, i32 noundef %child_slot, ptr noundef %child_endpt) #0 !dbg !1577 {
entry:
  %parent.addr = alloca i32, align 4
  %child_slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %parent, ptr %parent.addr, align 4
    #dbg_declare(ptr %parent.addr, !1580, !DIExpression(), !1581)
  store i32 %child_slot, ptr %child_slot.addr, align 4
    #dbg_declare(ptr %child_slot.addr, !1582, !DIExpression(), !1583)
  store ptr %child_endpt, ptr %child_endpt.addr, align 4
    #dbg_declare(ptr %child_endpt.addr, !1584, !DIExpression(), !1585)
    #dbg_declare(ptr %m, !1586, !DIExpression(), !1759)
    #dbg_declare(ptr %r, !1760, !DIExpression(), !1761)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !1762
  %0 = load i32, ptr %parent.addr, align 4, !dbg !1763
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1764
  %parent1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !1765
  store i32 %0, ptr %parent1, align 4, !dbg !1766
  %1 = load i32, ptr %child_slot.addr, align 4, !dbg !1767
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1768
  %slot = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !1769
  store i32 %1, ptr %slot, align 4, !dbg !1770
  %call3 = call i32 @_kernel_call(i32 noundef 1792, ptr noundef %m) #3, !dbg !1771
  store i32 %call3, ptr %r, align 4, !dbg !1772
  %2 = load i32, ptr %r, align 4, !dbg !1773
  %cmp = icmp eq i32 %2, 0, !dbg !1775
  br i1 %cmp, label %if.then, label %if.end, !dbg !1776

if.then:                                          ; preds = %entry
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1777
  %child = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u4, i32 0, i32 2, !dbg !1778
  %3 = load i32, ptr %child, align 4, !dbg !1778
  %4 = load ptr, ptr %child_endpt.addr, align 4, !dbg !1779
  store i32 %3, ptr %4, align 4, !dbg !1780
  br label %if.end, !dbg !1781

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !1782
  ret i32 %5, !dbg !1783
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_kill(i32 noundef %endpt, i32 noundef %sig) #0 !dbg !1784 {
entry:
  %endpt.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !1787, !DIExpression(), !1788)
  store i32 %sig, ptr %sig.addr, align 4
    #dbg_declare(ptr %sig.addr, !1789, !DIExpression(), !1790)
    #dbg_declare(ptr %m, !1791, !DIExpression(), !1792)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !1793
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !1794
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1795
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %m_u, i32 0, i32 0, !dbg !1796
  store i32 %0, ptr %endpt1, align 4, !dbg !1797
  %1 = load i32, ptr %sig.addr, align 4, !dbg !1798
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1799
  %sig3 = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %m_u2, i32 0, i32 1, !dbg !1800
  store i32 %1, ptr %sig3, align 4, !dbg !1801
  %call4 = call i32 @_kernel_call(i32 noundef 1793, ptr noundef %m) #3, !dbg !1802
  ret i32 %call4, !dbg !1803
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_datacopy(i32 noundef %src_endpt, i32 noundef %src_addr, i32 noundef %dst_endpt, i32 noundef %dst_addr, i32 noundef %bytes) #0 !dbg !1804 {
entry:
  %src_endpt.addr = alloca i32, align 4
  %src_addr.addr = alloca i32, align 4
  %dst_endpt.addr = alloca i32, align 4
  %dst_addr.addr = alloca i32, align 4
  %bytes.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %src_endpt, ptr %src_endpt.addr, align 4
    #dbg_declare(ptr %src_endpt.addr, !1807, !DIExpression(), !1808)
  store i32 %src_addr, ptr %src_addr.addr, align 4
    #dbg_declare(ptr %src_addr.addr, !1809, !DIExpression(), !1810)
  store i32 %dst_endpt, ptr %dst_endpt.addr, align 4
    #dbg_declare(ptr %dst_endpt.addr, !1811, !DIExpression(), !1812)
  store i32 %dst_addr, ptr %dst_addr.addr, align 4
    #dbg_declare(ptr %dst_addr.addr, !1813, !DIExpression(), !1814)
  store i32 %bytes, ptr %bytes.addr, align 4
    #dbg_declare(ptr %bytes.addr, !1815, !DIExpression(), !1816)
    #dbg_declare(ptr %m, !1817, !DIExpression(), !1818)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !1819
  %0 = load i32, ptr %src_endpt.addr, align 4, !dbg !1820
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1821
  %src_endpt1 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u, i32 0, i32 0, !dbg !1822
  store i32 %0, ptr %src_endpt1, align 4, !dbg !1823
  %1 = load i32, ptr %src_addr.addr, align 4, !dbg !1824
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1825
  %src_addr3 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u2, i32 0, i32 1, !dbg !1826
  store i32 %1, ptr %src_addr3, align 4, !dbg !1827
  %2 = load i32, ptr %dst_endpt.addr, align 4, !dbg !1828
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1829
  %dst_endpt5 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u4, i32 0, i32 2, !dbg !1830
  store i32 %2, ptr %dst_endpt5, align 4, !dbg !1831
  %3 = load i32, ptr %dst_addr.addr, align 4, !dbg !1832
  %m_u6 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1833
  %dst_addr7 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u6, i32 0, i32 3, !dbg !1834
  store i32 %3, ptr %dst_addr7, align 4, !dbg !1835
  %4 = load i32, ptr %bytes.addr, align 4, !dbg !1836
  %m_u8 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1837
  %bytes9 = getelementptr inbounds %struct.mess_lsys_krn_datacopy, ptr %m_u8, i32 0, i32 4, !dbg !1838
  store i32 %4, ptr %bytes9, align 4, !dbg !1839
  %call10 = call i32 @_kernel_call(i32 noundef 1794, ptr noundef %m) #3, !dbg !1840
  ret i32 %call10, !dbg !1841
}

; Function Attrs: noinline nounwind
define dso_local i32 @sys_abort(i32 noundef %how) #0 !dbg !1842 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !1845, !DIExpression(), !1846)
    #dbg_declare(ptr %m, !1847, !DIExpression(), !1848)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !1849
  %0 = load i32, ptr %how.addr, align 4, !dbg !1850
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1851
  %how1 = getelementptr inbounds %struct.mess_lsys_krn_abort, ptr %m_u, i32 0, i32 0, !dbg !1852
  store i32 %0, ptr %how1, align 4, !dbg !1853
  %call2 = call i32 @_kernel_call(i32 noundef 1795, ptr noundef %m) #3, !dbg !1854
  ret i32 %call2, !dbg !1855
}

; Function Attrs: noinline nounwind
define dso_local i32 @_taskcall(i32 noundef %who, i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !1856 {
entry:
  %retval = alloca i32, align 4
  %who.addr = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !2032, !DIExpression(), !2033)
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !2034, !DIExpression(), !2035)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !2036, !DIExpression(), !2037)
    #dbg_declare(ptr %status, !2038, !DIExpression(), !2039)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !2040
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !2041
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !2042
  store i32 %0, ptr %m_type, align 4, !dbg !2043
  %2 = load i32, ptr %who.addr, align 4, !dbg !2044
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !2045
  %call = call i32 @_ipc_sendrec(i32 noundef %2, ptr noundef %3) #3, !dbg !2046
  store i32 %call, ptr %status, align 4, !dbg !2047
  %4 = load i32, ptr %status, align 4, !dbg !2048
  %cmp = icmp ne i32 %4, 0, !dbg !2050
  br i1 %cmp, label %if.then, label %if.end, !dbg !2051

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !2052
  store i32 %5, ptr %retval, align 4, !dbg !2053
  br label %return, !dbg !2053

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !2054
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !2055
  %7 = load i32, ptr %m_type1, align 4, !dbg !2055
  store i32 %7, ptr %retval, align 4, !dbg !2056
  br label %return, !dbg !2056

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !2057
  ret i32 %8, !dbg !2057
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !2058 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !2061, !DIExpression(), !2062)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !2063, !DIExpression(), !2064)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !2065
  %1 = load i32, ptr %dst.addr, align 4, !dbg !2066
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !2067
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #3, !dbg !2065
  ret i32 %call, !dbg !2068
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_fork(i32 noundef %endpt, i32 noundef %slot, ptr noundef %child_endpt) #0 !dbg !2069 {
entry:
  %endpt.addr = alloca i32, align 4
  %slot.addr = alloca i32, align 4
  %child_endpt.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2070, !DIExpression(), !2071)
  store i32 %slot, ptr %slot.addr, align 4
    #dbg_declare(ptr %slot.addr, !2072, !DIExpression(), !2073)
  store ptr %child_endpt, ptr %child_endpt.addr, align 4
    #dbg_declare(ptr %child_endpt.addr, !2074, !DIExpression(), !2075)
    #dbg_declare(ptr %m, !2076, !DIExpression(), !2249)
    #dbg_declare(ptr %r, !2250, !DIExpression(), !2251)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2252
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2253
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2254
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2255
  store i32 %0, ptr %endpt1, align 4, !dbg !2256
  %1 = load i32, ptr %slot.addr, align 4, !dbg !2257
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2258
  %slot3 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !2259
  store i32 %1, ptr %slot3, align 4, !dbg !2260
  %call4 = call i32 @_taskcall(i32 noundef 2, i32 noundef 769, ptr noundef %m) #3, !dbg !2261
  store i32 %call4, ptr %r, align 4, !dbg !2262
  %2 = load i32, ptr %r, align 4, !dbg !2263
  %cmp = icmp eq i32 %2, 0, !dbg !2265
  br i1 %cmp, label %if.then, label %if.end, !dbg !2266

if.then:                                          ; preds = %entry
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2267
  %child_endpt6 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u5, i32 0, i32 2, !dbg !2268
  %3 = load i32, ptr %child_endpt6, align 4, !dbg !2268
  %4 = load ptr, ptr %child_endpt.addr, align 4, !dbg !2269
  store i32 %3, ptr %4, align 4, !dbg !2270
  br label %if.end, !dbg !2271

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !2272
  ret i32 %5, !dbg !2273
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exit(i32 noundef %endpt) #0 !dbg !2274 {
entry:
  %endpt.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2275, !DIExpression(), !2276)
    #dbg_declare(ptr %m, !2277, !DIExpression(), !2278)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2279
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2280
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2281
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_abort, ptr %m_u, i32 0, i32 0, !dbg !2282
  store i32 %0, ptr %endpt1, align 4, !dbg !2283
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 768, ptr noundef %m) #3, !dbg !2284
  ret i32 %call2, !dbg !2285
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_exec_newmem(i32 noundef %endpt, i32 noundef %text_bytes, ptr noundef %base) #0 !dbg !2286 {
entry:
  %endpt.addr = alloca i32, align 4
  %text_bytes.addr = alloca i32, align 4
  %base.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2290, !DIExpression(), !2291)
  store i32 %text_bytes, ptr %text_bytes.addr, align 4
    #dbg_declare(ptr %text_bytes.addr, !2292, !DIExpression(), !2293)
  store ptr %base, ptr %base.addr, align 4
    #dbg_declare(ptr %base.addr, !2294, !DIExpression(), !2295)
    #dbg_declare(ptr %m, !2296, !DIExpression(), !2297)
    #dbg_declare(ptr %r, !2298, !DIExpression(), !2299)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2300
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2301
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2302
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2303
  store i32 %0, ptr %endpt1, align 4, !dbg !2304
  %1 = load i32, ptr %text_bytes.addr, align 4, !dbg !2305
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2306
  %text_bytes3 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u2, i32 0, i32 1, !dbg !2307
  store i32 %1, ptr %text_bytes3, align 4, !dbg !2308
  %call4 = call i32 @_taskcall(i32 noundef 2, i32 noundef 772, ptr noundef %m) #3, !dbg !2309
  store i32 %call4, ptr %r, align 4, !dbg !2310
  %2 = load i32, ptr %r, align 4, !dbg !2311
  %cmp = icmp eq i32 %2, 0, !dbg !2313
  br i1 %cmp, label %if.then, label %if.end, !dbg !2314

if.then:                                          ; preds = %entry
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2315
  %base6 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u5, i32 0, i32 2, !dbg !2316
  %3 = load i32, ptr %base6, align 4, !dbg !2316
  %4 = load ptr, ptr %base.addr, align 4, !dbg !2317
  store i32 %3, ptr %4, align 4, !dbg !2318
  br label %if.end, !dbg !2319

if.end:                                           ; preds = %if.then, %entry
  %5 = load i32, ptr %r, align 4, !dbg !2320
  ret i32 %5, !dbg !2321
}

; Function Attrs: noinline nounwind
define dso_local i32 @vm_info_usage(i32 noundef %endpt, ptr noundef %vui) #0 !dbg !2322 {
entry:
  %endpt.addr = alloca i32, align 4
  %vui.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !2331, !DIExpression(), !2332)
  store ptr %vui, ptr %vui.addr, align 4
    #dbg_declare(ptr %vui.addr, !2333, !DIExpression(), !2334)
    #dbg_declare(ptr %m, !2335, !DIExpression(), !2336)
    #dbg_declare(ptr %r, !2337, !DIExpression(), !2338)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !2339
  %0 = load i32, ptr %endpt.addr, align 4, !dbg !2340
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2341
  %endpt1 = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u, i32 0, i32 0, !dbg !2342
  store i32 %0, ptr %endpt1, align 4, !dbg !2343
  %call2 = call i32 @_taskcall(i32 noundef 2, i32 noundef 773, ptr noundef %m) #3, !dbg !2344
  store i32 %call2, ptr %r, align 4, !dbg !2345
  %1 = load i32, ptr %r, align 4, !dbg !2346
  %cmp = icmp eq i32 %1, 0, !dbg !2348
  br i1 %cmp, label %if.then, label %if.end, !dbg !2349

if.then:                                          ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2350
  %pages = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u3, i32 0, i32 1, !dbg !2352
  %2 = load i32, ptr %pages, align 4, !dbg !2352
  %3 = load ptr, ptr %vui.addr, align 4, !dbg !2353
  %vui_pages = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %3, i32 0, i32 0, !dbg !2354
  store i32 %2, ptr %vui_pages, align 4, !dbg !2355
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !2356
  %brk = getelementptr inbounds %struct.mess_lsys_krn_fork, ptr %m_u4, i32 0, i32 2, !dbg !2357
  %4 = load i32, ptr %brk, align 4, !dbg !2357
  %5 = load ptr, ptr %vui.addr, align 4, !dbg !2358
  %vui_brk = getelementptr inbounds %struct.mess_lsys_krn_kill, ptr %5, i32 0, i32 1, !dbg !2359
  store i32 %4, ptr %vui_brk, align 4, !dbg !2360
  br label %if.end, !dbg !2361

if.end:                                           ; preds = %if.then, %entry
  %6 = load i32, ptr %r, align 4, !dbg !2362
  ret i32 %6, !dbg !2363
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.dbg.cu = !{!211, !213, !215, !217, !2, !219, !221, !224, !226, !228}
!llvm.ident = !{!230, !230, !230, !230, !230, !230, !230, !230, !230, !230}
!llvm.module.flags = !{!231, !232, !233, !234, !235}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "kernel_call_table", scope: !2, file: !3, line: 47, type: !5, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "lib/sys/kernel_trap.c", directory: ".", checksumkind: CSK_MD5, checksum: "5dad4197d90f08dde68ac80cea1855c1")
!4 = !{!0}
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 224, elements: !209)
!6 = !DIDerivedType(tag: DW_TAG_typedef, name: "kernel_trap_t", file: !7, line: 30, baseType: !8)
!7 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "0ff3fcea959a2627c9ef16ca3007871c")
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 32)
!9 = !DISubroutineType(types: !10)
!10 = !{!11, !12, !14, !208}
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !13, line: 25, baseType: !11)
!13 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 32)
!15 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !17)
!16 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!17 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !18)
!18 = !{!19, !20, !21}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !17, file: !16, line: 66, baseType: !12, size: 32)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !17, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !17, file: !16, line: 96, baseType: !22, size: 448, offset: 64)
!22 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !17, file: !16, line: 68, size: 448, elements: !23)
!23 = !{!24, !29, !39, !46, !52, !57, !63, !71, !78, !89, !94, !101, !110, !115, !122, !127, !134, !141, !146, !152, !163, !170, !175, !182, !188, !197, !202}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !22, file: !16, line: 69, baseType: !25, size: 32)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !26)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !27)
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !26, file: !16, line: 15, baseType: !11, size: 32)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !22, file: !16, line: 70, baseType: !30, size: 64)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !31)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !32)
!32 = !{!33, !37}
!33 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !31, file: !16, line: 16, baseType: !34, size: 32)
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !13, line: 30, baseType: !35)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !13, line: 22, baseType: !36)
!36 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !31, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !13, line: 23, baseType: !36)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !22, file: !16, line: 71, baseType: !40, size: 64)
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !41)
!41 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !42)
!42 = !{!43, !45}
!43 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !41, file: !16, line: 17, baseType: !44, size: 32)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !13, line: 26, baseType: !11)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !41, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !22, file: !16, line: 72, baseType: !47, size: 32)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !48)
!48 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !49)
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !48, file: !16, line: 18, baseType: !51, size: 32)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !13, line: 27, baseType: !11)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !22, file: !16, line: 73, baseType: !53, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !54, file: !16, line: 19, baseType: !11, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !22, file: !16, line: 74, baseType: !58, size: 64)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !59)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !60)
!60 = !{!61, !62}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !59, file: !16, line: 20, baseType: !11, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !59, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !22, file: !16, line: 75, baseType: !64, size: 128)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !66)
!66 = !{!67, !68, !69, !70}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !65, file: !16, line: 24, baseType: !12, size: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !65, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !65, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !65, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !22, file: !16, line: 76, baseType: !72, size: 96)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !74)
!74 = !{!75, !76, !77}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !73, file: !16, line: 29, baseType: !12, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !73, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !73, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !22, file: !16, line: 77, baseType: !79, size: 128)
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
!89 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !22, file: !16, line: 78, baseType: !90, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !91)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !91, file: !16, line: 33, baseType: !11, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !22, file: !16, line: 79, baseType: !95, size: 96)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !96)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !97)
!97 = !{!98, !99, !100}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !96, file: !16, line: 34, baseType: !11, size: 32)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !96, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !96, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !22, file: !16, line: 80, baseType: !102, size: 96)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !103)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !104)
!104 = !{!105, !106, !109}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !103, file: !16, line: 35, baseType: !11, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !103, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !13, line: 29, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !13, line: 21, baseType: !11)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !103, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !22, file: !16, line: 81, baseType: !111, size: 16)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !112)
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !113)
!113 = !{!114}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !112, file: !16, line: 36, baseType: !86, size: 16)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !22, file: !16, line: 82, baseType: !116, size: 96)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !117)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !118)
!118 = !{!119, !120, !121}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !117, file: !16, line: 39, baseType: !12, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !117, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !117, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !22, file: !16, line: 83, baseType: !123, size: 32)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !124)
!124 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !125)
!125 = !{!126}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !124, file: !16, line: 40, baseType: !12, size: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !22, file: !16, line: 84, baseType: !128, size: 96)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !129)
!129 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !130)
!130 = !{!131, !132, !133}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !129, file: !16, line: 41, baseType: !12, size: 32)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !129, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !129, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !22, file: !16, line: 85, baseType: !135, size: 96)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !136)
!136 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !137)
!137 = !{!138, !139, !140}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !136, file: !16, line: 42, baseType: !12, size: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !136, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !136, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !22, file: !16, line: 86, baseType: !142, size: 32)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !143)
!143 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !144)
!144 = !{!145}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !143, file: !16, line: 45, baseType: !34, size: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !22, file: !16, line: 87, baseType: !147, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !148)
!148 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !149)
!149 = !{!150, !151}
!150 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !148, file: !16, line: 46, baseType: !38, size: 32)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !148, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !22, file: !16, line: 88, baseType: !153, size: 192)
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
!163 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !22, file: !16, line: 89, baseType: !164, size: 192)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !165)
!165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !166)
!166 = !{!167, !168, !169}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !165, file: !16, line: 50, baseType: !157, size: 128)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !165, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !165, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !22, file: !16, line: 90, baseType: !171, size: 32)
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !172)
!172 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !173)
!173 = !{!174}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !172, file: !16, line: 53, baseType: !11, size: 32)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !22, file: !16, line: 91, baseType: !176, size: 96)
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !177)
!177 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !178)
!178 = !{!179, !180, !181}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !177, file: !16, line: 56, baseType: !12, size: 32)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !177, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !177, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!182 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !22, file: !16, line: 92, baseType: !183, size: 64)
!183 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !184)
!184 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !185)
!185 = !{!186, !187}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !184, file: !16, line: 57, baseType: !12, size: 32)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !184, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !22, file: !16, line: 93, baseType: !189, size: 160)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !190)
!190 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !191)
!191 = !{!192, !193, !194, !195, !196}
!192 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !190, file: !16, line: 59, baseType: !12, size: 32)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !190, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !190, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !190, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!196 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !190, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !22, file: !16, line: 94, baseType: !198, size: 32)
!198 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !199)
!199 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !200)
!200 = !{!201}
!201 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !199, file: !16, line: 63, baseType: !11, size: 32)
!202 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !22, file: !16, line: 95, baseType: !203, size: 448)
!203 = !DICompositeType(tag: DW_TAG_array_type, baseType: !204, size: 448, elements: !206)
!204 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !13, line: 18, baseType: !205)
!205 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!206 = !{!207}
!207 = !DISubrange(count: 56)
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 32)
!209 = !{!210}
!210 = !DISubrange(count: 7)
!211 = distinct !DICompileUnit(language: DW_LANG_C11, file: !212, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!212 = !DIFile(filename: "lib/sys/asynsend.c", directory: ".", checksumkind: CSK_MD5, checksum: "ee9a1348314247284ec431780d146a0c")
!213 = distinct !DICompileUnit(language: DW_LANG_C11, file: !214, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!214 = !DIFile(filename: "lib/sys/ds.c", directory: ".", checksumkind: CSK_MD5, checksum: "698d64aa1be2975c04dda100e380c678")
!215 = distinct !DICompileUnit(language: DW_LANG_C11, file: !216, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!216 = !DIFile(filename: "lib/sys/ipc.c", directory: ".", checksumkind: CSK_MD5, checksum: "c78932126d387fb7b216cab50bd0ac49")
!217 = distinct !DICompileUnit(language: DW_LANG_C11, file: !218, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!218 = !DIFile(filename: "lib/sys/kernel_call.c", directory: ".", checksumkind: CSK_MD5, checksum: "2f4d8db3fd14ccabc30e1dd17858ca6a")
!219 = distinct !DICompileUnit(language: DW_LANG_C11, file: !220, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!220 = !DIFile(filename: "lib/sys/sef.c", directory: ".", checksumkind: CSK_MD5, checksum: "5cc4c939226dc59f2c3a1bbccae96251")
!221 = distinct !DICompileUnit(language: DW_LANG_C11, file: !222, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !223, splitDebugInlining: false, nameTableKind: None)
!222 = !DIFile(filename: "lib/sys/string.c", directory: ".", checksumkind: CSK_MD5, checksum: "0ab9276c2a89875ab9059dab0a3d6fab")
!223 = !{!205}
!224 = distinct !DICompileUnit(language: DW_LANG_C11, file: !225, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!225 = !DIFile(filename: "lib/sys/sys_calls.c", directory: ".", checksumkind: CSK_MD5, checksum: "02cefbccd3938df92940141f61b6861d")
!226 = distinct !DICompileUnit(language: DW_LANG_C11, file: !227, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!227 = !DIFile(filename: "lib/sys/taskcall.c", directory: ".", checksumkind: CSK_MD5, checksum: "02a91972f2874c1f68d23decbee7f5a4")
!228 = distinct !DICompileUnit(language: DW_LANG_C11, file: !229, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!229 = !DIFile(filename: "lib/sys/vm.c", directory: ".", checksumkind: CSK_MD5, checksum: "d7247d036d693770394d46d6c7f123dd")
!230 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!231 = !{i32 1, !"NumRegisterParameters", i32 0}
!232 = !{i32 7, !"Dwarf Version", i32 5}
!233 = !{i32 2, !"Debug Info Version", i32 3}
!234 = !{i32 1, !"wchar_size", i32 4}
!235 = !{i32 7, !"frame-pointer", i32 2}
!236 = distinct !DISubprogram(name: "asynsend3", scope: !212, file: !212, line: 10, type: !237, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !211, retainedNodes: !412)
!237 = !DISubroutineType(types: !238)
!238 = !{!11, !12, !239, !11}
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !240, size: 32)
!240 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !241)
!241 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !242)
!242 = !{!243, !244, !245}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !241, file: !16, line: 66, baseType: !12, size: 32)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !241, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !241, file: !16, line: 96, baseType: !246, size: 448, offset: 64)
!246 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !241, file: !16, line: 68, size: 448, elements: !247)
!247 = !{!248, !253, !259, !265, !270, !275, !281, !289, !296, !304, !309, !316, !323, !328, !335, !340, !347, !354, !359, !365, !372, !379, !384, !391, !397, !406, !411}
!248 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !246, file: !16, line: 69, baseType: !249, size: 32)
!249 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !250)
!250 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !251)
!251 = !{!252}
!252 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !250, file: !16, line: 15, baseType: !11, size: 32)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !246, file: !16, line: 70, baseType: !254, size: 64)
!254 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !255)
!255 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !256)
!256 = !{!257, !258}
!257 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !255, file: !16, line: 16, baseType: !34, size: 32)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !255, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !246, file: !16, line: 71, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !261)
!261 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !262)
!262 = !{!263, !264}
!263 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !261, file: !16, line: 17, baseType: !44, size: 32)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !261, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !246, file: !16, line: 72, baseType: !266, size: 32)
!266 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !267)
!267 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !268)
!268 = !{!269}
!269 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !267, file: !16, line: 18, baseType: !51, size: 32)
!270 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !246, file: !16, line: 73, baseType: !271, size: 32)
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !272)
!272 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !273)
!273 = !{!274}
!274 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !272, file: !16, line: 19, baseType: !11, size: 32)
!275 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !246, file: !16, line: 74, baseType: !276, size: 64)
!276 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !277)
!277 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !278)
!278 = !{!279, !280}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !277, file: !16, line: 20, baseType: !11, size: 32)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !277, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !246, file: !16, line: 75, baseType: !282, size: 128)
!282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !283)
!283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !284)
!284 = !{!285, !286, !287, !288}
!285 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !283, file: !16, line: 24, baseType: !12, size: 32)
!286 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !283, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!287 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !283, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!288 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !283, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!289 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !246, file: !16, line: 76, baseType: !290, size: 96)
!290 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !291)
!291 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !292)
!292 = !{!293, !294, !295}
!293 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !291, file: !16, line: 29, baseType: !12, size: 32)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !291, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!295 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !291, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !246, file: !16, line: 77, baseType: !297, size: 128)
!297 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !298)
!298 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !299)
!299 = !{!300, !301, !302, !303}
!300 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !298, file: !16, line: 32, baseType: !34, size: 32)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !298, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !298, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !298, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !246, file: !16, line: 78, baseType: !305, size: 32)
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !306)
!306 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !307)
!307 = !{!308}
!308 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !306, file: !16, line: 33, baseType: !11, size: 32)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !246, file: !16, line: 79, baseType: !310, size: 96)
!310 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !311)
!311 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !312)
!312 = !{!313, !314, !315}
!313 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !311, file: !16, line: 34, baseType: !11, size: 32)
!314 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !311, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !311, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !246, file: !16, line: 80, baseType: !317, size: 96)
!317 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !318)
!318 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !319)
!319 = !{!320, !321, !322}
!320 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !318, file: !16, line: 35, baseType: !11, size: 32)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !318, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !318, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !246, file: !16, line: 81, baseType: !324, size: 16)
!324 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !325)
!325 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !326)
!326 = !{!327}
!327 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !325, file: !16, line: 36, baseType: !86, size: 16)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !246, file: !16, line: 82, baseType: !329, size: 96)
!329 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !330)
!330 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !331)
!331 = !{!332, !333, !334}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !330, file: !16, line: 39, baseType: !12, size: 32)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !330, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!334 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !330, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !246, file: !16, line: 83, baseType: !336, size: 32)
!336 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !337)
!337 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !338)
!338 = !{!339}
!339 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !337, file: !16, line: 40, baseType: !12, size: 32)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !246, file: !16, line: 84, baseType: !341, size: 96)
!341 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !342)
!342 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !343)
!343 = !{!344, !345, !346}
!344 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !342, file: !16, line: 41, baseType: !12, size: 32)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !342, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !342, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !246, file: !16, line: 85, baseType: !348, size: 96)
!348 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !349)
!349 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !350)
!350 = !{!351, !352, !353}
!351 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !349, file: !16, line: 42, baseType: !12, size: 32)
!352 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !349, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !349, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !246, file: !16, line: 86, baseType: !355, size: 32)
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !356)
!356 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !357)
!357 = !{!358}
!358 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !356, file: !16, line: 45, baseType: !34, size: 32)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !246, file: !16, line: 87, baseType: !360, size: 64)
!360 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !361)
!361 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !362)
!362 = !{!363, !364}
!363 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !361, file: !16, line: 46, baseType: !38, size: 32)
!364 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !361, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!365 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !246, file: !16, line: 88, baseType: !366, size: 192)
!366 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !367)
!367 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !368)
!368 = !{!369, !370, !371}
!369 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !367, file: !16, line: 49, baseType: !157, size: 128)
!370 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !367, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !367, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !246, file: !16, line: 89, baseType: !373, size: 192)
!373 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !374)
!374 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !375)
!375 = !{!376, !377, !378}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !374, file: !16, line: 50, baseType: !157, size: 128)
!377 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !374, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!378 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !374, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !246, file: !16, line: 90, baseType: !380, size: 32)
!380 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !381)
!381 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !382)
!382 = !{!383}
!383 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !381, file: !16, line: 53, baseType: !11, size: 32)
!384 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !246, file: !16, line: 91, baseType: !385, size: 96)
!385 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !386)
!386 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !387)
!387 = !{!388, !389, !390}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !386, file: !16, line: 56, baseType: !12, size: 32)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !386, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !386, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!391 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !246, file: !16, line: 92, baseType: !392, size: 64)
!392 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !393)
!393 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !394)
!394 = !{!395, !396}
!395 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !393, file: !16, line: 57, baseType: !12, size: 32)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !393, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!397 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !246, file: !16, line: 93, baseType: !398, size: 160)
!398 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !399)
!399 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !400)
!400 = !{!401, !402, !403, !404, !405}
!401 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !399, file: !16, line: 59, baseType: !12, size: 32)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !399, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !399, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!404 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !399, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!405 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !399, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!406 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !246, file: !16, line: 94, baseType: !407, size: 32)
!407 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !408)
!408 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !409)
!409 = !{!410}
!410 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !408, file: !16, line: 63, baseType: !11, size: 32)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !246, file: !16, line: 95, baseType: !203, size: 448)
!412 = !{}
!413 = !DILocalVariable(name: "dst", arg: 1, scope: !236, file: !212, line: 10, type: !12)
!414 = !DILocation(line: 10, column: 26, scope: !236)
!415 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !236, file: !212, line: 10, type: !239)
!416 = !DILocation(line: 10, column: 40, scope: !236)
!417 = !DILocalVariable(name: "flags", arg: 3, scope: !236, file: !212, line: 10, type: !11)
!418 = !DILocation(line: 10, column: 51, scope: !236)
!419 = !DILocation(line: 12, column: 6, scope: !420)
!420 = distinct !DILexicalBlock(scope: !236, file: !212, line: 12, column: 6)
!421 = !DILocation(line: 12, column: 10, scope: !420)
!422 = !DILocation(line: 12, column: 18, scope: !420)
!423 = !DILocation(line: 12, column: 21, scope: !420)
!424 = !DILocation(line: 12, column: 25, scope: !420)
!425 = !DILocation(line: 12, column: 6, scope: !236)
!426 = !DILocation(line: 13, column: 3, scope: !420)
!427 = !DILocation(line: 14, column: 19, scope: !236)
!428 = !DILocation(line: 14, column: 24, scope: !236)
!429 = !DILocation(line: 14, column: 31, scope: !236)
!430 = !DILocation(line: 14, column: 9, scope: !236)
!431 = !DILocation(line: 14, column: 2, scope: !236)
!432 = !DILocation(line: 15, column: 1, scope: !236)
!433 = distinct !DISubprogram(name: "ds_publish_label", scope: !214, file: !214, line: 11, type: !434, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !213, retainedNodes: !412)
!434 = !DISubroutineType(types: !435)
!435 = !{!11, !436, !12, !11}
!436 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !437, size: 32)
!437 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !158)
!438 = !DILocalVariable(name: "label", arg: 1, scope: !433, file: !214, line: 11, type: !436)
!439 = !DILocation(line: 11, column: 34, scope: !433)
!440 = !DILocalVariable(name: "endpt", arg: 2, scope: !433, file: !214, line: 11, type: !12)
!441 = !DILocation(line: 11, column: 52, scope: !433)
!442 = !DILocalVariable(name: "flags", arg: 3, scope: !433, file: !214, line: 11, type: !11)
!443 = !DILocation(line: 11, column: 63, scope: !433)
!444 = !DILocalVariable(name: "m", scope: !433, file: !214, line: 13, type: !445)
!445 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !446)
!446 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !447)
!447 = !{!448, !449, !450}
!448 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !446, file: !16, line: 66, baseType: !12, size: 32)
!449 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !446, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!450 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !446, file: !16, line: 96, baseType: !451, size: 448, offset: 64)
!451 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !446, file: !16, line: 68, size: 448, elements: !452)
!452 = !{!453, !458, !464, !470, !475, !480, !486, !494, !501, !509, !514, !521, !528, !533, !540, !545, !552, !559, !564, !570, !577, !584, !589, !596, !602, !611, !616}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !451, file: !16, line: 69, baseType: !454, size: 32)
!454 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !455)
!455 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !456)
!456 = !{!457}
!457 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !455, file: !16, line: 15, baseType: !11, size: 32)
!458 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !451, file: !16, line: 70, baseType: !459, size: 64)
!459 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !460)
!460 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !461)
!461 = !{!462, !463}
!462 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !460, file: !16, line: 16, baseType: !34, size: 32)
!463 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !460, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !451, file: !16, line: 71, baseType: !465, size: 64)
!465 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !466)
!466 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !467)
!467 = !{!468, !469}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !466, file: !16, line: 17, baseType: !44, size: 32)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !466, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !451, file: !16, line: 72, baseType: !471, size: 32)
!471 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !472)
!472 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !473)
!473 = !{!474}
!474 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !472, file: !16, line: 18, baseType: !51, size: 32)
!475 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !451, file: !16, line: 73, baseType: !476, size: 32)
!476 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !477)
!477 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !478)
!478 = !{!479}
!479 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !477, file: !16, line: 19, baseType: !11, size: 32)
!480 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !451, file: !16, line: 74, baseType: !481, size: 64)
!481 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !482)
!482 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !483)
!483 = !{!484, !485}
!484 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !482, file: !16, line: 20, baseType: !11, size: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !482, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !451, file: !16, line: 75, baseType: !487, size: 128)
!487 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !488)
!488 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !489)
!489 = !{!490, !491, !492, !493}
!490 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !488, file: !16, line: 24, baseType: !12, size: 32)
!491 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !488, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!492 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !488, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!493 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !488, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !451, file: !16, line: 76, baseType: !495, size: 96)
!495 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !496)
!496 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !497)
!497 = !{!498, !499, !500}
!498 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !496, file: !16, line: 29, baseType: !12, size: 32)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !496, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !496, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !451, file: !16, line: 77, baseType: !502, size: 128)
!502 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !503)
!503 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !504)
!504 = !{!505, !506, !507, !508}
!505 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !503, file: !16, line: 32, baseType: !34, size: 32)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !503, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !503, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!508 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !503, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !451, file: !16, line: 78, baseType: !510, size: 32)
!510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !511)
!511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !512)
!512 = !{!513}
!513 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !511, file: !16, line: 33, baseType: !11, size: 32)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !451, file: !16, line: 79, baseType: !515, size: 96)
!515 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !516)
!516 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !517)
!517 = !{!518, !519, !520}
!518 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !516, file: !16, line: 34, baseType: !11, size: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !516, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !516, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !451, file: !16, line: 80, baseType: !522, size: 96)
!522 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !523)
!523 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !524)
!524 = !{!525, !526, !527}
!525 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !523, file: !16, line: 35, baseType: !11, size: 32)
!526 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !523, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !523, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !451, file: !16, line: 81, baseType: !529, size: 16)
!529 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !530)
!530 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !531)
!531 = !{!532}
!532 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !530, file: !16, line: 36, baseType: !86, size: 16)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !451, file: !16, line: 82, baseType: !534, size: 96)
!534 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !535)
!535 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !536)
!536 = !{!537, !538, !539}
!537 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !535, file: !16, line: 39, baseType: !12, size: 32)
!538 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !535, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!539 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !535, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !451, file: !16, line: 83, baseType: !541, size: 32)
!541 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !542)
!542 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !543)
!543 = !{!544}
!544 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !542, file: !16, line: 40, baseType: !12, size: 32)
!545 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !451, file: !16, line: 84, baseType: !546, size: 96)
!546 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !547)
!547 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !548)
!548 = !{!549, !550, !551}
!549 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !547, file: !16, line: 41, baseType: !12, size: 32)
!550 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !547, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!551 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !547, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!552 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !451, file: !16, line: 85, baseType: !553, size: 96)
!553 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !554)
!554 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !555)
!555 = !{!556, !557, !558}
!556 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !554, file: !16, line: 42, baseType: !12, size: 32)
!557 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !554, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!558 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !554, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!559 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !451, file: !16, line: 86, baseType: !560, size: 32)
!560 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !561)
!561 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !562)
!562 = !{!563}
!563 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !561, file: !16, line: 45, baseType: !34, size: 32)
!564 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !451, file: !16, line: 87, baseType: !565, size: 64)
!565 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !566)
!566 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !567)
!567 = !{!568, !569}
!568 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !566, file: !16, line: 46, baseType: !38, size: 32)
!569 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !566, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!570 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !451, file: !16, line: 88, baseType: !571, size: 192)
!571 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !572)
!572 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !573)
!573 = !{!574, !575, !576}
!574 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !572, file: !16, line: 49, baseType: !157, size: 128)
!575 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !572, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!576 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !572, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!577 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !451, file: !16, line: 89, baseType: !578, size: 192)
!578 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !579)
!579 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !580)
!580 = !{!581, !582, !583}
!581 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !579, file: !16, line: 50, baseType: !157, size: 128)
!582 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !579, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!583 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !579, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!584 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !451, file: !16, line: 90, baseType: !585, size: 32)
!585 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !586)
!586 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !587)
!587 = !{!588}
!588 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !586, file: !16, line: 53, baseType: !11, size: 32)
!589 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !451, file: !16, line: 91, baseType: !590, size: 96)
!590 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !591)
!591 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !592)
!592 = !{!593, !594, !595}
!593 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !591, file: !16, line: 56, baseType: !12, size: 32)
!594 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !591, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!595 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !591, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!596 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !451, file: !16, line: 92, baseType: !597, size: 64)
!597 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !598)
!598 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !599)
!599 = !{!600, !601}
!600 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !598, file: !16, line: 57, baseType: !12, size: 32)
!601 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !598, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!602 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !451, file: !16, line: 93, baseType: !603, size: 160)
!603 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !604)
!604 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !605)
!605 = !{!606, !607, !608, !609, !610}
!606 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !604, file: !16, line: 59, baseType: !12, size: 32)
!607 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !604, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!608 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !604, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!609 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !604, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!610 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !604, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!611 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !451, file: !16, line: 94, baseType: !612, size: 32)
!612 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !613)
!613 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !614)
!614 = !{!615}
!615 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !613, file: !16, line: 63, baseType: !11, size: 32)
!616 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !451, file: !16, line: 95, baseType: !203, size: 448)
!617 = !DILocation(line: 13, column: 10, scope: !433)
!618 = !DILocation(line: 15, column: 2, scope: !433)
!619 = !DILocation(line: 16, column: 25, scope: !433)
!620 = !DILocation(line: 16, column: 4, scope: !433)
!621 = !DILocation(line: 16, column: 17, scope: !433)
!622 = !DILocation(line: 16, column: 23, scope: !433)
!623 = !DILocation(line: 17, column: 25, scope: !433)
!624 = !DILocation(line: 17, column: 4, scope: !433)
!625 = !DILocation(line: 17, column: 17, scope: !433)
!626 = !DILocation(line: 17, column: 23, scope: !433)
!627 = !DILocation(line: 18, column: 38, scope: !433)
!628 = !DILocation(line: 18, column: 9, scope: !433)
!629 = !DILocation(line: 18, column: 2, scope: !433)
!630 = distinct !DISubprogram(name: "do_invoke_ds", scope: !214, file: !214, line: 5, type: !631, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !213, retainedNodes: !412)
!631 = !DISubroutineType(types: !632)
!632 = !{!11, !633, !11, !436}
!633 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !445, size: 32)
!634 = !DILocalVariable(name: "m", arg: 1, scope: !630, file: !214, line: 5, type: !633)
!635 = !DILocation(line: 5, column: 34, scope: !630)
!636 = !DILocalVariable(name: "type", arg: 2, scope: !630, file: !214, line: 5, type: !11)
!637 = !DILocation(line: 5, column: 41, scope: !630)
!638 = !DILocalVariable(name: "key", arg: 3, scope: !630, file: !214, line: 5, type: !436)
!639 = !DILocation(line: 5, column: 59, scope: !630)
!640 = !DILocation(line: 7, column: 10, scope: !630)
!641 = !DILocation(line: 7, column: 13, scope: !630)
!642 = !DILocation(line: 7, column: 26, scope: !630)
!643 = !DILocation(line: 7, column: 31, scope: !630)
!644 = !DILocation(line: 7, column: 2, scope: !630)
!645 = !DILocation(line: 8, column: 31, scope: !630)
!646 = !DILocation(line: 8, column: 37, scope: !630)
!647 = !DILocation(line: 8, column: 9, scope: !630)
!648 = !DILocation(line: 8, column: 2, scope: !630)
!649 = distinct !DISubprogram(name: "ds_retrieve_label_endpt", scope: !214, file: !214, line: 21, type: !650, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !213, retainedNodes: !412)
!650 = !DISubroutineType(types: !651)
!651 = !{!11, !436, !652}
!652 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 32)
!653 = !DILocalVariable(name: "label", arg: 1, scope: !649, file: !214, line: 21, type: !436)
!654 = !DILocation(line: 21, column: 41, scope: !649)
!655 = !DILocalVariable(name: "endpt", arg: 2, scope: !649, file: !214, line: 21, type: !652)
!656 = !DILocation(line: 21, column: 60, scope: !649)
!657 = !DILocalVariable(name: "m", scope: !649, file: !214, line: 23, type: !445)
!658 = !DILocation(line: 23, column: 10, scope: !649)
!659 = !DILocalVariable(name: "r", scope: !649, file: !214, line: 24, type: !11)
!660 = !DILocation(line: 24, column: 6, scope: !649)
!661 = !DILocation(line: 26, column: 2, scope: !649)
!662 = !DILocation(line: 27, column: 42, scope: !649)
!663 = !DILocation(line: 27, column: 6, scope: !649)
!664 = !DILocation(line: 27, column: 4, scope: !649)
!665 = !DILocation(line: 28, column: 6, scope: !666)
!666 = distinct !DILexicalBlock(scope: !649, file: !214, line: 28, column: 6)
!667 = !DILocation(line: 28, column: 8, scope: !666)
!668 = !DILocation(line: 28, column: 6, scope: !649)
!669 = !DILocation(line: 29, column: 14, scope: !666)
!670 = !DILocation(line: 29, column: 27, scope: !666)
!671 = !DILocation(line: 29, column: 4, scope: !666)
!672 = !DILocation(line: 29, column: 10, scope: !666)
!673 = !DILocation(line: 29, column: 3, scope: !666)
!674 = !DILocation(line: 30, column: 9, scope: !649)
!675 = !DILocation(line: 30, column: 2, scope: !649)
!676 = distinct !DISubprogram(name: "ds_delete_label", scope: !214, file: !214, line: 33, type: !677, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !213, retainedNodes: !412)
!677 = !DISubroutineType(types: !678)
!678 = !{!11, !436}
!679 = !DILocalVariable(name: "label", arg: 1, scope: !676, file: !214, line: 33, type: !436)
!680 = !DILocation(line: 33, column: 33, scope: !676)
!681 = !DILocalVariable(name: "m", scope: !676, file: !214, line: 35, type: !445)
!682 = !DILocation(line: 35, column: 10, scope: !676)
!683 = !DILocation(line: 37, column: 2, scope: !676)
!684 = !DILocation(line: 38, column: 37, scope: !676)
!685 = !DILocation(line: 38, column: 9, scope: !676)
!686 = !DILocation(line: 38, column: 2, scope: !676)
!687 = distinct !DISubprogram(name: "ds_subscribe", scope: !214, file: !214, line: 42, type: !688, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !213, retainedNodes: !412)
!688 = !DISubroutineType(types: !689)
!689 = !{!11, !436, !11}
!690 = !DILocalVariable(name: "prefix", arg: 1, scope: !687, file: !214, line: 42, type: !436)
!691 = !DILocation(line: 42, column: 30, scope: !687)
!692 = !DILocalVariable(name: "flags", arg: 2, scope: !687, file: !214, line: 42, type: !11)
!693 = !DILocation(line: 42, column: 42, scope: !687)
!694 = !DILocalVariable(name: "m", scope: !687, file: !214, line: 44, type: !445)
!695 = !DILocation(line: 44, column: 10, scope: !687)
!696 = !DILocation(line: 46, column: 2, scope: !687)
!697 = !DILocation(line: 47, column: 25, scope: !687)
!698 = !DILocation(line: 47, column: 4, scope: !687)
!699 = !DILocation(line: 47, column: 17, scope: !687)
!700 = !DILocation(line: 47, column: 23, scope: !687)
!701 = !DILocation(line: 48, column: 40, scope: !687)
!702 = !DILocation(line: 48, column: 9, scope: !687)
!703 = !DILocation(line: 48, column: 2, scope: !687)
!704 = distinct !DISubprogram(name: "ipc_send", scope: !216, file: !216, line: 7, type: !705, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !215, retainedNodes: !412)
!705 = !DISubroutineType(types: !706)
!706 = !{!11, !12, !707}
!707 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !708, size: 32)
!708 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !709)
!709 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !710)
!710 = !{!711, !712, !713}
!711 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !709, file: !16, line: 66, baseType: !12, size: 32)
!712 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !709, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!713 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !709, file: !16, line: 96, baseType: !714, size: 448, offset: 64)
!714 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !709, file: !16, line: 68, size: 448, elements: !715)
!715 = !{!716, !721, !727, !733, !738, !743, !749, !757, !764, !772, !777, !784, !791, !796, !803, !808, !815, !822, !827, !833, !840, !847, !852, !859, !865, !874, !879}
!716 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !714, file: !16, line: 69, baseType: !717, size: 32)
!717 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !718)
!718 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !719)
!719 = !{!720}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !718, file: !16, line: 15, baseType: !11, size: 32)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !714, file: !16, line: 70, baseType: !722, size: 64)
!722 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !723)
!723 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !724)
!724 = !{!725, !726}
!725 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !723, file: !16, line: 16, baseType: !34, size: 32)
!726 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !723, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!727 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !714, file: !16, line: 71, baseType: !728, size: 64)
!728 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !729)
!729 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !730)
!730 = !{!731, !732}
!731 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !729, file: !16, line: 17, baseType: !44, size: 32)
!732 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !729, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!733 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !714, file: !16, line: 72, baseType: !734, size: 32)
!734 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !735)
!735 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !736)
!736 = !{!737}
!737 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !735, file: !16, line: 18, baseType: !51, size: 32)
!738 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !714, file: !16, line: 73, baseType: !739, size: 32)
!739 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !740)
!740 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !741)
!741 = !{!742}
!742 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !740, file: !16, line: 19, baseType: !11, size: 32)
!743 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !714, file: !16, line: 74, baseType: !744, size: 64)
!744 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !745)
!745 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !746)
!746 = !{!747, !748}
!747 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !745, file: !16, line: 20, baseType: !11, size: 32)
!748 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !745, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !714, file: !16, line: 75, baseType: !750, size: 128)
!750 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !751)
!751 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !752)
!752 = !{!753, !754, !755, !756}
!753 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !751, file: !16, line: 24, baseType: !12, size: 32)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !751, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!755 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !751, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!756 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !751, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!757 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !714, file: !16, line: 76, baseType: !758, size: 96)
!758 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !759)
!759 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !760)
!760 = !{!761, !762, !763}
!761 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !759, file: !16, line: 29, baseType: !12, size: 32)
!762 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !759, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!763 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !759, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!764 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !714, file: !16, line: 77, baseType: !765, size: 128)
!765 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !766)
!766 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !767)
!767 = !{!768, !769, !770, !771}
!768 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !766, file: !16, line: 32, baseType: !34, size: 32)
!769 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !766, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!770 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !766, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!771 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !766, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!772 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !714, file: !16, line: 78, baseType: !773, size: 32)
!773 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !774)
!774 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !775)
!775 = !{!776}
!776 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !774, file: !16, line: 33, baseType: !11, size: 32)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !714, file: !16, line: 79, baseType: !778, size: 96)
!778 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !779)
!779 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !780)
!780 = !{!781, !782, !783}
!781 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !779, file: !16, line: 34, baseType: !11, size: 32)
!782 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !779, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!783 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !779, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!784 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !714, file: !16, line: 80, baseType: !785, size: 96)
!785 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !786)
!786 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !787)
!787 = !{!788, !789, !790}
!788 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !786, file: !16, line: 35, baseType: !11, size: 32)
!789 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !786, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!790 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !786, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!791 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !714, file: !16, line: 81, baseType: !792, size: 16)
!792 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !793)
!793 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !794)
!794 = !{!795}
!795 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !793, file: !16, line: 36, baseType: !86, size: 16)
!796 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !714, file: !16, line: 82, baseType: !797, size: 96)
!797 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !798)
!798 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !799)
!799 = !{!800, !801, !802}
!800 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !798, file: !16, line: 39, baseType: !12, size: 32)
!801 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !798, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!802 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !798, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!803 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !714, file: !16, line: 83, baseType: !804, size: 32)
!804 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !805)
!805 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !806)
!806 = !{!807}
!807 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !805, file: !16, line: 40, baseType: !12, size: 32)
!808 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !714, file: !16, line: 84, baseType: !809, size: 96)
!809 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !810)
!810 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !811)
!811 = !{!812, !813, !814}
!812 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !810, file: !16, line: 41, baseType: !12, size: 32)
!813 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !810, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!814 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !810, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!815 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !714, file: !16, line: 85, baseType: !816, size: 96)
!816 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !817)
!817 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !818)
!818 = !{!819, !820, !821}
!819 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !817, file: !16, line: 42, baseType: !12, size: 32)
!820 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !817, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!821 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !817, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!822 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !714, file: !16, line: 86, baseType: !823, size: 32)
!823 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !824)
!824 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !825)
!825 = !{!826}
!826 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !824, file: !16, line: 45, baseType: !34, size: 32)
!827 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !714, file: !16, line: 87, baseType: !828, size: 64)
!828 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !829)
!829 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !830)
!830 = !{!831, !832}
!831 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !829, file: !16, line: 46, baseType: !38, size: 32)
!832 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !829, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!833 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !714, file: !16, line: 88, baseType: !834, size: 192)
!834 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !835)
!835 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !836)
!836 = !{!837, !838, !839}
!837 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !835, file: !16, line: 49, baseType: !157, size: 128)
!838 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !835, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!839 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !835, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!840 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !714, file: !16, line: 89, baseType: !841, size: 192)
!841 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !842)
!842 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !843)
!843 = !{!844, !845, !846}
!844 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !842, file: !16, line: 50, baseType: !157, size: 128)
!845 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !842, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!846 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !842, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!847 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !714, file: !16, line: 90, baseType: !848, size: 32)
!848 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !849)
!849 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !850)
!850 = !{!851}
!851 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !849, file: !16, line: 53, baseType: !11, size: 32)
!852 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !714, file: !16, line: 91, baseType: !853, size: 96)
!853 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !854)
!854 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !855)
!855 = !{!856, !857, !858}
!856 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !854, file: !16, line: 56, baseType: !12, size: 32)
!857 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !854, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!858 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !854, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!859 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !714, file: !16, line: 92, baseType: !860, size: 64)
!860 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !861)
!861 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !862)
!862 = !{!863, !864}
!863 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !861, file: !16, line: 57, baseType: !12, size: 32)
!864 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !861, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!865 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !714, file: !16, line: 93, baseType: !866, size: 160)
!866 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !867)
!867 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !868)
!868 = !{!869, !870, !871, !872, !873}
!869 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !867, file: !16, line: 59, baseType: !12, size: 32)
!870 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !867, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!871 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !867, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!872 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !867, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!873 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !867, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!874 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !714, file: !16, line: 94, baseType: !875, size: 32)
!875 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !876)
!876 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !877)
!877 = !{!878}
!878 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !876, file: !16, line: 63, baseType: !11, size: 32)
!879 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !714, file: !16, line: 95, baseType: !203, size: 448)
!880 = !DILocalVariable(name: "dst", arg: 1, scope: !704, file: !216, line: 7, type: !12)
!881 = !DILocation(line: 7, column: 25, scope: !704)
!882 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !704, file: !216, line: 7, type: !707)
!883 = !DILocation(line: 7, column: 39, scope: !704)
!884 = !DILocation(line: 9, column: 9, scope: !704)
!885 = !DILocation(line: 9, column: 39, scope: !704)
!886 = !DILocation(line: 9, column: 44, scope: !704)
!887 = !DILocation(line: 9, column: 2, scope: !704)
!888 = distinct !DISubprogram(name: "ipc_sendnb", scope: !216, file: !216, line: 12, type: !705, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !215, retainedNodes: !412)
!889 = !DILocalVariable(name: "dst", arg: 1, scope: !888, file: !216, line: 12, type: !12)
!890 = !DILocation(line: 12, column: 27, scope: !888)
!891 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !888, file: !216, line: 12, type: !707)
!892 = !DILocation(line: 12, column: 41, scope: !888)
!893 = !DILocation(line: 14, column: 9, scope: !888)
!894 = !DILocation(line: 14, column: 41, scope: !888)
!895 = !DILocation(line: 14, column: 46, scope: !888)
!896 = !DILocation(line: 14, column: 2, scope: !888)
!897 = distinct !DISubprogram(name: "ipc_senda", scope: !216, file: !216, line: 17, type: !898, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !215, retainedNodes: !412)
!898 = !DISubroutineType(types: !899)
!899 = !{!11, !12, !707, !11}
!900 = !DILocalVariable(name: "dst", arg: 1, scope: !897, file: !216, line: 17, type: !12)
!901 = !DILocation(line: 17, column: 26, scope: !897)
!902 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !897, file: !216, line: 17, type: !707)
!903 = !DILocation(line: 17, column: 40, scope: !897)
!904 = !DILocalVariable(name: "flags", arg: 3, scope: !897, file: !216, line: 17, type: !11)
!905 = !DILocation(line: 17, column: 51, scope: !897)
!906 = !DILocation(line: 19, column: 9, scope: !897)
!907 = !DILocation(line: 19, column: 40, scope: !897)
!908 = !DILocation(line: 19, column: 45, scope: !897)
!909 = !DILocation(line: 19, column: 2, scope: !897)
!910 = distinct !DISubprogram(name: "ipc_notify", scope: !216, file: !216, line: 22, type: !911, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !215, retainedNodes: !412)
!911 = !DISubroutineType(types: !912)
!912 = !{!11, !12}
!913 = !DILocalVariable(name: "dst", arg: 1, scope: !910, file: !216, line: 22, type: !12)
!914 = !DILocation(line: 22, column: 27, scope: !910)
!915 = !DILocation(line: 24, column: 9, scope: !910)
!916 = !DILocation(line: 24, column: 41, scope: !910)
!917 = !DILocation(line: 24, column: 2, scope: !910)
!918 = distinct !DISubprogram(name: "ipc_receive", scope: !216, file: !216, line: 27, type: !919, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !215, retainedNodes: !412)
!919 = !DISubroutineType(types: !920)
!920 = !{!11, !12, !707, !208}
!921 = !DILocalVariable(name: "src", arg: 1, scope: !918, file: !216, line: 27, type: !12)
!922 = !DILocation(line: 27, column: 28, scope: !918)
!923 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !918, file: !216, line: 27, type: !707)
!924 = !DILocation(line: 27, column: 42, scope: !918)
!925 = !DILocalVariable(name: "status_ptr", arg: 3, scope: !918, file: !216, line: 27, type: !208)
!926 = !DILocation(line: 27, column: 54, scope: !918)
!927 = !DILocation(line: 29, column: 9, scope: !918)
!928 = !DILocation(line: 29, column: 42, scope: !918)
!929 = !DILocation(line: 29, column: 47, scope: !918)
!930 = !DILocation(line: 29, column: 54, scope: !918)
!931 = !DILocation(line: 29, column: 2, scope: !918)
!932 = distinct !DISubprogram(name: "_kernel_call", scope: !218, file: !218, line: 5, type: !933, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !217, retainedNodes: !412)
!933 = !DISubroutineType(types: !934)
!934 = !{!11, !11, !935}
!935 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !936, size: 32)
!936 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !937)
!937 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !938)
!938 = !{!939, !940, !941}
!939 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !937, file: !16, line: 66, baseType: !12, size: 32)
!940 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !937, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!941 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !937, file: !16, line: 96, baseType: !942, size: 448, offset: 64)
!942 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !937, file: !16, line: 68, size: 448, elements: !943)
!943 = !{!944, !949, !955, !961, !966, !971, !977, !985, !992, !1000, !1005, !1012, !1019, !1024, !1031, !1036, !1043, !1050, !1055, !1061, !1068, !1075, !1080, !1087, !1093, !1102, !1107}
!944 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !942, file: !16, line: 69, baseType: !945, size: 32)
!945 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !946)
!946 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !947)
!947 = !{!948}
!948 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !946, file: !16, line: 15, baseType: !11, size: 32)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !942, file: !16, line: 70, baseType: !950, size: 64)
!950 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !951)
!951 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !952)
!952 = !{!953, !954}
!953 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !951, file: !16, line: 16, baseType: !34, size: 32)
!954 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !951, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!955 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !942, file: !16, line: 71, baseType: !956, size: 64)
!956 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !957)
!957 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !958)
!958 = !{!959, !960}
!959 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !957, file: !16, line: 17, baseType: !44, size: 32)
!960 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !957, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!961 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !942, file: !16, line: 72, baseType: !962, size: 32)
!962 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !963)
!963 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !964)
!964 = !{!965}
!965 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !963, file: !16, line: 18, baseType: !51, size: 32)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !942, file: !16, line: 73, baseType: !967, size: 32)
!967 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !968)
!968 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !969)
!969 = !{!970}
!970 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !968, file: !16, line: 19, baseType: !11, size: 32)
!971 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !942, file: !16, line: 74, baseType: !972, size: 64)
!972 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !973)
!973 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !974)
!974 = !{!975, !976}
!975 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !973, file: !16, line: 20, baseType: !11, size: 32)
!976 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !973, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!977 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !942, file: !16, line: 75, baseType: !978, size: 128)
!978 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !979)
!979 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !980)
!980 = !{!981, !982, !983, !984}
!981 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !979, file: !16, line: 24, baseType: !12, size: 32)
!982 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !979, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !979, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!984 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !979, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!985 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !942, file: !16, line: 76, baseType: !986, size: 96)
!986 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !987)
!987 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !988)
!988 = !{!989, !990, !991}
!989 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !987, file: !16, line: 29, baseType: !12, size: 32)
!990 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !987, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!991 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !987, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!992 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !942, file: !16, line: 77, baseType: !993, size: 128)
!993 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !994)
!994 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !995)
!995 = !{!996, !997, !998, !999}
!996 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !994, file: !16, line: 32, baseType: !34, size: 32)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !994, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!998 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !994, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!999 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !994, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1000 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !942, file: !16, line: 78, baseType: !1001, size: 32)
!1001 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1002)
!1002 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1003)
!1003 = !{!1004}
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1002, file: !16, line: 33, baseType: !11, size: 32)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !942, file: !16, line: 79, baseType: !1006, size: 96)
!1006 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1007)
!1007 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1008)
!1008 = !{!1009, !1010, !1011}
!1009 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1007, file: !16, line: 34, baseType: !11, size: 32)
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1007, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1011 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1007, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !942, file: !16, line: 80, baseType: !1013, size: 96)
!1013 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1014)
!1014 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1015)
!1015 = !{!1016, !1017, !1018}
!1016 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1014, file: !16, line: 35, baseType: !11, size: 32)
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1014, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1014, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !942, file: !16, line: 81, baseType: !1020, size: 16)
!1020 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1021)
!1021 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1022)
!1022 = !{!1023}
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1021, file: !16, line: 36, baseType: !86, size: 16)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !942, file: !16, line: 82, baseType: !1025, size: 96)
!1025 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1026)
!1026 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1027)
!1027 = !{!1028, !1029, !1030}
!1028 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1026, file: !16, line: 39, baseType: !12, size: 32)
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1026, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1026, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !942, file: !16, line: 83, baseType: !1032, size: 32)
!1032 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1033)
!1033 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1034)
!1034 = !{!1035}
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1033, file: !16, line: 40, baseType: !12, size: 32)
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !942, file: !16, line: 84, baseType: !1037, size: 96)
!1037 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1038)
!1038 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1039)
!1039 = !{!1040, !1041, !1042}
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1038, file: !16, line: 41, baseType: !12, size: 32)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1038, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1042 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1038, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !942, file: !16, line: 85, baseType: !1044, size: 96)
!1044 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1045)
!1045 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1046)
!1046 = !{!1047, !1048, !1049}
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1045, file: !16, line: 42, baseType: !12, size: 32)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1045, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1045, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !942, file: !16, line: 86, baseType: !1051, size: 32)
!1051 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1052)
!1052 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1053)
!1053 = !{!1054}
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1052, file: !16, line: 45, baseType: !34, size: 32)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !942, file: !16, line: 87, baseType: !1056, size: 64)
!1056 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1057)
!1057 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1058)
!1058 = !{!1059, !1060}
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1057, file: !16, line: 46, baseType: !38, size: 32)
!1060 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1057, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1061 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !942, file: !16, line: 88, baseType: !1062, size: 192)
!1062 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1063)
!1063 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1064)
!1064 = !{!1065, !1066, !1067}
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1063, file: !16, line: 49, baseType: !157, size: 128)
!1066 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1063, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1067 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1063, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1068 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !942, file: !16, line: 89, baseType: !1069, size: 192)
!1069 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1070)
!1070 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1071)
!1071 = !{!1072, !1073, !1074}
!1072 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1070, file: !16, line: 50, baseType: !157, size: 128)
!1073 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1070, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1074 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1070, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1075 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !942, file: !16, line: 90, baseType: !1076, size: 32)
!1076 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !1077)
!1077 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !1078)
!1078 = !{!1079}
!1079 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1077, file: !16, line: 53, baseType: !11, size: 32)
!1080 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !942, file: !16, line: 91, baseType: !1081, size: 96)
!1081 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !1082)
!1082 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !1083)
!1083 = !{!1084, !1085, !1086}
!1084 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1082, file: !16, line: 56, baseType: !12, size: 32)
!1085 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1082, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!1086 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1082, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!1087 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !942, file: !16, line: 92, baseType: !1088, size: 64)
!1088 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !1089)
!1089 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !1090)
!1090 = !{!1091, !1092}
!1091 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1089, file: !16, line: 57, baseType: !12, size: 32)
!1092 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1089, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!1093 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !942, file: !16, line: 93, baseType: !1094, size: 160)
!1094 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !1095)
!1095 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !1096)
!1096 = !{!1097, !1098, !1099, !1100, !1101}
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1095, file: !16, line: 59, baseType: !12, size: 32)
!1098 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1095, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!1099 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1095, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1095, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1095, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!1102 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !942, file: !16, line: 94, baseType: !1103, size: 32)
!1103 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !1104)
!1104 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !1105)
!1105 = !{!1106}
!1106 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1104, file: !16, line: 63, baseType: !11, size: 32)
!1107 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !942, file: !16, line: 95, baseType: !203, size: 448)
!1108 = !DILocalVariable(name: "syscallnr", arg: 1, scope: !932, file: !218, line: 5, type: !11)
!1109 = !DILocation(line: 5, column: 22, scope: !932)
!1110 = !DILocalVariable(name: "msgptr", arg: 2, scope: !932, file: !218, line: 5, type: !935)
!1111 = !DILocation(line: 5, column: 42, scope: !932)
!1112 = !DILocalVariable(name: "status", scope: !932, file: !218, line: 7, type: !11)
!1113 = !DILocation(line: 7, column: 6, scope: !932)
!1114 = !DILocation(line: 9, column: 19, scope: !932)
!1115 = !DILocation(line: 9, column: 2, scope: !932)
!1116 = !DILocation(line: 9, column: 10, scope: !932)
!1117 = !DILocation(line: 9, column: 17, scope: !932)
!1118 = !DILocation(line: 10, column: 11, scope: !932)
!1119 = !DILocation(line: 10, column: 56, scope: !932)
!1120 = !DILocation(line: 10, column: 9, scope: !932)
!1121 = !DILocation(line: 11, column: 6, scope: !1122)
!1122 = distinct !DILexicalBlock(scope: !932, file: !218, line: 11, column: 6)
!1123 = !DILocation(line: 11, column: 13, scope: !1122)
!1124 = !DILocation(line: 11, column: 6, scope: !932)
!1125 = !DILocation(line: 12, column: 10, scope: !1122)
!1126 = !DILocation(line: 12, column: 3, scope: !1122)
!1127 = !DILocation(line: 13, column: 9, scope: !932)
!1128 = !DILocation(line: 13, column: 17, scope: !932)
!1129 = !DILocation(line: 13, column: 2, scope: !932)
!1130 = !DILocation(line: 14, column: 1, scope: !932)
!1131 = distinct !DISubprogram(name: "panic", scope: !218, file: !218, line: 16, type: !1132, scopeLine: 17, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagDefinition, unit: !217, retainedNodes: !412)
!1132 = !DISubroutineType(types: !1133)
!1133 = !{null, !436}
!1134 = !DILocalVariable(name: "why", arg: 1, scope: !1131, file: !218, line: 16, type: !436)
!1135 = !DILocation(line: 16, column: 24, scope: !1131)
!1136 = !DILocation(line: 18, column: 9, scope: !1131)
!1137 = !DILocation(line: 19, column: 2, scope: !1131)
!1138 = !DILocation(line: 20, column: 2, scope: !1131)
!1139 = !DILocation(line: 20, column: 2, scope: !1140)
!1140 = distinct !DILexicalBlock(scope: !1141, file: !218, line: 20, column: 2)
!1141 = distinct !DILexicalBlock(scope: !1131, file: !218, line: 20, column: 2)
!1142 = distinct !{!1142, !1143, !1144}
!1143 = !DILocation(line: 20, column: 2, scope: !1141)
!1144 = !DILocation(line: 21, column: 3, scope: !1141)
!1145 = distinct !DISubprogram(name: "softint_send", scope: !3, file: !3, line: 12, type: !9, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1146 = !DILocalVariable(name: "endpt", arg: 1, scope: !1145, file: !3, line: 12, type: !12)
!1147 = !DILocation(line: 12, column: 36, scope: !1145)
!1148 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1145, file: !3, line: 12, type: !14)
!1149 = !DILocation(line: 12, column: 52, scope: !1145)
!1150 = !DILocalVariable(name: "word", arg: 3, scope: !1145, file: !3, line: 12, type: !208)
!1151 = !DILocation(line: 12, column: 64, scope: !1145)
!1152 = !DILocation(line: 14, column: 34, scope: !1145)
!1153 = !DILocation(line: 14, column: 41, scope: !1145)
!1154 = !DILocation(line: 14, column: 48, scope: !1145)
!1155 = !DILocation(line: 14, column: 9, scope: !1145)
!1156 = !DILocation(line: 14, column: 2, scope: !1145)
!1157 = distinct !DISubprogram(name: "softint_receive", scope: !3, file: !3, line: 17, type: !9, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1158 = !DILocalVariable(name: "endpt", arg: 1, scope: !1157, file: !3, line: 17, type: !12)
!1159 = !DILocation(line: 17, column: 39, scope: !1157)
!1160 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1157, file: !3, line: 17, type: !14)
!1161 = !DILocation(line: 17, column: 55, scope: !1157)
!1162 = !DILocalVariable(name: "word", arg: 3, scope: !1157, file: !3, line: 17, type: !208)
!1163 = !DILocation(line: 17, column: 67, scope: !1157)
!1164 = !DILocation(line: 19, column: 37, scope: !1157)
!1165 = !DILocation(line: 19, column: 44, scope: !1157)
!1166 = !DILocation(line: 19, column: 51, scope: !1157)
!1167 = !DILocation(line: 19, column: 9, scope: !1157)
!1168 = !DILocation(line: 19, column: 2, scope: !1157)
!1169 = distinct !DISubprogram(name: "softint_sendrec", scope: !3, file: !3, line: 22, type: !9, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1170 = !DILocalVariable(name: "endpt", arg: 1, scope: !1169, file: !3, line: 22, type: !12)
!1171 = !DILocation(line: 22, column: 39, scope: !1169)
!1172 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1169, file: !3, line: 22, type: !14)
!1173 = !DILocation(line: 22, column: 55, scope: !1169)
!1174 = !DILocalVariable(name: "word", arg: 3, scope: !1169, file: !3, line: 22, type: !208)
!1175 = !DILocation(line: 22, column: 67, scope: !1169)
!1176 = !DILocation(line: 24, column: 37, scope: !1169)
!1177 = !DILocation(line: 24, column: 44, scope: !1169)
!1178 = !DILocation(line: 24, column: 51, scope: !1169)
!1179 = !DILocation(line: 24, column: 9, scope: !1169)
!1180 = !DILocation(line: 24, column: 2, scope: !1169)
!1181 = distinct !DISubprogram(name: "softint_sendnb", scope: !3, file: !3, line: 27, type: !9, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1182 = !DILocalVariable(name: "endpt", arg: 1, scope: !1181, file: !3, line: 27, type: !12)
!1183 = !DILocation(line: 27, column: 38, scope: !1181)
!1184 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1181, file: !3, line: 27, type: !14)
!1185 = !DILocation(line: 27, column: 54, scope: !1181)
!1186 = !DILocalVariable(name: "word", arg: 3, scope: !1181, file: !3, line: 27, type: !208)
!1187 = !DILocation(line: 27, column: 66, scope: !1181)
!1188 = !DILocation(line: 29, column: 36, scope: !1181)
!1189 = !DILocation(line: 29, column: 43, scope: !1181)
!1190 = !DILocation(line: 29, column: 50, scope: !1181)
!1191 = !DILocation(line: 29, column: 9, scope: !1181)
!1192 = !DILocation(line: 29, column: 2, scope: !1181)
!1193 = distinct !DISubprogram(name: "softint_notify", scope: !3, file: !3, line: 32, type: !9, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1194 = !DILocalVariable(name: "endpt", arg: 1, scope: !1193, file: !3, line: 32, type: !12)
!1195 = !DILocation(line: 32, column: 38, scope: !1193)
!1196 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1193, file: !3, line: 32, type: !14)
!1197 = !DILocation(line: 32, column: 54, scope: !1193)
!1198 = !DILocalVariable(name: "word", arg: 3, scope: !1193, file: !3, line: 32, type: !208)
!1199 = !DILocation(line: 32, column: 66, scope: !1193)
!1200 = !DILocation(line: 34, column: 36, scope: !1193)
!1201 = !DILocation(line: 34, column: 43, scope: !1193)
!1202 = !DILocation(line: 34, column: 50, scope: !1193)
!1203 = !DILocation(line: 34, column: 9, scope: !1193)
!1204 = !DILocation(line: 34, column: 2, scope: !1193)
!1205 = distinct !DISubprogram(name: "softint_senda", scope: !3, file: !3, line: 37, type: !9, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1206 = !DILocalVariable(name: "endpt", arg: 1, scope: !1205, file: !3, line: 37, type: !12)
!1207 = !DILocation(line: 37, column: 37, scope: !1205)
!1208 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1205, file: !3, line: 37, type: !14)
!1209 = !DILocation(line: 37, column: 53, scope: !1205)
!1210 = !DILocalVariable(name: "word", arg: 3, scope: !1205, file: !3, line: 37, type: !208)
!1211 = !DILocation(line: 37, column: 65, scope: !1205)
!1212 = !DILocation(line: 39, column: 35, scope: !1205)
!1213 = !DILocation(line: 39, column: 42, scope: !1205)
!1214 = !DILocation(line: 39, column: 49, scope: !1205)
!1215 = !DILocation(line: 39, column: 9, scope: !1205)
!1216 = !DILocation(line: 39, column: 2, scope: !1205)
!1217 = distinct !DISubprogram(name: "softint_kernel_call", scope: !3, file: !3, line: 42, type: !9, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !412)
!1218 = !DILocalVariable(name: "endpt", arg: 1, scope: !1217, file: !3, line: 42, type: !12)
!1219 = !DILocation(line: 42, column: 43, scope: !1217)
!1220 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1217, file: !3, line: 42, type: !14)
!1221 = !DILocation(line: 42, column: 59, scope: !1217)
!1222 = !DILocalVariable(name: "word", arg: 3, scope: !1217, file: !3, line: 42, type: !208)
!1223 = !DILocation(line: 42, column: 71, scope: !1217)
!1224 = !DILocation(line: 44, column: 41, scope: !1217)
!1225 = !DILocation(line: 44, column: 48, scope: !1217)
!1226 = !DILocation(line: 44, column: 55, scope: !1217)
!1227 = !DILocation(line: 44, column: 9, scope: !1217)
!1228 = !DILocation(line: 44, column: 2, scope: !1217)
!1229 = distinct !DISubprogram(name: "sef_receive_status", scope: !220, file: !220, line: 9, type: !1230, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !219, retainedNodes: !412)
!1230 = !DISubroutineType(types: !1231)
!1231 = !{!11, !12, !1232, !208}
!1232 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1233, size: 32)
!1233 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !1234)
!1234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !1235)
!1235 = !{!1236, !1237, !1238}
!1236 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1234, file: !16, line: 66, baseType: !12, size: 32)
!1237 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1234, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1234, file: !16, line: 96, baseType: !1239, size: 448, offset: 64)
!1239 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1234, file: !16, line: 68, size: 448, elements: !1240)
!1240 = !{!1241, !1246, !1252, !1258, !1263, !1268, !1274, !1282, !1289, !1297, !1302, !1309, !1316, !1321, !1328, !1333, !1340, !1347, !1352, !1358, !1365, !1372, !1377, !1384, !1390, !1399, !1404}
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1239, file: !16, line: 69, baseType: !1242, size: 32)
!1242 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1243)
!1243 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1244)
!1244 = !{!1245}
!1245 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1243, file: !16, line: 15, baseType: !11, size: 32)
!1246 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1239, file: !16, line: 70, baseType: !1247, size: 64)
!1247 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1248)
!1248 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1249)
!1249 = !{!1250, !1251}
!1250 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1248, file: !16, line: 16, baseType: !34, size: 32)
!1251 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1248, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1239, file: !16, line: 71, baseType: !1253, size: 64)
!1253 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1254)
!1254 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1255)
!1255 = !{!1256, !1257}
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1254, file: !16, line: 17, baseType: !44, size: 32)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1254, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1258 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1239, file: !16, line: 72, baseType: !1259, size: 32)
!1259 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1260)
!1260 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1261)
!1261 = !{!1262}
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1260, file: !16, line: 18, baseType: !51, size: 32)
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1239, file: !16, line: 73, baseType: !1264, size: 32)
!1264 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1265)
!1265 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1266)
!1266 = !{!1267}
!1267 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1265, file: !16, line: 19, baseType: !11, size: 32)
!1268 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1239, file: !16, line: 74, baseType: !1269, size: 64)
!1269 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1270)
!1270 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1271)
!1271 = !{!1272, !1273}
!1272 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1270, file: !16, line: 20, baseType: !11, size: 32)
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1270, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1239, file: !16, line: 75, baseType: !1275, size: 128)
!1275 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1276)
!1276 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1277)
!1277 = !{!1278, !1279, !1280, !1281}
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1276, file: !16, line: 24, baseType: !12, size: 32)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1276, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1276, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1276, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1282 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1239, file: !16, line: 76, baseType: !1283, size: 96)
!1283 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1284)
!1284 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1285)
!1285 = !{!1286, !1287, !1288}
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1284, file: !16, line: 29, baseType: !12, size: 32)
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1284, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1288 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1284, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1289 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1239, file: !16, line: 77, baseType: !1290, size: 128)
!1290 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1291)
!1291 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1292)
!1292 = !{!1293, !1294, !1295, !1296}
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1291, file: !16, line: 32, baseType: !34, size: 32)
!1294 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1291, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1295 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1291, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1291, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1239, file: !16, line: 78, baseType: !1298, size: 32)
!1298 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1299)
!1299 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1300)
!1300 = !{!1301}
!1301 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1299, file: !16, line: 33, baseType: !11, size: 32)
!1302 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1239, file: !16, line: 79, baseType: !1303, size: 96)
!1303 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1304)
!1304 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1305)
!1305 = !{!1306, !1307, !1308}
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1304, file: !16, line: 34, baseType: !11, size: 32)
!1307 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1304, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1308 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1304, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1309 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1239, file: !16, line: 80, baseType: !1310, size: 96)
!1310 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1311)
!1311 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1312)
!1312 = !{!1313, !1314, !1315}
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1311, file: !16, line: 35, baseType: !11, size: 32)
!1314 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1311, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1315 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1311, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1316 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1239, file: !16, line: 81, baseType: !1317, size: 16)
!1317 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1318)
!1318 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1319)
!1319 = !{!1320}
!1320 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1318, file: !16, line: 36, baseType: !86, size: 16)
!1321 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1239, file: !16, line: 82, baseType: !1322, size: 96)
!1322 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1323)
!1323 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1324)
!1324 = !{!1325, !1326, !1327}
!1325 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1323, file: !16, line: 39, baseType: !12, size: 32)
!1326 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1323, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1327 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1323, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1328 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1239, file: !16, line: 83, baseType: !1329, size: 32)
!1329 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1330)
!1330 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1331)
!1331 = !{!1332}
!1332 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1330, file: !16, line: 40, baseType: !12, size: 32)
!1333 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1239, file: !16, line: 84, baseType: !1334, size: 96)
!1334 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1335)
!1335 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1336)
!1336 = !{!1337, !1338, !1339}
!1337 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1335, file: !16, line: 41, baseType: !12, size: 32)
!1338 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1335, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1339 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1335, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1340 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1239, file: !16, line: 85, baseType: !1341, size: 96)
!1341 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1342)
!1342 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1343)
!1343 = !{!1344, !1345, !1346}
!1344 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1342, file: !16, line: 42, baseType: !12, size: 32)
!1345 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1342, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1346 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1342, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1347 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1239, file: !16, line: 86, baseType: !1348, size: 32)
!1348 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1349)
!1349 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1350)
!1350 = !{!1351}
!1351 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1349, file: !16, line: 45, baseType: !34, size: 32)
!1352 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1239, file: !16, line: 87, baseType: !1353, size: 64)
!1353 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1354)
!1354 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1355)
!1355 = !{!1356, !1357}
!1356 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1354, file: !16, line: 46, baseType: !38, size: 32)
!1357 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1354, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1358 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1239, file: !16, line: 88, baseType: !1359, size: 192)
!1359 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1360)
!1360 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1361)
!1361 = !{!1362, !1363, !1364}
!1362 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1360, file: !16, line: 49, baseType: !157, size: 128)
!1363 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1360, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1364 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1360, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1365 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1239, file: !16, line: 89, baseType: !1366, size: 192)
!1366 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1367)
!1367 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1368)
!1368 = !{!1369, !1370, !1371}
!1369 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1367, file: !16, line: 50, baseType: !157, size: 128)
!1370 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1367, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1371 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1367, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1372 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1239, file: !16, line: 90, baseType: !1373, size: 32)
!1373 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !1374)
!1374 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !1375)
!1375 = !{!1376}
!1376 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1374, file: !16, line: 53, baseType: !11, size: 32)
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1239, file: !16, line: 91, baseType: !1378, size: 96)
!1378 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !1379)
!1379 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !1380)
!1380 = !{!1381, !1382, !1383}
!1381 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1379, file: !16, line: 56, baseType: !12, size: 32)
!1382 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1379, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!1383 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1379, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!1384 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1239, file: !16, line: 92, baseType: !1385, size: 64)
!1385 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !1386)
!1386 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !1387)
!1387 = !{!1388, !1389}
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1386, file: !16, line: 57, baseType: !12, size: 32)
!1389 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1386, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!1390 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1239, file: !16, line: 93, baseType: !1391, size: 160)
!1391 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !1392)
!1392 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !1393)
!1393 = !{!1394, !1395, !1396, !1397, !1398}
!1394 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1392, file: !16, line: 59, baseType: !12, size: 32)
!1395 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1392, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!1396 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1392, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1397 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1392, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!1398 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1392, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!1399 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1239, file: !16, line: 94, baseType: !1400, size: 32)
!1400 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !1401)
!1401 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !1402)
!1402 = !{!1403}
!1403 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1401, file: !16, line: 63, baseType: !11, size: 32)
!1404 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1239, file: !16, line: 95, baseType: !203, size: 448)
!1405 = !DILocalVariable(name: "src", arg: 1, scope: !1229, file: !220, line: 9, type: !12)
!1406 = !DILocation(line: 9, column: 35, scope: !1229)
!1407 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !1229, file: !220, line: 9, type: !1232)
!1408 = !DILocation(line: 9, column: 49, scope: !1229)
!1409 = !DILocalVariable(name: "status_ptr", arg: 3, scope: !1229, file: !220, line: 9, type: !208)
!1410 = !DILocation(line: 9, column: 61, scope: !1229)
!1411 = !DILocalVariable(name: "r", scope: !1229, file: !220, line: 11, type: !11)
!1412 = !DILocation(line: 11, column: 6, scope: !1229)
!1413 = !DILocation(line: 13, column: 2, scope: !1229)
!1414 = !DILocation(line: 14, column: 19, scope: !1415)
!1415 = distinct !DILexicalBlock(scope: !1416, file: !220, line: 13, column: 11)
!1416 = distinct !DILexicalBlock(scope: !1417, file: !220, line: 13, column: 2)
!1417 = distinct !DILexicalBlock(scope: !1229, file: !220, line: 13, column: 2)
!1418 = !DILocation(line: 14, column: 24, scope: !1415)
!1419 = !DILocation(line: 14, column: 31, scope: !1415)
!1420 = !DILocation(line: 14, column: 7, scope: !1415)
!1421 = !DILocation(line: 14, column: 5, scope: !1415)
!1422 = !DILocation(line: 15, column: 7, scope: !1423)
!1423 = distinct !DILexicalBlock(scope: !1415, file: !220, line: 15, column: 7)
!1424 = !DILocation(line: 15, column: 9, scope: !1423)
!1425 = !DILocation(line: 15, column: 7, scope: !1415)
!1426 = !DILocation(line: 16, column: 11, scope: !1423)
!1427 = !DILocation(line: 16, column: 4, scope: !1423)
!1428 = !DILocation(line: 17, column: 7, scope: !1429)
!1429 = distinct !DILexicalBlock(scope: !1415, file: !220, line: 17, column: 7)
!1430 = !DILocation(line: 17, column: 14, scope: !1429)
!1431 = !DILocation(line: 17, column: 23, scope: !1429)
!1432 = !DILocation(line: 17, column: 32, scope: !1429)
!1433 = !DILocation(line: 17, column: 35, scope: !1429)
!1434 = !DILocation(line: 17, column: 42, scope: !1429)
!1435 = !DILocation(line: 17, column: 49, scope: !1429)
!1436 = !DILocation(line: 17, column: 7, scope: !1415)
!1437 = !DILocation(line: 18, column: 4, scope: !1429)
!1438 = distinct !{!1438, !1439, !1440}
!1439 = !DILocation(line: 13, column: 2, scope: !1417)
!1440 = !DILocation(line: 20, column: 2, scope: !1417)
!1441 = !DILocation(line: 19, column: 3, scope: !1415)
!1442 = !DILocation(line: 21, column: 1, scope: !1229)
!1443 = distinct !DISubprogram(name: "strlen", scope: !222, file: !222, line: 4, type: !1444, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !221, retainedNodes: !412)
!1444 = !DISubroutineType(types: !1445)
!1445 = !{!38, !436}
!1446 = !DILocalVariable(name: "s", arg: 1, scope: !1443, file: !222, line: 4, type: !436)
!1447 = !DILocation(line: 4, column: 27, scope: !1443)
!1448 = !DILocalVariable(name: "n", scope: !1443, file: !222, line: 6, type: !38)
!1449 = !DILocation(line: 6, column: 9, scope: !1443)
!1450 = !DILocation(line: 8, column: 2, scope: !1443)
!1451 = !DILocation(line: 8, column: 9, scope: !1443)
!1452 = !DILocation(line: 8, column: 11, scope: !1443)
!1453 = !DILocation(line: 8, column: 14, scope: !1443)
!1454 = !DILocation(line: 9, column: 4, scope: !1443)
!1455 = distinct !{!1455, !1450, !1454, !1456}
!1456 = !{!"llvm.loop.mustprogress"}
!1457 = !DILocation(line: 10, column: 9, scope: !1443)
!1458 = !DILocation(line: 10, column: 2, scope: !1443)
!1459 = distinct !DISubprogram(name: "strncmp", scope: !222, file: !222, line: 13, type: !1460, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !221, retainedNodes: !412)
!1460 = !DISubroutineType(types: !1461)
!1461 = !{!11, !436, !436, !38}
!1462 = !DILocalVariable(name: "a", arg: 1, scope: !1459, file: !222, line: 13, type: !436)
!1463 = !DILocation(line: 13, column: 25, scope: !1459)
!1464 = !DILocalVariable(name: "b", arg: 2, scope: !1459, file: !222, line: 13, type: !436)
!1465 = !DILocation(line: 13, column: 40, scope: !1459)
!1466 = !DILocalVariable(name: "n", arg: 3, scope: !1459, file: !222, line: 13, type: !38)
!1467 = !DILocation(line: 13, column: 50, scope: !1459)
!1468 = !DILocation(line: 15, column: 2, scope: !1459)
!1469 = !DILocation(line: 15, column: 9, scope: !1470)
!1470 = distinct !DILexicalBlock(scope: !1471, file: !222, line: 15, column: 2)
!1471 = distinct !DILexicalBlock(scope: !1459, file: !222, line: 15, column: 2)
!1472 = !DILocation(line: 15, column: 11, scope: !1470)
!1473 = !DILocation(line: 15, column: 2, scope: !1471)
!1474 = !DILocation(line: 16, column: 8, scope: !1475)
!1475 = distinct !DILexicalBlock(scope: !1476, file: !222, line: 16, column: 7)
!1476 = distinct !DILexicalBlock(scope: !1470, file: !222, line: 15, column: 31)
!1477 = !DILocation(line: 16, column: 7, scope: !1475)
!1478 = !DILocation(line: 16, column: 14, scope: !1475)
!1479 = !DILocation(line: 16, column: 13, scope: !1475)
!1480 = !DILocation(line: 16, column: 10, scope: !1475)
!1481 = !DILocation(line: 16, column: 7, scope: !1476)
!1482 = !DILocation(line: 17, column: 28, scope: !1475)
!1483 = !DILocation(line: 17, column: 27, scope: !1475)
!1484 = !DILocation(line: 17, column: 11, scope: !1475)
!1485 = !DILocation(line: 17, column: 49, scope: !1475)
!1486 = !DILocation(line: 17, column: 48, scope: !1475)
!1487 = !DILocation(line: 17, column: 32, scope: !1475)
!1488 = !DILocation(line: 17, column: 30, scope: !1475)
!1489 = !DILocation(line: 17, column: 4, scope: !1475)
!1490 = !DILocation(line: 18, column: 8, scope: !1491)
!1491 = distinct !DILexicalBlock(scope: !1476, file: !222, line: 18, column: 7)
!1492 = !DILocation(line: 18, column: 7, scope: !1491)
!1493 = !DILocation(line: 18, column: 10, scope: !1491)
!1494 = !DILocation(line: 18, column: 7, scope: !1476)
!1495 = !DILocation(line: 19, column: 4, scope: !1491)
!1496 = !DILocation(line: 20, column: 2, scope: !1476)
!1497 = !DILocation(line: 15, column: 17, scope: !1470)
!1498 = !DILocation(line: 15, column: 22, scope: !1470)
!1499 = !DILocation(line: 15, column: 27, scope: !1470)
!1500 = !DILocation(line: 15, column: 2, scope: !1470)
!1501 = distinct !{!1501, !1473, !1502, !1456}
!1502 = !DILocation(line: 20, column: 2, scope: !1471)
!1503 = !DILocation(line: 21, column: 2, scope: !1459)
!1504 = !DILocation(line: 22, column: 1, scope: !1459)
!1505 = distinct !DISubprogram(name: "strlcpy", scope: !222, file: !222, line: 24, type: !1506, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !221, retainedNodes: !412)
!1506 = !DISubroutineType(types: !1507)
!1507 = !{!38, !1508, !436, !38}
!1508 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !158, size: 32)
!1509 = !DILocalVariable(name: "dst", arg: 1, scope: !1505, file: !222, line: 24, type: !1508)
!1510 = !DILocation(line: 24, column: 22, scope: !1505)
!1511 = !DILocalVariable(name: "src", arg: 2, scope: !1505, file: !222, line: 24, type: !436)
!1512 = !DILocation(line: 24, column: 39, scope: !1505)
!1513 = !DILocalVariable(name: "size", arg: 3, scope: !1505, file: !222, line: 24, type: !38)
!1514 = !DILocation(line: 24, column: 51, scope: !1505)
!1515 = !DILocalVariable(name: "n", scope: !1505, file: !222, line: 26, type: !38)
!1516 = !DILocation(line: 26, column: 9, scope: !1505)
!1517 = !DILocation(line: 28, column: 6, scope: !1518)
!1518 = distinct !DILexicalBlock(scope: !1505, file: !222, line: 28, column: 6)
!1519 = !DILocation(line: 28, column: 11, scope: !1518)
!1520 = !DILocation(line: 28, column: 6, scope: !1505)
!1521 = !DILocation(line: 29, column: 3, scope: !1522)
!1522 = distinct !DILexicalBlock(scope: !1518, file: !222, line: 28, column: 16)
!1523 = !DILocation(line: 29, column: 10, scope: !1522)
!1524 = !DILocation(line: 29, column: 12, scope: !1522)
!1525 = !DILocation(line: 29, column: 18, scope: !1522)
!1526 = !DILocation(line: 29, column: 16, scope: !1522)
!1527 = !DILocation(line: 29, column: 23, scope: !1522)
!1528 = !DILocation(line: 29, column: 26, scope: !1522)
!1529 = !DILocation(line: 29, column: 30, scope: !1522)
!1530 = !DILocation(line: 29, column: 33, scope: !1522)
!1531 = !DILocation(line: 0, scope: !1522)
!1532 = !DILocation(line: 30, column: 13, scope: !1533)
!1533 = distinct !DILexicalBlock(scope: !1522, file: !222, line: 29, column: 42)
!1534 = !DILocation(line: 30, column: 17, scope: !1533)
!1535 = !DILocation(line: 30, column: 4, scope: !1533)
!1536 = !DILocation(line: 30, column: 8, scope: !1533)
!1537 = !DILocation(line: 30, column: 11, scope: !1533)
!1538 = !DILocation(line: 31, column: 5, scope: !1533)
!1539 = distinct !{!1539, !1521, !1540, !1456}
!1540 = !DILocation(line: 32, column: 3, scope: !1522)
!1541 = !DILocation(line: 33, column: 3, scope: !1522)
!1542 = !DILocation(line: 33, column: 7, scope: !1522)
!1543 = !DILocation(line: 33, column: 10, scope: !1522)
!1544 = !DILocation(line: 34, column: 2, scope: !1522)
!1545 = !DILocation(line: 35, column: 2, scope: !1505)
!1546 = !DILocation(line: 35, column: 9, scope: !1505)
!1547 = !DILocation(line: 35, column: 13, scope: !1505)
!1548 = !DILocation(line: 35, column: 16, scope: !1505)
!1549 = !DILocation(line: 36, column: 4, scope: !1505)
!1550 = distinct !{!1550, !1545, !1549, !1456}
!1551 = !DILocation(line: 37, column: 9, scope: !1505)
!1552 = !DILocation(line: 37, column: 2, scope: !1505)
!1553 = distinct !DISubprogram(name: "memset", scope: !222, file: !222, line: 40, type: !1554, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !221, retainedNodes: !412)
!1554 = !DISubroutineType(types: !1555)
!1555 = !{!1556, !1556, !11, !38}
!1556 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!1557 = !DILocalVariable(name: "dst", arg: 1, scope: !1553, file: !222, line: 40, type: !1556)
!1558 = !DILocation(line: 40, column: 20, scope: !1553)
!1559 = !DILocalVariable(name: "c", arg: 2, scope: !1553, file: !222, line: 40, type: !11)
!1560 = !DILocation(line: 40, column: 29, scope: !1553)
!1561 = !DILocalVariable(name: "n", arg: 3, scope: !1553, file: !222, line: 40, type: !38)
!1562 = !DILocation(line: 40, column: 39, scope: !1553)
!1563 = !DILocalVariable(name: "p", scope: !1553, file: !222, line: 42, type: !1564)
!1564 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !205, size: 32)
!1565 = !DILocation(line: 42, column: 17, scope: !1553)
!1566 = !DILocation(line: 42, column: 21, scope: !1553)
!1567 = !DILocation(line: 44, column: 2, scope: !1553)
!1568 = !DILocation(line: 44, column: 10, scope: !1553)
!1569 = !DILocation(line: 44, column: 13, scope: !1553)
!1570 = !DILocation(line: 45, column: 26, scope: !1553)
!1571 = !DILocation(line: 45, column: 10, scope: !1553)
!1572 = !DILocation(line: 45, column: 5, scope: !1553)
!1573 = !DILocation(line: 45, column: 8, scope: !1553)
!1574 = distinct !{!1574, !1567, !1570, !1456}
!1575 = !DILocation(line: 46, column: 9, scope: !1553)
!1576 = !DILocation(line: 46, column: 2, scope: !1553)
!1577 = distinct !DISubprogram(name: "sys_fork", scope: !225, file: !225, line: 4, type: !1578, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !224, retainedNodes: !412)
!1578 = !DISubroutineType(types: !1579)
!1579 = !{!11, !12, !11, !652}
!1580 = !DILocalVariable(name: "parent", arg: 1, scope: !1577, file: !225, line: 4, type: !12)
!1581 = !DILocation(line: 4, column: 25, scope: !1577)
!1582 = !DILocalVariable(name: "child_slot", arg: 2, scope: !1577, file: !225, line: 4, type: !11)
!1583 = !DILocation(line: 4, column: 37, scope: !1577)
!1584 = !DILocalVariable(name: "child_endpt", arg: 3, scope: !1577, file: !225, line: 4, type: !652)
!1585 = !DILocation(line: 4, column: 61, scope: !1577)
!1586 = !DILocalVariable(name: "m", scope: !1577, file: !225, line: 6, type: !1587)
!1587 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !1588)
!1588 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !1589)
!1589 = !{!1590, !1591, !1592}
!1590 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1588, file: !16, line: 66, baseType: !12, size: 32)
!1591 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1588, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!1592 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1588, file: !16, line: 96, baseType: !1593, size: 448, offset: 64)
!1593 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1588, file: !16, line: 68, size: 448, elements: !1594)
!1594 = !{!1595, !1600, !1606, !1612, !1617, !1622, !1628, !1636, !1643, !1651, !1656, !1663, !1670, !1675, !1682, !1687, !1694, !1701, !1706, !1712, !1719, !1726, !1731, !1738, !1744, !1753, !1758}
!1595 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1593, file: !16, line: 69, baseType: !1596, size: 32)
!1596 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1597)
!1597 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1598)
!1598 = !{!1599}
!1599 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1597, file: !16, line: 15, baseType: !11, size: 32)
!1600 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1593, file: !16, line: 70, baseType: !1601, size: 64)
!1601 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1602)
!1602 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1603)
!1603 = !{!1604, !1605}
!1604 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1602, file: !16, line: 16, baseType: !34, size: 32)
!1605 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1602, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1606 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1593, file: !16, line: 71, baseType: !1607, size: 64)
!1607 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1608)
!1608 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1609)
!1609 = !{!1610, !1611}
!1610 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1608, file: !16, line: 17, baseType: !44, size: 32)
!1611 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1608, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1612 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1593, file: !16, line: 72, baseType: !1613, size: 32)
!1613 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1614)
!1614 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1615)
!1615 = !{!1616}
!1616 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1614, file: !16, line: 18, baseType: !51, size: 32)
!1617 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1593, file: !16, line: 73, baseType: !1618, size: 32)
!1618 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1619)
!1619 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1620)
!1620 = !{!1621}
!1621 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1619, file: !16, line: 19, baseType: !11, size: 32)
!1622 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1593, file: !16, line: 74, baseType: !1623, size: 64)
!1623 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1624)
!1624 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1625)
!1625 = !{!1626, !1627}
!1626 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1624, file: !16, line: 20, baseType: !11, size: 32)
!1627 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1624, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1628 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1593, file: !16, line: 75, baseType: !1629, size: 128)
!1629 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1630)
!1630 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1631)
!1631 = !{!1632, !1633, !1634, !1635}
!1632 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1630, file: !16, line: 24, baseType: !12, size: 32)
!1633 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1630, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1634 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1630, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1635 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1630, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1636 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1593, file: !16, line: 76, baseType: !1637, size: 96)
!1637 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1638)
!1638 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1639)
!1639 = !{!1640, !1641, !1642}
!1640 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1638, file: !16, line: 29, baseType: !12, size: 32)
!1641 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1638, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1642 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1638, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1643 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1593, file: !16, line: 77, baseType: !1644, size: 128)
!1644 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1645)
!1645 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1646)
!1646 = !{!1647, !1648, !1649, !1650}
!1647 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1645, file: !16, line: 32, baseType: !34, size: 32)
!1648 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1645, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1649 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1645, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1650 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1645, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1651 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1593, file: !16, line: 78, baseType: !1652, size: 32)
!1652 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1653)
!1653 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1654)
!1654 = !{!1655}
!1655 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1653, file: !16, line: 33, baseType: !11, size: 32)
!1656 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1593, file: !16, line: 79, baseType: !1657, size: 96)
!1657 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1658)
!1658 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1659)
!1659 = !{!1660, !1661, !1662}
!1660 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1658, file: !16, line: 34, baseType: !11, size: 32)
!1661 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1658, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1662 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1658, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1663 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1593, file: !16, line: 80, baseType: !1664, size: 96)
!1664 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1665)
!1665 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1666)
!1666 = !{!1667, !1668, !1669}
!1667 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1665, file: !16, line: 35, baseType: !11, size: 32)
!1668 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1665, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1669 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1665, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1670 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1593, file: !16, line: 81, baseType: !1671, size: 16)
!1671 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1672)
!1672 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1673)
!1673 = !{!1674}
!1674 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1672, file: !16, line: 36, baseType: !86, size: 16)
!1675 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1593, file: !16, line: 82, baseType: !1676, size: 96)
!1676 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1677)
!1677 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1678)
!1678 = !{!1679, !1680, !1681}
!1679 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1677, file: !16, line: 39, baseType: !12, size: 32)
!1680 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1677, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1681 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1677, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1682 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1593, file: !16, line: 83, baseType: !1683, size: 32)
!1683 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1684)
!1684 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1685)
!1685 = !{!1686}
!1686 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1684, file: !16, line: 40, baseType: !12, size: 32)
!1687 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1593, file: !16, line: 84, baseType: !1688, size: 96)
!1688 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1689)
!1689 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1690)
!1690 = !{!1691, !1692, !1693}
!1691 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1689, file: !16, line: 41, baseType: !12, size: 32)
!1692 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1689, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1693 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1689, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1694 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1593, file: !16, line: 85, baseType: !1695, size: 96)
!1695 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1696)
!1696 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1697)
!1697 = !{!1698, !1699, !1700}
!1698 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1696, file: !16, line: 42, baseType: !12, size: 32)
!1699 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1696, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1700 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1696, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1701 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1593, file: !16, line: 86, baseType: !1702, size: 32)
!1702 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1703)
!1703 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1704)
!1704 = !{!1705}
!1705 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1703, file: !16, line: 45, baseType: !34, size: 32)
!1706 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1593, file: !16, line: 87, baseType: !1707, size: 64)
!1707 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1708)
!1708 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1709)
!1709 = !{!1710, !1711}
!1710 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1708, file: !16, line: 46, baseType: !38, size: 32)
!1711 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1708, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1712 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1593, file: !16, line: 88, baseType: !1713, size: 192)
!1713 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1714)
!1714 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1715)
!1715 = !{!1716, !1717, !1718}
!1716 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1714, file: !16, line: 49, baseType: !157, size: 128)
!1717 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1714, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1718 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1714, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1719 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1593, file: !16, line: 89, baseType: !1720, size: 192)
!1720 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1721)
!1721 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1722)
!1722 = !{!1723, !1724, !1725}
!1723 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1721, file: !16, line: 50, baseType: !157, size: 128)
!1724 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1721, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1725 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1721, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1726 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1593, file: !16, line: 90, baseType: !1727, size: 32)
!1727 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !1728)
!1728 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !1729)
!1729 = !{!1730}
!1730 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1728, file: !16, line: 53, baseType: !11, size: 32)
!1731 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1593, file: !16, line: 91, baseType: !1732, size: 96)
!1732 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !1733)
!1733 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !1734)
!1734 = !{!1735, !1736, !1737}
!1735 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1733, file: !16, line: 56, baseType: !12, size: 32)
!1736 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1733, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!1737 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1733, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!1738 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1593, file: !16, line: 92, baseType: !1739, size: 64)
!1739 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !1740)
!1740 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !1741)
!1741 = !{!1742, !1743}
!1742 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1740, file: !16, line: 57, baseType: !12, size: 32)
!1743 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1740, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!1744 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1593, file: !16, line: 93, baseType: !1745, size: 160)
!1745 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !1746)
!1746 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !1747)
!1747 = !{!1748, !1749, !1750, !1751, !1752}
!1748 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1746, file: !16, line: 59, baseType: !12, size: 32)
!1749 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1746, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!1750 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1746, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!1751 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1746, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!1752 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1746, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!1753 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1593, file: !16, line: 94, baseType: !1754, size: 32)
!1754 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !1755)
!1755 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !1756)
!1756 = !{!1757}
!1757 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1755, file: !16, line: 63, baseType: !11, size: 32)
!1758 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1593, file: !16, line: 95, baseType: !203, size: 448)
!1759 = !DILocation(line: 6, column: 10, scope: !1577)
!1760 = !DILocalVariable(name: "r", scope: !1577, file: !225, line: 7, type: !11)
!1761 = !DILocation(line: 7, column: 6, scope: !1577)
!1762 = !DILocation(line: 9, column: 2, scope: !1577)
!1763 = !DILocation(line: 10, column: 33, scope: !1577)
!1764 = !DILocation(line: 10, column: 4, scope: !1577)
!1765 = !DILocation(line: 10, column: 24, scope: !1577)
!1766 = !DILocation(line: 10, column: 31, scope: !1577)
!1767 = !DILocation(line: 11, column: 31, scope: !1577)
!1768 = !DILocation(line: 11, column: 4, scope: !1577)
!1769 = !DILocation(line: 11, column: 24, scope: !1577)
!1770 = !DILocation(line: 11, column: 29, scope: !1577)
!1771 = !DILocation(line: 12, column: 6, scope: !1577)
!1772 = !DILocation(line: 12, column: 4, scope: !1577)
!1773 = !DILocation(line: 13, column: 6, scope: !1774)
!1774 = distinct !DILexicalBlock(scope: !1577, file: !225, line: 13, column: 6)
!1775 = !DILocation(line: 13, column: 8, scope: !1774)
!1776 = !DILocation(line: 13, column: 6, scope: !1577)
!1777 = !DILocation(line: 14, column: 20, scope: !1774)
!1778 = !DILocation(line: 14, column: 40, scope: !1774)
!1779 = !DILocation(line: 14, column: 4, scope: !1774)
!1780 = !DILocation(line: 14, column: 16, scope: !1774)
!1781 = !DILocation(line: 14, column: 3, scope: !1774)
!1782 = !DILocation(line: 15, column: 9, scope: !1577)
!1783 = !DILocation(line: 15, column: 2, scope: !1577)
!1784 = distinct !DISubprogram(name: "sys_kill", scope: !225, file: !225, line: 18, type: !1785, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !224, retainedNodes: !412)
!1785 = !DISubroutineType(types: !1786)
!1786 = !{!11, !12, !11}
!1787 = !DILocalVariable(name: "endpt", arg: 1, scope: !1784, file: !225, line: 18, type: !12)
!1788 = !DILocation(line: 18, column: 25, scope: !1784)
!1789 = !DILocalVariable(name: "sig", arg: 2, scope: !1784, file: !225, line: 18, type: !11)
!1790 = !DILocation(line: 18, column: 36, scope: !1784)
!1791 = !DILocalVariable(name: "m", scope: !1784, file: !225, line: 20, type: !1587)
!1792 = !DILocation(line: 20, column: 10, scope: !1784)
!1793 = !DILocation(line: 22, column: 2, scope: !1784)
!1794 = !DILocation(line: 23, column: 32, scope: !1784)
!1795 = !DILocation(line: 23, column: 4, scope: !1784)
!1796 = !DILocation(line: 23, column: 24, scope: !1784)
!1797 = !DILocation(line: 23, column: 30, scope: !1784)
!1798 = !DILocation(line: 24, column: 30, scope: !1784)
!1799 = !DILocation(line: 24, column: 4, scope: !1784)
!1800 = !DILocation(line: 24, column: 24, scope: !1784)
!1801 = !DILocation(line: 24, column: 28, scope: !1784)
!1802 = !DILocation(line: 25, column: 9, scope: !1784)
!1803 = !DILocation(line: 25, column: 2, scope: !1784)
!1804 = distinct !DISubprogram(name: "sys_datacopy", scope: !225, file: !225, line: 28, type: !1805, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !224, retainedNodes: !412)
!1805 = !DISubroutineType(types: !1806)
!1806 = !{!11, !12, !34, !12, !34, !38}
!1807 = !DILocalVariable(name: "src_endpt", arg: 1, scope: !1804, file: !225, line: 28, type: !12)
!1808 = !DILocation(line: 28, column: 29, scope: !1804)
!1809 = !DILocalVariable(name: "src_addr", arg: 2, scope: !1804, file: !225, line: 28, type: !34)
!1810 = !DILocation(line: 28, column: 50, scope: !1804)
!1811 = !DILocalVariable(name: "dst_endpt", arg: 3, scope: !1804, file: !225, line: 29, type: !12)
!1812 = !DILocation(line: 29, column: 13, scope: !1804)
!1813 = !DILocalVariable(name: "dst_addr", arg: 4, scope: !1804, file: !225, line: 29, type: !34)
!1814 = !DILocation(line: 29, column: 34, scope: !1804)
!1815 = !DILocalVariable(name: "bytes", arg: 5, scope: !1804, file: !225, line: 29, type: !38)
!1816 = !DILocation(line: 29, column: 51, scope: !1804)
!1817 = !DILocalVariable(name: "m", scope: !1804, file: !225, line: 31, type: !1587)
!1818 = !DILocation(line: 31, column: 10, scope: !1804)
!1819 = !DILocation(line: 33, column: 2, scope: !1804)
!1820 = !DILocation(line: 34, column: 40, scope: !1804)
!1821 = !DILocation(line: 34, column: 4, scope: !1804)
!1822 = !DILocation(line: 34, column: 28, scope: !1804)
!1823 = !DILocation(line: 34, column: 38, scope: !1804)
!1824 = !DILocation(line: 35, column: 39, scope: !1804)
!1825 = !DILocation(line: 35, column: 4, scope: !1804)
!1826 = !DILocation(line: 35, column: 28, scope: !1804)
!1827 = !DILocation(line: 35, column: 37, scope: !1804)
!1828 = !DILocation(line: 36, column: 40, scope: !1804)
!1829 = !DILocation(line: 36, column: 4, scope: !1804)
!1830 = !DILocation(line: 36, column: 28, scope: !1804)
!1831 = !DILocation(line: 36, column: 38, scope: !1804)
!1832 = !DILocation(line: 37, column: 39, scope: !1804)
!1833 = !DILocation(line: 37, column: 4, scope: !1804)
!1834 = !DILocation(line: 37, column: 28, scope: !1804)
!1835 = !DILocation(line: 37, column: 37, scope: !1804)
!1836 = !DILocation(line: 38, column: 36, scope: !1804)
!1837 = !DILocation(line: 38, column: 4, scope: !1804)
!1838 = !DILocation(line: 38, column: 28, scope: !1804)
!1839 = !DILocation(line: 38, column: 34, scope: !1804)
!1840 = !DILocation(line: 39, column: 9, scope: !1804)
!1841 = !DILocation(line: 39, column: 2, scope: !1804)
!1842 = distinct !DISubprogram(name: "sys_abort", scope: !225, file: !225, line: 42, type: !1843, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !224, retainedNodes: !412)
!1843 = !DISubroutineType(types: !1844)
!1844 = !{!11, !11}
!1845 = !DILocalVariable(name: "how", arg: 1, scope: !1842, file: !225, line: 42, type: !11)
!1846 = !DILocation(line: 42, column: 19, scope: !1842)
!1847 = !DILocalVariable(name: "m", scope: !1842, file: !225, line: 44, type: !1587)
!1848 = !DILocation(line: 44, column: 10, scope: !1842)
!1849 = !DILocation(line: 46, column: 2, scope: !1842)
!1850 = !DILocation(line: 47, column: 31, scope: !1842)
!1851 = !DILocation(line: 47, column: 4, scope: !1842)
!1852 = !DILocation(line: 47, column: 25, scope: !1842)
!1853 = !DILocation(line: 47, column: 29, scope: !1842)
!1854 = !DILocation(line: 48, column: 9, scope: !1842)
!1855 = !DILocation(line: 48, column: 2, scope: !1842)
!1856 = distinct !DISubprogram(name: "_taskcall", scope: !227, file: !227, line: 5, type: !1857, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !226, retainedNodes: !412)
!1857 = !DISubroutineType(types: !1858)
!1858 = !{!11, !12, !11, !1859}
!1859 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1860, size: 32)
!1860 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !1861)
!1861 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !1862)
!1862 = !{!1863, !1864, !1865}
!1863 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1861, file: !16, line: 66, baseType: !12, size: 32)
!1864 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1861, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!1865 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1861, file: !16, line: 96, baseType: !1866, size: 448, offset: 64)
!1866 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1861, file: !16, line: 68, size: 448, elements: !1867)
!1867 = !{!1868, !1873, !1879, !1885, !1890, !1895, !1901, !1909, !1916, !1924, !1929, !1936, !1943, !1948, !1955, !1960, !1967, !1974, !1979, !1985, !1992, !1999, !2004, !2011, !2017, !2026, !2031}
!1868 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1866, file: !16, line: 69, baseType: !1869, size: 32)
!1869 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !1870)
!1870 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !1871)
!1871 = !{!1872}
!1872 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1870, file: !16, line: 15, baseType: !11, size: 32)
!1873 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1866, file: !16, line: 70, baseType: !1874, size: 64)
!1874 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !1875)
!1875 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !1876)
!1876 = !{!1877, !1878}
!1877 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1875, file: !16, line: 16, baseType: !34, size: 32)
!1878 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1875, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!1879 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1866, file: !16, line: 71, baseType: !1880, size: 64)
!1880 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !1881)
!1881 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !1882)
!1882 = !{!1883, !1884}
!1883 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1881, file: !16, line: 17, baseType: !44, size: 32)
!1884 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1881, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!1885 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1866, file: !16, line: 72, baseType: !1886, size: 32)
!1886 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !1887)
!1887 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !1888)
!1888 = !{!1889}
!1889 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1887, file: !16, line: 18, baseType: !51, size: 32)
!1890 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1866, file: !16, line: 73, baseType: !1891, size: 32)
!1891 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !1892)
!1892 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !1893)
!1893 = !{!1894}
!1894 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1892, file: !16, line: 19, baseType: !11, size: 32)
!1895 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1866, file: !16, line: 74, baseType: !1896, size: 64)
!1896 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !1897)
!1897 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !1898)
!1898 = !{!1899, !1900}
!1899 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1897, file: !16, line: 20, baseType: !11, size: 32)
!1900 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1897, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!1901 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1866, file: !16, line: 75, baseType: !1902, size: 128)
!1902 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !1903)
!1903 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !1904)
!1904 = !{!1905, !1906, !1907, !1908}
!1905 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1903, file: !16, line: 24, baseType: !12, size: 32)
!1906 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1903, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!1907 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1903, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!1908 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1903, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!1909 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1866, file: !16, line: 76, baseType: !1910, size: 96)
!1910 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !1911)
!1911 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !1912)
!1912 = !{!1913, !1914, !1915}
!1913 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1911, file: !16, line: 29, baseType: !12, size: 32)
!1914 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1911, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!1915 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1911, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!1916 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1866, file: !16, line: 77, baseType: !1917, size: 128)
!1917 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !1918)
!1918 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !1919)
!1919 = !{!1920, !1921, !1922, !1923}
!1920 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1918, file: !16, line: 32, baseType: !34, size: 32)
!1921 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1918, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!1922 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1918, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!1923 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1918, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!1924 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1866, file: !16, line: 78, baseType: !1925, size: 32)
!1925 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !1926)
!1926 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !1927)
!1927 = !{!1928}
!1928 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1926, file: !16, line: 33, baseType: !11, size: 32)
!1929 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1866, file: !16, line: 79, baseType: !1930, size: 96)
!1930 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !1931)
!1931 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !1932)
!1932 = !{!1933, !1934, !1935}
!1933 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1931, file: !16, line: 34, baseType: !11, size: 32)
!1934 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1931, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!1935 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1931, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!1936 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1866, file: !16, line: 80, baseType: !1937, size: 96)
!1937 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !1938)
!1938 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !1939)
!1939 = !{!1940, !1941, !1942}
!1940 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1938, file: !16, line: 35, baseType: !11, size: 32)
!1941 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1938, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!1942 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1938, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!1943 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1866, file: !16, line: 81, baseType: !1944, size: 16)
!1944 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !1945)
!1945 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !1946)
!1946 = !{!1947}
!1947 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1945, file: !16, line: 36, baseType: !86, size: 16)
!1948 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1866, file: !16, line: 82, baseType: !1949, size: 96)
!1949 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !1950)
!1950 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !1951)
!1951 = !{!1952, !1953, !1954}
!1952 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1950, file: !16, line: 39, baseType: !12, size: 32)
!1953 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1950, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!1954 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1950, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!1955 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1866, file: !16, line: 83, baseType: !1956, size: 32)
!1956 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !1957)
!1957 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !1958)
!1958 = !{!1959}
!1959 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1957, file: !16, line: 40, baseType: !12, size: 32)
!1960 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1866, file: !16, line: 84, baseType: !1961, size: 96)
!1961 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !1962)
!1962 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !1963)
!1963 = !{!1964, !1965, !1966}
!1964 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1962, file: !16, line: 41, baseType: !12, size: 32)
!1965 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1962, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!1966 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1962, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!1967 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1866, file: !16, line: 85, baseType: !1968, size: 96)
!1968 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !1969)
!1969 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !1970)
!1970 = !{!1971, !1972, !1973}
!1971 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1969, file: !16, line: 42, baseType: !12, size: 32)
!1972 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1969, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!1973 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1969, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!1974 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1866, file: !16, line: 86, baseType: !1975, size: 32)
!1975 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !1976)
!1976 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !1977)
!1977 = !{!1978}
!1978 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1976, file: !16, line: 45, baseType: !34, size: 32)
!1979 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1866, file: !16, line: 87, baseType: !1980, size: 64)
!1980 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !1981)
!1981 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !1982)
!1982 = !{!1983, !1984}
!1983 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1981, file: !16, line: 46, baseType: !38, size: 32)
!1984 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1981, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!1985 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1866, file: !16, line: 88, baseType: !1986, size: 192)
!1986 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !1987)
!1987 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !1988)
!1988 = !{!1989, !1990, !1991}
!1989 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1987, file: !16, line: 49, baseType: !157, size: 128)
!1990 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1987, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!1991 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1987, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!1992 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1866, file: !16, line: 89, baseType: !1993, size: 192)
!1993 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !1994)
!1994 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !1995)
!1995 = !{!1996, !1997, !1998}
!1996 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1994, file: !16, line: 50, baseType: !157, size: 128)
!1997 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1994, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!1998 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1994, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!1999 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1866, file: !16, line: 90, baseType: !2000, size: 32)
!2000 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !2001)
!2001 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !2002)
!2002 = !{!2003}
!2003 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2001, file: !16, line: 53, baseType: !11, size: 32)
!2004 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1866, file: !16, line: 91, baseType: !2005, size: 96)
!2005 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !2006)
!2006 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !2007)
!2007 = !{!2008, !2009, !2010}
!2008 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2006, file: !16, line: 56, baseType: !12, size: 32)
!2009 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2006, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!2010 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2006, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!2011 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1866, file: !16, line: 92, baseType: !2012, size: 64)
!2012 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !2013)
!2013 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !2014)
!2014 = !{!2015, !2016}
!2015 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2013, file: !16, line: 57, baseType: !12, size: 32)
!2016 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2013, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!2017 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1866, file: !16, line: 93, baseType: !2018, size: 160)
!2018 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !2019)
!2019 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !2020)
!2020 = !{!2021, !2022, !2023, !2024, !2025}
!2021 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2019, file: !16, line: 59, baseType: !12, size: 32)
!2022 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2019, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!2023 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2019, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!2024 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2019, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!2025 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2019, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!2026 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1866, file: !16, line: 94, baseType: !2027, size: 32)
!2027 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !2028)
!2028 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !2029)
!2029 = !{!2030}
!2030 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2028, file: !16, line: 63, baseType: !11, size: 32)
!2031 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1866, file: !16, line: 95, baseType: !203, size: 448)
!2032 = !DILocalVariable(name: "who", arg: 1, scope: !1856, file: !227, line: 5, type: !12)
!2033 = !DILocation(line: 5, column: 26, scope: !1856)
!2034 = !DILocalVariable(name: "syscallnr", arg: 2, scope: !1856, file: !227, line: 5, type: !11)
!2035 = !DILocation(line: 5, column: 35, scope: !1856)
!2036 = !DILocalVariable(name: "msgptr", arg: 3, scope: !1856, file: !227, line: 5, type: !1859)
!2037 = !DILocation(line: 5, column: 55, scope: !1856)
!2038 = !DILocalVariable(name: "status", scope: !1856, file: !227, line: 7, type: !11)
!2039 = !DILocation(line: 7, column: 6, scope: !1856)
!2040 = !DILocation(line: 9, column: 19, scope: !1856)
!2041 = !DILocation(line: 9, column: 2, scope: !1856)
!2042 = !DILocation(line: 9, column: 10, scope: !1856)
!2043 = !DILocation(line: 9, column: 17, scope: !1856)
!2044 = !DILocation(line: 10, column: 24, scope: !1856)
!2045 = !DILocation(line: 10, column: 29, scope: !1856)
!2046 = !DILocation(line: 10, column: 11, scope: !1856)
!2047 = !DILocation(line: 10, column: 9, scope: !1856)
!2048 = !DILocation(line: 11, column: 6, scope: !2049)
!2049 = distinct !DILexicalBlock(scope: !1856, file: !227, line: 11, column: 6)
!2050 = !DILocation(line: 11, column: 13, scope: !2049)
!2051 = !DILocation(line: 11, column: 6, scope: !1856)
!2052 = !DILocation(line: 12, column: 10, scope: !2049)
!2053 = !DILocation(line: 12, column: 3, scope: !2049)
!2054 = !DILocation(line: 13, column: 9, scope: !1856)
!2055 = !DILocation(line: 13, column: 17, scope: !1856)
!2056 = !DILocation(line: 13, column: 2, scope: !1856)
!2057 = !DILocation(line: 14, column: 1, scope: !1856)
!2058 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !7, file: !7, line: 33, type: !2059, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !226, retainedNodes: !412)
!2059 = !DISubroutineType(types: !2060)
!2060 = !{!11, !12, !1859}
!2061 = !DILocalVariable(name: "dst", arg: 1, scope: !2058, file: !7, line: 33, type: !12)
!2062 = !DILocation(line: 33, column: 43, scope: !2058)
!2063 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !2058, file: !7, line: 33, type: !1859)
!2064 = !DILocation(line: 33, column: 57, scope: !2058)
!2065 = !DILocation(line: 35, column: 9, scope: !2058)
!2066 = !DILocation(line: 35, column: 42, scope: !2058)
!2067 = !DILocation(line: 35, column: 47, scope: !2058)
!2068 = !DILocation(line: 35, column: 2, scope: !2058)
!2069 = distinct !DISubprogram(name: "vm_fork", scope: !229, file: !229, line: 5, type: !1578, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !228, retainedNodes: !412)
!2070 = !DILocalVariable(name: "endpt", arg: 1, scope: !2069, file: !229, line: 5, type: !12)
!2071 = !DILocation(line: 5, column: 24, scope: !2069)
!2072 = !DILocalVariable(name: "slot", arg: 2, scope: !2069, file: !229, line: 5, type: !11)
!2073 = !DILocation(line: 5, column: 35, scope: !2069)
!2074 = !DILocalVariable(name: "child_endpt", arg: 3, scope: !2069, file: !229, line: 5, type: !652)
!2075 = !DILocation(line: 5, column: 53, scope: !2069)
!2076 = !DILocalVariable(name: "m", scope: !2069, file: !229, line: 7, type: !2077)
!2077 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !16, line: 97, baseType: !2078)
!2078 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 65, size: 512, elements: !2079)
!2079 = !{!2080, !2081, !2082}
!2080 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2078, file: !16, line: 66, baseType: !12, size: 32)
!2081 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2078, file: !16, line: 67, baseType: !11, size: 32, offset: 32)
!2082 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2078, file: !16, line: 96, baseType: !2083, size: 448, offset: 64)
!2083 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2078, file: !16, line: 68, size: 448, elements: !2084)
!2084 = !{!2085, !2090, !2096, !2102, !2107, !2112, !2118, !2126, !2133, !2141, !2146, !2153, !2160, !2165, !2172, !2177, !2184, !2191, !2196, !2202, !2209, !2216, !2221, !2228, !2234, !2243, !2248}
!2085 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2083, file: !16, line: 69, baseType: !2086, size: 32)
!2086 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !16, line: 15, baseType: !2087)
!2087 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 15, size: 32, elements: !2088)
!2088 = !{!2089}
!2089 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2087, file: !16, line: 15, baseType: !11, size: 32)
!2090 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2083, file: !16, line: 70, baseType: !2091, size: 64)
!2091 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !16, line: 16, baseType: !2092)
!2092 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 16, size: 64, elements: !2093)
!2093 = !{!2094, !2095}
!2094 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2092, file: !16, line: 16, baseType: !34, size: 32)
!2095 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2092, file: !16, line: 16, baseType: !38, size: 32, offset: 32)
!2096 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2083, file: !16, line: 71, baseType: !2097, size: 64)
!2097 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !16, line: 17, baseType: !2098)
!2098 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 17, size: 64, elements: !2099)
!2099 = !{!2100, !2101}
!2100 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2098, file: !16, line: 17, baseType: !44, size: 32)
!2101 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2098, file: !16, line: 17, baseType: !11, size: 32, offset: 32)
!2102 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2083, file: !16, line: 72, baseType: !2103, size: 32)
!2103 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !16, line: 18, baseType: !2104)
!2104 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 18, size: 32, elements: !2105)
!2105 = !{!2106}
!2106 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2104, file: !16, line: 18, baseType: !51, size: 32)
!2107 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2083, file: !16, line: 73, baseType: !2108, size: 32)
!2108 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !16, line: 19, baseType: !2109)
!2109 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 19, size: 32, elements: !2110)
!2110 = !{!2111}
!2111 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2109, file: !16, line: 19, baseType: !11, size: 32)
!2112 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2083, file: !16, line: 74, baseType: !2113, size: 64)
!2113 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !16, line: 20, baseType: !2114)
!2114 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 20, size: 64, elements: !2115)
!2115 = !{!2116, !2117}
!2116 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2114, file: !16, line: 20, baseType: !11, size: 32)
!2117 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2114, file: !16, line: 20, baseType: !34, size: 32, offset: 32)
!2118 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2083, file: !16, line: 75, baseType: !2119, size: 128)
!2119 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !16, line: 28, baseType: !2120)
!2120 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 23, size: 128, elements: !2121)
!2121 = !{!2122, !2123, !2124, !2125}
!2122 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2120, file: !16, line: 24, baseType: !12, size: 32)
!2123 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2120, file: !16, line: 25, baseType: !12, size: 32, offset: 32)
!2124 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2120, file: !16, line: 26, baseType: !44, size: 32, offset: 64)
!2125 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2120, file: !16, line: 27, baseType: !51, size: 32, offset: 96)
!2126 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2083, file: !16, line: 76, baseType: !2127, size: 96)
!2127 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !16, line: 29, baseType: !2128)
!2128 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 29, size: 96, elements: !2129)
!2129 = !{!2130, !2131, !2132}
!2130 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2128, file: !16, line: 29, baseType: !12, size: 32)
!2131 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2128, file: !16, line: 29, baseType: !34, size: 32, offset: 32)
!2132 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2128, file: !16, line: 29, baseType: !38, size: 32, offset: 64)
!2133 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2083, file: !16, line: 77, baseType: !2134, size: 128)
!2134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !16, line: 32, baseType: !2135)
!2135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 32, size: 128, elements: !2136)
!2136 = !{!2137, !2138, !2139, !2140}
!2137 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2135, file: !16, line: 32, baseType: !34, size: 32)
!2138 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2135, file: !16, line: 32, baseType: !38, size: 32, offset: 32)
!2139 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2135, file: !16, line: 32, baseType: !11, size: 32, offset: 64)
!2140 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2135, file: !16, line: 32, baseType: !86, size: 16, offset: 96)
!2141 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2083, file: !16, line: 78, baseType: !2142, size: 32)
!2142 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !16, line: 33, baseType: !2143)
!2143 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 33, size: 32, elements: !2144)
!2144 = !{!2145}
!2145 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2143, file: !16, line: 33, baseType: !11, size: 32)
!2146 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2083, file: !16, line: 79, baseType: !2147, size: 96)
!2147 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !16, line: 34, baseType: !2148)
!2148 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 34, size: 96, elements: !2149)
!2149 = !{!2150, !2151, !2152}
!2150 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2148, file: !16, line: 34, baseType: !11, size: 32)
!2151 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2148, file: !16, line: 34, baseType: !34, size: 32, offset: 32)
!2152 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2148, file: !16, line: 34, baseType: !38, size: 32, offset: 64)
!2153 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2083, file: !16, line: 80, baseType: !2154, size: 96)
!2154 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !16, line: 35, baseType: !2155)
!2155 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 35, size: 96, elements: !2156)
!2156 = !{!2157, !2158, !2159}
!2157 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2155, file: !16, line: 35, baseType: !11, size: 32)
!2158 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2155, file: !16, line: 35, baseType: !107, size: 32, offset: 32)
!2159 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2155, file: !16, line: 35, baseType: !11, size: 32, offset: 64)
!2160 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2083, file: !16, line: 81, baseType: !2161, size: 16)
!2161 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !16, line: 36, baseType: !2162)
!2162 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 36, size: 16, elements: !2163)
!2163 = !{!2164}
!2164 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2162, file: !16, line: 36, baseType: !86, size: 16)
!2165 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2083, file: !16, line: 82, baseType: !2166, size: 96)
!2166 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !16, line: 39, baseType: !2167)
!2167 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 39, size: 96, elements: !2168)
!2168 = !{!2169, !2170, !2171}
!2169 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2167, file: !16, line: 39, baseType: !12, size: 32)
!2170 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2167, file: !16, line: 39, baseType: !11, size: 32, offset: 32)
!2171 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2167, file: !16, line: 39, baseType: !12, size: 32, offset: 64)
!2172 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2083, file: !16, line: 83, baseType: !2173, size: 32)
!2173 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !16, line: 40, baseType: !2174)
!2174 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 40, size: 32, elements: !2175)
!2175 = !{!2176}
!2176 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2174, file: !16, line: 40, baseType: !12, size: 32)
!2177 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2083, file: !16, line: 84, baseType: !2178, size: 96)
!2178 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !16, line: 41, baseType: !2179)
!2179 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 41, size: 96, elements: !2180)
!2180 = !{!2181, !2182, !2183}
!2181 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2179, file: !16, line: 41, baseType: !12, size: 32)
!2182 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2179, file: !16, line: 41, baseType: !38, size: 32, offset: 32)
!2183 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2179, file: !16, line: 41, baseType: !34, size: 32, offset: 64)
!2184 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2083, file: !16, line: 85, baseType: !2185, size: 96)
!2185 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !16, line: 42, baseType: !2186)
!2186 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 42, size: 96, elements: !2187)
!2187 = !{!2188, !2189, !2190}
!2188 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2186, file: !16, line: 42, baseType: !12, size: 32)
!2189 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2186, file: !16, line: 42, baseType: !38, size: 32, offset: 32)
!2190 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2186, file: !16, line: 42, baseType: !34, size: 32, offset: 64)
!2191 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2083, file: !16, line: 86, baseType: !2192, size: 32)
!2192 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !16, line: 45, baseType: !2193)
!2193 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 45, size: 32, elements: !2194)
!2194 = !{!2195}
!2195 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2193, file: !16, line: 45, baseType: !34, size: 32)
!2196 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2083, file: !16, line: 87, baseType: !2197, size: 64)
!2197 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !16, line: 46, baseType: !2198)
!2198 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 46, size: 64, elements: !2199)
!2199 = !{!2200, !2201}
!2200 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2198, file: !16, line: 46, baseType: !38, size: 32)
!2201 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2198, file: !16, line: 46, baseType: !34, size: 32, offset: 32)
!2202 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2083, file: !16, line: 88, baseType: !2203, size: 192)
!2203 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !16, line: 49, baseType: !2204)
!2204 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 49, size: 192, elements: !2205)
!2205 = !{!2206, !2207, !2208}
!2206 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2204, file: !16, line: 49, baseType: !157, size: 128)
!2207 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2204, file: !16, line: 49, baseType: !12, size: 32, offset: 128)
!2208 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2204, file: !16, line: 49, baseType: !11, size: 32, offset: 160)
!2209 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2083, file: !16, line: 89, baseType: !2210, size: 192)
!2210 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !16, line: 50, baseType: !2211)
!2211 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 50, size: 192, elements: !2212)
!2212 = !{!2213, !2214, !2215}
!2213 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2211, file: !16, line: 50, baseType: !157, size: 128)
!2214 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2211, file: !16, line: 50, baseType: !12, size: 32, offset: 128)
!2215 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2211, file: !16, line: 50, baseType: !11, size: 32, offset: 160)
!2216 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2083, file: !16, line: 90, baseType: !2217, size: 32)
!2217 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !16, line: 53, baseType: !2218)
!2218 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 53, size: 32, elements: !2219)
!2219 = !{!2220}
!2220 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2218, file: !16, line: 53, baseType: !11, size: 32)
!2221 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2083, file: !16, line: 91, baseType: !2222, size: 96)
!2222 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !16, line: 56, baseType: !2223)
!2223 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 56, size: 96, elements: !2224)
!2224 = !{!2225, !2226, !2227}
!2225 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2223, file: !16, line: 56, baseType: !12, size: 32)
!2226 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2223, file: !16, line: 56, baseType: !11, size: 32, offset: 32)
!2227 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2223, file: !16, line: 56, baseType: !12, size: 32, offset: 64)
!2228 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2083, file: !16, line: 92, baseType: !2229, size: 64)
!2229 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !16, line: 57, baseType: !2230)
!2230 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 57, size: 64, elements: !2231)
!2231 = !{!2232, !2233}
!2232 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2230, file: !16, line: 57, baseType: !12, size: 32)
!2233 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2230, file: !16, line: 57, baseType: !11, size: 32, offset: 32)
!2234 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2083, file: !16, line: 93, baseType: !2235, size: 160)
!2235 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !16, line: 62, baseType: !2236)
!2236 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 58, size: 160, elements: !2237)
!2237 = !{!2238, !2239, !2240, !2241, !2242}
!2238 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2236, file: !16, line: 59, baseType: !12, size: 32)
!2239 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2236, file: !16, line: 59, baseType: !34, size: 32, offset: 32)
!2240 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2236, file: !16, line: 60, baseType: !12, size: 32, offset: 64)
!2241 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2236, file: !16, line: 60, baseType: !34, size: 32, offset: 96)
!2242 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2236, file: !16, line: 61, baseType: !38, size: 32, offset: 128)
!2243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2083, file: !16, line: 94, baseType: !2244, size: 32)
!2244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !16, line: 63, baseType: !2245)
!2245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !16, line: 63, size: 32, elements: !2246)
!2246 = !{!2247}
!2247 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2245, file: !16, line: 63, baseType: !11, size: 32)
!2248 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2083, file: !16, line: 95, baseType: !203, size: 448)
!2249 = !DILocation(line: 7, column: 10, scope: !2069)
!2250 = !DILocalVariable(name: "r", scope: !2069, file: !229, line: 8, type: !11)
!2251 = !DILocation(line: 8, column: 6, scope: !2069)
!2252 = !DILocation(line: 10, column: 2, scope: !2069)
!2253 = !DILocation(line: 11, column: 31, scope: !2069)
!2254 = !DILocation(line: 11, column: 4, scope: !2069)
!2255 = !DILocation(line: 11, column: 23, scope: !2069)
!2256 = !DILocation(line: 11, column: 29, scope: !2069)
!2257 = !DILocation(line: 12, column: 30, scope: !2069)
!2258 = !DILocation(line: 12, column: 4, scope: !2069)
!2259 = !DILocation(line: 12, column: 23, scope: !2069)
!2260 = !DILocation(line: 12, column: 28, scope: !2069)
!2261 = !DILocation(line: 13, column: 6, scope: !2069)
!2262 = !DILocation(line: 13, column: 4, scope: !2069)
!2263 = !DILocation(line: 14, column: 6, scope: !2264)
!2264 = distinct !DILexicalBlock(scope: !2069, file: !229, line: 14, column: 6)
!2265 = !DILocation(line: 14, column: 8, scope: !2264)
!2266 = !DILocation(line: 14, column: 6, scope: !2069)
!2267 = !DILocation(line: 15, column: 20, scope: !2264)
!2268 = !DILocation(line: 15, column: 39, scope: !2264)
!2269 = !DILocation(line: 15, column: 4, scope: !2264)
!2270 = !DILocation(line: 15, column: 16, scope: !2264)
!2271 = !DILocation(line: 15, column: 3, scope: !2264)
!2272 = !DILocation(line: 16, column: 9, scope: !2069)
!2273 = !DILocation(line: 16, column: 2, scope: !2069)
!2274 = distinct !DISubprogram(name: "vm_exit", scope: !229, file: !229, line: 19, type: !911, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !228, retainedNodes: !412)
!2275 = !DILocalVariable(name: "endpt", arg: 1, scope: !2274, file: !229, line: 19, type: !12)
!2276 = !DILocation(line: 19, column: 24, scope: !2274)
!2277 = !DILocalVariable(name: "m", scope: !2274, file: !229, line: 21, type: !2077)
!2278 = !DILocation(line: 21, column: 10, scope: !2274)
!2279 = !DILocation(line: 23, column: 2, scope: !2274)
!2280 = !DILocation(line: 24, column: 31, scope: !2274)
!2281 = !DILocation(line: 24, column: 4, scope: !2274)
!2282 = !DILocation(line: 24, column: 23, scope: !2274)
!2283 = !DILocation(line: 24, column: 29, scope: !2274)
!2284 = !DILocation(line: 25, column: 9, scope: !2274)
!2285 = !DILocation(line: 25, column: 2, scope: !2274)
!2286 = distinct !DISubprogram(name: "vm_exec_newmem", scope: !229, file: !229, line: 28, type: !2287, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !228, retainedNodes: !412)
!2287 = !DISubroutineType(types: !2288)
!2288 = !{!11, !12, !38, !2289}
!2289 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 32)
!2290 = !DILocalVariable(name: "endpt", arg: 1, scope: !2286, file: !229, line: 28, type: !12)
!2291 = !DILocation(line: 28, column: 31, scope: !2286)
!2292 = !DILocalVariable(name: "text_bytes", arg: 2, scope: !2286, file: !229, line: 28, type: !38)
!2293 = !DILocation(line: 28, column: 45, scope: !2286)
!2294 = !DILocalVariable(name: "base", arg: 3, scope: !2286, file: !229, line: 28, type: !2289)
!2295 = !DILocation(line: 28, column: 68, scope: !2286)
!2296 = !DILocalVariable(name: "m", scope: !2286, file: !229, line: 30, type: !2077)
!2297 = !DILocation(line: 30, column: 10, scope: !2286)
!2298 = !DILocalVariable(name: "r", scope: !2286, file: !229, line: 31, type: !11)
!2299 = !DILocation(line: 31, column: 6, scope: !2286)
!2300 = !DILocation(line: 33, column: 2, scope: !2286)
!2301 = !DILocation(line: 34, column: 33, scope: !2286)
!2302 = !DILocation(line: 34, column: 4, scope: !2286)
!2303 = !DILocation(line: 34, column: 25, scope: !2286)
!2304 = !DILocation(line: 34, column: 31, scope: !2286)
!2305 = !DILocation(line: 35, column: 38, scope: !2286)
!2306 = !DILocation(line: 35, column: 4, scope: !2286)
!2307 = !DILocation(line: 35, column: 25, scope: !2286)
!2308 = !DILocation(line: 35, column: 36, scope: !2286)
!2309 = !DILocation(line: 36, column: 6, scope: !2286)
!2310 = !DILocation(line: 36, column: 4, scope: !2286)
!2311 = !DILocation(line: 37, column: 6, scope: !2312)
!2312 = distinct !DILexicalBlock(scope: !2286, file: !229, line: 37, column: 6)
!2313 = !DILocation(line: 37, column: 8, scope: !2312)
!2314 = !DILocation(line: 37, column: 6, scope: !2286)
!2315 = !DILocation(line: 38, column: 13, scope: !2312)
!2316 = !DILocation(line: 38, column: 34, scope: !2312)
!2317 = !DILocation(line: 38, column: 4, scope: !2312)
!2318 = !DILocation(line: 38, column: 9, scope: !2312)
!2319 = !DILocation(line: 38, column: 3, scope: !2312)
!2320 = !DILocation(line: 39, column: 9, scope: !2286)
!2321 = !DILocation(line: 39, column: 2, scope: !2286)
!2322 = distinct !DISubprogram(name: "vm_info_usage", scope: !229, file: !229, line: 42, type: !2323, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !228, retainedNodes: !412)
!2323 = !DISubroutineType(types: !2324)
!2324 = !{!11, !12, !2325}
!2325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2326, size: 32)
!2326 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vm_usage_info", file: !2327, line: 25, size: 64, elements: !2328)
!2327 = !DIFile(filename: "include/syslib.h", directory: ".", checksumkind: CSK_MD5, checksum: "7980dea270368a942059d0aec59fbcde")
!2328 = !{!2329, !2330}
!2329 = !DIDerivedType(tag: DW_TAG_member, name: "vui_pages", scope: !2326, file: !2327, line: 25, baseType: !38, size: 32)
!2330 = !DIDerivedType(tag: DW_TAG_member, name: "vui_brk", scope: !2326, file: !2327, line: 25, baseType: !34, size: 32, offset: 32)
!2331 = !DILocalVariable(name: "endpt", arg: 1, scope: !2322, file: !229, line: 42, type: !12)
!2332 = !DILocation(line: 42, column: 30, scope: !2322)
!2333 = !DILocalVariable(name: "vui", arg: 2, scope: !2322, file: !229, line: 42, type: !2325)
!2334 = !DILocation(line: 42, column: 59, scope: !2322)
!2335 = !DILocalVariable(name: "m", scope: !2322, file: !229, line: 44, type: !2077)
!2336 = !DILocation(line: 44, column: 10, scope: !2322)
!2337 = !DILocalVariable(name: "r", scope: !2322, file: !229, line: 45, type: !11)
!2338 = !DILocation(line: 45, column: 6, scope: !2322)
!2339 = !DILocation(line: 47, column: 2, scope: !2322)
!2340 = !DILocation(line: 48, column: 32, scope: !2322)
!2341 = !DILocation(line: 48, column: 4, scope: !2322)
!2342 = !DILocation(line: 48, column: 24, scope: !2322)
!2343 = !DILocation(line: 48, column: 30, scope: !2322)
!2344 = !DILocation(line: 49, column: 6, scope: !2322)
!2345 = !DILocation(line: 49, column: 4, scope: !2322)
!2346 = !DILocation(line: 50, column: 6, scope: !2347)
!2347 = distinct !DILexicalBlock(scope: !2322, file: !229, line: 50, column: 6)
!2348 = !DILocation(line: 50, column: 8, scope: !2347)
!2349 = !DILocation(line: 50, column: 6, scope: !2322)
!2350 = !DILocation(line: 51, column: 22, scope: !2351)
!2351 = distinct !DILexicalBlock(scope: !2347, file: !229, line: 50, column: 15)
!2352 = !DILocation(line: 51, column: 42, scope: !2351)
!2353 = !DILocation(line: 51, column: 3, scope: !2351)
!2354 = !DILocation(line: 51, column: 8, scope: !2351)
!2355 = !DILocation(line: 51, column: 18, scope: !2351)
!2356 = !DILocation(line: 52, column: 20, scope: !2351)
!2357 = !DILocation(line: 52, column: 40, scope: !2351)
!2358 = !DILocation(line: 52, column: 3, scope: !2351)
!2359 = !DILocation(line: 52, column: 8, scope: !2351)
!2360 = !DILocation(line: 52, column: 16, scope: !2351)
!2361 = !DILocation(line: 53, column: 2, scope: !2351)
!2362 = !DILocation(line: 54, column: 9, scope: !2322)
!2363 = !DILocation(line: 54, column: 2, scope: !2322)
