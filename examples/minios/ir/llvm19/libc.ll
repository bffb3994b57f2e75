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
    #dbg_declare(ptr %m, !37, !DIExpression(), !244)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !245
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 257, ptr noundef %m) #2, !dbg !246
  ret i32 %call1, !dbg !247
}

; Function Attrs: noinline noreturn nounwind
define dso_local void @_exit(i32 noundef %status) #1 !dbg !248 {
entry:
  %status.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %status, ptr %status.addr, align 4
    #dbg_declare(ptr %status.addr, !251, !DIExpression(), !252)
    #dbg_declare(ptr %m, !253, !DIExpression(), !254)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !255
  %0 = load i32, ptr %status.addr, align 4, !dbg !256
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !257
  %status1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !258
  store i32 %0, ptr %status1, align 4, !dbg !259
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 256, ptr noundef %m) #2, !dbg !260
  br label %for.cond, !dbg !261

for.cond:                                         ; preds = %for.cond, %entry
  br label %for.cond, !dbg !262, !llvm.loop !265
}

; Function Attrs: noinline nounwind
define dso_local i32 @execve(ptr noundef %path) #0 !dbg !268 {
entry:
  %path.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %path, ptr %path.addr, align 4
    #dbg_declare(ptr %path.addr, !273, !DIExpression(), !274)
    #dbg_declare(ptr %m, !275, !DIExpression(), !276)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !277
  %0 = load ptr, ptr %path.addr, align 4, !dbg !278
  %1 = ptrtoint ptr %0 to i32, !dbg !279
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !280
  %name = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !281
  store i32 %1, ptr %name, align 4, !dbg !282
  %2 = load ptr, ptr %path.addr, align 4, !dbg !283
  %call1 = call i32 @strlen(ptr noundef %2) #2, !dbg !284
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !285
  %namelen = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !286
  store i32 %call1, ptr %namelen, align 4, !dbg !287
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 258, ptr noundef %m) #2, !dbg !288
  ret i32 %call3, !dbg !289
}

; Function Attrs: noinline nounwind
define dso_local i32 @getpid() #0 !dbg !290 {
entry:
  %m = alloca %struct.message, align 4
    #dbg_declare(ptr %m, !291, !DIExpression(), !292)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !293
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 259, ptr noundef %m) #2, !dbg !294
  ret i32 %call1, !dbg !295
}

; Function Attrs: noinline nounwind
define dso_local i32 @kill(i32 noundef %pid, i32 noundef %sig) #0 !dbg !296 {
entry:
  %pid.addr = alloca i32, align 4
  %sig.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %pid, ptr %pid.addr, align 4
    #dbg_declare(ptr %pid.addr, !299, !DIExpression(), !300)
  store i32 %sig, ptr %sig.addr, align 4
    #dbg_declare(ptr %sig.addr, !301, !DIExpression(), !302)
    #dbg_declare(ptr %m, !303, !DIExpression(), !304)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !305
  %0 = load i32, ptr %pid.addr, align 4, !dbg !306
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !307
  %pid1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !308
  store i32 %0, ptr %pid1, align 4, !dbg !309
  %1 = load i32, ptr %sig.addr, align 4, !dbg !310
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !311
  %nr = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !312
  store i32 %1, ptr %nr, align 4, !dbg !313
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 260, ptr noundef %m) #2, !dbg !314
  ret i32 %call3, !dbg !315
}

; Function Attrs: noinline nounwind
define dso_local i32 @setuid(i32 noundef %uid) #0 !dbg !316 {
entry:
  %uid.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %uid, ptr %uid.addr, align 4
    #dbg_declare(ptr %uid.addr, !319, !DIExpression(), !320)
    #dbg_declare(ptr %m, !321, !DIExpression(), !322)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !323
  %0 = load i32, ptr %uid.addr, align 4, !dbg !324
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !325
  %uid1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !326
  store i32 %0, ptr %uid1, align 4, !dbg !327
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 261, ptr noundef %m) #2, !dbg !328
  ret i32 %call2, !dbg !329
}

; Function Attrs: noinline nounwind
define dso_local i32 @getuid() #0 !dbg !330 {
entry:
  %m = alloca %struct.message, align 4
    #dbg_declare(ptr %m, !333, !DIExpression(), !334)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !335
  %call1 = call i32 @_syscall(i32 noundef 0, i32 noundef 262, ptr noundef %m) #2, !dbg !336
  ret i32 %call1, !dbg !337
}

; Function Attrs: noinline nounwind
define dso_local i32 @reboot(i32 noundef %how) #0 !dbg !338 {
entry:
  %how.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %how, ptr %how.addr, align 4
    #dbg_declare(ptr %how.addr, !341, !DIExpression(), !342)
    #dbg_declare(ptr %m, !343, !DIExpression(), !344)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !345
  %0 = load i32, ptr %how.addr, align 4, !dbg !346
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !347
  %how1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !348
  store i32 %0, ptr %how1, align 4, !dbg !349
  %call2 = call i32 @_syscall(i32 noundef 0, i32 noundef 263, ptr noundef %m) #2, !dbg !350
  ret i32 %call2, !dbg !351
}

; Function Attrs: noinline nounwind
define dso_local i32 @getrusage(i32 noundef %who, ptr noundef %usage) #0 !dbg !352 {
entry:
  %who.addr = alloca i32, align 4
  %usage.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !363, !DIExpression(), !364)
  store ptr %usage, ptr %usage.addr, align 4
    #dbg_declare(ptr %usage.addr, !365, !DIExpression(), !366)
    #dbg_declare(ptr %m, !367, !DIExpression(), !368)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !369
  %0 = load i32, ptr %who.addr, align 4, !dbg !370
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !371
  %who1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !372
  store i32 %0, ptr %who1, align 4, !dbg !373
  %1 = load ptr, ptr %usage.addr, align 4, !dbg !374
  %2 = ptrtoint ptr %1 to i32, !dbg !375
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !376
  %addr = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u2, i32 0, i32 1, !dbg !377
  store i32 %2, ptr %addr, align 4, !dbg !378
  %call3 = call i32 @_syscall(i32 noundef 0, i32 noundef 264, ptr noundef %m) #2, !dbg !379
  ret i32 %call3, !dbg !380
}

; Function Attrs: noinline nounwind
define dso_local i32 @minix_rs_lookup(ptr noundef %name, ptr noundef %value) #0 !dbg !381 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %value.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  %len = alloca i32, align 4
  %i = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !385, !DIExpression(), !386)
  store ptr %value, ptr %value.addr, align 4
    #dbg_declare(ptr %value.addr, !387, !DIExpression(), !388)
    #dbg_declare(ptr %m, !389, !DIExpression(), !581)
    #dbg_declare(ptr %len, !582, !DIExpression(), !583)
  %0 = load ptr, ptr %name.addr, align 4, !dbg !584
  %call = call i32 @strlen(ptr noundef %0) #2, !dbg !585
  store i32 %call, ptr %len, align 4, !dbg !583
    #dbg_declare(ptr %i, !586, !DIExpression(), !587)
    #dbg_declare(ptr %r, !588, !DIExpression(), !589)
  %1 = load i32, ptr %len, align 4, !dbg !590
  %cmp = icmp uge i32 %1, 16, !dbg !592
  br i1 %cmp, label %if.then, label %if.end, !dbg !593

if.then:                                          ; preds = %entry
  store i32 -36, ptr %retval, align 4, !dbg !594
  br label %return, !dbg !594

if.end:                                           ; preds = %entry
  %call1 = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !595
  store i32 0, ptr %i, align 4, !dbg !596
  br label %for.cond, !dbg !598

for.cond:                                         ; preds = %for.inc, %if.end
  %2 = load i32, ptr %i, align 4, !dbg !599
  %3 = load i32, ptr %len, align 4, !dbg !601
  %cmp2 = icmp ule i32 %2, %3, !dbg !602
  br i1 %cmp2, label %for.body, label %for.end, !dbg !603

for.body:                                         ; preds = %for.cond
  %4 = load ptr, ptr %name.addr, align 4, !dbg !604
  %5 = load i32, ptr %i, align 4, !dbg !605
  %arrayidx = getelementptr inbounds i8, ptr %4, i32 %5, !dbg !604
  %6 = load i8, ptr %arrayidx, align 1, !dbg !604
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !606
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !607
  %7 = load i32, ptr %i, align 4, !dbg !608
  %arrayidx3 = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 %7, !dbg !609
  store i8 %6, ptr %arrayidx3, align 1, !dbg !610
  br label %for.inc, !dbg !609

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4, !dbg !611
  %inc = add i32 %8, 1, !dbg !611
  store i32 %inc, ptr %i, align 4, !dbg !611
  br label %for.cond, !dbg !612, !llvm.loop !613

for.end:                                          ; preds = %for.cond
  %call4 = call i32 @_syscall(i32 noundef 4, i32 noundef 1282, ptr noundef %m) #2, !dbg !616
  store i32 %call4, ptr %r, align 4, !dbg !617
  %9 = load i32, ptr %r, align 4, !dbg !618
  %cmp5 = icmp eq i32 %9, 0, !dbg !620
  br i1 %cmp5, label %if.then6, label %if.end8, !dbg !621

if.then6:                                         ; preds = %for.end
  %m_u7 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !622
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u7, i32 0, i32 1, !dbg !623
  %10 = load i32, ptr %endpt, align 4, !dbg !623
  %11 = load ptr, ptr %value.addr, align 4, !dbg !624
  store i32 %10, ptr %11, align 4, !dbg !625
  br label %if.end8, !dbg !626

if.end8:                                          ; preds = %if.then6, %for.end
  %12 = load i32, ptr %r, align 4, !dbg !627
  store i32 %12, ptr %retval, align 4, !dbg !628
  br label %return, !dbg !628

return:                                           ; preds = %if.end8, %if.then
  %13 = load i32, ptr %retval, align 4, !dbg !629
  ret i32 %13, !dbg !629
}

; Function Attrs: noinline nounwind
define dso_local i32 @strlen(ptr noundef %s) #0 !dbg !630 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
    #dbg_declare(ptr %s.addr, !633, !DIExpression(), !634)
    #dbg_declare(ptr %n, !635, !DIExpression(), !636)
  store i32 0, ptr %n, align 4, !dbg !636
  br label %while.cond, !dbg !637

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4, !dbg !638
  %1 = load i32, ptr %n, align 4, !dbg !639
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 %1, !dbg !638
  %2 = load i8, ptr %arrayidx, align 1, !dbg !638
  %conv = sext i8 %2 to i32, !dbg !638
  %cmp = icmp ne i32 %conv, 0, !dbg !640
  br i1 %cmp, label %while.body, label %while.end, !dbg !637

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %n, align 4, !dbg !641
  %inc = add i32 %3, 1, !dbg !641
  store i32 %inc, ptr %n, align 4, !dbg !641
  br label %while.cond, !dbg !637, !llvm.loop !642

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4, !dbg !643
  ret i32 %4, !dbg !644
}

; Function Attrs: noinline nounwind
define dso_local ptr @memset(ptr noundef %dst, i32 noundef %c, i32 noundef %n) #0 !dbg !645 {
entry:
  %dst.addr = alloca ptr, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %p = alloca ptr, align 4
  store ptr %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !648, !DIExpression(), !649)
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !650, !DIExpression(), !651)
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !652, !DIExpression(), !653)
    #dbg_declare(ptr %p, !654, !DIExpression(), !656)
  %0 = load ptr, ptr %dst.addr, align 4, !dbg !657
  store ptr %0, ptr %p, align 4, !dbg !656
  br label %while.cond, !dbg !658

while.cond:                                       ; preds = %while.body, %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !659
  %dec = add i32 %1, -1, !dbg !659
  store i32 %dec, ptr %n.addr, align 4, !dbg !659
  %cmp = icmp ugt i32 %1, 0, !dbg !660
  br i1 %cmp, label %while.body, label %while.end, !dbg !658

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %c.addr, align 4, !dbg !661
  %conv = trunc i32 %2 to i8, !dbg !662
  %3 = load ptr, ptr %p, align 4, !dbg !663
  %incdec.ptr = getelementptr inbounds i8, ptr %3, i32 1, !dbg !663
  store ptr %incdec.ptr, ptr %p, align 4, !dbg !663
  store i8 %conv, ptr %3, align 1, !dbg !664
  br label %while.cond, !dbg !658, !llvm.loop !665

while.end:                                        ; preds = %while.cond
  %4 = load ptr, ptr %dst.addr, align 4, !dbg !666
  ret ptr %4, !dbg !667
}

; Function Attrs: noinline nounwind
define dso_local i32 @_syscall(i32 noundef %who, i32 noundef %syscallnr, ptr noundef %msgptr) #0 !dbg !668 {
entry:
  %retval = alloca i32, align 4
  %who.addr = alloca i32, align 4
  %syscallnr.addr = alloca i32, align 4
  %msgptr.addr = alloca ptr, align 4
  %status = alloca i32, align 4
  store i32 %who, ptr %who.addr, align 4
    #dbg_declare(ptr %who.addr, !863, !DIExpression(), !864)
  store i32 %syscallnr, ptr %syscallnr.addr, align 4
    #dbg_declare(ptr %syscallnr.addr, !865, !DIExpression(), !866)
  store ptr %msgptr, ptr %msgptr.addr, align 4
    #dbg_declare(ptr %msgptr.addr, !867, !DIExpression(), !868)
    #dbg_declare(ptr %status, !869, !DIExpression(), !870)
  %0 = load i32, ptr %syscallnr.addr, align 4, !dbg !871
  %1 = load ptr, ptr %msgptr.addr, align 4, !dbg !872
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !873
  store i32 %0, ptr %m_type, align 4, !dbg !874
  %2 = load i32, ptr %who.addr, align 4, !dbg !875
  %3 = load ptr, ptr %msgptr.addr, align 4, !dbg !876
  %call = call i32 @_ipc_sendrec(i32 noundef %2, ptr noundef %3) #2, !dbg !877
  store i32 %call, ptr %status, align 4, !dbg !878
  %4 = load i32, ptr %status, align 4, !dbg !879
  %cmp = icmp ne i32 %4, 0, !dbg !881
  br i1 %cmp, label %if.then, label %if.end, !dbg !882

if.then:                                          ; preds = %entry
  %5 = load i32, ptr %status, align 4, !dbg !883
  store i32 %5, ptr %retval, align 4, !dbg !884
  br label %return, !dbg !884

if.end:                                           ; preds = %entry
  %6 = load ptr, ptr %msgptr.addr, align 4, !dbg !885
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !886
  %7 = load i32, ptr %m_type1, align 4, !dbg !886
  store i32 %7, ptr %retval, align 4, !dbg !887
  br label %return, !dbg !887

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !888
  ret i32 %8, !dbg !888
}

; Function Attrs: noinline nounwind
define internal i32 @_ipc_sendrec(i32 noundef %dst, ptr noundef %m_ptr) #0 !dbg !889 {
entry:
  %dst.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %dst, ptr %dst.addr, align 4
    #dbg_declare(ptr %dst.addr, !893, !DIExpression(), !894)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !895, !DIExpression(), !896)
  %0 = load ptr, ptr getelementptr inbounds ([7 x ptr], ptr @kernel_call_table, i32 0, i32 2), align 4, !dbg !897
  %1 = load i32, ptr %dst.addr, align 4, !dbg !898
  %2 = load ptr, ptr %m_ptr.addr, align 4, !dbg !899
  %call = call i32 %0(i32 noundef %1, ptr noundef %2, ptr noundef null) #2, !dbg !897
  ret i32 %call, !dbg !900
}

; Function Attrs: noinline nounwind
define dso_local i32 @open(ptr noundef %path, i32 noundef %flags, i16 noundef zeroext %mode) #0 !dbg !901 {
entry:
  %path.addr = alloca ptr, align 4
  %flags.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store ptr %path, ptr %path.addr, align 4
    #dbg_declare(ptr %path.addr, !904, !DIExpression(), !905)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !906, !DIExpression(), !907)
  store i16 %mode, ptr %mode.addr, align 2
    #dbg_declare(ptr %mode.addr, !908, !DIExpression(), !909)
    #dbg_declare(ptr %m, !910, !DIExpression(), !1102)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1103
  %0 = load ptr, ptr %path.addr, align 4, !dbg !1104
  %1 = ptrtoint ptr %0 to i32, !dbg !1105
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1106
  %name = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u, i32 0, i32 0, !dbg !1107
  store i32 %1, ptr %name, align 4, !dbg !1108
  %2 = load ptr, ptr %path.addr, align 4, !dbg !1109
  %call1 = call i32 @strlen(ptr noundef %2) #2, !dbg !1110
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1111
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u2, i32 0, i32 1, !dbg !1112
  store i32 %call1, ptr %namelen, align 4, !dbg !1113
  %3 = load i32, ptr %flags.addr, align 4, !dbg !1114
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1115
  %flags4 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u3, i32 0, i32 2, !dbg !1116
  store i32 %3, ptr %flags4, align 4, !dbg !1117
  %4 = load i16, ptr %mode.addr, align 2, !dbg !1118
  %m_u5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1119
  %mode6 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u5, i32 0, i32 3, !dbg !1120
  store i16 %4, ptr %mode6, align 4, !dbg !1121
  %call7 = call i32 @_syscall(i32 noundef 1, i32 noundef 512, ptr noundef %m) #2, !dbg !1122
  ret i32 %call7, !dbg !1123
}

; Function Attrs: noinline nounwind
define dso_local i32 @close(i32 noundef %fd) #0 !dbg !1124 {
entry:
  %fd.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1125, !DIExpression(), !1126)
    #dbg_declare(ptr %m, !1127, !DIExpression(), !1128)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1129
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1130
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1131
  %fd1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !1132
  store i32 %0, ptr %fd1, align 4, !dbg !1133
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 513, ptr noundef %m) #2, !dbg !1134
  ret i32 %call2, !dbg !1135
}

; Function Attrs: noinline nounwind
define dso_local i32 @read(i32 noundef %fd, ptr noundef %buf, i32 noundef %len) #0 !dbg !1136 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca ptr, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1139, !DIExpression(), !1140)
  store ptr %buf, ptr %buf.addr, align 4
    #dbg_declare(ptr %buf.addr, !1141, !DIExpression(), !1142)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1143, !DIExpression(), !1144)
    #dbg_declare(ptr %m, !1145, !DIExpression(), !1146)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1147
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1148
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1149
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1150
  store i32 %0, ptr %fd1, align 4, !dbg !1151
  %1 = load ptr, ptr %buf.addr, align 4, !dbg !1152
  %2 = ptrtoint ptr %1 to i32, !dbg !1153
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1154
  %buf3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1155
  store i32 %2, ptr %buf3, align 4, !dbg !1156
  %3 = load i32, ptr %len.addr, align 4, !dbg !1157
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1158
  %len5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1159
  store i32 %3, ptr %len5, align 4, !dbg !1160
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 514, ptr noundef %m) #2, !dbg !1161
  ret i32 %call6, !dbg !1162
}

; Function Attrs: noinline nounwind
define dso_local i32 @write(i32 noundef %fd, ptr noundef %buf, i32 noundef %len) #0 !dbg !1163 {
entry:
  %fd.addr = alloca i32, align 4
  %buf.addr = alloca ptr, align 4
  %len.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1168, !DIExpression(), !1169)
  store ptr %buf, ptr %buf.addr, align 4
    #dbg_declare(ptr %buf.addr, !1170, !DIExpression(), !1171)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1172, !DIExpression(), !1173)
    #dbg_declare(ptr %m, !1174, !DIExpression(), !1175)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1176
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1177
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1178
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1179
  store i32 %0, ptr %fd1, align 4, !dbg !1180
  %1 = load ptr, ptr %buf.addr, align 4, !dbg !1181
  %2 = ptrtoint ptr %1 to i32, !dbg !1182
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1183
  %buf3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1184
  store i32 %2, ptr %buf3, align 4, !dbg !1185
  %3 = load i32, ptr %len.addr, align 4, !dbg !1186
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1187
  %len5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1188
  store i32 %3, ptr %len5, align 4, !dbg !1189
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 515, ptr noundef %m) #2, !dbg !1190
  ret i32 %call6, !dbg !1191
}

; Function Attrs: noinline nounwind
define dso_local i32 @lseek(i32 noundef %fd, i32 noundef %offset, i32 noundef %whence) #0 !dbg !1192 {
entry:
  %retval = alloca i32, align 4
  %fd.addr = alloca i32, align 4
  %offset.addr = alloca i32, align 4
  %whence.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  %r = alloca i32, align 4
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1195, !DIExpression(), !1196)
  store i32 %offset, ptr %offset.addr, align 4
    #dbg_declare(ptr %offset.addr, !1197, !DIExpression(), !1198)
  store i32 %whence, ptr %whence.addr, align 4
    #dbg_declare(ptr %whence.addr, !1199, !DIExpression(), !1200)
    #dbg_declare(ptr %m, !1201, !DIExpression(), !1202)
    #dbg_declare(ptr %r, !1203, !DIExpression(), !1204)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1205
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1206
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1207
  %fd1 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u, i32 0, i32 0, !dbg !1208
  store i32 %0, ptr %fd1, align 4, !dbg !1209
  %1 = load i32, ptr %offset.addr, align 4, !dbg !1210
  %m_u2 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1211
  %offset3 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u2, i32 0, i32 1, !dbg !1212
  store i32 %1, ptr %offset3, align 4, !dbg !1213
  %2 = load i32, ptr %whence.addr, align 4, !dbg !1214
  %m_u4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1215
  %whence5 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u4, i32 0, i32 2, !dbg !1216
  store i32 %2, ptr %whence5, align 4, !dbg !1217
  %call6 = call i32 @_syscall(i32 noundef 1, i32 noundef 516, ptr noundef %m) #2, !dbg !1218
  store i32 %call6, ptr %r, align 4, !dbg !1219
  %3 = load i32, ptr %r, align 4, !dbg !1220
  %cmp = icmp ne i32 %3, 0, !dbg !1222
  br i1 %cmp, label %if.then, label %if.end, !dbg !1223

if.then:                                          ; preds = %entry
  %4 = load i32, ptr %r, align 4, !dbg !1224
  store i32 %4, ptr %retval, align 4, !dbg !1225
  br label %return, !dbg !1225

if.end:                                           ; preds = %entry
  %m_u7 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1226
  %offset8 = getelementptr inbounds %struct.mess_lc_vfs_readwrite, ptr %m_u7, i32 0, i32 1, !dbg !1227
  %5 = load i32, ptr %offset8, align 4, !dbg !1227
  store i32 %5, ptr %retval, align 4, !dbg !1228
  br label %return, !dbg !1228

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1229
  ret i32 %6, !dbg !1229
}

; Function Attrs: noinline nounwind
define dso_local zeroext i16 @umask(i16 noundef zeroext %mask) #0 !dbg !1230 {
entry:
  %mask.addr = alloca i16, align 2
  %m = alloca %struct.message, align 4
  store i16 %mask, ptr %mask.addr, align 2
    #dbg_declare(ptr %mask.addr, !1233, !DIExpression(), !1234)
    #dbg_declare(ptr %m, !1235, !DIExpression(), !1236)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1237
  %0 = load i16, ptr %mask.addr, align 2, !dbg !1238
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1239
  %mask1 = getelementptr inbounds %struct.mess_lc_vfs_umask, ptr %m_u, i32 0, i32 0, !dbg !1240
  store i16 %0, ptr %mask1, align 4, !dbg !1241
  %call2 = call i32 @_syscall(i32 noundef 1, i32 noundef 517, ptr noundef %m) #2, !dbg !1242
  %conv = trunc i32 %call2 to i16, !dbg !1243
  ret i16 %conv, !dbg !1244
}

; Function Attrs: noinline nounwind
define dso_local i32 @brk(ptr noundef %addr) #0 !dbg !1245 {
entry:
  %addr.addr = alloca ptr, align 4
  %m = alloca %struct.message, align 4
  store ptr %addr, ptr %addr.addr, align 4
    #dbg_declare(ptr %addr.addr, !1248, !DIExpression(), !1249)
    #dbg_declare(ptr %m, !1250, !DIExpression(), !1442)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1443
  %0 = load ptr, ptr %addr.addr, align 4, !dbg !1444
  %1 = ptrtoint ptr %0 to i32, !dbg !1445
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1446
  %addr1 = getelementptr inbounds %struct.mess_lc_pm_exit, ptr %m_u, i32 0, i32 0, !dbg !1447
  store i32 %1, ptr %addr1, align 4, !dbg !1448
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 770, ptr noundef %m) #2, !dbg !1449
  ret i32 %call2, !dbg !1450
}

; Function Attrs: noinline nounwind
define dso_local ptr @mmap(ptr noundef %addr, i32 noundef %len, i32 noundef %prot, i32 noundef %flags, i32 noundef %fd, i32 noundef %offset) #0 !dbg !1451 {
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
    #dbg_declare(ptr %addr.addr, !1454, !DIExpression(), !1455)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !1456, !DIExpression(), !1457)
  store i32 %prot, ptr %prot.addr, align 4
    #dbg_declare(ptr %prot.addr, !1458, !DIExpression(), !1459)
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !1460, !DIExpression(), !1461)
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1462, !DIExpression(), !1463)
  store i32 %offset, ptr %offset.addr, align 4
    #dbg_declare(ptr %offset.addr, !1464, !DIExpression(), !1465)
    #dbg_declare(ptr %m, !1466, !DIExpression(), !1467)
  %0 = load ptr, ptr %addr.addr, align 4, !dbg !1468
  %1 = load i32, ptr %prot.addr, align 4, !dbg !1469
  %2 = load i32, ptr %flags.addr, align 4, !dbg !1470
  %3 = load i32, ptr %fd.addr, align 4, !dbg !1471
  %4 = load i32, ptr %offset.addr, align 4, !dbg !1472
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #2, !dbg !1473
  %5 = load i32, ptr %len.addr, align 4, !dbg !1474
  %m_u = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1475
  %len1 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u, i32 0, i32 0, !dbg !1476
  store i32 %5, ptr %len1, align 4, !dbg !1477
  %call2 = call i32 @_syscall(i32 noundef 2, i32 noundef 771, ptr noundef %m) #2, !dbg !1478
  %cmp = icmp ne i32 %call2, 0, !dbg !1480
  br i1 %cmp, label %if.then, label %if.end, !dbg !1481

if.then:                                          ; preds = %entry
  store ptr inttoptr (i32 -1 to ptr), ptr %retval, align 4, !dbg !1482
  br label %return, !dbg !1482

if.end:                                           ; preds = %entry
  %m_u3 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 2, !dbg !1483
  %addr4 = getelementptr inbounds %struct.mess_lc_pm_exec, ptr %m_u3, i32 0, i32 1, !dbg !1484
  %6 = load i32, ptr %addr4, align 4, !dbg !1484
  %7 = inttoptr i32 %6 to ptr, !dbg !1485
  store ptr %7, ptr %retval, align 4, !dbg !1486
  br label %return, !dbg !1486

return:                                           ; preds = %if.end, %if.then
  %8 = load ptr, ptr %retval, align 4, !dbg !1487
  ret ptr %8, !dbg !1487
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
!4 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
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
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 105, baseType: !40)
!39 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 70, size: 512, elements: !41)
!41 = !{!42, !44, !45}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !40, file: !39, line: 71, baseType: !43, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !4, line: 25, baseType: !35)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !40, file: !39, line: 72, baseType: !35, size: 32, offset: 32)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !40, file: !39, line: 104, baseType: !46, size: 448, offset: 64)
!46 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !40, file: !39, line: 73, size: 448, elements: !47)
!47 = !{!48, !53, !60, !66, !72, !77, !83, !91, !98, !106, !111, !118, !127, !132, !139, !144, !151, !158, !163, !169, !180, !187, !195, !201, !206, !213, !219, !228, !233, !239}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !46, file: !39, line: 74, baseType: !49, size: 32)
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !50)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !51)
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !50, file: !39, line: 15, baseType: !35, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !46, file: !39, line: 75, baseType: !54, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !55)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !56)
!56 = !{!57, !58}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !55, file: !39, line: 16, baseType: !3, size: 32)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !55, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !4, line: 23, baseType: !6)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !46, file: !39, line: 76, baseType: !61, size: 64)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !63)
!63 = !{!64, !65}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !62, file: !39, line: 17, baseType: !34, size: 32)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !62, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !46, file: !39, line: 77, baseType: !67, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !68)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !68, file: !39, line: 18, baseType: !71, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !4, line: 27, baseType: !35)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !46, file: !39, line: 78, baseType: !73, size: 32)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !74)
!74 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !75)
!75 = !{!76}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !74, file: !39, line: 19, baseType: !35, size: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !46, file: !39, line: 79, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !80)
!80 = !{!81, !82}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !79, file: !39, line: 20, baseType: !35, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !79, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !46, file: !39, line: 80, baseType: !84, size: 128)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !85)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !86)
!86 = !{!87, !88, !89, !90}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !85, file: !39, line: 24, baseType: !43, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !85, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !85, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !85, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !46, file: !39, line: 81, baseType: !92, size: 96)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !93)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !94)
!94 = !{!95, !96, !97}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !93, file: !39, line: 29, baseType: !43, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !93, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !93, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !46, file: !39, line: 82, baseType: !99, size: 128)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !100)
!100 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !101)
!101 = !{!102, !103, !104, !105}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !100, file: !39, line: 32, baseType: !3, size: 32)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !100, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !100, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !100, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !46, file: !39, line: 83, baseType: !107, size: 32)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !108)
!108 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !109)
!109 = !{!110}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !108, file: !39, line: 33, baseType: !35, size: 32)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !46, file: !39, line: 84, baseType: !112, size: 96)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !113)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !114)
!114 = !{!115, !116, !117}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !113, file: !39, line: 34, baseType: !35, size: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !113, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !113, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !46, file: !39, line: 85, baseType: !119, size: 96)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !120)
!120 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !121)
!121 = !{!122, !123, !126}
!122 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !120, file: !39, line: 35, baseType: !35, size: 32)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !120, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !4, line: 29, baseType: !125)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 21, baseType: !35)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !120, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !46, file: !39, line: 86, baseType: !128, size: 16)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !129)
!129 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !130)
!130 = !{!131}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !129, file: !39, line: 36, baseType: !18, size: 16)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !46, file: !39, line: 87, baseType: !133, size: 96)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !134)
!134 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !135)
!135 = !{!136, !137, !138}
!136 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !134, file: !39, line: 39, baseType: !43, size: 32)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !134, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !134, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !46, file: !39, line: 88, baseType: !140, size: 32)
!140 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !141)
!141 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !142)
!142 = !{!143}
!143 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !141, file: !39, line: 40, baseType: !43, size: 32)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !46, file: !39, line: 89, baseType: !145, size: 96)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !146)
!146 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !147)
!147 = !{!148, !149, !150}
!148 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !146, file: !39, line: 41, baseType: !43, size: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !146, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!150 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !146, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !46, file: !39, line: 90, baseType: !152, size: 96)
!152 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !153)
!153 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !154)
!154 = !{!155, !156, !157}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !153, file: !39, line: 42, baseType: !43, size: 32)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !153, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !153, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !46, file: !39, line: 91, baseType: !159, size: 32)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !160)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !161)
!161 = !{!162}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !160, file: !39, line: 45, baseType: !3, size: 32)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !46, file: !39, line: 92, baseType: !164, size: 64)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !165)
!165 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !166)
!166 = !{!167, !168}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !165, file: !39, line: 46, baseType: !59, size: 32)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !165, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !46, file: !39, line: 93, baseType: !170, size: 192)
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
!180 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !46, file: !39, line: 94, baseType: !181, size: 192)
!181 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !182)
!182 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !183)
!183 = !{!184, !185, !186}
!184 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !182, file: !39, line: 50, baseType: !174, size: 128)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !182, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !182, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !46, file: !39, line: 95, baseType: !188, size: 128)
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !39, line: 53, baseType: !189)
!189 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 128, elements: !190)
!190 = !{!191, !192, !193, !194}
!191 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !189, file: !39, line: 53, baseType: !43, size: 32)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !189, file: !39, line: 53, baseType: !3, size: 32, offset: 32)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !189, file: !39, line: 53, baseType: !59, size: 32, offset: 64)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !189, file: !39, line: 53, baseType: !35, size: 32, offset: 96)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !46, file: !39, line: 96, baseType: !196, size: 64)
!196 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !39, line: 54, baseType: !197)
!197 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 54, size: 64, elements: !198)
!198 = !{!199, !200}
!199 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !197, file: !39, line: 54, baseType: !43, size: 32)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !197, file: !39, line: 54, baseType: !35, size: 32, offset: 32)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !46, file: !39, line: 97, baseType: !202, size: 32)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 57, baseType: !203)
!203 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 32, elements: !204)
!204 = !{!205}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !203, file: !39, line: 57, baseType: !35, size: 32)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !46, file: !39, line: 98, baseType: !207, size: 96)
!207 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 60, baseType: !208)
!208 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 60, size: 96, elements: !209)
!209 = !{!210, !211, !212}
!210 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !208, file: !39, line: 60, baseType: !43, size: 32)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !208, file: !39, line: 60, baseType: !35, size: 32, offset: 32)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !208, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !46, file: !39, line: 99, baseType: !214, size: 64)
!214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 61, baseType: !215)
!215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 61, size: 64, elements: !216)
!216 = !{!217, !218}
!217 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !215, file: !39, line: 61, baseType: !43, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !215, file: !39, line: 61, baseType: !35, size: 32, offset: 32)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !46, file: !39, line: 100, baseType: !220, size: 160)
!220 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 66, baseType: !221)
!221 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 62, size: 160, elements: !222)
!222 = !{!223, !224, !225, !226, !227}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !221, file: !39, line: 63, baseType: !43, size: 32)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !221, file: !39, line: 63, baseType: !3, size: 32, offset: 32)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !221, file: !39, line: 64, baseType: !43, size: 32, offset: 64)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !221, file: !39, line: 64, baseType: !3, size: 32, offset: 96)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !221, file: !39, line: 65, baseType: !59, size: 32, offset: 128)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !46, file: !39, line: 101, baseType: !229, size: 32)
!229 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 67, baseType: !230)
!230 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 67, size: 32, elements: !231)
!231 = !{!232}
!232 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !230, file: !39, line: 67, baseType: !35, size: 32)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !46, file: !39, line: 102, baseType: !234, size: 32)
!234 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !39, line: 68, baseType: !235)
!235 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 68, size: 32, elements: !236)
!236 = !{!237}
!237 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !235, file: !39, line: 68, baseType: !238, size: 32)
!238 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !4, line: 31, baseType: !5)
!239 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !46, file: !39, line: 103, baseType: !240, size: 448)
!240 = !DICompositeType(tag: DW_TAG_array_type, baseType: !241, size: 448, elements: !242)
!241 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !4, line: 18, baseType: !12)
!242 = !{!243}
!243 = !DISubrange(count: 56)
!244 = !DILocation(line: 6, column: 10, scope: !31)
!245 = !DILocation(line: 8, column: 2, scope: !31)
!246 = !DILocation(line: 9, column: 9, scope: !31)
!247 = !DILocation(line: 9, column: 2, scope: !31)
!248 = distinct !DISubprogram(name: "_exit", scope: !1, file: !1, line: 12, type: !249, scopeLine: 13, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!249 = !DISubroutineType(types: !250)
!250 = !{null, !35}
!251 = !DILocalVariable(name: "status", arg: 1, scope: !248, file: !1, line: 12, type: !35)
!252 = !DILocation(line: 12, column: 16, scope: !248)
!253 = !DILocalVariable(name: "m", scope: !248, file: !1, line: 14, type: !38)
!254 = !DILocation(line: 14, column: 10, scope: !248)
!255 = !DILocation(line: 16, column: 2, scope: !248)
!256 = !DILocation(line: 17, column: 30, scope: !248)
!257 = !DILocation(line: 17, column: 4, scope: !248)
!258 = !DILocation(line: 17, column: 21, scope: !248)
!259 = !DILocation(line: 17, column: 28, scope: !248)
!260 = !DILocation(line: 18, column: 2, scope: !248)
!261 = !DILocation(line: 19, column: 2, scope: !248)
!262 = !DILocation(line: 19, column: 2, scope: !263)
!263 = distinct !DILexicalBlock(scope: !264, file: !1, line: 19, column: 2)
!264 = distinct !DILexicalBlock(scope: !248, file: !1, line: 19, column: 2)
!265 = distinct !{!265, !266, !267}
!266 = !DILocation(line: 19, column: 2, scope: !264)
!267 = !DILocation(line: 20, column: 3, scope: !264)
!268 = distinct !DISubprogram(name: "execve", scope: !1, file: !1, line: 23, type: !269, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!269 = !DISubroutineType(types: !270)
!270 = !{!35, !271}
!271 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !272, size: 32)
!272 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !175)
!273 = !DILocalVariable(name: "path", arg: 1, scope: !268, file: !1, line: 23, type: !271)
!274 = !DILocation(line: 23, column: 24, scope: !268)
!275 = !DILocalVariable(name: "m", scope: !268, file: !1, line: 25, type: !38)
!276 = !DILocation(line: 25, column: 10, scope: !268)
!277 = !DILocation(line: 27, column: 2, scope: !268)
!278 = !DILocation(line: 28, column: 40, scope: !268)
!279 = !DILocation(line: 28, column: 28, scope: !268)
!280 = !DILocation(line: 28, column: 4, scope: !268)
!281 = !DILocation(line: 28, column: 21, scope: !268)
!282 = !DILocation(line: 28, column: 26, scope: !268)
!283 = !DILocation(line: 29, column: 38, scope: !268)
!284 = !DILocation(line: 29, column: 31, scope: !268)
!285 = !DILocation(line: 29, column: 4, scope: !268)
!286 = !DILocation(line: 29, column: 21, scope: !268)
!287 = !DILocation(line: 29, column: 29, scope: !268)
!288 = !DILocation(line: 30, column: 9, scope: !268)
!289 = !DILocation(line: 30, column: 2, scope: !268)
!290 = distinct !DISubprogram(name: "getpid", scope: !1, file: !1, line: 33, type: !32, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!291 = !DILocalVariable(name: "m", scope: !290, file: !1, line: 35, type: !38)
!292 = !DILocation(line: 35, column: 10, scope: !290)
!293 = !DILocation(line: 37, column: 2, scope: !290)
!294 = !DILocation(line: 38, column: 9, scope: !290)
!295 = !DILocation(line: 38, column: 2, scope: !290)
!296 = distinct !DISubprogram(name: "kill", scope: !1, file: !1, line: 41, type: !297, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!297 = !DISubroutineType(types: !298)
!298 = !{!35, !34, !35}
!299 = !DILocalVariable(name: "pid", arg: 1, scope: !296, file: !1, line: 41, type: !34)
!300 = !DILocation(line: 41, column: 16, scope: !296)
!301 = !DILocalVariable(name: "sig", arg: 2, scope: !296, file: !1, line: 41, type: !35)
!302 = !DILocation(line: 41, column: 25, scope: !296)
!303 = !DILocalVariable(name: "m", scope: !296, file: !1, line: 43, type: !38)
!304 = !DILocation(line: 43, column: 10, scope: !296)
!305 = !DILocation(line: 45, column: 2, scope: !296)
!306 = !DILocation(line: 46, column: 26, scope: !296)
!307 = !DILocation(line: 46, column: 4, scope: !296)
!308 = !DILocation(line: 46, column: 20, scope: !296)
!309 = !DILocation(line: 46, column: 24, scope: !296)
!310 = !DILocation(line: 47, column: 25, scope: !296)
!311 = !DILocation(line: 47, column: 4, scope: !296)
!312 = !DILocation(line: 47, column: 20, scope: !296)
!313 = !DILocation(line: 47, column: 23, scope: !296)
!314 = !DILocation(line: 48, column: 9, scope: !296)
!315 = !DILocation(line: 48, column: 2, scope: !296)
!316 = distinct !DISubprogram(name: "setuid", scope: !1, file: !1, line: 51, type: !317, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!317 = !DISubroutineType(types: !318)
!318 = !{!35, !71}
!319 = !DILocalVariable(name: "uid", arg: 1, scope: !316, file: !1, line: 51, type: !71)
!320 = !DILocation(line: 51, column: 18, scope: !316)
!321 = !DILocalVariable(name: "m", scope: !316, file: !1, line: 53, type: !38)
!322 = !DILocation(line: 53, column: 10, scope: !316)
!323 = !DILocation(line: 55, column: 2, scope: !316)
!324 = !DILocation(line: 56, column: 29, scope: !316)
!325 = !DILocation(line: 56, column: 4, scope: !316)
!326 = !DILocation(line: 56, column: 23, scope: !316)
!327 = !DILocation(line: 56, column: 27, scope: !316)
!328 = !DILocation(line: 57, column: 9, scope: !316)
!329 = !DILocation(line: 57, column: 2, scope: !316)
!330 = distinct !DISubprogram(name: "getuid", scope: !1, file: !1, line: 60, type: !331, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!331 = !DISubroutineType(types: !332)
!332 = !{!71}
!333 = !DILocalVariable(name: "m", scope: !330, file: !1, line: 62, type: !38)
!334 = !DILocation(line: 62, column: 10, scope: !330)
!335 = !DILocation(line: 64, column: 2, scope: !330)
!336 = !DILocation(line: 65, column: 9, scope: !330)
!337 = !DILocation(line: 65, column: 2, scope: !330)
!338 = distinct !DISubprogram(name: "reboot", scope: !1, file: !1, line: 68, type: !339, scopeLine: 69, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!339 = !DISubroutineType(types: !340)
!340 = !{!35, !35}
!341 = !DILocalVariable(name: "how", arg: 1, scope: !338, file: !1, line: 68, type: !35)
!342 = !DILocation(line: 68, column: 16, scope: !338)
!343 = !DILocalVariable(name: "m", scope: !338, file: !1, line: 70, type: !38)
!344 = !DILocation(line: 70, column: 10, scope: !338)
!345 = !DILocation(line: 72, column: 2, scope: !338)
!346 = !DILocation(line: 73, column: 29, scope: !338)
!347 = !DILocation(line: 73, column: 4, scope: !338)
!348 = !DILocation(line: 73, column: 23, scope: !338)
!349 = !DILocation(line: 73, column: 27, scope: !338)
!350 = !DILocation(line: 74, column: 9, scope: !338)
!351 = !DILocation(line: 74, column: 2, scope: !338)
!352 = distinct !DISubprogram(name: "getrusage", scope: !1, file: !1, line: 77, type: !353, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !36)
!353 = !DISubroutineType(types: !354)
!354 = !{!35, !35, !355}
!355 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !356, size: 32)
!356 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rusage", file: !4, line: 189, size: 160, elements: !357)
!357 = !{!358, !359, !360, !361, !362}
!358 = !DIDerivedType(tag: DW_TAG_member, name: "ru_utime", scope: !356, file: !4, line: 190, baseType: !238, size: 32)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "ru_stime", scope: !356, file: !4, line: 191, baseType: !238, size: 32, offset: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "ru_maxrss", scope: !356, file: !4, line: 192, baseType: !59, size: 32, offset: 64)
!361 = !DIDerivedType(tag: DW_TAG_member, name: "ru_brk", scope: !356, file: !4, line: 193, baseType: !3, size: 32, offset: 96)
!362 = !DIDerivedType(tag: DW_TAG_member, name: "ru_uptime", scope: !356, file: !4, line: 194, baseType: !238, size: 32, offset: 128)
!363 = !DILocalVariable(name: "who", arg: 1, scope: !352, file: !1, line: 77, type: !35)
!364 = !DILocation(line: 77, column: 19, scope: !352)
!365 = !DILocalVariable(name: "usage", arg: 2, scope: !352, file: !1, line: 77, type: !355)
!366 = !DILocation(line: 77, column: 39, scope: !352)
!367 = !DILocalVariable(name: "m", scope: !352, file: !1, line: 79, type: !38)
!368 = !DILocation(line: 79, column: 10, scope: !352)
!369 = !DILocation(line: 81, column: 2, scope: !352)
!370 = !DILocation(line: 82, column: 29, scope: !352)
!371 = !DILocation(line: 82, column: 4, scope: !352)
!372 = !DILocation(line: 82, column: 23, scope: !352)
!373 = !DILocation(line: 82, column: 27, scope: !352)
!374 = !DILocation(line: 83, column: 42, scope: !352)
!375 = !DILocation(line: 83, column: 30, scope: !352)
!376 = !DILocation(line: 83, column: 4, scope: !352)
!377 = !DILocation(line: 83, column: 23, scope: !352)
!378 = !DILocation(line: 83, column: 28, scope: !352)
!379 = !DILocation(line: 84, column: 9, scope: !352)
!380 = !DILocation(line: 84, column: 2, scope: !352)
!381 = distinct !DISubprogram(name: "minix_rs_lookup", scope: !8, file: !8, line: 4, type: !382, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!382 = !DISubroutineType(types: !383)
!383 = !{!35, !271, !384}
!384 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 32)
!385 = !DILocalVariable(name: "name", arg: 1, scope: !381, file: !8, line: 4, type: !271)
!386 = !DILocation(line: 4, column: 33, scope: !381)
!387 = !DILocalVariable(name: "value", arg: 2, scope: !381, file: !8, line: 4, type: !384)
!388 = !DILocation(line: 4, column: 51, scope: !381)
!389 = !DILocalVariable(name: "m", scope: !381, file: !8, line: 6, type: !390)
!390 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 105, baseType: !391)
!391 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 70, size: 512, elements: !392)
!392 = !{!393, !394, !395}
!393 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !391, file: !39, line: 71, baseType: !43, size: 32)
!394 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !391, file: !39, line: 72, baseType: !35, size: 32, offset: 32)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !391, file: !39, line: 104, baseType: !396, size: 448, offset: 64)
!396 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !391, file: !39, line: 73, size: 448, elements: !397)
!397 = !{!398, !403, !409, !415, !420, !425, !431, !439, !446, !454, !459, !466, !473, !478, !485, !490, !497, !504, !509, !515, !522, !529, !537, !543, !548, !555, !561, !570, !575, !580}
!398 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !396, file: !39, line: 74, baseType: !399, size: 32)
!399 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !400)
!400 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !401)
!401 = !{!402}
!402 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !400, file: !39, line: 15, baseType: !35, size: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !396, file: !39, line: 75, baseType: !404, size: 64)
!404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !405)
!405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !406)
!406 = !{!407, !408}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !405, file: !39, line: 16, baseType: !3, size: 32)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !405, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!409 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !396, file: !39, line: 76, baseType: !410, size: 64)
!410 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !411)
!411 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !412)
!412 = !{!413, !414}
!413 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !411, file: !39, line: 17, baseType: !34, size: 32)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !411, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!415 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !396, file: !39, line: 77, baseType: !416, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !417)
!417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !418)
!418 = !{!419}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !417, file: !39, line: 18, baseType: !71, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !396, file: !39, line: 78, baseType: !421, size: 32)
!421 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !422)
!422 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !423)
!423 = !{!424}
!424 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !422, file: !39, line: 19, baseType: !35, size: 32)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !396, file: !39, line: 79, baseType: !426, size: 64)
!426 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !427)
!427 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !428)
!428 = !{!429, !430}
!429 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !427, file: !39, line: 20, baseType: !35, size: 32)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !427, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!431 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !396, file: !39, line: 80, baseType: !432, size: 128)
!432 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !433)
!433 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !434)
!434 = !{!435, !436, !437, !438}
!435 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !433, file: !39, line: 24, baseType: !43, size: 32)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !433, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !433, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!438 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !433, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !396, file: !39, line: 81, baseType: !440, size: 96)
!440 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !441)
!441 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !442)
!442 = !{!443, !444, !445}
!443 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !441, file: !39, line: 29, baseType: !43, size: 32)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !441, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !441, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !396, file: !39, line: 82, baseType: !447, size: 128)
!447 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !448)
!448 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !449)
!449 = !{!450, !451, !452, !453}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !448, file: !39, line: 32, baseType: !3, size: 32)
!451 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !448, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!452 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !448, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!453 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !448, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !396, file: !39, line: 83, baseType: !455, size: 32)
!455 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !456)
!456 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !457)
!457 = !{!458}
!458 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !456, file: !39, line: 33, baseType: !35, size: 32)
!459 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !396, file: !39, line: 84, baseType: !460, size: 96)
!460 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !461)
!461 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !462)
!462 = !{!463, !464, !465}
!463 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !461, file: !39, line: 34, baseType: !35, size: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !461, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!465 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !461, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!466 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !396, file: !39, line: 85, baseType: !467, size: 96)
!467 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !468)
!468 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !469)
!469 = !{!470, !471, !472}
!470 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !468, file: !39, line: 35, baseType: !35, size: 32)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !468, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!472 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !468, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!473 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !396, file: !39, line: 86, baseType: !474, size: 16)
!474 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !475)
!475 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !476)
!476 = !{!477}
!477 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !475, file: !39, line: 36, baseType: !18, size: 16)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !396, file: !39, line: 87, baseType: !479, size: 96)
!479 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !480)
!480 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !481)
!481 = !{!482, !483, !484}
!482 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !480, file: !39, line: 39, baseType: !43, size: 32)
!483 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !480, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!484 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !480, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !396, file: !39, line: 88, baseType: !486, size: 32)
!486 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !487)
!487 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !488)
!488 = !{!489}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !487, file: !39, line: 40, baseType: !43, size: 32)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !396, file: !39, line: 89, baseType: !491, size: 96)
!491 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !492)
!492 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !493)
!493 = !{!494, !495, !496}
!494 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !492, file: !39, line: 41, baseType: !43, size: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !492, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!496 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !492, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!497 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !396, file: !39, line: 90, baseType: !498, size: 96)
!498 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !499)
!499 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !500)
!500 = !{!501, !502, !503}
!501 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !499, file: !39, line: 42, baseType: !43, size: 32)
!502 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !499, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!503 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !499, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!504 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !396, file: !39, line: 91, baseType: !505, size: 32)
!505 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !506)
!506 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !507)
!507 = !{!508}
!508 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !506, file: !39, line: 45, baseType: !3, size: 32)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !396, file: !39, line: 92, baseType: !510, size: 64)
!510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !511)
!511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !512)
!512 = !{!513, !514}
!513 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !511, file: !39, line: 46, baseType: !59, size: 32)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !511, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!515 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !396, file: !39, line: 93, baseType: !516, size: 192)
!516 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !517)
!517 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !518)
!518 = !{!519, !520, !521}
!519 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !517, file: !39, line: 49, baseType: !174, size: 128)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !517, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !517, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!522 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !396, file: !39, line: 94, baseType: !523, size: 192)
!523 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !524)
!524 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !525)
!525 = !{!526, !527, !528}
!526 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !524, file: !39, line: 50, baseType: !174, size: 128)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !524, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !524, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!529 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !396, file: !39, line: 95, baseType: !530, size: 128)
!530 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !39, line: 53, baseType: !531)
!531 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 128, elements: !532)
!532 = !{!533, !534, !535, !536}
!533 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !531, file: !39, line: 53, baseType: !43, size: 32)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !531, file: !39, line: 53, baseType: !3, size: 32, offset: 32)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !531, file: !39, line: 53, baseType: !59, size: 32, offset: 64)
!536 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !531, file: !39, line: 53, baseType: !35, size: 32, offset: 96)
!537 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !396, file: !39, line: 96, baseType: !538, size: 64)
!538 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !39, line: 54, baseType: !539)
!539 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 54, size: 64, elements: !540)
!540 = !{!541, !542}
!541 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !539, file: !39, line: 54, baseType: !43, size: 32)
!542 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !539, file: !39, line: 54, baseType: !35, size: 32, offset: 32)
!543 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !396, file: !39, line: 97, baseType: !544, size: 32)
!544 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 57, baseType: !545)
!545 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 32, elements: !546)
!546 = !{!547}
!547 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !545, file: !39, line: 57, baseType: !35, size: 32)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !396, file: !39, line: 98, baseType: !549, size: 96)
!549 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 60, baseType: !550)
!550 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 60, size: 96, elements: !551)
!551 = !{!552, !553, !554}
!552 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !550, file: !39, line: 60, baseType: !43, size: 32)
!553 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !550, file: !39, line: 60, baseType: !35, size: 32, offset: 32)
!554 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !550, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!555 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !396, file: !39, line: 99, baseType: !556, size: 64)
!556 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 61, baseType: !557)
!557 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 61, size: 64, elements: !558)
!558 = !{!559, !560}
!559 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !557, file: !39, line: 61, baseType: !43, size: 32)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !557, file: !39, line: 61, baseType: !35, size: 32, offset: 32)
!561 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !396, file: !39, line: 100, baseType: !562, size: 160)
!562 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 66, baseType: !563)
!563 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 62, size: 160, elements: !564)
!564 = !{!565, !566, !567, !568, !569}
!565 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !563, file: !39, line: 63, baseType: !43, size: 32)
!566 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !563, file: !39, line: 63, baseType: !3, size: 32, offset: 32)
!567 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !563, file: !39, line: 64, baseType: !43, size: 32, offset: 64)
!568 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !563, file: !39, line: 64, baseType: !3, size: 32, offset: 96)
!569 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !563, file: !39, line: 65, baseType: !59, size: 32, offset: 128)
!570 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !396, file: !39, line: 101, baseType: !571, size: 32)
!571 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 67, baseType: !572)
!572 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 67, size: 32, elements: !573)
!573 = !{!574}
!574 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !572, file: !39, line: 67, baseType: !35, size: 32)
!575 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !396, file: !39, line: 102, baseType: !576, size: 32)
!576 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !39, line: 68, baseType: !577)
!577 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 68, size: 32, elements: !578)
!578 = !{!579}
!579 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !577, file: !39, line: 68, baseType: !238, size: 32)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !396, file: !39, line: 103, baseType: !240, size: 448)
!581 = !DILocation(line: 6, column: 10, scope: !381)
!582 = !DILocalVariable(name: "len", scope: !381, file: !8, line: 7, type: !59)
!583 = !DILocation(line: 7, column: 9, scope: !381)
!584 = !DILocation(line: 7, column: 22, scope: !381)
!585 = !DILocation(line: 7, column: 15, scope: !381)
!586 = !DILocalVariable(name: "i", scope: !381, file: !8, line: 8, type: !59)
!587 = !DILocation(line: 8, column: 9, scope: !381)
!588 = !DILocalVariable(name: "r", scope: !381, file: !8, line: 9, type: !35)
!589 = !DILocation(line: 9, column: 6, scope: !381)
!590 = !DILocation(line: 11, column: 6, scope: !591)
!591 = distinct !DILexicalBlock(scope: !381, file: !8, line: 11, column: 6)
!592 = !DILocation(line: 11, column: 10, scope: !591)
!593 = !DILocation(line: 11, column: 6, scope: !381)
!594 = !DILocation(line: 12, column: 3, scope: !591)
!595 = !DILocation(line: 13, column: 2, scope: !381)
!596 = !DILocation(line: 14, column: 9, scope: !597)
!597 = distinct !DILexicalBlock(scope: !381, file: !8, line: 14, column: 2)
!598 = !DILocation(line: 14, column: 7, scope: !597)
!599 = !DILocation(line: 14, column: 14, scope: !600)
!600 = distinct !DILexicalBlock(scope: !597, file: !8, line: 14, column: 2)
!601 = !DILocation(line: 14, column: 19, scope: !600)
!602 = !DILocation(line: 14, column: 16, scope: !600)
!603 = !DILocation(line: 14, column: 2, scope: !597)
!604 = !DILocation(line: 15, column: 29, scope: !600)
!605 = !DILocation(line: 15, column: 34, scope: !600)
!606 = !DILocation(line: 15, column: 5, scope: !600)
!607 = !DILocation(line: 15, column: 18, scope: !600)
!608 = !DILocation(line: 15, column: 24, scope: !600)
!609 = !DILocation(line: 15, column: 3, scope: !600)
!610 = !DILocation(line: 15, column: 27, scope: !600)
!611 = !DILocation(line: 14, column: 25, scope: !600)
!612 = !DILocation(line: 14, column: 2, scope: !600)
!613 = distinct !{!613, !603, !614, !615}
!614 = !DILocation(line: 15, column: 35, scope: !597)
!615 = !{!"llvm.loop.mustprogress"}
!616 = !DILocation(line: 16, column: 6, scope: !381)
!617 = !DILocation(line: 16, column: 4, scope: !381)
!618 = !DILocation(line: 17, column: 6, scope: !619)
!619 = distinct !DILexicalBlock(scope: !381, file: !8, line: 17, column: 6)
!620 = !DILocation(line: 17, column: 8, scope: !619)
!621 = !DILocation(line: 17, column: 6, scope: !381)
!622 = !DILocation(line: 18, column: 14, scope: !619)
!623 = !DILocation(line: 18, column: 27, scope: !619)
!624 = !DILocation(line: 18, column: 4, scope: !619)
!625 = !DILocation(line: 18, column: 10, scope: !619)
!626 = !DILocation(line: 18, column: 3, scope: !619)
!627 = !DILocation(line: 19, column: 9, scope: !381)
!628 = !DILocation(line: 19, column: 2, scope: !381)
!629 = !DILocation(line: 20, column: 1, scope: !381)
!630 = distinct !DISubprogram(name: "strlen", scope: !10, file: !10, line: 4, type: !631, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!631 = !DISubroutineType(types: !632)
!632 = !{!59, !271}
!633 = !DILocalVariable(name: "s", arg: 1, scope: !630, file: !10, line: 4, type: !271)
!634 = !DILocation(line: 4, column: 27, scope: !630)
!635 = !DILocalVariable(name: "n", scope: !630, file: !10, line: 6, type: !59)
!636 = !DILocation(line: 6, column: 9, scope: !630)
!637 = !DILocation(line: 8, column: 2, scope: !630)
!638 = !DILocation(line: 8, column: 9, scope: !630)
!639 = !DILocation(line: 8, column: 11, scope: !630)
!640 = !DILocation(line: 8, column: 14, scope: !630)
!641 = !DILocation(line: 9, column: 4, scope: !630)
!642 = distinct !{!642, !637, !641, !615}
!643 = !DILocation(line: 10, column: 9, scope: !630)
!644 = !DILocation(line: 10, column: 2, scope: !630)
!645 = distinct !DISubprogram(name: "memset", scope: !10, file: !10, line: 13, type: !646, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!646 = !DISubroutineType(types: !647)
!647 = !{!24, !24, !35, !59}
!648 = !DILocalVariable(name: "dst", arg: 1, scope: !645, file: !10, line: 13, type: !24)
!649 = !DILocation(line: 13, column: 20, scope: !645)
!650 = !DILocalVariable(name: "c", arg: 2, scope: !645, file: !10, line: 13, type: !35)
!651 = !DILocation(line: 13, column: 29, scope: !645)
!652 = !DILocalVariable(name: "n", arg: 3, scope: !645, file: !10, line: 13, type: !59)
!653 = !DILocation(line: 13, column: 39, scope: !645)
!654 = !DILocalVariable(name: "p", scope: !645, file: !10, line: 15, type: !655)
!655 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 32)
!656 = !DILocation(line: 15, column: 17, scope: !645)
!657 = !DILocation(line: 15, column: 21, scope: !645)
!658 = !DILocation(line: 17, column: 2, scope: !645)
!659 = !DILocation(line: 17, column: 10, scope: !645)
!660 = !DILocation(line: 17, column: 13, scope: !645)
!661 = !DILocation(line: 18, column: 26, scope: !645)
!662 = !DILocation(line: 18, column: 10, scope: !645)
!663 = !DILocation(line: 18, column: 5, scope: !645)
!664 = !DILocation(line: 18, column: 8, scope: !645)
!665 = distinct !{!665, !658, !661, !615}
!666 = !DILocation(line: 19, column: 9, scope: !645)
!667 = !DILocation(line: 19, column: 2, scope: !645)
!668 = distinct !DISubprogram(name: "_syscall", scope: !14, file: !14, line: 5, type: !669, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !13, retainedNodes: !36)
!669 = !DISubroutineType(types: !670)
!670 = !{!35, !43, !35, !671}
!671 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !672, size: 32)
!672 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 105, baseType: !673)
!673 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 70, size: 512, elements: !674)
!674 = !{!675, !676, !677}
!675 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !673, file: !39, line: 71, baseType: !43, size: 32)
!676 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !673, file: !39, line: 72, baseType: !35, size: 32, offset: 32)
!677 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !673, file: !39, line: 104, baseType: !678, size: 448, offset: 64)
!678 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !673, file: !39, line: 73, size: 448, elements: !679)
!679 = !{!680, !685, !691, !697, !702, !707, !713, !721, !728, !736, !741, !748, !755, !760, !767, !772, !779, !786, !791, !797, !804, !811, !819, !825, !830, !837, !843, !852, !857, !862}
!680 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !678, file: !39, line: 74, baseType: !681, size: 32)
!681 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !682)
!682 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !683)
!683 = !{!684}
!684 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !682, file: !39, line: 15, baseType: !35, size: 32)
!685 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !678, file: !39, line: 75, baseType: !686, size: 64)
!686 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !687)
!687 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !688)
!688 = !{!689, !690}
!689 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !687, file: !39, line: 16, baseType: !3, size: 32)
!690 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !687, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!691 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !678, file: !39, line: 76, baseType: !692, size: 64)
!692 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !693)
!693 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !694)
!694 = !{!695, !696}
!695 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !693, file: !39, line: 17, baseType: !34, size: 32)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !693, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !678, file: !39, line: 77, baseType: !698, size: 32)
!698 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !699)
!699 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !700)
!700 = !{!701}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !699, file: !39, line: 18, baseType: !71, size: 32)
!702 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !678, file: !39, line: 78, baseType: !703, size: 32)
!703 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !704)
!704 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !705)
!705 = !{!706}
!706 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !704, file: !39, line: 19, baseType: !35, size: 32)
!707 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !678, file: !39, line: 79, baseType: !708, size: 64)
!708 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !709)
!709 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !710)
!710 = !{!711, !712}
!711 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !709, file: !39, line: 20, baseType: !35, size: 32)
!712 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !709, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!713 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !678, file: !39, line: 80, baseType: !714, size: 128)
!714 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !715)
!715 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !716)
!716 = !{!717, !718, !719, !720}
!717 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !715, file: !39, line: 24, baseType: !43, size: 32)
!718 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !715, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!719 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !715, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!720 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !715, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !678, file: !39, line: 81, baseType: !722, size: 96)
!722 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !723)
!723 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !724)
!724 = !{!725, !726, !727}
!725 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !723, file: !39, line: 29, baseType: !43, size: 32)
!726 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !723, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!727 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !723, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!728 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !678, file: !39, line: 82, baseType: !729, size: 128)
!729 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !730)
!730 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !731)
!731 = !{!732, !733, !734, !735}
!732 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !730, file: !39, line: 32, baseType: !3, size: 32)
!733 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !730, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!734 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !730, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!735 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !730, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!736 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !678, file: !39, line: 83, baseType: !737, size: 32)
!737 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !738)
!738 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !739)
!739 = !{!740}
!740 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !738, file: !39, line: 33, baseType: !35, size: 32)
!741 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !678, file: !39, line: 84, baseType: !742, size: 96)
!742 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !743)
!743 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !744)
!744 = !{!745, !746, !747}
!745 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !743, file: !39, line: 34, baseType: !35, size: 32)
!746 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !743, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!747 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !743, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!748 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !678, file: !39, line: 85, baseType: !749, size: 96)
!749 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !750)
!750 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !751)
!751 = !{!752, !753, !754}
!752 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !750, file: !39, line: 35, baseType: !35, size: 32)
!753 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !750, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !750, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!755 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !678, file: !39, line: 86, baseType: !756, size: 16)
!756 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !757)
!757 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !758)
!758 = !{!759}
!759 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !757, file: !39, line: 36, baseType: !18, size: 16)
!760 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !678, file: !39, line: 87, baseType: !761, size: 96)
!761 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !762)
!762 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !763)
!763 = !{!764, !765, !766}
!764 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !762, file: !39, line: 39, baseType: !43, size: 32)
!765 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !762, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!766 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !762, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!767 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !678, file: !39, line: 88, baseType: !768, size: 32)
!768 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !769)
!769 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !770)
!770 = !{!771}
!771 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !769, file: !39, line: 40, baseType: !43, size: 32)
!772 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !678, file: !39, line: 89, baseType: !773, size: 96)
!773 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !774)
!774 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !775)
!775 = !{!776, !777, !778}
!776 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !774, file: !39, line: 41, baseType: !43, size: 32)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !774, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!778 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !774, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!779 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !678, file: !39, line: 90, baseType: !780, size: 96)
!780 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !781)
!781 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !782)
!782 = !{!783, !784, !785}
!783 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !781, file: !39, line: 42, baseType: !43, size: 32)
!784 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !781, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!785 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !781, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!786 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !678, file: !39, line: 91, baseType: !787, size: 32)
!787 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !788)
!788 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !789)
!789 = !{!790}
!790 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !788, file: !39, line: 45, baseType: !3, size: 32)
!791 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !678, file: !39, line: 92, baseType: !792, size: 64)
!792 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !793)
!793 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !794)
!794 = !{!795, !796}
!795 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !793, file: !39, line: 46, baseType: !59, size: 32)
!796 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !793, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!797 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !678, file: !39, line: 93, baseType: !798, size: 192)
!798 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !799)
!799 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !800)
!800 = !{!801, !802, !803}
!801 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !799, file: !39, line: 49, baseType: !174, size: 128)
!802 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !799, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!803 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !799, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!804 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !678, file: !39, line: 94, baseType: !805, size: 192)
!805 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !806)
!806 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !807)
!807 = !{!808, !809, !810}
!808 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !806, file: !39, line: 50, baseType: !174, size: 128)
!809 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !806, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!810 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !806, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!811 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !678, file: !39, line: 95, baseType: !812, size: 128)
!812 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !39, line: 53, baseType: !813)
!813 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 128, elements: !814)
!814 = !{!815, !816, !817, !818}
!815 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !813, file: !39, line: 53, baseType: !43, size: 32)
!816 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !813, file: !39, line: 53, baseType: !3, size: 32, offset: 32)
!817 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !813, file: !39, line: 53, baseType: !59, size: 32, offset: 64)
!818 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !813, file: !39, line: 53, baseType: !35, size: 32, offset: 96)
!819 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !678, file: !39, line: 96, baseType: !820, size: 64)
!820 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !39, line: 54, baseType: !821)
!821 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 54, size: 64, elements: !822)
!822 = !{!823, !824}
!823 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !821, file: !39, line: 54, baseType: !43, size: 32)
!824 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !821, file: !39, line: 54, baseType: !35, size: 32, offset: 32)
!825 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !678, file: !39, line: 97, baseType: !826, size: 32)
!826 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 57, baseType: !827)
!827 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 32, elements: !828)
!828 = !{!829}
!829 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !827, file: !39, line: 57, baseType: !35, size: 32)
!830 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !678, file: !39, line: 98, baseType: !831, size: 96)
!831 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 60, baseType: !832)
!832 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 60, size: 96, elements: !833)
!833 = !{!834, !835, !836}
!834 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !832, file: !39, line: 60, baseType: !43, size: 32)
!835 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !832, file: !39, line: 60, baseType: !35, size: 32, offset: 32)
!836 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !832, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!837 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !678, file: !39, line: 99, baseType: !838, size: 64)
!838 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 61, baseType: !839)
!839 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 61, size: 64, elements: !840)
!840 = !{!841, !842}
!841 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !839, file: !39, line: 61, baseType: !43, size: 32)
!842 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !839, file: !39, line: 61, baseType: !35, size: 32, offset: 32)
!843 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !678, file: !39, line: 100, baseType: !844, size: 160)
!844 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 66, baseType: !845)
!845 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 62, size: 160, elements: !846)
!846 = !{!847, !848, !849, !850, !851}
!847 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !845, file: !39, line: 63, baseType: !43, size: 32)
!848 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !845, file: !39, line: 63, baseType: !3, size: 32, offset: 32)
!849 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !845, file: !39, line: 64, baseType: !43, size: 32, offset: 64)
!850 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !845, file: !39, line: 64, baseType: !3, size: 32, offset: 96)
!851 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !845, file: !39, line: 65, baseType: !59, size: 32, offset: 128)
!852 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !678, file: !39, line: 101, baseType: !853, size: 32)
!853 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 67, baseType: !854)
!854 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 67, size: 32, elements: !855)
!855 = !{!856}
!856 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !854, file: !39, line: 67, baseType: !35, size: 32)
!857 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !678, file: !39, line: 102, baseType: !858, size: 32)
!858 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !39, line: 68, baseType: !859)
!859 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 68, size: 32, elements: !860)
!860 = !{!861}
!861 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !859, file: !39, line: 68, baseType: !238, size: 32)
!862 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !678, file: !39, line: 103, baseType: !240, size: 448)
!863 = !DILocalVariable(name: "who", arg: 1, scope: !668, file: !14, line: 5, type: !43)
!864 = !DILocation(line: 5, column: 25, scope: !668)
!865 = !DILocalVariable(name: "syscallnr", arg: 2, scope: !668, file: !14, line: 5, type: !35)
!866 = !DILocation(line: 5, column: 34, scope: !668)
!867 = !DILocalVariable(name: "msgptr", arg: 3, scope: !668, file: !14, line: 5, type: !671)
!868 = !DILocation(line: 5, column: 54, scope: !668)
!869 = !DILocalVariable(name: "status", scope: !668, file: !14, line: 7, type: !35)
!870 = !DILocation(line: 7, column: 6, scope: !668)
!871 = !DILocation(line: 9, column: 19, scope: !668)
!872 = !DILocation(line: 9, column: 2, scope: !668)
!873 = !DILocation(line: 9, column: 10, scope: !668)
!874 = !DILocation(line: 9, column: 17, scope: !668)
!875 = !DILocation(line: 10, column: 24, scope: !668)
!876 = !DILocation(line: 10, column: 29, scope: !668)
!877 = !DILocation(line: 10, column: 11, scope: !668)
!878 = !DILocation(line: 10, column: 9, scope: !668)
!879 = !DILocation(line: 11, column: 6, scope: !880)
!880 = distinct !DILexicalBlock(scope: !668, file: !14, line: 11, column: 6)
!881 = !DILocation(line: 11, column: 13, scope: !880)
!882 = !DILocation(line: 11, column: 6, scope: !668)
!883 = !DILocation(line: 12, column: 10, scope: !880)
!884 = !DILocation(line: 12, column: 3, scope: !880)
!885 = !DILocation(line: 13, column: 9, scope: !668)
!886 = !DILocation(line: 13, column: 17, scope: !668)
!887 = !DILocation(line: 13, column: 2, scope: !668)
!888 = !DILocation(line: 14, column: 1, scope: !668)
!889 = distinct !DISubprogram(name: "_ipc_sendrec", scope: !890, file: !890, line: 33, type: !891, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !13, retainedNodes: !36)
!890 = !DIFile(filename: "include/ipc.h", directory: ".", checksumkind: CSK_MD5, checksum: "5da101458f1b9a8160df72c04d393ec8")
!891 = !DISubroutineType(types: !892)
!892 = !{!35, !43, !671}
!893 = !DILocalVariable(name: "dst", arg: 1, scope: !889, file: !890, line: 33, type: !43)
!894 = !DILocation(line: 33, column: 43, scope: !889)
!895 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !889, file: !890, line: 33, type: !671)
!896 = !DILocation(line: 33, column: 57, scope: !889)
!897 = !DILocation(line: 35, column: 9, scope: !889)
!898 = !DILocation(line: 35, column: 42, scope: !889)
!899 = !DILocation(line: 35, column: 47, scope: !889)
!900 = !DILocation(line: 35, column: 2, scope: !889)
!901 = distinct !DISubprogram(name: "open", scope: !16, file: !16, line: 4, type: !902, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!902 = !DISubroutineType(types: !903)
!903 = !{!35, !271, !35, !18}
!904 = !DILocalVariable(name: "path", arg: 1, scope: !901, file: !16, line: 4, type: !271)
!905 = !DILocation(line: 4, column: 22, scope: !901)
!906 = !DILocalVariable(name: "flags", arg: 2, scope: !901, file: !16, line: 4, type: !35)
!907 = !DILocation(line: 4, column: 32, scope: !901)
!908 = !DILocalVariable(name: "mode", arg: 3, scope: !901, file: !16, line: 4, type: !18)
!909 = !DILocation(line: 4, column: 46, scope: !901)
!910 = !DILocalVariable(name: "m", scope: !901, file: !16, line: 6, type: !911)
!911 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 105, baseType: !912)
!912 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 70, size: 512, elements: !913)
!913 = !{!914, !915, !916}
!914 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !912, file: !39, line: 71, baseType: !43, size: 32)
!915 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !912, file: !39, line: 72, baseType: !35, size: 32, offset: 32)
!916 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !912, file: !39, line: 104, baseType: !917, size: 448, offset: 64)
!917 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !912, file: !39, line: 73, size: 448, elements: !918)
!918 = !{!919, !924, !930, !936, !941, !946, !952, !960, !967, !975, !980, !987, !994, !999, !1006, !1011, !1018, !1025, !1030, !1036, !1043, !1050, !1058, !1064, !1069, !1076, !1082, !1091, !1096, !1101}
!919 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !917, file: !39, line: 74, baseType: !920, size: 32)
!920 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !921)
!921 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !922)
!922 = !{!923}
!923 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !921, file: !39, line: 15, baseType: !35, size: 32)
!924 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !917, file: !39, line: 75, baseType: !925, size: 64)
!925 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !926)
!926 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !927)
!927 = !{!928, !929}
!928 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !926, file: !39, line: 16, baseType: !3, size: 32)
!929 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !926, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!930 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !917, file: !39, line: 76, baseType: !931, size: 64)
!931 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !932)
!932 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !933)
!933 = !{!934, !935}
!934 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !932, file: !39, line: 17, baseType: !34, size: 32)
!935 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !932, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !917, file: !39, line: 77, baseType: !937, size: 32)
!937 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !938)
!938 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !939)
!939 = !{!940}
!940 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !938, file: !39, line: 18, baseType: !71, size: 32)
!941 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !917, file: !39, line: 78, baseType: !942, size: 32)
!942 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !943)
!943 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !944)
!944 = !{!945}
!945 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !943, file: !39, line: 19, baseType: !35, size: 32)
!946 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !917, file: !39, line: 79, baseType: !947, size: 64)
!947 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !948)
!948 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !949)
!949 = !{!950, !951}
!950 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !948, file: !39, line: 20, baseType: !35, size: 32)
!951 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !948, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!952 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !917, file: !39, line: 80, baseType: !953, size: 128)
!953 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !954)
!954 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !955)
!955 = !{!956, !957, !958, !959}
!956 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !954, file: !39, line: 24, baseType: !43, size: 32)
!957 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !954, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!958 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !954, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!959 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !954, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!960 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !917, file: !39, line: 81, baseType: !961, size: 96)
!961 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !962)
!962 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !963)
!963 = !{!964, !965, !966}
!964 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !962, file: !39, line: 29, baseType: !43, size: 32)
!965 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !962, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !962, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!967 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !917, file: !39, line: 82, baseType: !968, size: 128)
!968 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !969)
!969 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !970)
!970 = !{!971, !972, !973, !974}
!971 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !969, file: !39, line: 32, baseType: !3, size: 32)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !969, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!973 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !969, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!974 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !969, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!975 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !917, file: !39, line: 83, baseType: !976, size: 32)
!976 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !977)
!977 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !978)
!978 = !{!979}
!979 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !977, file: !39, line: 33, baseType: !35, size: 32)
!980 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !917, file: !39, line: 84, baseType: !981, size: 96)
!981 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !982)
!982 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !983)
!983 = !{!984, !985, !986}
!984 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !982, file: !39, line: 34, baseType: !35, size: 32)
!985 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !982, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!986 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !982, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !917, file: !39, line: 85, baseType: !988, size: 96)
!988 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !989)
!989 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !990)
!990 = !{!991, !992, !993}
!991 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !989, file: !39, line: 35, baseType: !35, size: 32)
!992 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !989, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!993 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !989, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!994 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !917, file: !39, line: 86, baseType: !995, size: 16)
!995 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !996)
!996 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !997)
!997 = !{!998}
!998 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !996, file: !39, line: 36, baseType: !18, size: 16)
!999 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !917, file: !39, line: 87, baseType: !1000, size: 96)
!1000 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !1001)
!1001 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !1002)
!1002 = !{!1003, !1004, !1005}
!1003 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1001, file: !39, line: 39, baseType: !43, size: 32)
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1001, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1001, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !917, file: !39, line: 88, baseType: !1007, size: 32)
!1007 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !1008)
!1008 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !1009)
!1009 = !{!1010}
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1008, file: !39, line: 40, baseType: !43, size: 32)
!1011 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !917, file: !39, line: 89, baseType: !1012, size: 96)
!1012 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !1013)
!1013 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !1014)
!1014 = !{!1015, !1016, !1017}
!1015 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1013, file: !39, line: 41, baseType: !43, size: 32)
!1016 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1013, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1013, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !917, file: !39, line: 90, baseType: !1019, size: 96)
!1019 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !1020)
!1020 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !1021)
!1021 = !{!1022, !1023, !1024}
!1022 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1020, file: !39, line: 42, baseType: !43, size: 32)
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1020, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1020, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !917, file: !39, line: 91, baseType: !1026, size: 32)
!1026 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !1027)
!1027 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !1028)
!1028 = !{!1029}
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1027, file: !39, line: 45, baseType: !3, size: 32)
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !917, file: !39, line: 92, baseType: !1031, size: 64)
!1031 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !1032)
!1032 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !1033)
!1033 = !{!1034, !1035}
!1034 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1032, file: !39, line: 46, baseType: !59, size: 32)
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1032, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !917, file: !39, line: 93, baseType: !1037, size: 192)
!1037 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !1038)
!1038 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !1039)
!1039 = !{!1040, !1041, !1042}
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1038, file: !39, line: 49, baseType: !174, size: 128)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1038, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!1042 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1038, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !917, file: !39, line: 94, baseType: !1044, size: 192)
!1044 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !1045)
!1045 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !1046)
!1046 = !{!1047, !1048, !1049}
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1045, file: !39, line: 50, baseType: !174, size: 128)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1045, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1045, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !917, file: !39, line: 95, baseType: !1051, size: 128)
!1051 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !39, line: 53, baseType: !1052)
!1052 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 128, elements: !1053)
!1053 = !{!1054, !1055, !1056, !1057}
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1052, file: !39, line: 53, baseType: !43, size: 32)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1052, file: !39, line: 53, baseType: !3, size: 32, offset: 32)
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1052, file: !39, line: 53, baseType: !59, size: 32, offset: 64)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1052, file: !39, line: 53, baseType: !35, size: 32, offset: 96)
!1058 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !917, file: !39, line: 96, baseType: !1059, size: 64)
!1059 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !39, line: 54, baseType: !1060)
!1060 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 54, size: 64, elements: !1061)
!1061 = !{!1062, !1063}
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1060, file: !39, line: 54, baseType: !43, size: 32)
!1063 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1060, file: !39, line: 54, baseType: !35, size: 32, offset: 32)
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !917, file: !39, line: 97, baseType: !1065, size: 32)
!1065 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 57, baseType: !1066)
!1066 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 32, elements: !1067)
!1067 = !{!1068}
!1068 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1066, file: !39, line: 57, baseType: !35, size: 32)
!1069 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !917, file: !39, line: 98, baseType: !1070, size: 96)
!1070 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 60, baseType: !1071)
!1071 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 60, size: 96, elements: !1072)
!1072 = !{!1073, !1074, !1075}
!1073 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1071, file: !39, line: 60, baseType: !43, size: 32)
!1074 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1071, file: !39, line: 60, baseType: !35, size: 32, offset: 32)
!1075 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1071, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !917, file: !39, line: 99, baseType: !1077, size: 64)
!1077 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 61, baseType: !1078)
!1078 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 61, size: 64, elements: !1079)
!1079 = !{!1080, !1081}
!1080 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1078, file: !39, line: 61, baseType: !43, size: 32)
!1081 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1078, file: !39, line: 61, baseType: !35, size: 32, offset: 32)
!1082 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !917, file: !39, line: 100, baseType: !1083, size: 160)
!1083 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 66, baseType: !1084)
!1084 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 62, size: 160, elements: !1085)
!1085 = !{!1086, !1087, !1088, !1089, !1090}
!1086 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1084, file: !39, line: 63, baseType: !43, size: 32)
!1087 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1084, file: !39, line: 63, baseType: !3, size: 32, offset: 32)
!1088 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1084, file: !39, line: 64, baseType: !43, size: 32, offset: 64)
!1089 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1084, file: !39, line: 64, baseType: !3, size: 32, offset: 96)
!1090 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1084, file: !39, line: 65, baseType: !59, size: 32, offset: 128)
!1091 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !917, file: !39, line: 101, baseType: !1092, size: 32)
!1092 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 67, baseType: !1093)
!1093 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 67, size: 32, elements: !1094)
!1094 = !{!1095}
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1093, file: !39, line: 67, baseType: !35, size: 32)
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !917, file: !39, line: 102, baseType: !1097, size: 32)
!1097 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !39, line: 68, baseType: !1098)
!1098 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 68, size: 32, elements: !1099)
!1099 = !{!1100}
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1098, file: !39, line: 68, baseType: !238, size: 32)
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !917, file: !39, line: 103, baseType: !240, size: 448)
!1102 = !DILocation(line: 6, column: 10, scope: !901)
!1103 = !DILocation(line: 8, column: 2, scope: !901)
!1104 = !DILocation(line: 9, column: 41, scope: !901)
!1105 = !DILocation(line: 9, column: 29, scope: !901)
!1106 = !DILocation(line: 9, column: 4, scope: !901)
!1107 = !DILocation(line: 9, column: 22, scope: !901)
!1108 = !DILocation(line: 9, column: 27, scope: !901)
!1109 = !DILocation(line: 10, column: 39, scope: !901)
!1110 = !DILocation(line: 10, column: 32, scope: !901)
!1111 = !DILocation(line: 10, column: 4, scope: !901)
!1112 = !DILocation(line: 10, column: 22, scope: !901)
!1113 = !DILocation(line: 10, column: 30, scope: !901)
!1114 = !DILocation(line: 11, column: 30, scope: !901)
!1115 = !DILocation(line: 11, column: 4, scope: !901)
!1116 = !DILocation(line: 11, column: 22, scope: !901)
!1117 = !DILocation(line: 11, column: 28, scope: !901)
!1118 = !DILocation(line: 12, column: 29, scope: !901)
!1119 = !DILocation(line: 12, column: 4, scope: !901)
!1120 = !DILocation(line: 12, column: 22, scope: !901)
!1121 = !DILocation(line: 12, column: 27, scope: !901)
!1122 = !DILocation(line: 13, column: 9, scope: !901)
!1123 = !DILocation(line: 13, column: 2, scope: !901)
!1124 = distinct !DISubprogram(name: "close", scope: !16, file: !16, line: 16, type: !339, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1125 = !DILocalVariable(name: "fd", arg: 1, scope: !1124, file: !16, line: 16, type: !35)
!1126 = !DILocation(line: 16, column: 15, scope: !1124)
!1127 = !DILocalVariable(name: "m", scope: !1124, file: !16, line: 18, type: !911)
!1128 = !DILocation(line: 18, column: 10, scope: !1124)
!1129 = !DILocation(line: 20, column: 2, scope: !1124)
!1130 = !DILocation(line: 21, column: 28, scope: !1124)
!1131 = !DILocation(line: 21, column: 4, scope: !1124)
!1132 = !DILocation(line: 21, column: 23, scope: !1124)
!1133 = !DILocation(line: 21, column: 26, scope: !1124)
!1134 = !DILocation(line: 22, column: 9, scope: !1124)
!1135 = !DILocation(line: 22, column: 2, scope: !1124)
!1136 = distinct !DISubprogram(name: "read", scope: !16, file: !16, line: 25, type: !1137, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1137 = !DISubroutineType(types: !1138)
!1138 = !{!35, !35, !24, !59}
!1139 = !DILocalVariable(name: "fd", arg: 1, scope: !1136, file: !16, line: 25, type: !35)
!1140 = !DILocation(line: 25, column: 14, scope: !1136)
!1141 = !DILocalVariable(name: "buf", arg: 2, scope: !1136, file: !16, line: 25, type: !24)
!1142 = !DILocation(line: 25, column: 24, scope: !1136)
!1143 = !DILocalVariable(name: "len", arg: 3, scope: !1136, file: !16, line: 25, type: !59)
!1144 = !DILocation(line: 25, column: 36, scope: !1136)
!1145 = !DILocalVariable(name: "m", scope: !1136, file: !16, line: 27, type: !911)
!1146 = !DILocation(line: 27, column: 10, scope: !1136)
!1147 = !DILocation(line: 29, column: 2, scope: !1136)
!1148 = !DILocation(line: 30, column: 32, scope: !1136)
!1149 = !DILocation(line: 30, column: 4, scope: !1136)
!1150 = !DILocation(line: 30, column: 27, scope: !1136)
!1151 = !DILocation(line: 30, column: 30, scope: !1136)
!1152 = !DILocation(line: 31, column: 45, scope: !1136)
!1153 = !DILocation(line: 31, column: 33, scope: !1136)
!1154 = !DILocation(line: 31, column: 4, scope: !1136)
!1155 = !DILocation(line: 31, column: 27, scope: !1136)
!1156 = !DILocation(line: 31, column: 31, scope: !1136)
!1157 = !DILocation(line: 32, column: 33, scope: !1136)
!1158 = !DILocation(line: 32, column: 4, scope: !1136)
!1159 = !DILocation(line: 32, column: 27, scope: !1136)
!1160 = !DILocation(line: 32, column: 31, scope: !1136)
!1161 = !DILocation(line: 33, column: 9, scope: !1136)
!1162 = !DILocation(line: 33, column: 2, scope: !1136)
!1163 = distinct !DISubprogram(name: "write", scope: !16, file: !16, line: 36, type: !1164, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1164 = !DISubroutineType(types: !1165)
!1165 = !{!35, !35, !1166, !59}
!1166 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1167, size: 32)
!1167 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!1168 = !DILocalVariable(name: "fd", arg: 1, scope: !1163, file: !16, line: 36, type: !35)
!1169 = !DILocation(line: 36, column: 15, scope: !1163)
!1170 = !DILocalVariable(name: "buf", arg: 2, scope: !1163, file: !16, line: 36, type: !1166)
!1171 = !DILocation(line: 36, column: 31, scope: !1163)
!1172 = !DILocalVariable(name: "len", arg: 3, scope: !1163, file: !16, line: 36, type: !59)
!1173 = !DILocation(line: 36, column: 43, scope: !1163)
!1174 = !DILocalVariable(name: "m", scope: !1163, file: !16, line: 38, type: !911)
!1175 = !DILocation(line: 38, column: 10, scope: !1163)
!1176 = !DILocation(line: 40, column: 2, scope: !1163)
!1177 = !DILocation(line: 41, column: 32, scope: !1163)
!1178 = !DILocation(line: 41, column: 4, scope: !1163)
!1179 = !DILocation(line: 41, column: 27, scope: !1163)
!1180 = !DILocation(line: 41, column: 30, scope: !1163)
!1181 = !DILocation(line: 42, column: 45, scope: !1163)
!1182 = !DILocation(line: 42, column: 33, scope: !1163)
!1183 = !DILocation(line: 42, column: 4, scope: !1163)
!1184 = !DILocation(line: 42, column: 27, scope: !1163)
!1185 = !DILocation(line: 42, column: 31, scope: !1163)
!1186 = !DILocation(line: 43, column: 33, scope: !1163)
!1187 = !DILocation(line: 43, column: 4, scope: !1163)
!1188 = !DILocation(line: 43, column: 27, scope: !1163)
!1189 = !DILocation(line: 43, column: 31, scope: !1163)
!1190 = !DILocation(line: 44, column: 9, scope: !1163)
!1191 = !DILocation(line: 44, column: 2, scope: !1163)
!1192 = distinct !DISubprogram(name: "lseek", scope: !16, file: !16, line: 47, type: !1193, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1193 = !DISubroutineType(types: !1194)
!1194 = !{!124, !35, !124, !35}
!1195 = !DILocalVariable(name: "fd", arg: 1, scope: !1192, file: !16, line: 47, type: !35)
!1196 = !DILocation(line: 47, column: 17, scope: !1192)
!1197 = !DILocalVariable(name: "offset", arg: 2, scope: !1192, file: !16, line: 47, type: !124)
!1198 = !DILocation(line: 47, column: 27, scope: !1192)
!1199 = !DILocalVariable(name: "whence", arg: 3, scope: !1192, file: !16, line: 47, type: !35)
!1200 = !DILocation(line: 47, column: 39, scope: !1192)
!1201 = !DILocalVariable(name: "m", scope: !1192, file: !16, line: 49, type: !911)
!1202 = !DILocation(line: 49, column: 10, scope: !1192)
!1203 = !DILocalVariable(name: "r", scope: !1192, file: !16, line: 50, type: !35)
!1204 = !DILocation(line: 50, column: 6, scope: !1192)
!1205 = !DILocation(line: 52, column: 2, scope: !1192)
!1206 = !DILocation(line: 53, column: 28, scope: !1192)
!1207 = !DILocation(line: 53, column: 4, scope: !1192)
!1208 = !DILocation(line: 53, column: 23, scope: !1192)
!1209 = !DILocation(line: 53, column: 26, scope: !1192)
!1210 = !DILocation(line: 54, column: 32, scope: !1192)
!1211 = !DILocation(line: 54, column: 4, scope: !1192)
!1212 = !DILocation(line: 54, column: 23, scope: !1192)
!1213 = !DILocation(line: 54, column: 30, scope: !1192)
!1214 = !DILocation(line: 55, column: 32, scope: !1192)
!1215 = !DILocation(line: 55, column: 4, scope: !1192)
!1216 = !DILocation(line: 55, column: 23, scope: !1192)
!1217 = !DILocation(line: 55, column: 30, scope: !1192)
!1218 = !DILocation(line: 56, column: 6, scope: !1192)
!1219 = !DILocation(line: 56, column: 4, scope: !1192)
!1220 = !DILocation(line: 57, column: 6, scope: !1221)
!1221 = distinct !DILexicalBlock(scope: !1192, file: !16, line: 57, column: 6)
!1222 = !DILocation(line: 57, column: 8, scope: !1221)
!1223 = !DILocation(line: 57, column: 6, scope: !1192)
!1224 = !DILocation(line: 58, column: 10, scope: !1221)
!1225 = !DILocation(line: 58, column: 3, scope: !1221)
!1226 = !DILocation(line: 59, column: 11, scope: !1192)
!1227 = !DILocation(line: 59, column: 30, scope: !1192)
!1228 = !DILocation(line: 59, column: 2, scope: !1192)
!1229 = !DILocation(line: 60, column: 1, scope: !1192)
!1230 = distinct !DISubprogram(name: "umask", scope: !16, file: !16, line: 62, type: !1231, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !15, retainedNodes: !36)
!1231 = !DISubroutineType(types: !1232)
!1232 = !{!18, !18}
!1233 = !DILocalVariable(name: "mask", arg: 1, scope: !1230, file: !16, line: 62, type: !18)
!1234 = !DILocation(line: 62, column: 21, scope: !1230)
!1235 = !DILocalVariable(name: "m", scope: !1230, file: !16, line: 64, type: !911)
!1236 = !DILocation(line: 64, column: 10, scope: !1230)
!1237 = !DILocation(line: 66, column: 2, scope: !1230)
!1238 = !DILocation(line: 67, column: 30, scope: !1230)
!1239 = !DILocation(line: 67, column: 4, scope: !1230)
!1240 = !DILocation(line: 67, column: 23, scope: !1230)
!1241 = !DILocation(line: 67, column: 28, scope: !1230)
!1242 = !DILocation(line: 68, column: 18, scope: !1230)
!1243 = !DILocation(line: 68, column: 9, scope: !1230)
!1244 = !DILocation(line: 68, column: 2, scope: !1230)
!1245 = distinct !DISubprogram(name: "brk", scope: !22, file: !22, line: 5, type: !1246, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !36)
!1246 = !DISubroutineType(types: !1247)
!1247 = !{!35, !24}
!1248 = !DILocalVariable(name: "addr", arg: 1, scope: !1245, file: !22, line: 5, type: !24)
!1249 = !DILocation(line: 5, column: 15, scope: !1245)
!1250 = !DILocalVariable(name: "m", scope: !1245, file: !22, line: 7, type: !1251)
!1251 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !39, line: 105, baseType: !1252)
!1252 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 70, size: 512, elements: !1253)
!1253 = !{!1254, !1255, !1256}
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1252, file: !39, line: 71, baseType: !43, size: 32)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1252, file: !39, line: 72, baseType: !35, size: 32, offset: 32)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1252, file: !39, line: 104, baseType: !1257, size: 448, offset: 64)
!1257 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1252, file: !39, line: 73, size: 448, elements: !1258)
!1258 = !{!1259, !1264, !1270, !1276, !1281, !1286, !1292, !1300, !1307, !1315, !1320, !1327, !1334, !1339, !1346, !1351, !1358, !1365, !1370, !1376, !1383, !1390, !1398, !1404, !1409, !1416, !1422, !1431, !1436, !1441}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1257, file: !39, line: 74, baseType: !1260, size: 32)
!1260 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !39, line: 15, baseType: !1261)
!1261 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 15, size: 32, elements: !1262)
!1262 = !{!1263}
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1261, file: !39, line: 15, baseType: !35, size: 32)
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1257, file: !39, line: 75, baseType: !1265, size: 64)
!1265 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !39, line: 16, baseType: !1266)
!1266 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 16, size: 64, elements: !1267)
!1267 = !{!1268, !1269}
!1268 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1266, file: !39, line: 16, baseType: !3, size: 32)
!1269 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1266, file: !39, line: 16, baseType: !59, size: 32, offset: 32)
!1270 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1257, file: !39, line: 76, baseType: !1271, size: 64)
!1271 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !39, line: 17, baseType: !1272)
!1272 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 17, size: 64, elements: !1273)
!1273 = !{!1274, !1275}
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1272, file: !39, line: 17, baseType: !34, size: 32)
!1275 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1272, file: !39, line: 17, baseType: !35, size: 32, offset: 32)
!1276 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1257, file: !39, line: 77, baseType: !1277, size: 32)
!1277 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !39, line: 18, baseType: !1278)
!1278 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 18, size: 32, elements: !1279)
!1279 = !{!1280}
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1278, file: !39, line: 18, baseType: !71, size: 32)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1257, file: !39, line: 78, baseType: !1282, size: 32)
!1282 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !39, line: 19, baseType: !1283)
!1283 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 19, size: 32, elements: !1284)
!1284 = !{!1285}
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1283, file: !39, line: 19, baseType: !35, size: 32)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1257, file: !39, line: 79, baseType: !1287, size: 64)
!1287 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !39, line: 20, baseType: !1288)
!1288 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 20, size: 64, elements: !1289)
!1289 = !{!1290, !1291}
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1288, file: !39, line: 20, baseType: !35, size: 32)
!1291 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1288, file: !39, line: 20, baseType: !3, size: 32, offset: 32)
!1292 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1257, file: !39, line: 80, baseType: !1293, size: 128)
!1293 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !39, line: 28, baseType: !1294)
!1294 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 23, size: 128, elements: !1295)
!1295 = !{!1296, !1297, !1298, !1299}
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1294, file: !39, line: 24, baseType: !43, size: 32)
!1297 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1294, file: !39, line: 25, baseType: !43, size: 32, offset: 32)
!1298 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1294, file: !39, line: 26, baseType: !34, size: 32, offset: 64)
!1299 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1294, file: !39, line: 27, baseType: !71, size: 32, offset: 96)
!1300 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1257, file: !39, line: 81, baseType: !1301, size: 96)
!1301 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !39, line: 29, baseType: !1302)
!1302 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 29, size: 96, elements: !1303)
!1303 = !{!1304, !1305, !1306}
!1304 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1302, file: !39, line: 29, baseType: !43, size: 32)
!1305 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1302, file: !39, line: 29, baseType: !3, size: 32, offset: 32)
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1302, file: !39, line: 29, baseType: !59, size: 32, offset: 64)
!1307 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1257, file: !39, line: 82, baseType: !1308, size: 128)
!1308 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !39, line: 32, baseType: !1309)
!1309 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 32, size: 128, elements: !1310)
!1310 = !{!1311, !1312, !1313, !1314}
!1311 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1309, file: !39, line: 32, baseType: !3, size: 32)
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1309, file: !39, line: 32, baseType: !59, size: 32, offset: 32)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1309, file: !39, line: 32, baseType: !35, size: 32, offset: 64)
!1314 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1309, file: !39, line: 32, baseType: !18, size: 16, offset: 96)
!1315 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1257, file: !39, line: 83, baseType: !1316, size: 32)
!1316 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !39, line: 33, baseType: !1317)
!1317 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 33, size: 32, elements: !1318)
!1318 = !{!1319}
!1319 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1317, file: !39, line: 33, baseType: !35, size: 32)
!1320 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1257, file: !39, line: 84, baseType: !1321, size: 96)
!1321 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !39, line: 34, baseType: !1322)
!1322 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 34, size: 96, elements: !1323)
!1323 = !{!1324, !1325, !1326}
!1324 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1322, file: !39, line: 34, baseType: !35, size: 32)
!1325 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1322, file: !39, line: 34, baseType: !3, size: 32, offset: 32)
!1326 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1322, file: !39, line: 34, baseType: !59, size: 32, offset: 64)
!1327 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1257, file: !39, line: 85, baseType: !1328, size: 96)
!1328 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !39, line: 35, baseType: !1329)
!1329 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 35, size: 96, elements: !1330)
!1330 = !{!1331, !1332, !1333}
!1331 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1329, file: !39, line: 35, baseType: !35, size: 32)
!1332 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1329, file: !39, line: 35, baseType: !124, size: 32, offset: 32)
!1333 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1329, file: !39, line: 35, baseType: !35, size: 32, offset: 64)
!1334 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1257, file: !39, line: 86, baseType: !1335, size: 16)
!1335 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !39, line: 36, baseType: !1336)
!1336 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 36, size: 16, elements: !1337)
!1337 = !{!1338}
!1338 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1336, file: !39, line: 36, baseType: !18, size: 16)
!1339 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1257, file: !39, line: 87, baseType: !1340, size: 96)
!1340 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !39, line: 39, baseType: !1341)
!1341 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 39, size: 96, elements: !1342)
!1342 = !{!1343, !1344, !1345}
!1343 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1341, file: !39, line: 39, baseType: !43, size: 32)
!1344 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1341, file: !39, line: 39, baseType: !35, size: 32, offset: 32)
!1345 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1341, file: !39, line: 39, baseType: !43, size: 32, offset: 64)
!1346 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1257, file: !39, line: 88, baseType: !1347, size: 32)
!1347 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !39, line: 40, baseType: !1348)
!1348 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 40, size: 32, elements: !1349)
!1349 = !{!1350}
!1350 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1348, file: !39, line: 40, baseType: !43, size: 32)
!1351 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1257, file: !39, line: 89, baseType: !1352, size: 96)
!1352 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !39, line: 41, baseType: !1353)
!1353 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 41, size: 96, elements: !1354)
!1354 = !{!1355, !1356, !1357}
!1355 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1353, file: !39, line: 41, baseType: !43, size: 32)
!1356 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1353, file: !39, line: 41, baseType: !59, size: 32, offset: 32)
!1357 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1353, file: !39, line: 41, baseType: !3, size: 32, offset: 64)
!1358 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1257, file: !39, line: 90, baseType: !1359, size: 96)
!1359 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !39, line: 42, baseType: !1360)
!1360 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 42, size: 96, elements: !1361)
!1361 = !{!1362, !1363, !1364}
!1362 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1360, file: !39, line: 42, baseType: !43, size: 32)
!1363 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1360, file: !39, line: 42, baseType: !59, size: 32, offset: 32)
!1364 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1360, file: !39, line: 42, baseType: !3, size: 32, offset: 64)
!1365 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1257, file: !39, line: 91, baseType: !1366, size: 32)
!1366 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !39, line: 45, baseType: !1367)
!1367 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 45, size: 32, elements: !1368)
!1368 = !{!1369}
!1369 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1367, file: !39, line: 45, baseType: !3, size: 32)
!1370 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1257, file: !39, line: 92, baseType: !1371, size: 64)
!1371 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !39, line: 46, baseType: !1372)
!1372 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 46, size: 64, elements: !1373)
!1373 = !{!1374, !1375}
!1374 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1372, file: !39, line: 46, baseType: !59, size: 32)
!1375 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1372, file: !39, line: 46, baseType: !3, size: 32, offset: 32)
!1376 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1257, file: !39, line: 93, baseType: !1377, size: 192)
!1377 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !39, line: 49, baseType: !1378)
!1378 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 49, size: 192, elements: !1379)
!1379 = !{!1380, !1381, !1382}
!1380 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1378, file: !39, line: 49, baseType: !174, size: 128)
!1381 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1378, file: !39, line: 49, baseType: !43, size: 32, offset: 128)
!1382 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1378, file: !39, line: 49, baseType: !35, size: 32, offset: 160)
!1383 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1257, file: !39, line: 94, baseType: !1384, size: 192)
!1384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !39, line: 50, baseType: !1385)
!1385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 50, size: 192, elements: !1386)
!1386 = !{!1387, !1388, !1389}
!1387 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1385, file: !39, line: 50, baseType: !174, size: 128)
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1385, file: !39, line: 50, baseType: !43, size: 32, offset: 128)
!1389 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1385, file: !39, line: 50, baseType: !35, size: 32, offset: 160)
!1390 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1257, file: !39, line: 95, baseType: !1391, size: 128)
!1391 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !39, line: 53, baseType: !1392)
!1392 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 53, size: 128, elements: !1393)
!1393 = !{!1394, !1395, !1396, !1397}
!1394 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1392, file: !39, line: 53, baseType: !43, size: 32)
!1395 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1392, file: !39, line: 53, baseType: !3, size: 32, offset: 32)
!1396 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1392, file: !39, line: 53, baseType: !59, size: 32, offset: 64)
!1397 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1392, file: !39, line: 53, baseType: !35, size: 32, offset: 96)
!1398 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1257, file: !39, line: 96, baseType: !1399, size: 64)
!1399 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !39, line: 54, baseType: !1400)
!1400 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 54, size: 64, elements: !1401)
!1401 = !{!1402, !1403}
!1402 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1400, file: !39, line: 54, baseType: !43, size: 32)
!1403 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1400, file: !39, line: 54, baseType: !35, size: 32, offset: 32)
!1404 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1257, file: !39, line: 97, baseType: !1405, size: 32)
!1405 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !39, line: 57, baseType: !1406)
!1406 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 57, size: 32, elements: !1407)
!1407 = !{!1408}
!1408 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1406, file: !39, line: 57, baseType: !35, size: 32)
!1409 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1257, file: !39, line: 98, baseType: !1410, size: 96)
!1410 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !39, line: 60, baseType: !1411)
!1411 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 60, size: 96, elements: !1412)
!1412 = !{!1413, !1414, !1415}
!1413 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1411, file: !39, line: 60, baseType: !43, size: 32)
!1414 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1411, file: !39, line: 60, baseType: !35, size: 32, offset: 32)
!1415 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1411, file: !39, line: 60, baseType: !43, size: 32, offset: 64)
!1416 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1257, file: !39, line: 99, baseType: !1417, size: 64)
!1417 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !39, line: 61, baseType: !1418)
!1418 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 61, size: 64, elements: !1419)
!1419 = !{!1420, !1421}
!1420 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1418, file: !39, line: 61, baseType: !43, size: 32)
!1421 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1418, file: !39, line: 61, baseType: !35, size: 32, offset: 32)
!1422 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1257, file: !39, line: 100, baseType: !1423, size: 160)
!1423 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !39, line: 66, baseType: !1424)
!1424 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 62, size: 160, elements: !1425)
!1425 = !{!1426, !1427, !1428, !1429, !1430}
!1426 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1424, file: !39, line: 63, baseType: !43, size: 32)
!1427 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1424, file: !39, line: 63, baseType: !3, size: 32, offset: 32)
!1428 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1424, file: !39, line: 64, baseType: !43, size: 32, offset: 64)
!1429 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1424, file: !39, line: 64, baseType: !3, size: 32, offset: 96)
!1430 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1424, file: !39, line: 65, baseType: !59, size: 32, offset: 128)
!1431 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1257, file: !39, line: 101, baseType: !1432, size: 32)
!1432 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !39, line: 67, baseType: !1433)
!1433 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 67, size: 32, elements: !1434)
!1434 = !{!1435}
!1435 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1433, file: !39, line: 67, baseType: !35, size: 32)
!1436 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1257, file: !39, line: 102, baseType: !1437, size: 32)
!1437 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !39, line: 68, baseType: !1438)
!1438 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !39, line: 68, size: 32, elements: !1439)
!1439 = !{!1440}
!1440 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1438, file: !39, line: 68, baseType: !238, size: 32)
!1441 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1257, file: !39, line: 103, baseType: !240, size: 448)
!1442 = !DILocation(line: 7, column: 10, scope: !1245)
!1443 = !DILocation(line: 9, column: 2, scope: !1245)
!1444 = !DILocation(line: 10, column: 39, scope: !1245)
!1445 = !DILocation(line: 10, column: 27, scope: !1245)
!1446 = !DILocation(line: 10, column: 4, scope: !1245)
!1447 = !DILocation(line: 10, column: 20, scope: !1245)
!1448 = !DILocation(line: 10, column: 25, scope: !1245)
!1449 = !DILocation(line: 11, column: 9, scope: !1245)
!1450 = !DILocation(line: 11, column: 2, scope: !1245)
!1451 = distinct !DISubprogram(name: "mmap", scope: !22, file: !22, line: 14, type: !1452, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !36)
!1452 = !DISubroutineType(types: !1453)
!1453 = !{!24, !24, !59, !35, !35, !35, !124}
!1454 = !DILocalVariable(name: "addr", arg: 1, scope: !1451, file: !22, line: 14, type: !24)
!1455 = !DILocation(line: 14, column: 18, scope: !1451)
!1456 = !DILocalVariable(name: "len", arg: 2, scope: !1451, file: !22, line: 14, type: !59)
!1457 = !DILocation(line: 14, column: 31, scope: !1451)
!1458 = !DILocalVariable(name: "prot", arg: 3, scope: !1451, file: !22, line: 14, type: !35)
!1459 = !DILocation(line: 14, column: 40, scope: !1451)
!1460 = !DILocalVariable(name: "flags", arg: 4, scope: !1451, file: !22, line: 14, type: !35)
!1461 = !DILocation(line: 14, column: 50, scope: !1451)
!1462 = !DILocalVariable(name: "fd", arg: 5, scope: !1451, file: !22, line: 14, type: !35)
!1463 = !DILocation(line: 14, column: 61, scope: !1451)
!1464 = !DILocalVariable(name: "offset", arg: 6, scope: !1451, file: !22, line: 14, type: !124)
!1465 = !DILocation(line: 14, column: 71, scope: !1451)
!1466 = !DILocalVariable(name: "m", scope: !1451, file: !22, line: 16, type: !1251)
!1467 = !DILocation(line: 16, column: 10, scope: !1451)
!1468 = !DILocation(line: 19, column: 9, scope: !1451)
!1469 = !DILocation(line: 19, column: 22, scope: !1451)
!1470 = !DILocation(line: 19, column: 35, scope: !1451)
!1471 = !DILocation(line: 19, column: 49, scope: !1451)
!1472 = !DILocation(line: 19, column: 60, scope: !1451)
!1473 = !DILocation(line: 20, column: 2, scope: !1451)
!1474 = !DILocation(line: 21, column: 27, scope: !1451)
!1475 = !DILocation(line: 21, column: 4, scope: !1451)
!1476 = !DILocation(line: 21, column: 21, scope: !1451)
!1477 = !DILocation(line: 21, column: 25, scope: !1451)
!1478 = !DILocation(line: 22, column: 6, scope: !1479)
!1479 = distinct !DILexicalBlock(scope: !1451, file: !22, line: 22, column: 6)
!1480 = !DILocation(line: 22, column: 40, scope: !1479)
!1481 = !DILocation(line: 22, column: 6, scope: !1451)
!1482 = !DILocation(line: 23, column: 3, scope: !1479)
!1483 = !DILocation(line: 24, column: 20, scope: !1451)
!1484 = !DILocation(line: 24, column: 37, scope: !1451)
!1485 = !DILocation(line: 24, column: 9, scope: !1451)
!1486 = !DILocation(line: 24, column: 2, scope: !1451)
!1487 = !DILocation(line: 25, column: 1, scope: !1451)
