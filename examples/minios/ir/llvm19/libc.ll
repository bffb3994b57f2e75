; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_pm_exit = type { i32 }
%struct.mess_lc_pm_exec = type { i32, i32 }
%struct.mess_lc_vfs_open = type { i32, i32, i32, i16 }
%struct.mess_lc_vfs_readwrite = type { i32, i32, i32 }
%struct.mess_lc_vfs_umask = type { i16 }

@kernel_call_table = external dso_local global [7 x ptr], align 4

; Function Attrs: noinline nounwind
define dso_local i32 @fork() #0 !dbg !31 {
entry:
  %m = alloca %struct.message, align 4
    #dbg_declare(ptr %m, !37, !DIExpression(), !224)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !225
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 257, ptr noundef %m) #2, !dbg !226
  ret i32 %call1, !dbg !227
}

; Function Attrs: noinline noreturn nounwind
define dso_local void @_exit(i32 noundef %status) #1 !dbg !228 {
entry:
  %status.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %status, ptr %status.addr, align 4
    #dbg_declare(ptr %status.addr, !231, !DIExpression(), !232)
    #dbg_declare(ptr %m, !233, !DIExpression(), !234)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !235
  %0 = load i32, ptr %status.addr, align 4, !dbg !236
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !237
  %status1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !238
  store i32 %0, ptr %status1, align 4, !dbg !239
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 256, ptr noundef %m) #2, !dbg !240
  br label %for.cond, !dbg !241

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond, !dbg !242, !llvm.loop !245
}

; Function Attrs: noinline nounwind
define dso_local i32 @execve(ptr noundef %path) #0 !dbg !248 {
entry:
  %path.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %path, ptr %path.addr, align 4
    #dbg_declare(ptr %path.addr, !253, !DIExpression(), !254)
    #dbg_declare(ptr %m, !255, !DIExpression(), !256)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !257
  %0 = load ptr, ptr %path.addr, align 4, !dbg !258
  %1 = ptrtoint ptr %0 to i32, !dbg !259
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !260
  %name = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !261
  store i32 %1, ptr %name, align 4, !dbg !262
  %2 = load ptr, ptr %path.addr, align 4, !dbg !263
  %call1 = call i32 @strlen(ptr noundef %2) #2, !dbg !264
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !265
  %namelen = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !266
  store i32 %call1, ptr %namelen, align 4, !dbg !267
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 258, ptr noundef %m) #2, !dbg !268
  ret i32 %call3, !dbg !269
}

; Function Attrs: noinline nounwind
define dso_local i32 @getpid() #0 !dbg !270 {
entry:
  %m = alloca %struct.message, align 4
    #dbg_declare(ptr %m, !271, !DIExpression(), !272)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !273
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 259, ptr noundef %m) #2, !dbg !274
  ret i32 %call1, !dbg !275
}

; Function Attrs: noinline nounwind
define dso_local i32 @kill(i32 noundef %pid, i32 noundef %sig) #0 !dbg !276 {
entry:
  %pid.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %pid, ptr %pid.addr, align 4
    #dbg_declare(ptr %pid.addr, !279, !DIExpression(), !280)
  store i32 %sig, ptr %sig.addr, align 4
    #dbg_declare(ptr %sig.addr, !281, !DIExpression(), !282)
    #dbg_declare(ptr %m, !283, !DIExpression(), !284)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !285
  %0 = load i32, ptr %pid.addr, align 4, !dbg !286
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !287
  %pid1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !288
  store i32 %0, ptr %pid1, align 4, !dbg !289
  %1 = load i32, ptr %sig.addr, align 4, !dbg !290
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !291
  %nr = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !292
  store i32 %1, ptr %nr, align 4, !dbg !293
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 260, ptr noundef %m) #2, !dbg !294
  ret i32 %call3, !dbg !295
}

; Function Attrs: noinline nounwind
define dso_local i32 @setuid(i32 noundef %uid) #0 !dbg !296 {
entry:
  %uid.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %uid, ptr %uid.addr, align 4
    #dbg_declare(ptr %uid.addr, !299, !DIExpression(), !300)
    #dbg_declare(ptr %m, !301, !DIExpression(), !302)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !303
  %0 = load i32, ptr %uid.addr, align 4, !dbg !304
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !305
  %uid1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !306
  store i32 %0, ptr %uid1, align 4, !dbg !307
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 261, ptr noundef %m) #2, !dbg !308
  ret i32 %call2, !dbg !309
}

; Function Attrs: noinline nounwind
define dso_local i32 @getuid() #0 !dbg !310 {
entry:
  %m = alloca %struct.message, align 4
    #dbg_declare(ptr %m, !313, !DIExpression(), !314)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !315
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 262, ptr noundef %m) #2, !dbg !316
  ret i32 %call1, !dbg !317
}

; Function Attrs: noinline nounwind
define dso_local i32 @reboot(i32 noundef %how) #0 !dbg !318 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !321, !DIExpression(), !322)
    #dbg_declare(ptr %m, !323, !DIExpression(), !324)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !325
  %0 = load i32, ptr %how.addr, align 4, !dbg !326
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !327
  %how1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !328
  store i32 %0, ptr %how1, align 4, !dbg !329
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 263, ptr noundef %m) #2, !dbg !330
  ret i32 %call2, !dbg !331
}

; Function Attrs: noinline nounwind
define dso_local i32 @getrusage(i32 noundef %who, ptr noundef %usage) #0 !dbg !332 {
entry:
  %who.addr = alloca i32, align 4
  %usage.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !343, !DIExpression(), !344)
  store ptr %usage, ptr %usage.addr, align 4
    #dbg_declare(ptr %usage.addr, !345, !DIExpression(), !346)
    #dbg_declare(ptr %m, !347, !DIExpression(), !348)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !349
  %0 = load i32, ptr %who.addr, align 4, !dbg !350
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !351
  %who1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !352
  store i32 %0, ptr %who1, align 4, !dbg !353
  %1 = load ptr, ptr %usage.addr, align 4, !dbg !354
  %2 = ptrtoint ptr %1 to i32, !dbg !355
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !356
  %addr = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !357
  store i32 %2, ptr %addr, align 4, !dbg !358
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 264, ptr noundef %m) #2, !dbg !359
  ret i32 %call3, !dbg !360
}

; Function Attrs: noinline nounwind
define dso_local i32 @minix_rs_lookup(ptr noundef %name, ptr noundef %value) #0 !dbg !361 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %value.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %len = alloca i32, align 4
  %i = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !365, !DIExpression(), !366)
  store ptr %value, ptr %value.addr, align 4
    #dbg_declare(ptr %value.addr, !367, !DIExpression(), !368)
    #dbg_declare(ptr %m, !369, !DIExpression(), !542)
    #dbg_declare(ptr %len, !543, !DIExpression(), !544)
  %0 = load ptr, ptr %name.addr, align 4, !dbg !545
  %call = call i32 @strlen(ptr noundef %0) #2, !dbg !546
  store i32 %call, ptr %len, align 4, !dbg !544
    #dbg_declare(ptr %i, !547, !DIExpression(), !548)
    #dbg_declare(ptr %r, !549, !DIExpression(), !550)
  %1 = load i32, ptr %len, align 4, !dbg !551
  %cmp = icmp uge i32 %1, 16, !dbg !553
  br i1 %cmp, label %if.then, label %if.end, !dbg !554

if.then:                                          ; preds = %entry
  store i32 -36, ptr %retval, align 4, !dbg !555
  br label %return, !dbg !555

if.end:                                           ; preds = %entry
  %call1 = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !556
  store i32 0, ptr %i, align 4, !dbg !557
  br label %for.cond, !dbg !559

for.cond:                                         ; preds = %for.inc, %if.end
  %2 = load i32, ptr %i, align 4, !dbg !560
  %3 = load i32, ptr %len, align 4, !dbg !562
  %cmp2 = icmp ule i32 %2, %3, !dbg !563
  br i1 %cmp2, label %for.body, label %for.end, !dbg !564

for.body:                                         ; preds = %for.cond
  %4 = load ptr, ptr %name.addr, align 4, !dbg !565
  %5 = load i32, ptr %i, align 4, !dbg !566
  %arrayidx = getelementptr inbounds i8, ptr %4, i32 %5, !dbg !565
  %6 = load i8, ptr %arrayidx, align 1, !dbg !565
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !567
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !568
  %7 = load i32, ptr %i, align 4, !dbg !569
  %arrayidx3 = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 %7, !dbg !570
  store i8 %6, ptr %arrayidx3, align 1, !dbg !571
  br label %for.inc, !dbg !570

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4, !dbg !572
  %inc = add i32 %8, 1, !dbg !572
  store i32 %inc, ptr %i, align 4, !dbg !572
  br label %for.cond, !dbg !573, !llvm.loop !574

for.end:                                          ; preds = %for.cond
  %call4 = call i32 @_syscall(i32 noundef 4, i32 noundef 1282, ptr noundef %m) #2, !dbg !577
  store i32 %call4, ptr %r, align 4, !dbg !578
  %9 = load i32, ptr %r, align 4, !dbg !579
  %cmp5 = icmp eq i32 %9, 0, !dbg !581
  br i1 %cmp5, label %if.then6, label %if.end8, !dbg !582

if.then6:                                         ; preds = %for.end
  %m_u7 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !583
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u7, i32 0, i32 1, !dbg !584
  %10 = load i32, ptr %endpt, align 4, !dbg !584
  %11 = load ptr, ptr %value.addr, align 4, !dbg !585
  store i32 %10, ptr %11, align 4, !dbg !586
  br label %if.end8, !dbg !587

if.end8:                                          ; preds = %if.then6, %for.end
  %12 = load i32, ptr %r, align 4, !dbg !588
  store i32 %12, ptr %retval, align 4, !dbg !589
  br label %return, !dbg !589

return:                                           ; preds = %if.end8, %if.then
  %13 = load i32, ptr %retval, align 4, !dbg !590
  ret i32 %13, !dbg !590
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlen(ptr noundef %s) #0 !dbg !591 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
    #dbg_declare(ptr %s.addr, !594, !DIExpression(), !595)
    #dbg_declare(ptr %n, !596, !DIExpression(), !597)
  store i32 0, ptr %n, align 4, !dbg !597
  br label %while.cond, !dbg !598

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4, !dbg !599
  %1 = load i32, ptr %n, align 4, !dbg !600
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 %1, !dbg !599
  %2 = load i8, ptr %arrayidx, align 1, !dbg !599
  %conv = sext i8 %2 to i32, !dbg !599
  %cmp = icmp ne i32 %conv, 0, !dbg !601
  br i1 %cmp, label %while.body, label %while.end, !dbg !598

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %n, align 4, !dbg !602
  %inc = add i32 %3, 1, !dbg !602
  store i32 %inc, ptr %n, align 4, !dbg !602
  br label %while.cond, !dbg !598, !llvm.loop !603

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4, !dbg !604
  ret i32 %4, !dbg !605
}

; Function Attrs: noinline nounwind
define dso_local ptr @memset(ptr noundef %dst, i32 noundef %c, i32 noundef %n) #0 !dbg !606 {
entry:
  %dst.addr = alloca ptr, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %p = alloca ptr, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !609, !DIExpression(), !610)
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !611, !DIExpression(), !612)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !613, !DIExpression(), !614)
    #dbg_declare(ptr %p, !615, !DIExpression(), !617)
  %0 = load ptr, ptr %dst.addr, align 4, !dbg !618
  store ptr %0, ptr %p, align 4, !dbg !617
  br label %while.cond, !dbg !619

while.cond:                                       ; preds = %while.body, %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !620
  %dec = add i32 %1, -1, !dbg !620
  store i32 %dec, ptr %n.addr, align 4, !dbg !620
  %cmp = icmp ugt i32 %1, 0, !dbg !621
  br i1 %cmp, label %while.body, label %while.end, !dbg !619

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %c.addr, align 4, !dbg !622
  %conv = trunc i32 %2 to i8, !dbg !623
  %3 = load ptr, ptr %p, align 4, !dbg !624
  %incdec.ptr = getelementptr inbounds i8, ptr %3, i32 1, !dbg !624
  store ptr %incdec.ptr, ptr %p, align 4, !dbg !624
  store i8 %conv, ptr %3, align 1, !dbg !625
  br label %while.cond, !dbg !619, !llvm.loop !626

while.end:                                        ; preds = %while.cond
  %4 = load ptr, ptr %dst.addr, align 4, !dbg !627
  ret ptr %4, !dbg !628
}

; Function Attrs: noinline nounwind
define dso_local i32 @_syscall(i32 noundef %who, i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !629 {
entry:
  %retval = alloca i32, align 4
  %who.addr = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !805, !DIExpression(), !806)
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !807, !DIExpression(), !808)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !809, !DIExpression(), !810)
    #dbg_declare(ptr %status, !811, !DIExpression(), !812)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !813
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !814
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !815
  store i32 %0, ptr %m_type, align 4, !dbg !816
  %2 = load i32, ptr %who.addr, align 4, !dbg !817
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !818
  %call = call i32 @_ipc_sendrec(i32 noundef %2, ptr noundef %3) #2, !dbg !819
  store i32 %call, ptr %status, align 4, !dbg !820
  %4 = load i32, ptr %status, align 4, !dbg !821
  %cmp = icmp ne i32 %4, 0, !dbg !823
  br i1 %cmp, label %if.then, label %if.end, !dbg !824

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !825
  store i32 %5, ptr %retval, align 4, !dbg !826
  br label %return, !dbg !826

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !827
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !828
  %7 = load i32, ptr %m_type1, align 4, !dbg !828
  store i32 %7, ptr %retval, align 4, !dbg !829
  br label %return, !dbg !829

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !830
  ret i32 %8, !dbg !830
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !831 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !835, !DIExpression(), !836)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !837, !DIExpression(), !838)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !839
  %1 = load i32, ptr %dst.addr, align 4, !dbg !840
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !841
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #2, !dbg !839
  ret i32 %call, !dbg !842
}

; Function Attrs: noinline nounwind
define dso_local i32 @open(ptr noundef %path, i32 noundef %flags, i16 noundef zeroext %mode) #0 !dbg !843 {
entry:
  %path.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store ptr %path, ptr %path.addr, align 4
    #dbg_declare(ptr %path.addr, !846, !DIExpression(), !847)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !848, !DIExpression(), !849)
  store i16 %mode, ptr %mode.addr, align 2
    #dbg_declare(ptr %mode.addr, !850, !DIExpression(), !851)
    #dbg_declare(ptr %m, !852, !DIExpression(), !1025)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1026
  %0 = load ptr, ptr %path.addr, align 4, !dbg !1027
  %1 = ptrtoint ptr %0 to i32, !dbg !1028
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1029
  %name = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u, i32 0, i32 0, !dbg !1030
  store i32 %1, ptr %name, align 4, !dbg !1031
  %2 = load ptr, ptr %path.addr, align 4, !dbg !1032
  %call1 = call i32 @strlen(ptr noundef %2) #2, !dbg !1033
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1034
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u2, i32 0, i32 1, !dbg !1035
  store i32 %call1, ptr %namelen, align 4, !dbg !1036
  %3 = load i32, ptr %flags.addr, align 4, !dbg !1037
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1038
  %flags4 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u3, i32 0, i32 2, !dbg !1039
  store i32 %3, ptr %flags4, align 4, !dbg !1040
  %4 = load i16, ptr %mode.addr, align 2, !dbg !1041
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1042
  %mode6 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u5, i32 0, i32 3, !dbg !1043
  store i16 %4, ptr %mode6, align 4, !dbg !1044
  %call7 = call i32 @_syscall(i32 noundef 1, i32 noundef 512, ptr noundef %m) #2, !dbg !1045
  ret i32 %call7, !dbg !1046
}

; Function Attrs: noinline nounwind
define dso_local i32 @close(i32 noundef %fd) #0 !dbg !1047 {
entry:
  %fd.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1048, !DIExpression(), !1049)
    #dbg_declare(ptr %m, !1050, !DIExpression(), !1051)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1052
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1053
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1054
  %fd1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !1055
  store i32 %0, ptr %fd1, align 4, !dbg !1056
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 513, ptr noundef %m) #2, !dbg !1057
  ret i32 %call2, !dbg !1058
}

; Function Attrs: noinline nounwind
define dso_local i32 @read(i32 noundef %fd, ptr noundef %buf, i32 noundef %len) #0 !dbg !1059 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca ptr, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1062, !DIExpression(), !1063)
  store ptr %buf, ptr %buf.addr, align 4
    #dbg_declare(ptr %buf.addr, !1064, !DIExpression(), !1065)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1066, !DIExpression(), !1067)
    #dbg_declare(ptr %m, !1068, !DIExpression(), !1069)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1070
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1071
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1072
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1073
  store i32 %0, ptr %fd1, align 4, !dbg !1074
  %1 = load ptr, ptr %buf.addr, align 4, !dbg !1075
  %2 = ptrtoint ptr %1 to i32, !dbg !1076
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1077
  %buf3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1078
  store i32 %2, ptr %buf3, align 4, !dbg !1079
  %3 = load i32, ptr %len.addr, align 4, !dbg !1080
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1081
  %len5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1082
  store i32 %3, ptr %len5, align 4, !dbg !1083
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 514, ptr noundef %m) #2, !dbg !1084
  ret i32 %call6, !dbg !1085
}

; Function Attrs: noinline nounwind
define dso_local i32 @write(i32 noundef %fd, ptr noundef %buf, i32 noundef %len) #0 !dbg !1086 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca ptr, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1091, !DIExpression(), !1092)
  store ptr %buf, ptr %buf.addr, align 4
    #dbg_declare(ptr %buf.addr, !1093, !DIExpression(), !1094)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1095, !DIExpression(), !1096)
    #dbg_declare(ptr %m, !1097, !DIExpression(), !1098)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1099
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1100
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1101
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1102
  store i32 %0, ptr %fd1, align 4, !dbg !1103
  %1 = load ptr, ptr %buf.addr, align 4, !dbg !1104
  %2 = ptrtoint ptr %1 to i32, !dbg !1105
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1106
  %buf3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1107
  store i32 %2, ptr %buf3, align 4, !dbg !1108
  %3 = load i32, ptr %len.addr, align 4, !dbg !1109
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1110
  %len5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1111
  store i32 %3, ptr %len5, align 4, !dbg !1112
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 515, ptr noundef %m) #2, !dbg !1113
  ret i32 %call6, !dbg !1114
}

; Function Attrs: noinline nounwind
define dso_local i32 @lseek(i32 noundef %fd, i32 noundef %offset, i32 noundef %whence) #0 !dbg !1115 {
entry:
  %retval = alloca i32, align 4
  %fd.addr = alloca i32, align 4
  %offset.addr = alloca i32, align 4
  %whence.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1118, !DIExpression(), !1119)
  store i32 %offset, ptr %offset.addr, align 4
    #dbg_declare(ptr %offset.addr, !1120, !DIExpression(), !1121)
  store i32 %whence, ptr %whence.addr, align 4
    #dbg_declare(ptr %whence.addr, !1122, !DIExpression(), !1123)
    #dbg_declare(ptr %m, !1124, !DIExpression(), !1125)
    #dbg_declare(ptr %r, !1126, !DIExpression(), !1127)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1128
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1129
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1130
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1131
  store i32 %0, ptr %fd1, align 4, !dbg !1132
  %1 = load i32, ptr %offset.addr, align 4, !dbg !1133
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1134
  %offset3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1135
  store i32 %1, ptr %offset3, align 4, !dbg !1136
  %2 = load i32, ptr %whence.addr, align 4, !dbg !1137
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1138
  %whence5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1139
  store i32 %2, ptr %whence5, align 4, !dbg !1140
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 516, ptr noundef %m) #2, !dbg !1141
  store i32 %call6, ptr %r, align 4, !dbg !1142
  %3 = load i32, ptr %r, align 4, !dbg !1143
  %cmp = icmp ne i32 %3, 0, !dbg !1145
  br i1 %cmp, label %if.then, label %if.end, !dbg !1146

if.then:                                          ; preds = %entry
  %4 = load i32, ptr %r, align 4, !dbg !1147
  store i32 %4, ptr %retval, align 4, !dbg !1148
  br label %return, !dbg !1148

if.end:                                           ; preds = %entry
  %m_u7 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1149
  %offset8 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u7, i32 0, i32 1, !dbg !1150
  %5 = load i32, ptr %offset8, align 4, !dbg !1150
  store i32 %5, ptr %retval, align 4, !dbg !1151
  br label %return, !dbg !1151

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1152
  ret i32 %6, !dbg !1152
}

; Function Attrs: noinline nounwind
define dso_local zeroext i16 @umask(i16 noundef zeroext %mask) #0 !dbg !1153 {
entry:
  %mask.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store i16 %mask, ptr %mask.addr, align 2
    #dbg_declare(ptr %mask.addr, !1156, !DIExpression(), !1157)
    #dbg_declare(ptr %m, !1158, !DIExpression(), !1159)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1160
  %0 = load i16, ptr %mask.addr, align 2, !dbg !1161
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1162
  %mask1 = getelementptr inbounds %struct.mess_lc_vfs_umask, ptr %m_u, i32 0, i32 0, !dbg !1163
  store i16 %0, ptr %mask1, align 4, !dbg !1164
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 517, ptr noundef %m) #2, !dbg !1165
  %conv = trunc i32 %call2 to i16, !dbg !1166
  ret i16 %conv, !dbg !1167
}

; Function Attrs: noinline nounwind
define dso_local i32 @brk(ptr noundef %addr) #0 !dbg !1168 {
entry:
  %addr.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %addr, ptr %addr.addr, align 4
    #dbg_declare(ptr %addr.addr, !1171, !DIExpression(), !1172)
    #dbg_declare(ptr %m, !1173, !DIExpression(), !1346)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1347
  %0 = load ptr, ptr %addr.addr, align 4, !dbg !1348
  %1 = ptrtoint ptr %0 to i32, !dbg !1349
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1350
  %addr1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !1351
  store i32 %1, ptr %addr1, align 4, !dbg !1352
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 770, ptr noundef %m) #2, !dbg !1353
  ret i32 %call2, !dbg !1354
}

; Function Attrs: noinline nounwind
define dso_local ptr @mmap(ptr noundef %addr, i32 noundef %len, i32 noundef %prot, i32 noundef %flags, i32 noundef %fd, i32 noundef %offset) #0 !dbg !1355 {
entry:
  %retval = alloca ptr, align 4
  %addr.addr = alloca ptr, align 4
  %len.addr = alloca i32, align 4
  %prot.addr = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  %fd.addr = alloca i32, align 4
  %offset.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %addr, ptr %addr.addr, align 4
    #dbg_declare(ptr %addr.addr, !1358, !DIExpression(), !1359)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1360, !DIExpression(), !1361)
  store i32 %prot, ptr %prot.addr, align 4
    #dbg_declare(ptr %prot.addr, !1362, !DIExpression(), !1363)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !1364, !DIExpression(), !1365)
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1366, !DIExpression(), !1367)
  store i32 %offset, ptr %offset.addr, align 4
    #dbg_declare(ptr %offset.addr, !1368, !DIExpression(), !1369)
    #dbg_declare(ptr %m, !1370, !DIExpression(), !1371)
  %0 = load ptr, ptr %addr.addr, align 4, !dbg !1372
  %1 = load i32, ptr %prot.addr, align 4, !dbg !1373
  %2 = load i32, ptr %flags.addr, align 4, !dbg !1374
  %3 = load i32, ptr %fd.addr, align 4, !dbg !1375
  %4 = load i32, ptr %offset.addr, align 4, !dbg !1376
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1377
  %5 = load i32, ptr %len.addr, align 4, !dbg !1378
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1379
  %len1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !1380
  store i32 %5, ptr %len1, align 4, !dbg !1381
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 771, ptr noundef %m) #2, !dbg !1382
  %cmp = icmp ne i32 %call2, 0, !dbg !1384
  br i1 %cmp, label %if.then, label %if.end, !dbg !1385

if.then:                                          ; preds = %entry
  store ptr inttoptr (i32 -1 to ptr), ptr %retval, align 4, !dbg !1386
  br label %return, !dbg !1386

if.end:                                           ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1387
  %addr4 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u3, i32 0, i32 1, !dbg !1388
  %6 = load i32, ptr %addr4, align 4, !dbg !1388
  %7 = inttoptr i32 %6 to ptr, !dbg !1389
  store ptr %7, ptr %retval, align 4, !dbg !1390
  br label %return, !dbg !1390

return:                                           ; preds = %if.end, %if.then
  %8 = load ptr, ptr %retval, align 4, !dbg !1391
  ret ptr %8, !dbg !1391
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin "no-builtins" }

!llvm.dbg.cu = !{!0, !7, !9, !13, !15, !21}
!llvm.ident = !{!25, !25, !25, !25, !25, !25}
!llvm.module.flags = !{!26, !27, !28, !29, !30}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "lib/c/pm.c", directory: ".", checksumkind: CSK_MD5, checksum: "0ed903e161cf337d1f5b95ad79b666c2")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !4, line: 30, baseType: !5)
!4 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !4, line: 22, baseType: !6)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !8, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!8 = !DIFile(filename: "lib/c/rs.c", directory: ".", checksumkind: CSK_MD5, checksum: "56785d19dbeb3ef03550755d522263f4")
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !10, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !11, splitDebugInlining: false, nameTableKind: None)
!10 = !DIFile(filename: "lib/c/string.c", directory: ".", checksumkind: CSK_MD5, checksum: "35da611d2eddfc1b3a71998f7b7cbd7b")
!11 = !{!12}
!12 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!13 = distinct !DICompileUnit(language: DW_LANG_C11, file: !14, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!14 = !DIFile(filename: "lib/c/syscall.c", directory: ".", checksumkind: CSK_MD5, checksum: "a41dd6113ba6b5462b4e8fe855366f4e")
!15 = distinct !DICompileUnit(language: DW_LANG_C11, file: !16, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !17, splitDebugInlining: false, nameTableKind: None)
!16 = !DIFile(filename: "lib/c/vfs.c", directory: ".", checksumkind: CSK_MD5, checksum: "187f6acc34c4058c3137ac29b44f26b1")
!17 = !{!3, !18}
!18 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !4, line: 28, baseType: !19)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !4, line: 20, baseType: !20)
!20 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!21 = distinct !DICompileUnit(language: DW_LANG_C11, file: !22, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !23, splitDebugInlining: false, nameTableKind: None)
!22 = !DIFile(filename: "lib/c/vm.c", directory: ".", checksumkind: CSK_MD5, checksum: "1aad0b7efc7917289c2df61b7b074df2")
!23 = !{!3, !24}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!25 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!26 = !{i32 1, !"NumRegisterParameters", i32 0}
!27 = !{i32 7, !"Dwarf Version", i32 5}
!28 = !{i32 2, !"Debug Info Version", i32 3}
!29 = !{i32 1, !"wchar_size", i32 4}
!30 = !{i32 7, !"frame-pointer", i32 2}
!31 = distinct !DISubprogram(name: "fork", scope: !1, file: !1, line: 4, type: !32, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!32 = !DISubroutineType(types: !33)
!33 = !{!34}
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !4, line: 26, baseType: !35)
!35 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!36 = !{}
!37 = !DILocalVariable(name: "m", scope: !31, file: !1, line: 6, type: !38)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 97, baseType: !40)
!39 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 65, size: 512, elements: !41)
!41 = !{!42, !44, !45}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !40, file: !39, line: 66, baseType: !43, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !4, line: 25, baseType: !35)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !40, file: !39, line: 67, baseType: !35, size: 32, offset: 32)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !40, file: !39, line: 96, baseType: !46, size: 448, offset: 64)
!46 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !40, file: !39, line: 68, size: 448, elements: !47)
!47 = !{!48, !53, !60, !66, !72, !77, !83, !91, !98, !106, !111, !118, !127, !132, !139, !144, !151, !158, !163, !169, !180, !187, !192, !199, !205, !214, !219}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !46, file: !39, line: 69, baseType: !49, size: 32)
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !50)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !51)
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !50, file: !39, line: 15, baseType: !35, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !46, file: !39, line: 70, baseType: !54, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !55)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !56)
!56 = !{!57, !58}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !55, file: !39, line: 16, baseType: !3, size: 32)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !55, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !4, line: 23, baseType: !6)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !46, file: !39, line: 71, baseType: !61, size: 64)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !63)
!63 = !{!64, !65}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !62, file: !39, line: 17, baseType: !34, size: 32)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !62, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !46, file: !39, line: 72, baseType: !67, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !68)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !68, file: !39, line: 18, baseType: !71, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !4, line: 27, baseType: !35)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !46, file: !39, line: 73, baseType: !73, size: 32)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !74)
!74 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !75)
!75 = !{!76}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !74, file: !39, line: 19, baseType: !35, size: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !46, file: !39, line: 74, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !80)
!80 = !{!81, !82}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !79, file: !39, line: 20, baseType: !35, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !79, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !46, file: !39, line: 75, baseType: !84, size: 128)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !85)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !86)
!86 = !{!87, !88, !89, !90}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !85, file: !39, line: 24, baseType: !43, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !85, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !85, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !85, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !46, file: !39, line: 76, baseType: !92, size: 96)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !93)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !94)
!94 = !{!95, !96, !97}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !93, file: !39, line: 29, baseType: !43, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !93, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !93, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !46, file: !39, line: 77, baseType: !99, size: 128)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !100)
!100 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !101)
!101 = !{!102, !103, !104, !105}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !100, file: !39, line: 32, baseType: !3, size: 32)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !100, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !100, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !100, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !46, file: !39, line: 78, baseType: !107, size: 32)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !108)
!108 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !109)
!109 = !{!110}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !108, file: !39, line: 33, baseType: !35, size: 32)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !46, file: !39, line: 79, baseType: !112, size: 96)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !113)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !114)
!114 = !{!115, !116, !117}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !113, file: !39, line: 34, baseType: !35, size: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !113, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !113, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !46, file: !39, line: 80, baseType: !119, size: 96)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !120)
!120 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !121)
!121 = !{!122, !123, !126}
!122 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !120, file: !39, line: 35, baseType: !35, size: 32)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !120, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !4, line: 29, baseType: !125)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 21, baseType: !35)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !120, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !46, file: !39, line: 81, baseType: !128, size: 16)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !129)
!129 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !130)
!130 = !{!131}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !129, file: !39, line: 36, baseType: !18, size: 16)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !46, file: !39, line: 82, baseType: !133, size: 96)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !134)
!134 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !135)
!135 = !{!136, !137, !138}
!136 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !134, file: !39, line: 39, baseType: !43, size: 32)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !134, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !134, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !46, file: !39, line: 83, baseType: !140, size: 32)
!140 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !141)
!141 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !142)
!142 = !{!143}
!143 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !141, file: !39, line: 40, baseType: !43, size: 32)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !46, file: !39, line: 84, baseType: !145, size: 96)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !146)
!146 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !147)
!147 = !{!148, !149, !150}
!148 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !146, file: !39, line: 41, baseType: !43, size: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !146, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!150 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !146, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !46, file: !39, line: 85, baseType: !152, size: 96)
!152 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !153)
!153 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !154)
!154 = !{!155, !156, !157}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !153, file: !39, line: 42, baseType: !43, size: 32)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !153, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !153, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !46, file: !39, line: 86, baseType: !159, size: 32)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !160)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !161)
!161 = !{!162}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !160, file: !39, line: 45, baseType: !3, size: 32)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !46, file: !39, line: 87, baseType: !164, size: 64)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !165)
!165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !166)
!166 = !{!167, !168}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !165, file: !39, line: 46, baseType: !59, size: 32)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !165, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !46, file: !39, line: 88, baseType: !170, size: 192)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !171)
!171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !172)
!172 = !{!173, !178, !179}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !171, file: !39, line: 49, baseType: !174, size: 128)
!174 = !DICompositeType(tag: DW_TAG_array_type, baseType: !175, size: 128, elements: !176)
!175 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!176 = !{!177}
!177 = !DISubrange(count: 16)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !171, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!179 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !171, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !46, file: !39, line: 89, baseType: !181, size: 192)
!181 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !182)
!182 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !183)
!183 = !{!184, !185, !186}
!184 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !182, file: !39, line: 50, baseType: !174, size: 128)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !182, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !182, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !46, file: !39, line: 90, baseType: !188, size: 32)
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 53, baseType: !189)
!189 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 32, elements: !190)
!190 = !{!191}
!191 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !189, file: !39, line: 53, baseType: !35, size: 32)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !46, file: !39, line: 91, baseType: !193, size: 96)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 56, baseType: !194)
!194 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 56, size: 96, elements: !195)
!195 = !{!196, !197, !198}
!196 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !194, file: !39, line: 56, baseType: !43, size: 32)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !194, file: !39, line: 56, baseType: !35, size: 32, offset: 32)
!198 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !194, file: !39, line: 56, baseType: !43, size: 32, offset: 64)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !46, file: !39, line: 92, baseType: !200, size: 64)
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 57, baseType: !201)
!201 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 64, elements: !202)
!202 = !{!203, !204}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !201, file: !39, line: 57, baseType: !43, size: 32)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !201, file: !39, line: 57, baseType: !35, size: 32, offset: 32)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !46, file: !39, line: 93, baseType: !206, size: 160)
!206 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 62, baseType: !207)
!207 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 58, size: 160, elements: !208)
!208 = !{!209, !210, !211, !212, !213}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !207, file: !39, line: 59, baseType: !43, size: 32)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !207, file: !39, line: 59, baseType: !3, size: 32, offset: 32)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !207, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !207, file: !39, line: 60, baseType: !3, size: 32, offset: 96)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !207, file: !39, line: 61, baseType: !59, size: 32, offset: 128)
!214 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !46, file: !39, line: 94, baseType: !215, size: 32)
!215 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 63, baseType: !216)
!216 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 63, size: 32, elements: !217)
!217 = !{!218}
!218 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !216, file: !39, line: 63, baseType: !35, size: 32)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !46, file: !39, line: 95, baseType: !220, size: 448)
!220 = !DICompositeType(tag: DW_TAG_array_type, baseType: !221, size: 448, elements: !222)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !4, line: 18, baseType: !12)
!222 = !{!223}
!223 = !DISubrange(count: 56)
!224 = !DILocation(line: 6, column: 10, scope: !31)
!225 = !DILocation(line: 8, column: 2, scope: !31)
!226 = !DILocation(line: 9, column: 9, scope: !31)
!227 = !DILocation(line: 9, column: 2, scope: !31)
!228 = distinct !DISubprogram(name: "_exit", scope: !1, file: !1, line: 12, type: !229, scopeLine: 13, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !35}
!231 = !DILocalVariable(name: "status", arg: 1, scope: !228, file: !1, line: 12, type: !35)
!232 = !DILocation(line: 12, column: 16, scope: !228)
!233 = !DILocalVariable(name: "m", scope: !228, file: !1, line: 14, type: !38)
!234 = !DILocation(line: 14, column: 10, scope: !228)
!235 = !DILocation(line: 16, column: 2, scope: !228)
!236 = !DILocation(line: 17, column: 30, scope: !228)
!237 = !DILocation(line: 17, column: 4, scope: !228)
!238 = !DILocation(line: 17, column: 21, scope: !228)
!239 = !DILocation(line: 17, column: 28, scope: !228)
!240 = !DILocation(line: 18, column: 2, scope: !228)
!241 = !DILocation(line: 19, column: 2, scope: !228)
!242 = !DILocation(line: 19, column: 2, scope: !243)
!243 = distinct !DILexicalBlock(scope: !244, file: !1, line: 19, column: 2)
!244 = distinct !DILexicalBlock(scope: !228, file: !1, line: 19, column: 2)
!245 = distinct !{!245, !246, !247}
!246 = !DILocation(line: 19, column: 2, scope: !244)
!247 = !DILocation(line: 20, column: 3, scope: !244)
!248 = distinct !DISubprogram(name: "execve", scope: !1, file: !1, line: 23, type: !249, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!249 = !DISubroutineType(types: !250)
!250 = !{!35, !251}
!251 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !252, size: 32)
!252 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !175)
!253 = !DILocalVariable(name: "path", arg: 1, scope: !248, file: !1, line: 23, type: !251)
!254 = !DILocation(line: 23, column: 24, scope: !248)
!255 = !DILocalVariable(name: "m", scope: !248, file: !1, line: 25, type: !38)
!256 = !DILocation(line: 25, column: 10, scope: !248)
!257 = !DILocation(line: 27, column: 2, scope: !248)
!258 = !DILocation(line: 28, column: 40, scope: !248)
!259 = !DILocation(line: 28, column: 28, scope: !248)
!260 = !DILocation(line: 28, column: 4, scope: !248)
!261 = !DILocation(line: 28, column: 21, scope: !248)
!262 = !DILocation(line: 28, column: 26, scope: !248)
!263 = !DILocation(line: 29, column: 38, scope: !248)
!264 = !DILocation(line: 29, column: 31, scope: !248)
!265 = !DILocation(line: 29, column: 4, scope: !248)
!266 = !DILocation(line: 29, column: 21, scope: !248)
!267 = !DILocation(line: 29, column: 29, scope: !248)
!268 = !DILocation(line: 30, column: 9, scope: !248)
!269 = !DILocation(line: 30, column: 2, scope: !248)
!270 = distinct !DISubprogram(name: "getpid", scope: !1, file: !1, line: 33, type: !32, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!271 = !DILocalVariable(name: "m", scope: !270, file: !1, line: 35, type: !38)
!272 = !DILocation(line: 35, column: 10, scope: !270)
!273 = !DILocation(line: 37, column: 2, scope: !270)
!274 = !DILocation(line: 38, column: 9, scope: !270)
!275 = !DILocation(line: 38, column: 2, scope: !270)
!276 = distinct !DISubprogram(name: "kill", scope: !1, file: !1, line: 41, type: !277, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!277 = !DISubroutineType(types: !278)
!278 = !{!35, !34, !35}
!279 = !DILocalVariable(name: "pid", arg: 1, scope: !276, file: !1, line: 41, type: !34)
!280 = !DILocation(line: 41, column: 16, scope: !276)
!281 = !DILocalVariable(name: "sig", arg: 2, scope: !276, file: !1, line: 41, type: !35)
!282 = !DILocation(line: 41, column: 25, scope: !276)
!283 = !DILocalVariable(name: "m", scope: !276, file: !1, line: 43, type: !38)
!284 = !DILocation(line: 43, column: 10, scope: !276)
!285 = !DILocation(line: 45, column: 2, scope: !276)
!286 = !DILocation(line: 46, column: 26, scope: !276)
!287 = !DILocation(line: 46, column: 4, scope: !276)
!288 = !DILocation(line: 46, column: 20, scope: !276)
!289 = !DILocation(line: 46, column: 24, scope: !276)
!290 = !DILocation(line: 47, column: 25, scope: !276)
!291 = !DILocation(line: 47, column: 4, scope: !276)
!292 = !DILocation(line: 47, column: 20, scope: !276)
!293 = !DILocation(line: 47, column: 23, scope: !276)
!294 = !DILocation(line: 48, column: 9, scope: !276)
!295 = !DILocation(line: 48, column: 2, scope: !276)
!296 = distinct !DISubprogram(name: "setuid", scope: !1, file: !1, line: 51, type: !297, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!297 = !DISubroutineType(types: !298)
!298 = !{!35, !71}
!299 = !DILocalVariable(name: "uid", arg: 1, scope: !296, file: !1, line: 51, type: !71)
!300 = !DILocation(line: 51, column: 18, scope: !296)
!301 = !DILocalVariable(name: "m", scope: !296, file: !1, line: 53, type: !38)
!302 = !DILocation(line: 53, column: 10, scope: !296)
!303 = !DILocation(line: 55, column: 2, scope: !296)
!304 = !DILocation(line: 56, column: 29, scope: !296)
!305 = !DILocation(line: 56, column: 4, scope: !296)
!306 = !DILocation(line: 56, column: 23, scope: !296)
!307 = !DILocation(line: 56, column: 27, scope: !296)
!308 = !DILocation(line: 57, column: 9, scope: !296)
!309 = !DILocation(line: 57, column: 2, scope: !296)
!310 = distinct !DISubprogram(name: "getuid", scope: !1, file: !1, line: 60, type: !311, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!311 = !DISubroutineType(types: !312)
!312 = !{!71}
!313 = !DILocalVariable(name: "m", scope: !310, file: !1, line: 62, type: !38)
!314 = !DILocation(line: 62, column: 10, scope: !310)
!315 = !DILocation(line: 64, column: 2, scope: !310)
!316 = !DILocation(line: 65, column: 9, scope: !310)
!317 = !DILocation(line: 65, column: 2, scope: !310)
!318 = distinct !DISubprogram(name: "reboot", scope: !1, file: !1, line: 68, type: !319, scopeLine: 69, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!319 = !DISubroutineType(types: !320)
!320 = !{!35, !35}
!321 = !DILocalVariable(name: "how", arg: 1, scope: !318, file: !1, line: 68, type: !35)
!322 = !DILocation(line: 68, column: 16, scope: !318)
!323 = !DILocalVariable(name: "m", scope: !318, file: !1, line: 70, type: !38)
!324 = !DILocation(line: 70, column: 10, scope: !318)
!325 = !DILocation(line: 72, column: 2, scope: !318)
!326 = !DILocation(line: 73, column: 29, scope: !318)
!327 = !DILocation(line: 73, column: 4, scope: !318)
!328 = !DILocation(line: 73, column: 23, scope: !318)
!329 = !DILocation(line: 73, column: 27, scope: !318)
!330 = !DILocation(line: 74, column: 9, scope: !318)
!331 = !DILocation(line: 74, column: 2, scope: !318)
!332 = distinct !DISubprogram(name: "getrusage", scope: !1, file: !1, line: 77, type: !333, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!333 = !DISubroutineType(types: !334)
!334 = !{!35, !35, !335}
!335 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !336, size: 32)
!336 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rusage", file: !4, line: 176, size: 128, elements: !337)
!337 = !{!338, !340, !341, !342}
!338 = !DIDerivedType(tag: DW_TAG_member, name: "ru_utime", scope: !336, file: !4, line: 177, baseType: !339, size: 32)
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !4, line: 31, baseType: !5)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "ru_stime", scope: !336, file: !4, line: 178, baseType: !339, size: 32, offset: 32)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "ru_maxrss", scope: !336, file: !4, line: 179, baseType: !59, size: 32, offset: 64)
!342 = !DIDerivedType(tag: DW_TAG_member, name: "ru_brk", scope: !336, file: !4, line: 180, baseType: !3, size: 32, offset: 96)
!343 = !DILocalVariable(name: "who", arg: 1, scope: !332, file: !1, line: 77, type: !35)
!344 = !DILocation(line: 77, column: 19, scope: !332)
!345 = !DILocalVariable(name: "usage", arg: 2, scope: !332, file: !1, line: 77, type: !335)
!346 = !DILocation(line: 77, column: 39, scope: !332)
!347 = !DILocalVariable(name: "m", scope: !332, file: !1, line: 79, type: !38)
!348 = !DILocation(line: 79, column: 10, scope: !332)
!349 = !DILocation(line: 81, column: 2, scope: !332)
!350 = !DILocation(line: 82, column: 29, scope: !332)
!351 = !DILocation(line: 82, column: 4, scope: !332)
!352 = !DILocation(line: 82, column: 23, scope: !332)
!353 = !DILocation(line: 82, column: 27, scope: !332)
!354 = !DILocation(line: 83, column: 42, scope: !332)
!355 = !DILocation(line: 83, column: 30, scope: !332)
!356 = !DILocation(line: 83, column: 4, scope: !332)
!357 = !DILocation(line: 83, column: 23, scope: !332)
!358 = !DILocation(line: 83, column: 28, scope: !332)
!359 = !DILocation(line: 84, column: 9, scope: !332)
!360 = !DILocation(line: 84, column: 2, scope: !332)
!361 = distinct !DISubprogram(name: "minix_rs_lookup", scope: !8, file: !8, line: 4, type: !362, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!362 = !DISubroutineType(types: !363)
!363 = !{!35, !251, !364}
!364 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 32)
!365 = !DILocalVariable(name: "name", arg: 1, scope: !361, file: !8, line: 4, type: !251)
!366 = !DILocation(line: 4, column: 33, scope: !361)
!367 = !DILocalVariable(name: "value", arg: 2, scope: !361, file: !8, line: 4, type: !364)
!368 = !DILocation(line: 4, column: 51, scope: !361)
!369 = !DILocalVariable(name: "m", scope: !361, file: !8, line: 6, type: !370)
!370 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 97, baseType: !371)
!371 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 65, size: 512, elements: !372)
!372 = !{!373, !374, !375}
!373 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !371, file: !39, line: 66, baseType: !43, size: 32)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !371, file: !39, line: 67, baseType: !35, size: 32, offset: 32)
!375 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !371, file: !39, line: 96, baseType: !376, size: 448, offset: 64)
!376 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !371, file: !39, line: 68, size: 448, elements: !377)
!377 = !{!378, !383, !389, !395, !400, !405, !411, !419, !426, !434, !439, !446, !453, !458, !465, !470, !477, !484, !489, !495, !502, !509, !514, !521, !527, !536, !541}
!378 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !376, file: !39, line: 69, baseType: !379, size: 32)
!379 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !380)
!380 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !381)
!381 = !{!382}
!382 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !380, file: !39, line: 15, baseType: !35, size: 32)
!383 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !376, file: !39, line: 70, baseType: !384, size: 64)
!384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !385)
!385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !386)
!386 = !{!387, !388}
!387 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !385, file: !39, line: 16, baseType: !3, size: 32)
!388 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !385, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !376, file: !39, line: 71, baseType: !390, size: 64)
!390 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !391)
!391 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !392)
!392 = !{!393, !394}
!393 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !391, file: !39, line: 17, baseType: !34, size: 32)
!394 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !391, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !376, file: !39, line: 72, baseType: !396, size: 32)
!396 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !397)
!397 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !398)
!398 = !{!399}
!399 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !397, file: !39, line: 18, baseType: !71, size: 32)
!400 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !376, file: !39, line: 73, baseType: !401, size: 32)
!401 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !402)
!402 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !403)
!403 = !{!404}
!404 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !402, file: !39, line: 19, baseType: !35, size: 32)
!405 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !376, file: !39, line: 74, baseType: !406, size: 64)
!406 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !407)
!407 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !408)
!408 = !{!409, !410}
!409 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !407, file: !39, line: 20, baseType: !35, size: 32)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !407, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !376, file: !39, line: 75, baseType: !412, size: 128)
!412 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !413)
!413 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !414)
!414 = !{!415, !416, !417, !418}
!415 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !413, file: !39, line: 24, baseType: !43, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !413, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !413, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!418 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !413, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!419 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !376, file: !39, line: 76, baseType: !420, size: 96)
!420 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !421)
!421 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !422)
!422 = !{!423, !424, !425}
!423 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !421, file: !39, line: 29, baseType: !43, size: 32)
!424 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !421, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !421, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!426 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !376, file: !39, line: 77, baseType: !427, size: 128)
!427 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !428)
!428 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !429)
!429 = !{!430, !431, !432, !433}
!430 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !428, file: !39, line: 32, baseType: !3, size: 32)
!431 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !428, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!432 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !428, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!433 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !428, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !376, file: !39, line: 78, baseType: !435, size: 32)
!435 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !436)
!436 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !437)
!437 = !{!438}
!438 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !436, file: !39, line: 33, baseType: !35, size: 32)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !376, file: !39, line: 79, baseType: !440, size: 96)
!440 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !441)
!441 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !442)
!442 = !{!443, !444, !445}
!443 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !441, file: !39, line: 34, baseType: !35, size: 32)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !441, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !441, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !376, file: !39, line: 80, baseType: !447, size: 96)
!447 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !448)
!448 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !449)
!449 = !{!450, !451, !452}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !448, file: !39, line: 35, baseType: !35, size: 32)
!451 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !448, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!452 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !448, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!453 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !376, file: !39, line: 81, baseType: !454, size: 16)
!454 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !455)
!455 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !456)
!456 = !{!457}
!457 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !455, file: !39, line: 36, baseType: !18, size: 16)
!458 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !376, file: !39, line: 82, baseType: !459, size: 96)
!459 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !460)
!460 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !461)
!461 = !{!462, !463, !464}
!462 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !460, file: !39, line: 39, baseType: !43, size: 32)
!463 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !460, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !460, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!465 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !376, file: !39, line: 83, baseType: !466, size: 32)
!466 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !467)
!467 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !468)
!468 = !{!469}
!469 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !467, file: !39, line: 40, baseType: !43, size: 32)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !376, file: !39, line: 84, baseType: !471, size: 96)
!471 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !472)
!472 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !473)
!473 = !{!474, !475, !476}
!474 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !472, file: !39, line: 41, baseType: !43, size: 32)
!475 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !472, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!476 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !472, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!477 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !376, file: !39, line: 85, baseType: !478, size: 96)
!478 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !479)
!479 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !480)
!480 = !{!481, !482, !483}
!481 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !479, file: !39, line: 42, baseType: !43, size: 32)
!482 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !479, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!483 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !479, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!484 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !376, file: !39, line: 86, baseType: !485, size: 32)
!485 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !486)
!486 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !487)
!487 = !{!488}
!488 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !486, file: !39, line: 45, baseType: !3, size: 32)
!489 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !376, file: !39, line: 87, baseType: !490, size: 64)
!490 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !491)
!491 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !492)
!492 = !{!493, !494}
!493 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !491, file: !39, line: 46, baseType: !59, size: 32)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !491, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !376, file: !39, line: 88, baseType: !496, size: 192)
!496 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !497)
!497 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !498)
!498 = !{!499, !500, !501}
!499 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !497, file: !39, line: 49, baseType: !174, size: 128)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !497, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !497, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!502 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !376, file: !39, line: 89, baseType: !503, size: 192)
!503 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !504)
!504 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !505)
!505 = !{!506, !507, !508}
!506 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !504, file: !39, line: 50, baseType: !174, size: 128)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !504, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!508 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !504, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !376, file: !39, line: 90, baseType: !510, size: 32)
!510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 53, baseType: !511)
!511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 32, elements: !512)
!512 = !{!513}
!513 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !511, file: !39, line: 53, baseType: !35, size: 32)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !376, file: !39, line: 91, baseType: !515, size: 96)
!515 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 56, baseType: !516)
!516 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 56, size: 96, elements: !517)
!517 = !{!518, !519, !520}
!518 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !516, file: !39, line: 56, baseType: !43, size: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !516, file: !39, line: 56, baseType: !35, size: 32, offset: 32)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !516, file: !39, line: 56, baseType: !43, size: 32, offset: 64)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !376, file: !39, line: 92, baseType: !522, size: 64)
!522 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 57, baseType: !523)
!523 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 64, elements: !524)
!524 = !{!525, !526}
!525 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !523, file: !39, line: 57, baseType: !43, size: 32)
!526 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !523, file: !39, line: 57, baseType: !35, size: 32, offset: 32)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !376, file: !39, line: 93, baseType: !528, size: 160)
!528 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 62, baseType: !529)
!529 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 58, size: 160, elements: !530)
!530 = !{!531, !532, !533, !534, !535}
!531 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !529, file: !39, line: 59, baseType: !43, size: 32)
!532 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !529, file: !39, line: 59, baseType: !3, size: 32, offset: 32)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !529, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !529, file: !39, line: 60, baseType: !3, size: 32, offset: 96)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !529, file: !39, line: 61, baseType: !59, size: 32, offset: 128)
!536 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !376, file: !39, line: 94, baseType: !537, size: 32)
!537 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 63, baseType: !538)
!538 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 63, size: 32, elements: !539)
!539 = !{!540}
!540 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !538, file: !39, line: 63, baseType: !35, size: 32)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !376, file: !39, line: 95, baseType: !220, size: 448)
!542 = !DILocation(line: 6, column: 10, scope: !361)
!543 = !DILocalVariable(name: "len", scope: !361, file: !8, line: 7, type: !59)
!544 = !DILocation(line: 7, column: 9, scope: !361)
!545 = !DILocation(line: 7, column: 22, scope: !361)
!546 = !DILocation(line: 7, column: 15, scope: !361)
!547 = !DILocalVariable(name: "i", scope: !361, file: !8, line: 8, type: !59)
!548 = !DILocation(line: 8, column: 9, scope: !361)
!549 = !DILocalVariable(name: "r", scope: !361, file: !8, line: 9, type: !35)
!550 = !DILocation(line: 9, column: 6, scope: !361)
!551 = !DILocation(line: 11, column: 6, scope: !552)
!552 = distinct !DILexicalBlock(scope: !361, file: !8, line: 11, column: 6)
!553 = !DILocation(line: 11, column: 10, scope: !552)
!554 = !DILocation(line: 11, column: 6, scope: !361)
!555 = !DILocation(line: 12, column: 3, scope: !552)
!556 = !DILocation(line: 13, column: 2, scope: !361)
!557 = !DILocation(line: 14, column: 9, scope: !558)
!558 = distinct !DILexicalBlock(scope: !361, file: !8, line: 14, column: 2)
!559 = !DILocation(line: 14, column: 7, scope: !558)
!560 = !DILocation(line: 14, column: 14, scope: !561)
!561 = distinct !DILexicalBlock(scope: !558, file: !8, line: 14, column: 2)
!562 = !DILocation(line: 14, column: 19, scope: !561)
!563 = !DILocation(line: 14, column: 16, scope: !561)
!564 = !DILocation(line: 14, column: 2, scope: !558)
!565 = !DILocation(line: 15, column: 29, scope: !561)
!566 = !DILocation(line: 15, column: 34, scope: !561)
!567 = !DILocation(line: 15, column: 5, scope: !561)
!568 = !DILocation(line: 15, column: 18, scope: !561)
!569 = !DILocation(line: 15, column: 24, scope: !561)
!570 = !DILocation(line: 15, column: 3, scope: !561)
!571 = !DILocation(line: 15, column: 27, scope: !561)
!572 = !DILocation(line: 14, column: 25, scope: !561)
!573 = !DILocation(line: 14, column: 2, scope: !561)
!574 = distinct !{!574, !564, !575, !576}
!575 = !DILocation(line: 15, column: 35, scope: !558)
!576 = !{!"llvm.loop.mustprogress"}
!577 = !DILocation(line: 16, column: 6, scope: !361)
!578 = !DILocation(line: 16, column: 4, scope: !361)
!579 = !DILocation(line: 17, column: 6, scope: !580)
!580 = distinct !DILexicalBlock(scope: !361, file: !8, line: 17, column: 6)
!581 = !DILocation(line: 17, column: 8, scope: !580)
!582 = !DILocation(line: 17, column: 6, scope: !361)
!583 = !DILocation(line: 18, column: 14, scope: !580)
!584 = !DILocation(line: 18, column: 27, scope: !580)
!585 = !DILocation(line: 18, column: 4, scope: !580)
!586 = !DILocation(line: 18, column: 10, scope: !580)
!587 = !DILocation(line: 18, column: 3, scope: !580)
!588 = !DILocation(line: 19, column: 9, scope: !361)
!589 = !DILocation(line: 19, column: 2, scope: !361)
!590 = !DILocation(line: 20, column: 1, scope: !361)
!591 = distinct !DISubprogram(name: "strlen", scope: !10, file: !10, line: 4, type: !592, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!592 = !DISubroutineType(types: !593)
!593 = !{!59, !251}
!594 = !DILocalVariable(name: "s", arg: 1, scope: !591, file: !10, line: 4, type: !251)
!595 = !DILocation(line: 4, column: 27, scope: !591)
!596 = !DILocalVariable(name: "n", scope: !591, file: !10, line: 6, type: !59)
!597 = !DILocation(line: 6, column: 9, scope: !591)
!598 = !DILocation(line: 8, column: 2, scope: !591)
!599 = !DILocation(line: 8, column: 9, scope: !591)
!600 = !DILocation(line: 8, column: 11, scope: !591)
!601 = !DILocation(line: 8, column: 14, scope: !591)
!602 = !DILocation(line: 9, column: 4, scope: !591)
!603 = distinct !{!603, !598, !602, !576}
!604 = !DILocation(line: 10, column: 9, scope: !591)
!605 = !DILocation(line: 10, column: 2, scope: !591)
!606 = distinct !DISubprogram(name: "memset", scope: !10, file: !10, line: 13, type: !607, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!607 = !DISubroutineType(types: !608)
!608 = !{!24, !24, !35, !59}
!609 = !DILocalVariable(name: "dst", arg: 1, scope: !606, file: !10, line: 13, type: !24)
!610 = !DILocation(line: 13, column: 20, scope: !606)
!611 = !DILocalVariable(name: "c", arg: 2, scope: !606, file: !10, line: 13, type: !35)
!612 = !DILocation(line: 13, column: 29, scope: !606)
!613 = !DILocalVariable(name: "n", arg: 3, scope: !606, file: !10, line: 13, type: !59)
!614 = !DILocation(line: 13, column: 39, scope: !606)
!615 = !DILocalVariable(name: "p", scope: !606, file: !10, line: 15, type: !616)
!616 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 32)
!617 = !DILocation(line: 15, column: 17, scope: !606)
!618 = !DILocation(line: 15, column: 21, scope: !606)
!619 = !DILocation(line: 17, column: 2, scope: !606)
!620 = !DILocation(line: 17, column: 10, scope: !606)
!621 = !DILocation(line: 17, column: 13, scope: !606)
!622 = !DILocation(line: 18, column: 26, scope: !606)
!623 = !DILocation(line: 18, column: 10, scope: !606)
!624 = !DILocation(line: 18, column: 5, scope: !606)
!625 = !DILocation(line: 18, column: 8, scope: !606)
!626 = distinct !{!626, !619, !622, !576}
!627 = !DILocation(line: 19, column: 9, scope: !606)
!628 = !DILocation(line: 19, column: 2, scope: !606)
!629 = distinct !DISubprogram(name: "_syscall", scope: !14, file: !14, line: 5, type: !630, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !13, retainedNodes: !36)
!630 = !DISubroutineType(types: !631)
!631 = !{!35, !43, !35, !632}
!632 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !633, size: 32)
!633 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 97, baseType: !634)
!634 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 65, size: 512, elements: !635)
!635 = !{!636, !637, !638}
!636 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !634, file: !39, line: 66, baseType: !43, size: 32)
!637 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !634, file: !39, line: 67, baseType: !35, size: 32, offset: 32)
!638 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !634, file: !39, line: 96, baseType: !639, size: 448, offset: 64)
!639 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !634, file: !39, line: 68, size: 448, elements: !640)
!640 = !{!641, !646, !652, !658, !663, !668, !674, !682, !689, !697, !702, !709, !716, !721, !728, !733, !740, !747, !752, !758, !765, !772, !777, !784, !790, !799, !804}
!641 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !639, file: !39, line: 69, baseType: !642, size: 32)
!642 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !643)
!643 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !644)
!644 = !{!645}
!645 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !643, file: !39, line: 15, baseType: !35, size: 32)
!646 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !639, file: !39, line: 70, baseType: !647, size: 64)
!647 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !648)
!648 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !649)
!649 = !{!650, !651}
!650 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !648, file: !39, line: 16, baseType: !3, size: 32)
!651 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !648, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !639, file: !39, line: 71, baseType: !653, size: 64)
!653 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !654)
!654 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !655)
!655 = !{!656, !657}
!656 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !654, file: !39, line: 17, baseType: !34, size: 32)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !654, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !639, file: !39, line: 72, baseType: !659, size: 32)
!659 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !660)
!660 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !661)
!661 = !{!662}
!662 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !660, file: !39, line: 18, baseType: !71, size: 32)
!663 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !639, file: !39, line: 73, baseType: !664, size: 32)
!664 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !665)
!665 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !666)
!666 = !{!667}
!667 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !665, file: !39, line: 19, baseType: !35, size: 32)
!668 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !639, file: !39, line: 74, baseType: !669, size: 64)
!669 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !670)
!670 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !671)
!671 = !{!672, !673}
!672 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !670, file: !39, line: 20, baseType: !35, size: 32)
!673 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !670, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!674 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !639, file: !39, line: 75, baseType: !675, size: 128)
!675 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !676)
!676 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !677)
!677 = !{!678, !679, !680, !681}
!678 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !676, file: !39, line: 24, baseType: !43, size: 32)
!679 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !676, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!680 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !676, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!681 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !676, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!682 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !639, file: !39, line: 76, baseType: !683, size: 96)
!683 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !684)
!684 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !685)
!685 = !{!686, !687, !688}
!686 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !684, file: !39, line: 29, baseType: !43, size: 32)
!687 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !684, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!688 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !684, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!689 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !639, file: !39, line: 77, baseType: !690, size: 128)
!690 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !691)
!691 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !692)
!692 = !{!693, !694, !695, !696}
!693 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !691, file: !39, line: 32, baseType: !3, size: 32)
!694 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !691, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!695 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !691, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !691, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !639, file: !39, line: 78, baseType: !698, size: 32)
!698 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !699)
!699 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !700)
!700 = !{!701}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !699, file: !39, line: 33, baseType: !35, size: 32)
!702 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !639, file: !39, line: 79, baseType: !703, size: 96)
!703 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !704)
!704 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !705)
!705 = !{!706, !707, !708}
!706 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !704, file: !39, line: 34, baseType: !35, size: 32)
!707 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !704, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!708 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !704, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!709 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !639, file: !39, line: 80, baseType: !710, size: 96)
!710 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !711)
!711 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !712)
!712 = !{!713, !714, !715}
!713 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !711, file: !39, line: 35, baseType: !35, size: 32)
!714 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !711, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!715 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !711, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!716 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !639, file: !39, line: 81, baseType: !717, size: 16)
!717 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !718)
!718 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !719)
!719 = !{!720}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !718, file: !39, line: 36, baseType: !18, size: 16)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !639, file: !39, line: 82, baseType: !722, size: 96)
!722 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !723)
!723 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !724)
!724 = !{!725, !726, !727}
!725 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !723, file: !39, line: 39, baseType: !43, size: 32)
!726 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !723, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!727 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !723, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!728 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !639, file: !39, line: 83, baseType: !729, size: 32)
!729 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !730)
!730 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !731)
!731 = !{!732}
!732 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !730, file: !39, line: 40, baseType: !43, size: 32)
!733 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !639, file: !39, line: 84, baseType: !734, size: 96)
!734 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !735)
!735 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !736)
!736 = !{!737, !738, !739}
!737 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !735, file: !39, line: 41, baseType: !43, size: 32)
!738 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !735, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!739 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !735, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!740 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !639, file: !39, line: 85, baseType: !741, size: 96)
!741 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !742)
!742 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !743)
!743 = !{!744, !745, !746}
!744 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !742, file: !39, line: 42, baseType: !43, size: 32)
!745 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !742, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!746 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !742, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!747 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !639, file: !39, line: 86, baseType: !748, size: 32)
!748 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !749)
!749 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !750)
!750 = !{!751}
!751 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !749, file: !39, line: 45, baseType: !3, size: 32)
!752 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !639, file: !39, line: 87, baseType: !753, size: 64)
!753 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !754)
!754 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !755)
!755 = !{!756, !757}
!756 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !754, file: !39, line: 46, baseType: !59, size: 32)
!757 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !754, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!758 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !639, file: !39, line: 88, baseType: !759, size: 192)
!759 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !760)
!760 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !761)
!761 = !{!762, !763, !764}
!762 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !760, file: !39, line: 49, baseType: !174, size: 128)
!763 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !760, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!764 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !760, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!765 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !639, file: !39, line: 89, baseType: !766, size: 192)
!766 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !767)
!767 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !768)
!768 = !{!769, !770, !771}
!769 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !767, file: !39, line: 50, baseType: !174, size: 128)
!770 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !767, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!771 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !767, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!772 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !639, file: !39, line: 90, baseType: !773, size: 32)
!773 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 53, baseType: !774)
!774 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 32, elements: !775)
!775 = !{!776}
!776 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !774, file: !39, line: 53, baseType: !35, size: 32)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !639, file: !39, line: 91, baseType: !778, size: 96)
!778 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 56, baseType: !779)
!779 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 56, size: 96, elements: !780)
!780 = !{!781, !782, !783}
!781 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !779, file: !39, line: 56, baseType: !43, size: 32)
!782 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !779, file: !39, line: 56, baseType: !35, size: 32, offset: 32)
!783 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !779, file: !39, line: 56, baseType: !43, size: 32, offset: 64)
!784 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !639, file: !39, line: 92, baseType: !785, size: 64)
!785 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 57, baseType: !786)
!786 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 64, elements: !787)
!787 = !{!788, !789}
!788 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !786, file: !39, line: 57, baseType: !43, size: 32)
!789 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !786, file: !39, line: 57, baseType: !35, size: 32, offset: 32)
!790 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !639, file: !39, line: 93, baseType: !791, size: 160)
!791 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 62, baseType: !792)
!792 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 58, size: 160, elements: !793)
!793 = !{!794, !795, !796, !797, !798}
!794 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !792, file: !39, line: 59, baseType: !43, size: 32)
!795 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !792, file: !39, line: 59, baseType: !3, size: 32, offset: 32)
!796 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !792, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!797 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !792, file: !39, line: 60, baseType: !3, size: 32, offset: 96)
!798 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !792, file: !39, line: 61, baseType: !59, size: 32, offset: 128)
!799 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !639, file: !39, line: 94, baseType: !800, size: 32)
!800 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 63, baseType: !801)
!801 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 63, size: 32, elements: !802)
!802 = !{!803}
!803 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !801, file: !39, line: 63, baseType: !35, size: 32)
!804 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !639, file: !39, line: 95, baseType: !220, size: 448)
!805 = !DILocalVariable(name: "who", arg: 1, scope: !629, file: !14, line: 5, type: !43)
!806 = !DILocation(line: 5, column: 25, scope: !629)
!807 = !DILocalVariable(name: "syscallnr", arg: 2, scope: !629, file: !14, line: 5, type: !35)
!808 = !DILocation(line: 5, column: 34, scope: !629)
!809 = !DILocalVariable(name: "msgptr", arg: 3, scope: !629, file: !14, line: 5, type: !632)
!810 = !DILocation(line: 5, column: 54, scope: !629)
!811 = !DILocalVariable(name: "status", scope: !629, file: !14, line: 7, type: !35)
!812 = !DILocation(line: 7, column: 6, scope: !629)
!813 = !DILocation(line: 9, column: 19, scope: !629)
!814 = !DILocation(line: 9, column: 2, scope: !629)
!815 = !DILocation(line: 9, column: 10, scope: !629)
!816 = !DILocation(line: 9, column: 17, scope: !629)
!817 = !DILocation(line: 10, column: 24, scope: !629)
!818 = !DILocation(line: 10, column: 29, scope: !629)
!819 = !DILocation(line: 10, column: 11, scope: !629)
!820 = !DILocation(line: 10, column: 9, scope: !629)
!821 = !DILocation(line: 11, column: 6, scope: !822)
!822 = distinct !DILexicalBlock(scope: !629, file: !14, line: 11, column: 6)
!823 = !DILocation(line: 11, column: 13, scope: !822)
!824 = !DILocation(line: 11, column: 6, scope: !629)
!825 = !DILocation(line: 12, column: 10, scope: !822)
!826 = !DILocation(line: 12, column: 3, scope: !822)
!827 = !DILocation(line: 13, column: 9, scope: !629)
!828 = !DILocation(line: 13, column: 17, scope: !629)
!829 = !DILocation(line: 13, column: 2, scope: !629)
!830 = !DILocation(line: 14, column: 1, scope: !629)
!831 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !832, file: !832, line: 33, type: !833, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !13, retainedNodes: !36)
!832 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "0ff3fcea959a2627c9ef16ca3007871c")
!833 = !DISubroutineType(types: !834)
!834 = !{!35, !43, !632}
!835 = !DILocalVariable(name: "dst", arg: 1, scope: !831, file: !832, line: 33, type: !43)
!836 = !DILocation(line: 33, column: 43, scope: !831)
!837 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !831, file: !832, line: 33, type: !632)
!838 = !DILocation(line: 33, column: 57, scope: !831)
!839 = !DILocation(line: 35, column: 9, scope: !831)
!840 = !DILocation(line: 35, column: 42, scope: !831)
!841 = !DILocation(line: 35, column: 47, scope: !831)
!842 = !DILocation(line: 35, column: 2, scope: !831)
!843 = distinct !DISubprogram(name: "open", scope: !16, file: !16, line: 4, type: !844, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!844 = !DISubroutineType(types: !845)
!845 = !{!35, !251, !35, !18}
!846 = !DILocalVariable(name: "path", arg: 1, scope: !843, file: !16, line: 4, type: !251)
!847 = !DILocation(line: 4, column: 22, scope: !843)
!848 = !DILocalVariable(name: "flags", arg: 2, scope: !843, file: !16, line: 4, type: !35)
!849 = !DILocation(line: 4, column: 32, scope: !843)
!850 = !DILocalVariable(name: "mode", arg: 3, scope: !843, file: !16, line: 4, type: !18)
!851 = !DILocation(line: 4, column: 46, scope: !843)
!852 = !DILocalVariable(name: "m", scope: !843, file: !16, line: 6, type: !853)
!853 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 97, baseType: !854)
!854 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 65, size: 512, elements: !855)
!855 = !{!856, !857, !858}
!856 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !854, file: !39, line: 66, baseType: !43, size: 32)
!857 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !854, file: !39, line: 67, baseType: !35, size: 32, offset: 32)
!858 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !854, file: !39, line: 96, baseType: !859, size: 448, offset: 64)
!859 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !854, file: !39, line: 68, size: 448, elements: !860)
!860 = !{!861, !866, !872, !878, !883, !888, !894, !902, !909, !917, !922, !929, !936, !941, !948, !953, !960, !967, !972, !978, !985, !992, !997, !1004, !1010, !1019, !1024}
!861 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !859, file: !39, line: 69, baseType: !862, size: 32)
!862 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !863)
!863 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !864)
!864 = !{!865}
!865 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !863, file: !39, line: 15, baseType: !35, size: 32)
!866 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !859, file: !39, line: 70, baseType: !867, size: 64)
!867 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !868)
!868 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !869)
!869 = !{!870, !871}
!870 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !868, file: !39, line: 16, baseType: !3, size: 32)
!871 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !868, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!872 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !859, file: !39, line: 71, baseType: !873, size: 64)
!873 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !874)
!874 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !875)
!875 = !{!876, !877}
!876 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !874, file: !39, line: 17, baseType: !34, size: 32)
!877 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !874, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!878 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !859, file: !39, line: 72, baseType: !879, size: 32)
!879 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !880)
!880 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !881)
!881 = !{!882}
!882 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !880, file: !39, line: 18, baseType: !71, size: 32)
!883 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !859, file: !39, line: 73, baseType: !884, size: 32)
!884 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !885)
!885 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !886)
!886 = !{!887}
!887 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !885, file: !39, line: 19, baseType: !35, size: 32)
!888 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !859, file: !39, line: 74, baseType: !889, size: 64)
!889 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !890)
!890 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !891)
!891 = !{!892, !893}
!892 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !890, file: !39, line: 20, baseType: !35, size: 32)
!893 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !890, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!894 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !859, file: !39, line: 75, baseType: !895, size: 128)
!895 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !896)
!896 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !897)
!897 = !{!898, !899, !900, !901}
!898 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !896, file: !39, line: 24, baseType: !43, size: 32)
!899 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !896, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!900 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !896, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!901 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !896, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!902 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !859, file: !39, line: 76, baseType: !903, size: 96)
!903 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !904)
!904 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !905)
!905 = !{!906, !907, !908}
!906 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !904, file: !39, line: 29, baseType: !43, size: 32)
!907 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !904, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!908 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !904, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!909 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !859, file: !39, line: 77, baseType: !910, size: 128)
!910 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !911)
!911 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !912)
!912 = !{!913, !914, !915, !916}
!913 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !911, file: !39, line: 32, baseType: !3, size: 32)
!914 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !911, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!915 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !911, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!916 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !911, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!917 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !859, file: !39, line: 78, baseType: !918, size: 32)
!918 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !919)
!919 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !920)
!920 = !{!921}
!921 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !919, file: !39, line: 33, baseType: !35, size: 32)
!922 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !859, file: !39, line: 79, baseType: !923, size: 96)
!923 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !924)
!924 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !925)
!925 = !{!926, !927, !928}
!926 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !924, file: !39, line: 34, baseType: !35, size: 32)
!927 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !924, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!928 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !924, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!929 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !859, file: !39, line: 80, baseType: !930, size: 96)
!930 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !931)
!931 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !932)
!932 = !{!933, !934, !935}
!933 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !931, file: !39, line: 35, baseType: !35, size: 32)
!934 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !931, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!935 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !931, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !859, file: !39, line: 81, baseType: !937, size: 16)
!937 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !938)
!938 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !939)
!939 = !{!940}
!940 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !938, file: !39, line: 36, baseType: !18, size: 16)
!941 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !859, file: !39, line: 82, baseType: !942, size: 96)
!942 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !943)
!943 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !944)
!944 = !{!945, !946, !947}
!945 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !943, file: !39, line: 39, baseType: !43, size: 32)
!946 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !943, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!947 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !943, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !859, file: !39, line: 83, baseType: !949, size: 32)
!949 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !950)
!950 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !951)
!951 = !{!952}
!952 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !950, file: !39, line: 40, baseType: !43, size: 32)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !859, file: !39, line: 84, baseType: !954, size: 96)
!954 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !955)
!955 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !956)
!956 = !{!957, !958, !959}
!957 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !955, file: !39, line: 41, baseType: !43, size: 32)
!958 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !955, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!959 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !955, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!960 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !859, file: !39, line: 85, baseType: !961, size: 96)
!961 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !962)
!962 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !963)
!963 = !{!964, !965, !966}
!964 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !962, file: !39, line: 42, baseType: !43, size: 32)
!965 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !962, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !962, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!967 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !859, file: !39, line: 86, baseType: !968, size: 32)
!968 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !969)
!969 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !970)
!970 = !{!971}
!971 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !969, file: !39, line: 45, baseType: !3, size: 32)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !859, file: !39, line: 87, baseType: !973, size: 64)
!973 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !974)
!974 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !975)
!975 = !{!976, !977}
!976 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !974, file: !39, line: 46, baseType: !59, size: 32)
!977 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !974, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!978 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !859, file: !39, line: 88, baseType: !979, size: 192)
!979 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !980)
!980 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !981)
!981 = !{!982, !983, !984}
!982 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !980, file: !39, line: 49, baseType: !174, size: 128)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !980, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!984 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !980, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!985 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !859, file: !39, line: 89, baseType: !986, size: 192)
!986 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !987)
!987 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !988)
!988 = !{!989, !990, !991}
!989 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !987, file: !39, line: 50, baseType: !174, size: 128)
!990 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !987, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!991 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !987, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!992 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !859, file: !39, line: 90, baseType: !993, size: 32)
!993 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 53, baseType: !994)
!994 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 32, elements: !995)
!995 = !{!996}
!996 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !994, file: !39, line: 53, baseType: !35, size: 32)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !859, file: !39, line: 91, baseType: !998, size: 96)
!998 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 56, baseType: !999)
!999 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 56, size: 96, elements: !1000)
!1000 = !{!1001, !1002, !1003}
!1001 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !999, file: !39, line: 56, baseType: !43, size: 32)
!1002 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !999, file: !39, line: 56, baseType: !35, size: 32, offset: 32)
!1003 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !999, file: !39, line: 56, baseType: !43, size: 32, offset: 64)
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !859, file: !39, line: 92, baseType: !1005, size: 64)
!1005 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 57, baseType: !1006)
!1006 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 64, elements: !1007)
!1007 = !{!1008, !1009}
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1006, file: !39, line: 57, baseType: !43, size: 32)
!1009 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1006, file: !39, line: 57, baseType: !35, size: 32, offset: 32)
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !859, file: !39, line: 93, baseType: !1011, size: 160)
!1011 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 62, baseType: !1012)
!1012 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 58, size: 160, elements: !1013)
!1013 = !{!1014, !1015, !1016, !1017, !1018}
!1014 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1012, file: !39, line: 59, baseType: !43, size: 32)
!1015 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1012, file: !39, line: 59, baseType: !3, size: 32, offset: 32)
!1016 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1012, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1012, file: !39, line: 60, baseType: !3, size: 32, offset: 96)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1012, file: !39, line: 61, baseType: !59, size: 32, offset: 128)
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !859, file: !39, line: 94, baseType: !1020, size: 32)
!1020 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 63, baseType: !1021)
!1021 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 63, size: 32, elements: !1022)
!1022 = !{!1023}
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1021, file: !39, line: 63, baseType: !35, size: 32)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !859, file: !39, line: 95, baseType: !220, size: 448)
!1025 = !DILocation(line: 6, column: 10, scope: !843)
!1026 = !DILocation(line: 8, column: 2, scope: !843)
!1027 = !DILocation(line: 9, column: 41, scope: !843)
!1028 = !DILocation(line: 9, column: 29, scope: !843)
!1029 = !DILocation(line: 9, column: 4, scope: !843)
!1030 = !DILocation(line: 9, column: 22, scope: !843)
!1031 = !DILocation(line: 9, column: 27, scope: !843)
!1032 = !DILocation(line: 10, column: 39, scope: !843)
!1033 = !DILocation(line: 10, column: 32, scope: !843)
!1034 = !DILocation(line: 10, column: 4, scope: !843)
!1035 = !DILocation(line: 10, column: 22, scope: !843)
!1036 = !DILocation(line: 10, column: 30, scope: !843)
!1037 = !DILocation(line: 11, column: 30, scope: !843)
!1038 = !DILocation(line: 11, column: 4, scope: !843)
!1039 = !DILocation(line: 11, column: 22, scope: !843)
!1040 = !DILocation(line: 11, column: 28, scope: !843)
!1041 = !DILocation(line: 12, column: 29, scope: !843)
!1042 = !DILocation(line: 12, column: 4, scope: !843)
!1043 = !DILocation(line: 12, column: 22, scope: !843)
!1044 = !DILocation(line: 12, column: 27, scope: !843)
!1045 = !DILocation(line: 13, column: 9, scope: !843)
!1046 = !DILocation(line: 13, column: 2, scope: !843)
!1047 = distinct !DISubprogram(name: "close", scope: !16, file: !16, line: 16, type: !319, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1048 = !DILocalVariable(name: "fd", arg: 1, scope: !1047, file: !16, line: 16, type: !35)
!1049 = !DILocation(line: 16, column: 15, scope: !1047)
!1050 = !DILocalVariable(name: "m", scope: !1047, file: !16, line: 18, type: !853)
!1051 = !DILocation(line: 18, column: 10, scope: !1047)
!1052 = !DILocation(line: 20, column: 2, scope: !1047)
!1053 = !DILocation(line: 21, column: 28, scope: !1047)
!1054 = !DILocation(line: 21, column: 4, scope: !1047)
!1055 = !DILocation(line: 21, column: 23, scope: !1047)
!1056 = !DILocation(line: 21, column: 26, scope: !1047)
!1057 = !DILocation(line: 22, column: 9, scope: !1047)
!1058 = !DILocation(line: 22, column: 2, scope: !1047)
!1059 = distinct !DISubprogram(name: "read", scope: !16, file: !16, line: 25, type: !1060, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1060 = !DISubroutineType(types: !1061)
!1061 = !{!35, !35, !24, !59}
!1062 = !DILocalVariable(name: "fd", arg: 1, scope: !1059, file: !16, line: 25, type: !35)
!1063 = !DILocation(line: 25, column: 14, scope: !1059)
!1064 = !DILocalVariable(name: "buf", arg: 2, scope: !1059, file: !16, line: 25, type: !24)
!1065 = !DILocation(line: 25, column: 24, scope: !1059)
!1066 = !DILocalVariable(name: "len", arg: 3, scope: !1059, file: !16, line: 25, type: !59)
!1067 = !DILocation(line: 25, column: 36, scope: !1059)
!1068 = !DILocalVariable(name: "m", scope: !1059, file: !16, line: 27, type: !853)
!1069 = !DILocation(line: 27, column: 10, scope: !1059)
!1070 = !DILocation(line: 29, column: 2, scope: !1059)
!1071 = !DILocation(line: 30, column: 32, scope: !1059)
!1072 = !DILocation(line: 30, column: 4, scope: !1059)
!1073 = !DILocation(line: 30, column: 27, scope: !1059)
!1074 = !DILocation(line: 30, column: 30, scope: !1059)
!1075 = !DILocation(line: 31, column: 45, scope: !1059)
!1076 = !DILocation(line: 31, column: 33, scope: !1059)
!1077 = !DILocation(line: 31, column: 4, scope: !1059)
!1078 = !DILocation(line: 31, column: 27, scope: !1059)
!1079 = !DILocation(line: 31, column: 31, scope: !1059)
!1080 = !DILocation(line: 32, column: 33, scope: !1059)
!1081 = !DILocation(line: 32, column: 4, scope: !1059)
!1082 = !DILocation(line: 32, column: 27, scope: !1059)
!1083 = !DILocation(line: 32, column: 31, scope: !1059)
!1084 = !DILocation(line: 33, column: 9, scope: !1059)
!1085 = !DILocation(line: 33, column: 2, scope: !1059)
!1086 = distinct !DISubprogram(name: "write", scope: !16, file: !16, line: 36, type: !1087, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1087 = !DISubroutineType(types: !1088)
!1088 = !{!35, !35, !1089, !59}
!1089 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1090, size: 32)
!1090 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!1091 = !DILocalVariable(name: "fd", arg: 1, scope: !1086, file: !16, line: 36, type: !35)
!1092 = !DILocation(line: 36, column: 15, scope: !1086)
!1093 = !DILocalVariable(name: "buf", arg: 2, scope: !1086, file: !16, line: 36, type: !1089)
!1094 = !DILocation(line: 36, column: 31, scope: !1086)
!1095 = !DILocalVariable(name: "len", arg: 3, scope: !1086, file: !16, line: 36, type: !59)
!1096 = !DILocation(line: 36, column: 43, scope: !1086)
!1097 = !DILocalVariable(name: "m", scope: !1086, file: !16, line: 38, type: !853)
!1098 = !DILocation(line: 38, column: 10, scope: !1086)
!1099 = !DILocation(line: 40, column: 2, scope: !1086)
!1100 = !DILocation(line: 41, column: 32, scope: !1086)
!1101 = !DILocation(line: 41, column: 4, scope: !1086)
!1102 = !DILocation(line: 41, column: 27, scope: !1086)
!1103 = !DILocation(line: 41, column: 30, scope: !1086)
!1104 = !DILocation(line: 42, column: 45, scope: !1086)
!1105 = !DILocation(line: 42, column: 33, scope: !1086)
!1106 = !DILocation(line: 42, column: 4, scope: !1086)
!1107 = !DILocation(line: 42, column: 27, scope: !1086)
!1108 = !DILocation(line: 42, column: 31, scope: !1086)
!1109 = !DILocation(line: 43, column: 33, scope: !1086)
!1110 = !DILocation(line: 43, column: 4, scope: !1086)
!1111 = !DILocation(line: 43, column: 27, scope: !1086)
!1112 = !DILocation(line: 43, column: 31, scope: !1086)
!1113 = !DILocation(line: 44, column: 9, scope: !1086)
!1114 = !DILocation(line: 44, column: 2, scope: !1086)
!1115 = distinct !DISubprogram(name: "lseek", scope: !16, file: !16, line: 47, type: !1116, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1116 = !DISubroutineType(types: !1117)
!1117 = !{!124, !35, !124, !35}
!1118 = !DILocalVariable(name: "fd", arg: 1, scope: !1115, file: !16, line: 47, type: !35)
!1119 = !DILocation(line: 47, column: 17, scope: !1115)
!1120 = !DILocalVariable(name: "offset", arg: 2, scope: !1115, file: !16, line: 47, type: !124)
!1121 = !DILocation(line: 47, column: 27, scope: !1115)
!1122 = !DILocalVariable(name: "whence", arg: 3, scope: !1115, file: !16, line: 47, type: !35)
!1123 = !DILocation(line: 47, column: 39, scope: !1115)
!1124 = !DILocalVariable(name: "m", scope: !1115, file: !16, line: 49, type: !853)
!1125 = !DILocation(line: 49, column: 10, scope: !1115)
!1126 = !DILocalVariable(name: "r", scope: !1115, file: !16, line: 50, type: !35)
!1127 = !DILocation(line: 50, column: 6, scope: !1115)
!1128 = !DILocation(line: 52, column: 2, scope: !1115)
!1129 = !DILocation(line: 53, column: 28, scope: !1115)
!1130 = !DILocation(line: 53, column: 4, scope: !1115)
!1131 = !DILocation(line: 53, column: 23, scope: !1115)
!1132 = !DILocation(line: 53, column: 26, scope: !1115)
!1133 = !DILocation(line: 54, column: 32, scope: !1115)
!1134 = !DILocation(line: 54, column: 4, scope: !1115)
!1135 = !DILocation(line: 54, column: 23, scope: !1115)
!1136 = !DILocation(line: 54, column: 30, scope: !1115)
!1137 = !DILocation(line: 55, column: 32, scope: !1115)
!1138 = !DILocation(line: 55, column: 4, scope: !1115)
!1139 = !DILocation(line: 55, column: 23, scope: !1115)
!1140 = !DILocation(line: 55, column: 30, scope: !1115)
!1141 = !DILocation(line: 56, column: 6, scope: !1115)
!1142 = !DILocation(line: 56, column: 4, scope: !1115)
!1143 = !DILocation(line: 57, column: 6, scope: !1144)
!1144 = distinct !DILexicalBlock(scope: !1115, file: !16, line: 57, column: 6)
!1145 = !DILocation(line: 57, column: 8, scope: !1144)
!1146 = !DILocation(line: 57, column: 6, scope: !1115)
!1147 = !DILocation(line: 58, column: 10, scope: !1144)
!1148 = !DILocation(line: 58, column: 3, scope: !1144)
!1149 = !DILocation(line: 59, column: 11, scope: !1115)
!1150 = !DILocation(line: 59, column: 30, scope: !1115)
!1151 = !DILocation(line: 59, column: 2, scope: !1115)
!1152 = !DILocation(line: 60, column: 1, scope: !1115)
!1153 = distinct !DISubprogram(name: "umask", scope: !16, file: !16, line: 62, type: !1154, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1154 = !DISubroutineType(types: !1155)
!1155 = !{!18, !18}
!1156 = !DILocalVariable(name: "mask", arg: 1, scope: !1153, file: !16, line: 62, type: !18)
!1157 = !DILocation(line: 62, column: 21, scope: !1153)
!1158 = !DILocalVariable(name: "m", scope: !1153, file: !16, line: 64, type: !853)
!1159 = !DILocation(line: 64, column: 10, scope: !1153)
!1160 = !DILocation(line: 66, column: 2, scope: !1153)
!1161 = !DILocation(line: 67, column: 30, scope: !1153)
!1162 = !DILocation(line: 67, column: 4, scope: !1153)
!1163 = !DILocation(line: 67, column: 23, scope: !1153)
!1164 = !DILocation(line: 67, column: 28, scope: !1153)
!1165 = !DILocation(line: 68, column: 18, scope: !1153)
!1166 = !DILocation(line: 68, column: 9, scope: !1153)
!1167 = !DILocation(line: 68, column: 2, scope: !1153)
!1168 = distinct !DISubprogram(name: "brk", scope: !22, file: !22, line: 5, type: !1169, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !36)
!1169 = !DISubroutineType(types: !1170)
!1170 = !{!35, !24}
!1171 = !DILocalVariable(name: "addr", arg: 1, scope: !1168, file: !22, line: 5, type: !24)
!1172 = !DILocation(line: 5, column: 15, scope: !1168)
!1173 = !DILocalVariable(name: "m", scope: !1168, file: !22, line: 7, type: !1174)
!1174 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 97, baseType: !1175)
!1175 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 65, size: 512, elements: !1176)
!1176 = !{!1177, !1178, !1179}
!1177 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1175, file: !39, line: 66, baseType: !43, size: 32)
!1178 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1175, file: !39, line: 67, baseType: !35, size: 32, offset: 32)
!1179 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1175, file: !39, line: 96, baseType: !1180, size: 448, offset: 64)
!1180 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1175, file: !39, line: 68, size: 448, elements: !1181)
!1181 = !{!1182, !1187, !1193, !1199, !1204, !1209, !1215, !1223, !1230, !1238, !1243, !1250, !1257, !1262, !1269, !1274, !1281, !1288, !1293, !1299, !1306, !1313, !1318, !1325, !1331, !1340, !1345}
!1182 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1180, file: !39, line: 69, baseType: !1183, size: 32)
!1183 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !1184)
!1184 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !1185)
!1185 = !{!1186}
!1186 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1184, file: !39, line: 15, baseType: !35, size: 32)
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1180, file: !39, line: 70, baseType: !1188, size: 64)
!1188 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !1189)
!1189 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !1190)
!1190 = !{!1191, !1192}
!1191 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1189, file: !39, line: 16, baseType: !3, size: 32)
!1192 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1189, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!1193 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1180, file: !39, line: 71, baseType: !1194, size: 64)
!1194 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !1195)
!1195 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !1196)
!1196 = !{!1197, !1198}
!1197 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1195, file: !39, line: 17, baseType: !34, size: 32)
!1198 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1195, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!1199 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1180, file: !39, line: 72, baseType: !1200, size: 32)
!1200 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !1201)
!1201 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !1202)
!1202 = !{!1203}
!1203 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1201, file: !39, line: 18, baseType: !71, size: 32)
!1204 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1180, file: !39, line: 73, baseType: !1205, size: 32)
!1205 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !1206)
!1206 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !1207)
!1207 = !{!1208}
!1208 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1206, file: !39, line: 19, baseType: !35, size: 32)
!1209 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1180, file: !39, line: 74, baseType: !1210, size: 64)
!1210 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !1211)
!1211 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !1212)
!1212 = !{!1213, !1214}
!1213 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1211, file: !39, line: 20, baseType: !35, size: 32)
!1214 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1211, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!1215 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1180, file: !39, line: 75, baseType: !1216, size: 128)
!1216 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !1217)
!1217 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !1218)
!1218 = !{!1219, !1220, !1221, !1222}
!1219 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1217, file: !39, line: 24, baseType: !43, size: 32)
!1220 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1217, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!1221 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1217, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!1222 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1217, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!1223 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1180, file: !39, line: 76, baseType: !1224, size: 96)
!1224 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !1225)
!1225 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !1226)
!1226 = !{!1227, !1228, !1229}
!1227 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1225, file: !39, line: 29, baseType: !43, size: 32)
!1228 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1225, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!1229 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1225, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!1230 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1180, file: !39, line: 77, baseType: !1231, size: 128)
!1231 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !1232)
!1232 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !1233)
!1233 = !{!1234, !1235, !1236, !1237}
!1234 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1232, file: !39, line: 32, baseType: !3, size: 32)
!1235 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1232, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!1236 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1232, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!1237 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1232, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!1238 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1180, file: !39, line: 78, baseType: !1239, size: 32)
!1239 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !1240)
!1240 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !1241)
!1241 = !{!1242}
!1242 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1240, file: !39, line: 33, baseType: !35, size: 32)
!1243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1180, file: !39, line: 79, baseType: !1244, size: 96)
!1244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !1245)
!1245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !1246)
!1246 = !{!1247, !1248, !1249}
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1245, file: !39, line: 34, baseType: !35, size: 32)
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1245, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!1249 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1245, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!1250 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1180, file: !39, line: 80, baseType: !1251, size: 96)
!1251 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !1252)
!1252 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !1253)
!1253 = !{!1254, !1255, !1256}
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1252, file: !39, line: 35, baseType: !35, size: 32)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1252, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1252, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1180, file: !39, line: 81, baseType: !1258, size: 16)
!1258 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !1259)
!1259 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !1260)
!1260 = !{!1261}
!1261 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1259, file: !39, line: 36, baseType: !18, size: 16)
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1180, file: !39, line: 82, baseType: !1263, size: 96)
!1263 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !1264)
!1264 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !1265)
!1265 = !{!1266, !1267, !1268}
!1266 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1264, file: !39, line: 39, baseType: !43, size: 32)
!1267 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1264, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!1268 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1264, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!1269 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1180, file: !39, line: 83, baseType: !1270, size: 32)
!1270 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !1271)
!1271 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !1272)
!1272 = !{!1273}
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1271, file: !39, line: 40, baseType: !43, size: 32)
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1180, file: !39, line: 84, baseType: !1275, size: 96)
!1275 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !1276)
!1276 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !1277)
!1277 = !{!1278, !1279, !1280}
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1276, file: !39, line: 41, baseType: !43, size: 32)
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1276, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1276, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1180, file: !39, line: 85, baseType: !1282, size: 96)
!1282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !1283)
!1283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !1284)
!1284 = !{!1285, !1286, !1287}
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1283, file: !39, line: 42, baseType: !43, size: 32)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1283, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1283, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!1288 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1180, file: !39, line: 86, baseType: !1289, size: 32)
!1289 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !1290)
!1290 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !1291)
!1291 = !{!1292}
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1290, file: !39, line: 45, baseType: !3, size: 32)
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1180, file: !39, line: 87, baseType: !1294, size: 64)
!1294 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !1295)
!1295 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !1296)
!1296 = !{!1297, !1298}
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1295, file: !39, line: 46, baseType: !59, size: 32)
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1295, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!1299 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1180, file: !39, line: 88, baseType: !1300, size: 192)
!1300 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !1301)
!1301 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !1302)
!1302 = !{!1303, !1304, !1305}
!1303 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1301, file: !39, line: 49, baseType: !174, size: 128)
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1301, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1301, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1180, file: !39, line: 89, baseType: !1307, size: 192)
!1307 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !1308)
!1308 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !1309)
!1309 = !{!1310, !1311, !1312}
!1310 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1308, file: !39, line: 50, baseType: !174, size: 128)
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1308, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1308, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1180, file: !39, line: 90, baseType: !1314, size: 32)
!1314 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 53, baseType: !1315)
!1315 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 32, elements: !1316)
!1316 = !{!1317}
!1317 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1315, file: !39, line: 53, baseType: !35, size: 32)
!1318 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1180, file: !39, line: 91, baseType: !1319, size: 96)
!1319 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 56, baseType: !1320)
!1320 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 56, size: 96, elements: !1321)
!1321 = !{!1322, !1323, !1324}
!1322 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1320, file: !39, line: 56, baseType: !43, size: 32)
!1323 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1320, file: !39, line: 56, baseType: !35, size: 32, offset: 32)
!1324 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1320, file: !39, line: 56, baseType: !43, size: 32, offset: 64)
!1325 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1180, file: !39, line: 92, baseType: !1326, size: 64)
!1326 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 57, baseType: !1327)
!1327 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 64, elements: !1328)
!1328 = !{!1329, !1330}
!1329 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1327, file: !39, line: 57, baseType: !43, size: 32)
!1330 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1327, file: !39, line: 57, baseType: !35, size: 32, offset: 32)
!1331 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1180, file: !39, line: 93, baseType: !1332, size: 160)
!1332 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 62, baseType: !1333)
!1333 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 58, size: 160, elements: !1334)
!1334 = !{!1335, !1336, !1337, !1338, !1339}
!1335 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1333, file: !39, line: 59, baseType: !43, size: 32)
!1336 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1333, file: !39, line: 59, baseType: !3, size: 32, offset: 32)
!1337 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1333, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!1338 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1333, file: !39, line: 60, baseType: !3, size: 32, offset: 96)
!1339 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1333, file: !39, line: 61, baseType: !59, size: 32, offset: 128)
!1340 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1180, file: !39, line: 94, baseType: !1341, size: 32)
!1341 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 63, baseType: !1342)
!1342 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 63, size: 32, elements: !1343)
!1343 = !{!1344}
!1344 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1342, file: !39, line: 63, baseType: !35, size: 32)
!1345 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1180, file: !39, line: 95, baseType: !220, size: 448)
!1346 = !DILocation(line: 7, column: 10, scope: !1168)
!1347 = !DILocation(line: 9, column: 2, scope: !1168)
!1348 = !DILocation(line: 10, column: 39, scope: !1168)
!1349 = !DILocation(line: 10, column: 27, scope: !1168)
!1350 = !DILocation(line: 10, column: 4, scope: !1168)
!1351 = !DILocation(line: 10, column: 20, scope: !1168)
!1352 = !DILocation(line: 10, column: 25, scope: !1168)
!1353 = !DILocation(line: 11, column: 9, scope: !1168)
!1354 = !DILocation(line: 11, column: 2, scope: !1168)
!1355 = distinct !DISubprogram(name: "mmap", scope: !22, file: !22, line: 14, type: !1356, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !36)
!1356 = !DISubroutineType(types: !1357)
!1357 = !{!24, !24, !59, !35, !35, !35, !124}
!1358 = !DILocalVariable(name: "addr", arg: 1, scope: !1355, file: !22, line: 14, type: !24)
!1359 = !DILocation(line: 14, column: 18, scope: !1355)
!1360 = !DILocalVariable(name: "len", arg: 2, scope: !1355, file: !22, line: 14, type: !59)
!1361 = !DILocation(line: 14, column: 31, scope: !1355)
!1362 = !DILocalVariable(name: "prot", arg: 3, scope: !1355, file: !22, line: 14, type: !35)
!1363 = !DILocation(line: 14, column: 40, scope: !1355)
!1364 = !DILocalVariable(name: "flags", arg: 4, scope: !1355, file: !22, line: 14, type: !35)
!1365 = !DILocation(line: 14, column: 50, scope: !1355)
!1366 = !DILocalVariable(name: "fd", arg: 5, scope: !1355, file: !22, line: 14, type: !35)
!1367 = !DILocation(line: 14, column: 61, scope: !1355)
!1368 = !DILocalVariable(name: "offset", arg: 6, scope: !1355, file: !22, line: 14, type: !124)
!1369 = !DILocation(line: 14, column: 71, scope: !1355)
!1370 = !DILocalVariable(name: "m", scope: !1355, file: !22, line: 16, type: !1174)
!1371 = !DILocation(line: 16, column: 10, scope: !1355)
!1372 = !DILocation(line: 19, column: 9, scope: !1355)
!1373 = !DILocation(line: 19, column: 22, scope: !1355)
!1374 = !DILocation(line: 19, column: 35, scope: !1355)
!1375 = !DILocation(line: 19, column: 49, scope: !1355)
!1376 = !DILocation(line: 19, column: 60, scope: !1355)
!1377 = !DILocation(line: 20, column: 2, scope: !1355)
!1378 = !DILocation(line: 21, column: 27, scope: !1355)
!1379 = !DILocation(line: 21, column: 4, scope: !1355)
!1380 = !DILocation(line: 21, column: 21, scope: !1355)
!1381 = !DILocation(line: 21, column: 25, scope: !1355)
!1382 = !DILocation(line: 22, column: 6, scope: !1383)
!1383 = distinct !DILexicalBlock(scope: !1355, file: !22, line: 22, column: 6)
!1384 = !DILocation(line: 22, column: 40, scope: !1383)
!1385 = !DILocation(line: 22, column: 6, scope: !1355)
!1386 = !DILocation(line: 23, column: 3, scope: !1383)
!1387 = !DILocation(line: 24, column: 20, scope: !1355)
!1388 = !DILocation(line: 24, column: 37, scope: !1355)
!1389 = !DILocation(line: 24, column: 9, scope: !1355)
!1390 = !DILocation(line: 24, column: 2, scope: !1355)
!1391 = !DILocation(line: 25, column: 1, scope: !1355)
