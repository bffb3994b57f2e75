; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.boot_service = type { [16 x i8], i32 }
%struct.rproc = type { i32, i32, i32, [16 x i8] }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_common_shutdown = type { i32 }

@.str = private unnamed_addr constant [19 x i8] c"rs: receive failed\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [34 x i8] c"rs: cannot publish a boot service\00", align 1, !dbg !7
@rs_shutting_down = dso_local global i32 0, align 4, !dbg !12
@.str.11 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1, !dbg !32
@boot_services = dso_local constant [4 x %struct.boot_service] [%struct.boot_service { [16 x i8] c"pm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 0 }, %struct.boot_service { [16 x i8] c"vfs\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 1 }, %struct.boot_service { [16 x i8] c"vm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 2 }, %struct.boot_service { [16 x i8] c"ds\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 3 }], align 4, !dbg !38
@rproc = dso_local global [16 x %struct.rproc] zeroinitializer, align 4, !dbg !16

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !61 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !65, !DIExpression(), !255)
    #dbg_declare(ptr %ipc_status, !256, !DIExpression(), !257)
    #dbg_declare(ptr %r, !258, !DIExpression(), !259)
  call void @rs_init() #3, !dbg !260
  br label %for.cond, !dbg !261

for.cond:                                         ; preds = %if.end16, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !262
  %cmp = icmp ne i32 %call, 0, !dbg !267
  br i1 %cmp, label %if.then, label %if.end, !dbg !268

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !269
  unreachable, !dbg !269

if.end:                                           ; preds = %for.cond
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !270
  %0 = load i32, ptr %m_type, align 4, !dbg !270
  switch i32 %0, label %sw.default [
    i32 1280, label %sw.bb
    i32 1281, label %sw.bb2
    i32 1282, label %sw.bb4
    i32 1283, label %sw.bb6
    i32 1284, label %sw.bb8
    i32 1536, label %sw.bb10
  ], !dbg !271

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_up(ptr noundef %m) #3, !dbg !272
  store i32 %call1, ptr %r, align 4, !dbg !274
  br label %sw.epilog, !dbg !275

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_down(ptr noundef %m) #3, !dbg !276
  store i32 %call3, ptr %r, align 4, !dbg !277
  br label %sw.epilog, !dbg !278

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_lookup(ptr noundef %m) #3, !dbg !279
  store i32 %call5, ptr %r, align 4, !dbg !280
  br label %sw.epilog, !dbg !281

sw.bb6:                                           ; preds = %if.end
  %call7 = call i32 @do_status(ptr noundef %m) #3, !dbg !282
  store i32 %call7, ptr %r, align 4, !dbg !283
  br label %sw.epilog, !dbg !284

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_shutdown(ptr noundef %m) #3, !dbg !285
  store i32 %call9, ptr %r, align 4, !dbg !286
  br label %sw.epilog, !dbg !287

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_getstatus(ptr noundef %m) #3, !dbg !288
  store i32 %call11, ptr %r, align 4, !dbg !289
  br label %sw.epilog, !dbg !290

sw.default:                                       ; preds = %if.end
  store i32 -38, ptr %r, align 4, !dbg !291
  br label %sw.epilog, !dbg !292

sw.epilog:                                        ; preds = %sw.default, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %1 = load i32, ptr %r, align 4, !dbg !293
  %cmp12 = icmp ne i32 %1, -201, !dbg !295
  br i1 %cmp12, label %if.then13, label %if.end16, !dbg !296

if.then13:                                        ; preds = %sw.epilog
  %2 = load i32, ptr %r, align 4, !dbg !297
  %m_type14 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !299
  store i32 %2, ptr %m_type14, align 4, !dbg !300
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !301
  %3 = load i32, ptr %m_source, align 4, !dbg !301
  %call15 = call i32 @ipc_send(i32 noundef %3, ptr noundef %m) #3, !dbg !302
  br label %if.end16, !dbg !303

if.end16:                                         ; preds = %if.then13, %sw.epilog
  br label %for.cond, !dbg !304, !llvm.loop !305
}

; Function Attrs: noinline nounwind
define internal void @rs_init() #0 !dbg !308 {
entry:
  %rp = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %rp, !311, !DIExpression(), !313)
    #dbg_declare(ptr %i, !314, !DIExpression(), !315)
  store i32 0, ptr %i, align 4, !dbg !316
  br label %for.cond, !dbg !318

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !319
  %cmp = icmp slt i32 %0, 4, !dbg !321
  br i1 %cmp, label %for.body, label %for.end, !dbg !322

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !323
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !325
  store ptr %arrayidx, ptr %rp, align 4, !dbg !326
  %2 = load ptr, ptr %rp, align 4, !dbg !327
  %r_flags = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 0, !dbg !328
  store i32 1, ptr %r_flags, align 4, !dbg !329
  %3 = load i32, ptr %i, align 4, !dbg !330
  %arrayidx1 = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %3, !dbg !331
  %endpoint = getelementptr inbounds %struct.boot_service, ptr %arrayidx1, i32 0, i32 1, !dbg !332
  %4 = load i32, ptr %endpoint, align 4, !dbg !332
  %5 = load ptr, ptr %rp, align 4, !dbg !333
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %5, i32 0, i32 1, !dbg !334
  store i32 %4, ptr %r_endpoint, align 4, !dbg !335
  %6 = load ptr, ptr %rp, align 4, !dbg !336
  %r_label = getelementptr inbounds %struct.rproc, ptr %6, i32 0, i32 3, !dbg !337
  %arraydecay = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !336
  %7 = load i32, ptr %i, align 4, !dbg !338
  %arrayidx2 = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %7, !dbg !339
  %label = getelementptr inbounds %struct.boot_service, ptr %arrayidx2, i32 0, i32 0, !dbg !340
  %arraydecay3 = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 0, !dbg !339
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %arraydecay3, i32 noundef 16) #3, !dbg !341
  %8 = load ptr, ptr %rp, align 4, !dbg !342
  %r_label4 = getelementptr inbounds %struct.rproc, ptr %8, i32 0, i32 3, !dbg !344
  %arraydecay5 = getelementptr inbounds [16 x i8], ptr %r_label4, i32 0, i32 0, !dbg !342
  %9 = load ptr, ptr %rp, align 4, !dbg !345
  %r_endpoint6 = getelementptr inbounds %struct.rproc, ptr %9, i32 0, i32 1, !dbg !346
  %10 = load i32, ptr %r_endpoint6, align 4, !dbg !346
  %call7 = call i32 @ds_publish_label(ptr noundef %arraydecay5, i32 noundef %10, i32 noundef 0) #3, !dbg !347
  %cmp8 = icmp ne i32 %call7, 0, !dbg !348
  br i1 %cmp8, label %if.then, label %if.end, !dbg !349

if.then:                                          ; preds = %for.body
  call void @panic(ptr noundef @.str.1) #4, !dbg !350
  unreachable, !dbg !350

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !351

for.inc:                                          ; preds = %if.end
  %11 = load i32, ptr %i, align 4, !dbg !352
  %inc = add nsw i32 %11, 1, !dbg !352
  store i32 %inc, ptr %i, align 4, !dbg !352
  br label %for.cond, !dbg !353, !llvm.loop !354

for.end:                                          ; preds = %for.cond
  ret void, !dbg !357
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

declare dso_local i32 @ds_publish_label(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_up(ptr noundef %m) #0 !dbg !358 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !534, !DIExpression(), !535)
    #dbg_declare(ptr %rp, !536, !DIExpression(), !544)
    #dbg_declare(ptr %r, !545, !DIExpression(), !546)
  %0 = load i32, ptr @rs_shutting_down, align 4, !dbg !547
  %tobool = icmp ne i32 %0, 0, !dbg !547
  br i1 %tobool, label %if.then, label %if.end, !dbg !549

if.then:                                          ; preds = %entry
  store i32 -16, ptr %retval, align 4, !dbg !550
  br label %return, !dbg !550

if.end:                                           ; preds = %entry
  %1 = load ptr, ptr %m.addr, align 4, !dbg !551
  %m_u = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !552
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !553
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !551
  store i8 0, ptr %arrayidx, align 1, !dbg !554
  %2 = load ptr, ptr %m.addr, align 4, !dbg !555
  %m_u1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !557
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !558
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !555
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !559
  %cmp = icmp ne ptr %call, null, !dbg !560
  br i1 %cmp, label %if.then3, label %if.end4, !dbg !561

if.then3:                                         ; preds = %if.end
  store i32 -17, ptr %retval, align 4, !dbg !562
  br label %return, !dbg !562

if.end4:                                          ; preds = %if.end
  %call5 = call ptr @alloc_service() #3, !dbg !563
  store ptr %call5, ptr %rp, align 4, !dbg !565
  %cmp6 = icmp eq ptr %call5, null, !dbg !566
  br i1 %cmp6, label %if.then7, label %if.end8, !dbg !567

if.then7:                                         ; preds = %if.end4
  store i32 -11, ptr %retval, align 4, !dbg !568
  br label %return, !dbg !568

if.end8:                                          ; preds = %if.end4
  %3 = load ptr, ptr %rp, align 4, !dbg !569
  %r_label = getelementptr inbounds %struct.rproc, ptr %3, i32 0, i32 3, !dbg !570
  %arraydecay9 = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !569
  %4 = load ptr, ptr %m.addr, align 4, !dbg !571
  %m_u10 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !572
  %label11 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u10, i32 0, i32 0, !dbg !573
  %arraydecay12 = getelementptr inbounds [16 x i8], ptr %label11, i32 0, i32 0, !dbg !571
  %call13 = call i32 @strlcpy(ptr noundef %arraydecay9, ptr noundef %arraydecay12, i32 noundef 16) #3, !dbg !574
  %5 = load ptr, ptr %m.addr, align 4, !dbg !575
  %m_u14 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !576
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u14, i32 0, i32 1, !dbg !577
  %6 = load i32, ptr %endpt, align 4, !dbg !577
  %7 = load ptr, ptr %rp, align 4, !dbg !578
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %7, i32 0, i32 1, !dbg !579
  store i32 %6, ptr %r_endpoint, align 4, !dbg !580
  %8 = load ptr, ptr %rp, align 4, !dbg !581
  %r_restarts = getelementptr inbounds %struct.rproc, ptr %8, i32 0, i32 2, !dbg !582
  store i32 0, ptr %r_restarts, align 4, !dbg !583
  %9 = load ptr, ptr %rp, align 4, !dbg !584
  %r_flags = getelementptr inbounds %struct.rproc, ptr %9, i32 0, i32 0, !dbg !585
  store i32 1, ptr %r_flags, align 4, !dbg !586
  %10 = load ptr, ptr %rp, align 4, !dbg !587
  %r_label15 = getelementptr inbounds %struct.rproc, ptr %10, i32 0, i32 3, !dbg !589
  %arraydecay16 = getelementptr inbounds [16 x i8], ptr %r_label15, i32 0, i32 0, !dbg !587
  %11 = load ptr, ptr %rp, align 4, !dbg !590
  %r_endpoint17 = getelementptr inbounds %struct.rproc, ptr %11, i32 0, i32 1, !dbg !591
  %12 = load i32, ptr %r_endpoint17, align 4, !dbg !591
  %call18 = call i32 @ds_publish_label(ptr noundef %arraydecay16, i32 noundef %12, i32 noundef 0) #3, !dbg !592
  store i32 %call18, ptr %r, align 4, !dbg !593
  %cmp19 = icmp ne i32 %call18, 0, !dbg !594
  br i1 %cmp19, label %if.then20, label %if.end22, !dbg !595

if.then20:                                        ; preds = %if.end8
  %13 = load ptr, ptr %rp, align 4, !dbg !596
  %r_flags21 = getelementptr inbounds %struct.rproc, ptr %13, i32 0, i32 0, !dbg !598
  store i32 0, ptr %r_flags21, align 4, !dbg !599
  %14 = load i32, ptr %r, align 4, !dbg !600
  store i32 %14, ptr %retval, align 4, !dbg !601
  br label %return, !dbg !601

if.end22:                                         ; preds = %if.end8
  store i32 0, ptr %retval, align 4, !dbg !602
  br label %return, !dbg !602

return:                                           ; preds = %if.end22, %if.then20, %if.then7, %if.then3, %if.then
  %15 = load i32, ptr %retval, align 4, !dbg !603
  ret i32 %15, !dbg !603
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_down(ptr noundef %m) #0 !dbg !604 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !605, !DIExpression(), !606)
    #dbg_declare(ptr %rp, !607, !DIExpression(), !608)
    #dbg_declare(ptr %sm, !609, !DIExpression(), !610)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !611
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !612
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !613
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !611
  store i8 0, ptr %arrayidx, align 1, !dbg !614
  %1 = load ptr, ptr %m.addr, align 4, !dbg !615
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !617
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !618
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !615
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !619
  store ptr %call, ptr %rp, align 4, !dbg !620
  %cmp = icmp eq ptr %call, null, !dbg !621
  br i1 %cmp, label %if.then, label %if.end, !dbg !622

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !623
  br label %return, !dbg !623

if.end:                                           ; preds = %entry
  %call3 = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !624
  %m_u4 = getelementptr inbounds %struct.message, ptr %sm, i32 0, i32 2, !dbg !625
  %how = getelementptr inbounds %struct.mess_common_shutdown, ptr %m_u4, i32 0, i32 0, !dbg !626
  store i32 0, ptr %how, align 4, !dbg !627
  %2 = load ptr, ptr %rp, align 4, !dbg !628
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 1, !dbg !629
  %3 = load i32, ptr %r_endpoint, align 4, !dbg !629
  %call5 = call i32 @_taskcall(i32 noundef %3, i32 noundef 1537, ptr noundef %sm) #3, !dbg !630
  %4 = load ptr, ptr %rp, align 4, !dbg !631
  %r_label = getelementptr inbounds %struct.rproc, ptr %4, i32 0, i32 3, !dbg !632
  %arraydecay6 = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !631
  %call7 = call i32 @ds_delete_label(ptr noundef %arraydecay6) #3, !dbg !633
  %5 = load ptr, ptr %rp, align 4, !dbg !634
  %r_flags = getelementptr inbounds %struct.rproc, ptr %5, i32 0, i32 0, !dbg !635
  store i32 0, ptr %r_flags, align 4, !dbg !636
  store i32 0, ptr %retval, align 4, !dbg !637
  br label %return, !dbg !637

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !638
  ret i32 %6, !dbg !638
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @_taskcall(i32 noundef, i32 noundef, ptr noundef) #1

declare dso_local i32 @ds_delete_label(ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_lookup(ptr noundef %m) #0 !dbg !639 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !640, !DIExpression(), !641)
    #dbg_declare(ptr %rp, !642, !DIExpression(), !643)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !644
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !645
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !646
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !644
  store i8 0, ptr %arrayidx, align 1, !dbg !647
  %1 = load ptr, ptr %m.addr, align 4, !dbg !648
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !650
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !651
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !648
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !652
  store ptr %call, ptr %rp, align 4, !dbg !653
  %cmp = icmp eq ptr %call, null, !dbg !654
  br i1 %cmp, label %if.then, label %if.end, !dbg !655

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !656
  br label %return, !dbg !656

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rp, align 4, !dbg !657
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 1, !dbg !658
  %3 = load i32, ptr %r_endpoint, align 4, !dbg !658
  %4 = load ptr, ptr %m.addr, align 4, !dbg !659
  %m_u3 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !660
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u3, i32 0, i32 1, !dbg !661
  store i32 %3, ptr %endpt, align 4, !dbg !662
  store i32 0, ptr %retval, align 4, !dbg !663
  br label %return, !dbg !663

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !664
  ret i32 %5, !dbg !664
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_status(ptr noundef %m) #0 !dbg !665 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %index = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !666, !DIExpression(), !667)
    #dbg_declare(ptr %index, !668, !DIExpression(), !669)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !670
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !671
  %index1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 2, !dbg !672
  %1 = load i32, ptr %index1, align 4, !dbg !672
  store i32 %1, ptr %index, align 4, !dbg !669
    #dbg_declare(ptr %sm, !673, !DIExpression(), !674)
  %2 = load i32, ptr %index, align 4, !dbg !675
  %cmp = icmp slt i32 %2, 0, !dbg !677
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !678

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, ptr %index, align 4, !dbg !679
  %cmp2 = icmp sge i32 %3, 4, !dbg !680
  br i1 %cmp2, label %if.then, label %if.end, !dbg !681

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !682
  br label %return, !dbg !682

if.end:                                           ; preds = %lor.lhs.false
  %call = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !683
  %4 = load i32, ptr %index, align 4, !dbg !684
  %arrayidx = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %4, !dbg !685
  %endpoint = getelementptr inbounds %struct.boot_service, ptr %arrayidx, i32 0, i32 1, !dbg !686
  %5 = load i32, ptr %endpoint, align 4, !dbg !686
  %call3 = call i32 @_taskcall(i32 noundef %5, i32 noundef 1536, ptr noundef %sm) #3, !dbg !687
  store i32 %call3, ptr %retval, align 4, !dbg !688
  br label %return, !dbg !688

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !689
  ret i32 %6, !dbg !689
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !690 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vfs_endpt = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !691, !DIExpression(), !692)
    #dbg_declare(ptr %vfs_endpt, !693, !DIExpression(), !694)
    #dbg_declare(ptr %sm, !695, !DIExpression(), !696)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !697
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !699
  %1 = load i32, ptr %m_source, align 4, !dbg !699
  %cmp = icmp ne i32 %1, 0, !dbg !700
  br i1 %cmp, label %if.then, label %if.end, !dbg !701

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !702
  br label %return, !dbg !702

if.end:                                           ; preds = %entry
  store i32 1, ptr @rs_shutting_down, align 4, !dbg !703
  %call = call i32 @ds_retrieve_label_endpt(ptr noundef @.str.11, ptr noundef %vfs_endpt) #3, !dbg !704
  %cmp1 = icmp ne i32 %call, 0, !dbg !706
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !707

if.then2:                                         ; preds = %if.end
  store i32 0, ptr %retval, align 4, !dbg !708
  br label %return, !dbg !708

if.end3:                                          ; preds = %if.end
  %call4 = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !709
  %2 = load i32, ptr %vfs_endpt, align 4, !dbg !710
  %call5 = call i32 @_taskcall(i32 noundef %2, i32 noundef 544, ptr noundef %sm) #3, !dbg !711
  %cmp6 = icmp slt i32 %call5, 0, !dbg !712
  %3 = zext i1 %cmp6 to i64, !dbg !711
  %cond = select i1 %cmp6, i32 -5, i32 0, !dbg !711
  store i32 %cond, ptr %retval, align 4, !dbg !713
  br label %return, !dbg !713

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !714
  ret i32 %4, !dbg !714
}

declare dso_local i32 @ds_retrieve_label_endpt(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !715 {
entry:
  %m.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !716, !DIExpression(), !717)
    #dbg_declare(ptr %i, !718, !DIExpression(), !719)
    #dbg_declare(ptr %n, !720, !DIExpression(), !721)
  store i32 0, ptr %n, align 4, !dbg !721
  %0 = load ptr, ptr %m.addr, align 4, !dbg !722
  store i32 0, ptr %i, align 4, !dbg !723
  br label %for.cond, !dbg !725

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4, !dbg !726
  %cmp = icmp slt i32 %1, 16, !dbg !728
  br i1 %cmp, label %for.body, label %for.end, !dbg !729

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4, !dbg !730
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %2, !dbg !732
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !733
  %3 = load i32, ptr %r_flags, align 4, !dbg !733
  %and = and i32 %3, 1, !dbg !734
  %tobool = icmp ne i32 %and, 0, !dbg !734
  br i1 %tobool, label %if.then, label %if.end, !dbg !735

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !736
  %inc = add nsw i32 %4, 1, !dbg !736
  store i32 %inc, ptr %n, align 4, !dbg !736
  br label %if.end, !dbg !737

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !738

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %i, align 4, !dbg !739
  %inc1 = add nsw i32 %5, 1, !dbg !739
  store i32 %inc1, ptr %i, align 4, !dbg !739
  br label %for.cond, !dbg !740, !llvm.loop !741

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !743
  ret i32 %6, !dbg !744
}

; Function Attrs: noinline nounwind
define dso_local ptr @find_service(ptr noundef %label) #0 !dbg !745 {
entry:
  %retval = alloca ptr, align 4
  %label.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !757, !DIExpression(), !758)
    #dbg_declare(ptr %i, !759, !DIExpression(), !760)
  store i32 0, ptr %i, align 4, !dbg !761
  br label %for.cond, !dbg !763

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !764
  %cmp = icmp slt i32 %0, 16, !dbg !766
  br i1 %cmp, label %for.body, label %for.end, !dbg !767

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !768
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !770
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !771
  %2 = load i32, ptr %r_flags, align 4, !dbg !771
  %and = and i32 %2, 1, !dbg !772
  %tobool = icmp ne i32 %and, 0, !dbg !772
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !773

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !774
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3, !dbg !775
  %r_label = getelementptr inbounds %struct.rproc, ptr %arrayidx1, i32 0, i32 3, !dbg !776
  %arraydecay = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !775
  %4 = load ptr, ptr %label.addr, align 4, !dbg !777
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 16) #3, !dbg !778
  %cmp2 = icmp eq i32 %call, 0, !dbg !779
  br i1 %cmp2, label %if.then, label %if.end, !dbg !780

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %i, align 4, !dbg !781
  %arrayidx3 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %5, !dbg !782
  store ptr %arrayidx3, ptr %retval, align 4, !dbg !783
  br label %return, !dbg !783

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !784

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4, !dbg !785
  %inc = add nsw i32 %6, 1, !dbg !785
  store i32 %inc, ptr %i, align 4, !dbg !785
  br label %for.cond, !dbg !786, !llvm.loop !787

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !789
  br label %return, !dbg !789

return:                                           ; preds = %for.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !790
  ret ptr %7, !dbg !790
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local ptr @alloc_service() #0 !dbg !791 {
entry:
  %retval = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %i, !794, !DIExpression(), !795)
  store i32 0, ptr %i, align 4, !dbg !796
  br label %for.cond, !dbg !798

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !799
  %cmp = icmp slt i32 %0, 16, !dbg !801
  br i1 %cmp, label %for.body, label %for.end, !dbg !802

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !803
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !805
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !806
  %2 = load i32, ptr %r_flags, align 4, !dbg !806
  %and = and i32 %2, 1, !dbg !807
  %tobool = icmp ne i32 %and, 0, !dbg !807
  br i1 %tobool, label %if.end, label %if.then, !dbg !808

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !809
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3, !dbg !810
  store ptr %arrayidx1, ptr %retval, align 4, !dbg !811
  br label %return, !dbg !811

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !812

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %i, align 4, !dbg !813
  %inc = add nsw i32 %4, 1, !dbg !813
  store i32 %inc, ptr %i, align 4, !dbg !813
  br label %for.cond, !dbg !814, !llvm.loop !815

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !817
  br label %return, !dbg !817

return:                                           ; preds = %for.end, %if.then
  %5 = load ptr, ptr %retval, align 4, !dbg !818
  ret ptr %5, !dbg !818
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!14, !49, !40, !53}
!llvm.ident = !{!55, !55, !55, !55}
!llvm.module.flags = !{!56, !57, !58, !59, !60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 33, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/rs/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "51a7a15912e3f33f554cfb62d3c37883")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 272, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 34)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "rs_shutting_down", scope: !14, file: !2, line: 6, type: !23, isLocal: false, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !15, splitDebugInlining: false, nameTableKind: None)
!15 = !{!0, !16, !12, !7}
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(name: "rproc", scope: !14, file: !2, line: 5, type: !18, isLocal: false, isDefinition: true)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !19, size: 3584, elements: !30)
!19 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 224, elements: !21)
!20 = !DIFile(filename: "servers/rs/rs.h", directory: ".", checksumkind: CSK_MD5, checksum: "15e64e48c4ca1101375f5b832959f837")
!21 = !{!22, !24, !27, !28}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !19, file: !20, line: 19, baseType: !23, size: 32)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !19, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !26, line: 25, baseType: !23)
!26 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !19, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !19, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 16)
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(scope: null, file: !34, line: 79, type: !35, isLocal: true, isDefinition: true)
!34 = !DIFile(filename: "servers/rs/request.c", directory: ".", checksumkind: CSK_MD5, checksum: "cc056a49734abef96b489df1f868159c")
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "boot_services", scope: !40, file: !41, line: 4, type: !43, isLocal: false, isDefinition: true)
!40 = distinct !DICompileUnit(language: DW_LANG_C11, file: !41, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !42, splitDebugInlining: false, nameTableKind: None)
!41 = !DIFile(filename: "servers/rs/table.c", directory: ".", checksumkind: CSK_MD5, checksum: "60864dd9408c2c53d5665466b76fb784")
!42 = !{!38}
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 640, elements: !36)
!44 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !45)
!45 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "boot_service", file: !20, line: 25, size: 160, elements: !46)
!46 = !{!47, !48}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !45, file: !20, line: 26, baseType: !29, size: 128)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "endpoint", scope: !45, file: !20, line: 27, baseType: !25, size: 32, offset: 128)
!49 = distinct !DICompileUnit(language: DW_LANG_C11, file: !34, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !50, globals: !52, splitDebugInlining: false, nameTableKind: None)
!50 = !{!51}
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!52 = !{!32}
!53 = distinct !DICompileUnit(language: DW_LANG_C11, file: !54, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!54 = !DIFile(filename: "servers/rs/utility.c", directory: ".", checksumkind: CSK_MD5, checksum: "b8bdcd08b254fa2cc151cec16321d4cd")
!55 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!56 = !{i32 1, !"NumRegisterParameters", i32 0}
!57 = !{i32 7, !"Dwarf Version", i32 5}
!58 = !{i32 2, !"Debug Info Version", i32 3}
!59 = !{i32 1, !"wchar_size", i32 4}
!60 = !{i32 7, !"frame-pointer", i32 2}
!61 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !62, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !64)
!62 = !DISubroutineType(types: !63)
!63 = !{!23}
!64 = !{}
!65 = !DILocalVariable(name: "m", scope: !61, file: !2, line: 27, type: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !67, line: 97, baseType: !68)
!67 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 65, size: 512, elements: !69)
!69 = !{!70, !71, !72}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !68, file: !67, line: 66, baseType: !25, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !68, file: !67, line: 67, baseType: !23, size: 32, offset: 32)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !68, file: !67, line: 96, baseType: !73, size: 448, offset: 64)
!73 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !68, file: !67, line: 68, size: 448, elements: !74)
!74 = !{!75, !80, !90, !97, !103, !108, !114, !122, !129, !140, !145, !152, !161, !166, !173, !178, !185, !192, !197, !203, !210, !217, !222, !229, !235, !244, !249}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !73, file: !67, line: 69, baseType: !76, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !67, line: 15, baseType: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 15, size: 32, elements: !78)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !77, file: !67, line: 15, baseType: !23, size: 32)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !73, file: !67, line: 70, baseType: !81, size: 64)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !67, line: 16, baseType: !82)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 16, size: 64, elements: !83)
!83 = !{!84, !88}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !82, file: !67, line: 16, baseType: !85, size: 32)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !26, line: 30, baseType: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 22, baseType: !87)
!87 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !82, file: !67, line: 16, baseType: !89, size: 32, offset: 32)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !26, line: 23, baseType: !87)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !73, file: !67, line: 71, baseType: !91, size: 64)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !67, line: 17, baseType: !92)
!92 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 17, size: 64, elements: !93)
!93 = !{!94, !96}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !92, file: !67, line: 17, baseType: !95, size: 32)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !26, line: 26, baseType: !23)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !92, file: !67, line: 17, baseType: !23, size: 32, offset: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !73, file: !67, line: 72, baseType: !98, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !67, line: 18, baseType: !99)
!99 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 18, size: 32, elements: !100)
!100 = !{!101}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !99, file: !67, line: 18, baseType: !102, size: 32)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !26, line: 27, baseType: !23)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !73, file: !67, line: 73, baseType: !104, size: 32)
!104 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !67, line: 19, baseType: !105)
!105 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 19, size: 32, elements: !106)
!106 = !{!107}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !105, file: !67, line: 19, baseType: !23, size: 32)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !73, file: !67, line: 74, baseType: !109, size: 64)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !67, line: 20, baseType: !110)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 20, size: 64, elements: !111)
!111 = !{!112, !113}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !110, file: !67, line: 20, baseType: !23, size: 32)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !110, file: !67, line: 20, baseType: !85, size: 32, offset: 32)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !73, file: !67, line: 75, baseType: !115, size: 128)
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !67, line: 28, baseType: !116)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 23, size: 128, elements: !117)
!117 = !{!118, !119, !120, !121}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !116, file: !67, line: 24, baseType: !25, size: 32)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !116, file: !67, line: 25, baseType: !25, size: 32, offset: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !116, file: !67, line: 26, baseType: !95, size: 32, offset: 64)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !116, file: !67, line: 27, baseType: !102, size: 32, offset: 96)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !73, file: !67, line: 76, baseType: !123, size: 96)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !67, line: 29, baseType: !124)
!124 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 29, size: 96, elements: !125)
!125 = !{!126, !127, !128}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !124, file: !67, line: 29, baseType: !25, size: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !124, file: !67, line: 29, baseType: !85, size: 32, offset: 32)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !124, file: !67, line: 29, baseType: !89, size: 32, offset: 64)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !73, file: !67, line: 77, baseType: !130, size: 128)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !67, line: 32, baseType: !131)
!131 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 32, size: 128, elements: !132)
!132 = !{!133, !134, !135, !136}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !131, file: !67, line: 32, baseType: !85, size: 32)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !131, file: !67, line: 32, baseType: !89, size: 32, offset: 32)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !131, file: !67, line: 32, baseType: !23, size: 32, offset: 64)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !131, file: !67, line: 32, baseType: !137, size: 16, offset: 96)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !26, line: 28, baseType: !138)
!138 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 20, baseType: !139)
!139 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !73, file: !67, line: 78, baseType: !141, size: 32)
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !67, line: 33, baseType: !142)
!142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 33, size: 32, elements: !143)
!143 = !{!144}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !142, file: !67, line: 33, baseType: !23, size: 32)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !73, file: !67, line: 79, baseType: !146, size: 96)
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !67, line: 34, baseType: !147)
!147 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 34, size: 96, elements: !148)
!148 = !{!149, !150, !151}
!149 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !147, file: !67, line: 34, baseType: !23, size: 32)
!150 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !147, file: !67, line: 34, baseType: !85, size: 32, offset: 32)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !147, file: !67, line: 34, baseType: !89, size: 32, offset: 64)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !73, file: !67, line: 80, baseType: !153, size: 96)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !67, line: 35, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 35, size: 96, elements: !155)
!155 = !{!156, !157, !160}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !154, file: !67, line: 35, baseType: !23, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !154, file: !67, line: 35, baseType: !158, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !26, line: 29, baseType: !159)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !26, line: 21, baseType: !23)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !154, file: !67, line: 35, baseType: !23, size: 32, offset: 64)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !73, file: !67, line: 81, baseType: !162, size: 16)
!162 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !67, line: 36, baseType: !163)
!163 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 36, size: 16, elements: !164)
!164 = !{!165}
!165 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !163, file: !67, line: 36, baseType: !137, size: 16)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !73, file: !67, line: 82, baseType: !167, size: 96)
!167 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !67, line: 39, baseType: !168)
!168 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 39, size: 96, elements: !169)
!169 = !{!170, !171, !172}
!170 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !168, file: !67, line: 39, baseType: !25, size: 32)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !168, file: !67, line: 39, baseType: !23, size: 32, offset: 32)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !168, file: !67, line: 39, baseType: !25, size: 32, offset: 64)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !73, file: !67, line: 83, baseType: !174, size: 32)
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !67, line: 40, baseType: !175)
!175 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 40, size: 32, elements: !176)
!176 = !{!177}
!177 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !175, file: !67, line: 40, baseType: !25, size: 32)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !73, file: !67, line: 84, baseType: !179, size: 96)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !67, line: 41, baseType: !180)
!180 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 41, size: 96, elements: !181)
!181 = !{!182, !183, !184}
!182 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !180, file: !67, line: 41, baseType: !25, size: 32)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !180, file: !67, line: 41, baseType: !89, size: 32, offset: 32)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !180, file: !67, line: 41, baseType: !85, size: 32, offset: 64)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !73, file: !67, line: 85, baseType: !186, size: 96)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !67, line: 42, baseType: !187)
!187 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 42, size: 96, elements: !188)
!188 = !{!189, !190, !191}
!189 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !187, file: !67, line: 42, baseType: !25, size: 32)
!190 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !187, file: !67, line: 42, baseType: !89, size: 32, offset: 32)
!191 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !187, file: !67, line: 42, baseType: !85, size: 32, offset: 64)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !73, file: !67, line: 86, baseType: !193, size: 32)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !67, line: 45, baseType: !194)
!194 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 45, size: 32, elements: !195)
!195 = !{!196}
!196 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !194, file: !67, line: 45, baseType: !85, size: 32)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !73, file: !67, line: 87, baseType: !198, size: 64)
!198 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !67, line: 46, baseType: !199)
!199 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 46, size: 64, elements: !200)
!200 = !{!201, !202}
!201 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !199, file: !67, line: 46, baseType: !89, size: 32)
!202 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !199, file: !67, line: 46, baseType: !85, size: 32, offset: 32)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !73, file: !67, line: 88, baseType: !204, size: 192)
!204 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !67, line: 49, baseType: !205)
!205 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 49, size: 192, elements: !206)
!206 = !{!207, !208, !209}
!207 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !205, file: !67, line: 49, baseType: !29, size: 128)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !205, file: !67, line: 49, baseType: !25, size: 32, offset: 128)
!209 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !205, file: !67, line: 49, baseType: !23, size: 32, offset: 160)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !73, file: !67, line: 89, baseType: !211, size: 192)
!211 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !67, line: 50, baseType: !212)
!212 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 50, size: 192, elements: !213)
!213 = !{!214, !215, !216}
!214 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !212, file: !67, line: 50, baseType: !29, size: 128)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !212, file: !67, line: 50, baseType: !25, size: 32, offset: 128)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !212, file: !67, line: 50, baseType: !23, size: 32, offset: 160)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !73, file: !67, line: 90, baseType: !218, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !67, line: 53, baseType: !219)
!219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 53, size: 32, elements: !220)
!220 = !{!221}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !219, file: !67, line: 53, baseType: !23, size: 32)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !73, file: !67, line: 91, baseType: !223, size: 96)
!223 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !67, line: 56, baseType: !224)
!224 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 56, size: 96, elements: !225)
!225 = !{!226, !227, !228}
!226 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !224, file: !67, line: 56, baseType: !25, size: 32)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !224, file: !67, line: 56, baseType: !23, size: 32, offset: 32)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !224, file: !67, line: 56, baseType: !25, size: 32, offset: 64)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !73, file: !67, line: 92, baseType: !230, size: 64)
!230 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !67, line: 57, baseType: !231)
!231 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 57, size: 64, elements: !232)
!232 = !{!233, !234}
!233 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !231, file: !67, line: 57, baseType: !25, size: 32)
!234 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !231, file: !67, line: 57, baseType: !23, size: 32, offset: 32)
!235 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !73, file: !67, line: 93, baseType: !236, size: 160)
!236 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !67, line: 62, baseType: !237)
!237 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 58, size: 160, elements: !238)
!238 = !{!239, !240, !241, !242, !243}
!239 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !237, file: !67, line: 59, baseType: !25, size: 32)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !237, file: !67, line: 59, baseType: !85, size: 32, offset: 32)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !237, file: !67, line: 60, baseType: !25, size: 32, offset: 64)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !237, file: !67, line: 60, baseType: !85, size: 32, offset: 96)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !237, file: !67, line: 61, baseType: !89, size: 32, offset: 128)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !73, file: !67, line: 94, baseType: !245, size: 32)
!245 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !67, line: 63, baseType: !246)
!246 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 63, size: 32, elements: !247)
!247 = !{!248}
!248 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !246, file: !67, line: 63, baseType: !23, size: 32)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !73, file: !67, line: 95, baseType: !250, size: 448)
!250 = !DICompositeType(tag: DW_TAG_array_type, baseType: !251, size: 448, elements: !253)
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !26, line: 18, baseType: !252)
!252 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!253 = !{!254}
!254 = !DISubrange(count: 56)
!255 = !DILocation(line: 27, column: 10, scope: !61)
!256 = !DILocalVariable(name: "ipc_status", scope: !61, file: !2, line: 28, type: !23)
!257 = !DILocation(line: 28, column: 6, scope: !61)
!258 = !DILocalVariable(name: "r", scope: !61, file: !2, line: 28, type: !23)
!259 = !DILocation(line: 28, column: 18, scope: !61)
!260 = !DILocation(line: 30, column: 2, scope: !61)
!261 = !DILocation(line: 31, column: 2, scope: !61)
!262 = !DILocation(line: 32, column: 7, scope: !263)
!263 = distinct !DILexicalBlock(scope: !264, file: !2, line: 32, column: 7)
!264 = distinct !DILexicalBlock(scope: !265, file: !2, line: 31, column: 11)
!265 = distinct !DILexicalBlock(scope: !266, file: !2, line: 31, column: 2)
!266 = distinct !DILexicalBlock(scope: !61, file: !2, line: 31, column: 2)
!267 = !DILocation(line: 32, column: 48, scope: !263)
!268 = !DILocation(line: 32, column: 7, scope: !264)
!269 = !DILocation(line: 33, column: 4, scope: !263)
!270 = !DILocation(line: 35, column: 13, scope: !264)
!271 = !DILocation(line: 35, column: 3, scope: !264)
!272 = !DILocation(line: 36, column: 20, scope: !273)
!273 = distinct !DILexicalBlock(scope: !264, file: !2, line: 35, column: 21)
!274 = !DILocation(line: 36, column: 18, scope: !273)
!275 = !DILocation(line: 36, column: 31, scope: !273)
!276 = !DILocation(line: 37, column: 22, scope: !273)
!277 = !DILocation(line: 37, column: 20, scope: !273)
!278 = !DILocation(line: 37, column: 35, scope: !273)
!279 = !DILocation(line: 38, column: 24, scope: !273)
!280 = !DILocation(line: 38, column: 22, scope: !273)
!281 = !DILocation(line: 38, column: 39, scope: !273)
!282 = !DILocation(line: 39, column: 24, scope: !273)
!283 = !DILocation(line: 39, column: 22, scope: !273)
!284 = !DILocation(line: 39, column: 39, scope: !273)
!285 = !DILocation(line: 40, column: 25, scope: !273)
!286 = !DILocation(line: 40, column: 23, scope: !273)
!287 = !DILocation(line: 40, column: 42, scope: !273)
!288 = !DILocation(line: 41, column: 30, scope: !273)
!289 = !DILocation(line: 41, column: 28, scope: !273)
!290 = !DILocation(line: 41, column: 48, scope: !273)
!291 = !DILocation(line: 42, column: 15, scope: !273)
!292 = !DILocation(line: 42, column: 25, scope: !273)
!293 = !DILocation(line: 45, column: 7, scope: !294)
!294 = distinct !DILexicalBlock(scope: !264, file: !2, line: 45, column: 7)
!295 = !DILocation(line: 45, column: 9, scope: !294)
!296 = !DILocation(line: 45, column: 7, scope: !264)
!297 = !DILocation(line: 46, column: 15, scope: !298)
!298 = distinct !DILexicalBlock(scope: !294, file: !2, line: 45, column: 24)
!299 = !DILocation(line: 46, column: 6, scope: !298)
!300 = !DILocation(line: 46, column: 13, scope: !298)
!301 = !DILocation(line: 47, column: 15, scope: !298)
!302 = !DILocation(line: 47, column: 4, scope: !298)
!303 = !DILocation(line: 48, column: 3, scope: !298)
!304 = !DILocation(line: 31, column: 2, scope: !265)
!305 = distinct !{!305, !306, !307}
!306 = !DILocation(line: 31, column: 2, scope: !266)
!307 = !DILocation(line: 49, column: 2, scope: !266)
!308 = distinct !DISubprogram(name: "rs_init", scope: !2, file: !2, line: 10, type: !309, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !64)
!309 = !DISubroutineType(types: !310)
!310 = !{null}
!311 = !DILocalVariable(name: "rp", scope: !308, file: !2, line: 12, type: !312)
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 32)
!313 = !DILocation(line: 12, column: 16, scope: !308)
!314 = !DILocalVariable(name: "i", scope: !308, file: !2, line: 13, type: !23)
!315 = !DILocation(line: 13, column: 6, scope: !308)
!316 = !DILocation(line: 15, column: 9, scope: !317)
!317 = distinct !DILexicalBlock(scope: !308, file: !2, line: 15, column: 2)
!318 = !DILocation(line: 15, column: 7, scope: !317)
!319 = !DILocation(line: 15, column: 14, scope: !320)
!320 = distinct !DILexicalBlock(scope: !317, file: !2, line: 15, column: 2)
!321 = !DILocation(line: 15, column: 16, scope: !320)
!322 = !DILocation(line: 15, column: 2, scope: !317)
!323 = !DILocation(line: 16, column: 15, scope: !324)
!324 = distinct !DILexicalBlock(scope: !320, file: !2, line: 15, column: 41)
!325 = !DILocation(line: 16, column: 9, scope: !324)
!326 = !DILocation(line: 16, column: 6, scope: !324)
!327 = !DILocation(line: 17, column: 3, scope: !324)
!328 = !DILocation(line: 17, column: 7, scope: !324)
!329 = !DILocation(line: 17, column: 15, scope: !324)
!330 = !DILocation(line: 18, column: 34, scope: !324)
!331 = !DILocation(line: 18, column: 20, scope: !324)
!332 = !DILocation(line: 18, column: 37, scope: !324)
!333 = !DILocation(line: 18, column: 3, scope: !324)
!334 = !DILocation(line: 18, column: 7, scope: !324)
!335 = !DILocation(line: 18, column: 18, scope: !324)
!336 = !DILocation(line: 19, column: 11, scope: !324)
!337 = !DILocation(line: 19, column: 15, scope: !324)
!338 = !DILocation(line: 19, column: 38, scope: !324)
!339 = !DILocation(line: 19, column: 24, scope: !324)
!340 = !DILocation(line: 19, column: 41, scope: !324)
!341 = !DILocation(line: 19, column: 3, scope: !324)
!342 = !DILocation(line: 20, column: 24, scope: !343)
!343 = distinct !DILexicalBlock(scope: !324, file: !2, line: 20, column: 7)
!344 = !DILocation(line: 20, column: 28, scope: !343)
!345 = !DILocation(line: 20, column: 37, scope: !343)
!346 = !DILocation(line: 20, column: 41, scope: !343)
!347 = !DILocation(line: 20, column: 7, scope: !343)
!348 = !DILocation(line: 20, column: 56, scope: !343)
!349 = !DILocation(line: 20, column: 7, scope: !324)
!350 = !DILocation(line: 21, column: 4, scope: !343)
!351 = !DILocation(line: 22, column: 2, scope: !324)
!352 = !DILocation(line: 15, column: 37, scope: !320)
!353 = !DILocation(line: 15, column: 2, scope: !320)
!354 = distinct !{!354, !322, !355, !356}
!355 = !DILocation(line: 22, column: 2, scope: !317)
!356 = !{!"llvm.loop.mustprogress"}
!357 = !DILocation(line: 23, column: 1, scope: !308)
!358 = distinct !DISubprogram(name: "do_up", scope: !34, file: !34, line: 4, type: !359, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!359 = !DISubroutineType(types: !360)
!360 = !{!23, !361}
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 32)
!362 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !67, line: 97, baseType: !363)
!363 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 65, size: 512, elements: !364)
!364 = !{!365, !366, !367}
!365 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !363, file: !67, line: 66, baseType: !25, size: 32)
!366 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !363, file: !67, line: 67, baseType: !23, size: 32, offset: 32)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !363, file: !67, line: 96, baseType: !368, size: 448, offset: 64)
!368 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !363, file: !67, line: 68, size: 448, elements: !369)
!369 = !{!370, !375, !381, !387, !392, !397, !403, !411, !418, !426, !431, !438, !445, !450, !457, !462, !469, !476, !481, !487, !494, !501, !506, !513, !519, !528, !533}
!370 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !368, file: !67, line: 69, baseType: !371, size: 32)
!371 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !67, line: 15, baseType: !372)
!372 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 15, size: 32, elements: !373)
!373 = !{!374}
!374 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !372, file: !67, line: 15, baseType: !23, size: 32)
!375 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !368, file: !67, line: 70, baseType: !376, size: 64)
!376 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !67, line: 16, baseType: !377)
!377 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 16, size: 64, elements: !378)
!378 = !{!379, !380}
!379 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !377, file: !67, line: 16, baseType: !85, size: 32)
!380 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !377, file: !67, line: 16, baseType: !89, size: 32, offset: 32)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !368, file: !67, line: 71, baseType: !382, size: 64)
!382 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !67, line: 17, baseType: !383)
!383 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 17, size: 64, elements: !384)
!384 = !{!385, !386}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !383, file: !67, line: 17, baseType: !95, size: 32)
!386 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !383, file: !67, line: 17, baseType: !23, size: 32, offset: 32)
!387 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !368, file: !67, line: 72, baseType: !388, size: 32)
!388 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !67, line: 18, baseType: !389)
!389 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 18, size: 32, elements: !390)
!390 = !{!391}
!391 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !389, file: !67, line: 18, baseType: !102, size: 32)
!392 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !368, file: !67, line: 73, baseType: !393, size: 32)
!393 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !67, line: 19, baseType: !394)
!394 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 19, size: 32, elements: !395)
!395 = !{!396}
!396 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !394, file: !67, line: 19, baseType: !23, size: 32)
!397 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !368, file: !67, line: 74, baseType: !398, size: 64)
!398 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !67, line: 20, baseType: !399)
!399 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 20, size: 64, elements: !400)
!400 = !{!401, !402}
!401 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !399, file: !67, line: 20, baseType: !23, size: 32)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !399, file: !67, line: 20, baseType: !85, size: 32, offset: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !368, file: !67, line: 75, baseType: !404, size: 128)
!404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !67, line: 28, baseType: !405)
!405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 23, size: 128, elements: !406)
!406 = !{!407, !408, !409, !410}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !405, file: !67, line: 24, baseType: !25, size: 32)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !405, file: !67, line: 25, baseType: !25, size: 32, offset: 32)
!409 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !405, file: !67, line: 26, baseType: !95, size: 32, offset: 64)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !405, file: !67, line: 27, baseType: !102, size: 32, offset: 96)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !368, file: !67, line: 76, baseType: !412, size: 96)
!412 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !67, line: 29, baseType: !413)
!413 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 29, size: 96, elements: !414)
!414 = !{!415, !416, !417}
!415 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !413, file: !67, line: 29, baseType: !25, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !413, file: !67, line: 29, baseType: !85, size: 32, offset: 32)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !413, file: !67, line: 29, baseType: !89, size: 32, offset: 64)
!418 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !368, file: !67, line: 77, baseType: !419, size: 128)
!419 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !67, line: 32, baseType: !420)
!420 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 32, size: 128, elements: !421)
!421 = !{!422, !423, !424, !425}
!422 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !420, file: !67, line: 32, baseType: !85, size: 32)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !420, file: !67, line: 32, baseType: !89, size: 32, offset: 32)
!424 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !420, file: !67, line: 32, baseType: !23, size: 32, offset: 64)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !420, file: !67, line: 32, baseType: !137, size: 16, offset: 96)
!426 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !368, file: !67, line: 78, baseType: !427, size: 32)
!427 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !67, line: 33, baseType: !428)
!428 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 33, size: 32, elements: !429)
!429 = !{!430}
!430 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !428, file: !67, line: 33, baseType: !23, size: 32)
!431 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !368, file: !67, line: 79, baseType: !432, size: 96)
!432 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !67, line: 34, baseType: !433)
!433 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 34, size: 96, elements: !434)
!434 = !{!435, !436, !437}
!435 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !433, file: !67, line: 34, baseType: !23, size: 32)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !433, file: !67, line: 34, baseType: !85, size: 32, offset: 32)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !433, file: !67, line: 34, baseType: !89, size: 32, offset: 64)
!438 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !368, file: !67, line: 80, baseType: !439, size: 96)
!439 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !67, line: 35, baseType: !440)
!440 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 35, size: 96, elements: !441)
!441 = !{!442, !443, !444}
!442 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !440, file: !67, line: 35, baseType: !23, size: 32)
!443 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !440, file: !67, line: 35, baseType: !158, size: 32, offset: 32)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !440, file: !67, line: 35, baseType: !23, size: 32, offset: 64)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !368, file: !67, line: 81, baseType: !446, size: 16)
!446 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !67, line: 36, baseType: !447)
!447 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 36, size: 16, elements: !448)
!448 = !{!449}
!449 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !447, file: !67, line: 36, baseType: !137, size: 16)
!450 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !368, file: !67, line: 82, baseType: !451, size: 96)
!451 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !67, line: 39, baseType: !452)
!452 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 39, size: 96, elements: !453)
!453 = !{!454, !455, !456}
!454 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !452, file: !67, line: 39, baseType: !25, size: 32)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !452, file: !67, line: 39, baseType: !23, size: 32, offset: 32)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !452, file: !67, line: 39, baseType: !25, size: 32, offset: 64)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !368, file: !67, line: 83, baseType: !458, size: 32)
!458 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !67, line: 40, baseType: !459)
!459 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 40, size: 32, elements: !460)
!460 = !{!461}
!461 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !459, file: !67, line: 40, baseType: !25, size: 32)
!462 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !368, file: !67, line: 84, baseType: !463, size: 96)
!463 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !67, line: 41, baseType: !464)
!464 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 41, size: 96, elements: !465)
!465 = !{!466, !467, !468}
!466 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !464, file: !67, line: 41, baseType: !25, size: 32)
!467 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !464, file: !67, line: 41, baseType: !89, size: 32, offset: 32)
!468 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !464, file: !67, line: 41, baseType: !85, size: 32, offset: 64)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !368, file: !67, line: 85, baseType: !470, size: 96)
!470 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !67, line: 42, baseType: !471)
!471 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 42, size: 96, elements: !472)
!472 = !{!473, !474, !475}
!473 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !471, file: !67, line: 42, baseType: !25, size: 32)
!474 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !471, file: !67, line: 42, baseType: !89, size: 32, offset: 32)
!475 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !471, file: !67, line: 42, baseType: !85, size: 32, offset: 64)
!476 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !368, file: !67, line: 86, baseType: !477, size: 32)
!477 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !67, line: 45, baseType: !478)
!478 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 45, size: 32, elements: !479)
!479 = !{!480}
!480 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !478, file: !67, line: 45, baseType: !85, size: 32)
!481 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !368, file: !67, line: 87, baseType: !482, size: 64)
!482 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !67, line: 46, baseType: !483)
!483 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 46, size: 64, elements: !484)
!484 = !{!485, !486}
!485 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !483, file: !67, line: 46, baseType: !89, size: 32)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !483, file: !67, line: 46, baseType: !85, size: 32, offset: 32)
!487 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !368, file: !67, line: 88, baseType: !488, size: 192)
!488 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !67, line: 49, baseType: !489)
!489 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 49, size: 192, elements: !490)
!490 = !{!491, !492, !493}
!491 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !489, file: !67, line: 49, baseType: !29, size: 128)
!492 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !489, file: !67, line: 49, baseType: !25, size: 32, offset: 128)
!493 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !489, file: !67, line: 49, baseType: !23, size: 32, offset: 160)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !368, file: !67, line: 89, baseType: !495, size: 192)
!495 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !67, line: 50, baseType: !496)
!496 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 50, size: 192, elements: !497)
!497 = !{!498, !499, !500}
!498 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !496, file: !67, line: 50, baseType: !29, size: 128)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !496, file: !67, line: 50, baseType: !25, size: 32, offset: 128)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !496, file: !67, line: 50, baseType: !23, size: 32, offset: 160)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !368, file: !67, line: 90, baseType: !502, size: 32)
!502 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !67, line: 53, baseType: !503)
!503 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 53, size: 32, elements: !504)
!504 = !{!505}
!505 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !503, file: !67, line: 53, baseType: !23, size: 32)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !368, file: !67, line: 91, baseType: !507, size: 96)
!507 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !67, line: 56, baseType: !508)
!508 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 56, size: 96, elements: !509)
!509 = !{!510, !511, !512}
!510 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !508, file: !67, line: 56, baseType: !25, size: 32)
!511 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !508, file: !67, line: 56, baseType: !23, size: 32, offset: 32)
!512 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !508, file: !67, line: 56, baseType: !25, size: 32, offset: 64)
!513 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !368, file: !67, line: 92, baseType: !514, size: 64)
!514 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !67, line: 57, baseType: !515)
!515 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 57, size: 64, elements: !516)
!516 = !{!517, !518}
!517 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !515, file: !67, line: 57, baseType: !25, size: 32)
!518 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !515, file: !67, line: 57, baseType: !23, size: 32, offset: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !368, file: !67, line: 93, baseType: !520, size: 160)
!520 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !67, line: 62, baseType: !521)
!521 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 58, size: 160, elements: !522)
!522 = !{!523, !524, !525, !526, !527}
!523 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !521, file: !67, line: 59, baseType: !25, size: 32)
!524 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !521, file: !67, line: 59, baseType: !85, size: 32, offset: 32)
!525 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !521, file: !67, line: 60, baseType: !25, size: 32, offset: 64)
!526 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !521, file: !67, line: 60, baseType: !85, size: 32, offset: 96)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !521, file: !67, line: 61, baseType: !89, size: 32, offset: 128)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !368, file: !67, line: 94, baseType: !529, size: 32)
!529 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !67, line: 63, baseType: !530)
!530 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !67, line: 63, size: 32, elements: !531)
!531 = !{!532}
!532 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !530, file: !67, line: 63, baseType: !23, size: 32)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !368, file: !67, line: 95, baseType: !250, size: 448)
!534 = !DILocalVariable(name: "m", arg: 1, scope: !358, file: !34, line: 4, type: !361)
!535 = !DILocation(line: 4, column: 20, scope: !358)
!536 = !DILocalVariable(name: "rp", scope: !358, file: !34, line: 6, type: !537)
!537 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !538, size: 32)
!538 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 224, elements: !539)
!539 = !{!540, !541, !542, !543}
!540 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !538, file: !20, line: 19, baseType: !23, size: 32)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !538, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!542 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !538, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!543 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !538, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!544 = !DILocation(line: 6, column: 16, scope: !358)
!545 = !DILocalVariable(name: "r", scope: !358, file: !34, line: 7, type: !23)
!546 = !DILocation(line: 7, column: 6, scope: !358)
!547 = !DILocation(line: 9, column: 6, scope: !548)
!548 = distinct !DILexicalBlock(scope: !358, file: !34, line: 9, column: 6)
!549 = !DILocation(line: 9, column: 6, scope: !358)
!550 = !DILocation(line: 10, column: 3, scope: !548)
!551 = !DILocation(line: 11, column: 2, scope: !358)
!552 = !DILocation(line: 11, column: 5, scope: !358)
!553 = !DILocation(line: 11, column: 18, scope: !358)
!554 = !DILocation(line: 11, column: 39, scope: !358)
!555 = !DILocation(line: 12, column: 19, scope: !556)
!556 = distinct !DILexicalBlock(scope: !358, file: !34, line: 12, column: 6)
!557 = !DILocation(line: 12, column: 22, scope: !556)
!558 = !DILocation(line: 12, column: 35, scope: !556)
!559 = !DILocation(line: 12, column: 6, scope: !556)
!560 = !DILocation(line: 12, column: 42, scope: !556)
!561 = !DILocation(line: 12, column: 6, scope: !358)
!562 = !DILocation(line: 13, column: 3, scope: !556)
!563 = !DILocation(line: 14, column: 12, scope: !564)
!564 = distinct !DILexicalBlock(scope: !358, file: !34, line: 14, column: 6)
!565 = !DILocation(line: 14, column: 10, scope: !564)
!566 = !DILocation(line: 14, column: 29, scope: !564)
!567 = !DILocation(line: 14, column: 6, scope: !358)
!568 = !DILocation(line: 15, column: 3, scope: !564)
!569 = !DILocation(line: 16, column: 10, scope: !358)
!570 = !DILocation(line: 16, column: 14, scope: !358)
!571 = !DILocation(line: 16, column: 23, scope: !358)
!572 = !DILocation(line: 16, column: 26, scope: !358)
!573 = !DILocation(line: 16, column: 39, scope: !358)
!574 = !DILocation(line: 16, column: 2, scope: !358)
!575 = !DILocation(line: 17, column: 19, scope: !358)
!576 = !DILocation(line: 17, column: 22, scope: !358)
!577 = !DILocation(line: 17, column: 35, scope: !358)
!578 = !DILocation(line: 17, column: 2, scope: !358)
!579 = !DILocation(line: 17, column: 6, scope: !358)
!580 = !DILocation(line: 17, column: 17, scope: !358)
!581 = !DILocation(line: 18, column: 2, scope: !358)
!582 = !DILocation(line: 18, column: 6, scope: !358)
!583 = !DILocation(line: 18, column: 17, scope: !358)
!584 = !DILocation(line: 19, column: 2, scope: !358)
!585 = !DILocation(line: 19, column: 6, scope: !358)
!586 = !DILocation(line: 19, column: 14, scope: !358)
!587 = !DILocation(line: 20, column: 28, scope: !588)
!588 = distinct !DILexicalBlock(scope: !358, file: !34, line: 20, column: 6)
!589 = !DILocation(line: 20, column: 32, scope: !588)
!590 = !DILocation(line: 20, column: 41, scope: !588)
!591 = !DILocation(line: 20, column: 45, scope: !588)
!592 = !DILocation(line: 20, column: 11, scope: !588)
!593 = !DILocation(line: 20, column: 9, scope: !588)
!594 = !DILocation(line: 20, column: 61, scope: !588)
!595 = !DILocation(line: 20, column: 6, scope: !358)
!596 = !DILocation(line: 21, column: 3, scope: !597)
!597 = distinct !DILexicalBlock(scope: !588, file: !34, line: 20, column: 68)
!598 = !DILocation(line: 21, column: 7, scope: !597)
!599 = !DILocation(line: 21, column: 15, scope: !597)
!600 = !DILocation(line: 22, column: 10, scope: !597)
!601 = !DILocation(line: 22, column: 3, scope: !597)
!602 = !DILocation(line: 24, column: 2, scope: !358)
!603 = !DILocation(line: 25, column: 1, scope: !358)
!604 = distinct !DISubprogram(name: "do_down", scope: !34, file: !34, line: 29, type: !359, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!605 = !DILocalVariable(name: "m", arg: 1, scope: !604, file: !34, line: 29, type: !361)
!606 = !DILocation(line: 29, column: 22, scope: !604)
!607 = !DILocalVariable(name: "rp", scope: !604, file: !34, line: 31, type: !537)
!608 = !DILocation(line: 31, column: 16, scope: !604)
!609 = !DILocalVariable(name: "sm", scope: !604, file: !34, line: 32, type: !362)
!610 = !DILocation(line: 32, column: 10, scope: !604)
!611 = !DILocation(line: 34, column: 2, scope: !604)
!612 = !DILocation(line: 34, column: 5, scope: !604)
!613 = !DILocation(line: 34, column: 18, scope: !604)
!614 = !DILocation(line: 34, column: 39, scope: !604)
!615 = !DILocation(line: 35, column: 25, scope: !616)
!616 = distinct !DILexicalBlock(scope: !604, file: !34, line: 35, column: 6)
!617 = !DILocation(line: 35, column: 28, scope: !616)
!618 = !DILocation(line: 35, column: 41, scope: !616)
!619 = !DILocation(line: 35, column: 12, scope: !616)
!620 = !DILocation(line: 35, column: 10, scope: !616)
!621 = !DILocation(line: 35, column: 49, scope: !616)
!622 = !DILocation(line: 35, column: 6, scope: !604)
!623 = !DILocation(line: 36, column: 3, scope: !616)
!624 = !DILocation(line: 37, column: 2, scope: !604)
!625 = !DILocation(line: 38, column: 5, scope: !604)
!626 = !DILocation(line: 38, column: 27, scope: !604)
!627 = !DILocation(line: 38, column: 31, scope: !604)
!628 = !DILocation(line: 39, column: 12, scope: !604)
!629 = !DILocation(line: 39, column: 16, scope: !604)
!630 = !DILocation(line: 39, column: 2, scope: !604)
!631 = !DILocation(line: 40, column: 18, scope: !604)
!632 = !DILocation(line: 40, column: 22, scope: !604)
!633 = !DILocation(line: 40, column: 2, scope: !604)
!634 = !DILocation(line: 41, column: 2, scope: !604)
!635 = !DILocation(line: 41, column: 6, scope: !604)
!636 = !DILocation(line: 41, column: 14, scope: !604)
!637 = !DILocation(line: 42, column: 2, scope: !604)
!638 = !DILocation(line: 43, column: 1, scope: !604)
!639 = distinct !DISubprogram(name: "do_lookup", scope: !34, file: !34, line: 45, type: !359, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!640 = !DILocalVariable(name: "m", arg: 1, scope: !639, file: !34, line: 45, type: !361)
!641 = !DILocation(line: 45, column: 24, scope: !639)
!642 = !DILocalVariable(name: "rp", scope: !639, file: !34, line: 47, type: !537)
!643 = !DILocation(line: 47, column: 16, scope: !639)
!644 = !DILocation(line: 49, column: 2, scope: !639)
!645 = !DILocation(line: 49, column: 5, scope: !639)
!646 = !DILocation(line: 49, column: 18, scope: !639)
!647 = !DILocation(line: 49, column: 39, scope: !639)
!648 = !DILocation(line: 50, column: 25, scope: !649)
!649 = distinct !DILexicalBlock(scope: !639, file: !34, line: 50, column: 6)
!650 = !DILocation(line: 50, column: 28, scope: !649)
!651 = !DILocation(line: 50, column: 41, scope: !649)
!652 = !DILocation(line: 50, column: 12, scope: !649)
!653 = !DILocation(line: 50, column: 10, scope: !649)
!654 = !DILocation(line: 50, column: 49, scope: !649)
!655 = !DILocation(line: 50, column: 6, scope: !639)
!656 = !DILocation(line: 51, column: 3, scope: !649)
!657 = !DILocation(line: 52, column: 26, scope: !639)
!658 = !DILocation(line: 52, column: 30, scope: !639)
!659 = !DILocation(line: 52, column: 2, scope: !639)
!660 = !DILocation(line: 52, column: 5, scope: !639)
!661 = !DILocation(line: 52, column: 18, scope: !639)
!662 = !DILocation(line: 52, column: 24, scope: !639)
!663 = !DILocation(line: 53, column: 2, scope: !639)
!664 = !DILocation(line: 54, column: 1, scope: !639)
!665 = distinct !DISubprogram(name: "do_status", scope: !34, file: !34, line: 58, type: !359, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!666 = !DILocalVariable(name: "m", arg: 1, scope: !665, file: !34, line: 58, type: !361)
!667 = !DILocation(line: 58, column: 24, scope: !665)
!668 = !DILocalVariable(name: "index", scope: !665, file: !34, line: 60, type: !23)
!669 = !DILocation(line: 60, column: 6, scope: !665)
!670 = !DILocation(line: 60, column: 14, scope: !665)
!671 = !DILocation(line: 60, column: 17, scope: !665)
!672 = !DILocation(line: 60, column: 30, scope: !665)
!673 = !DILocalVariable(name: "sm", scope: !665, file: !34, line: 61, type: !362)
!674 = !DILocation(line: 61, column: 10, scope: !665)
!675 = !DILocation(line: 63, column: 6, scope: !676)
!676 = distinct !DILexicalBlock(scope: !665, file: !34, line: 63, column: 6)
!677 = !DILocation(line: 63, column: 12, scope: !676)
!678 = !DILocation(line: 63, column: 16, scope: !676)
!679 = !DILocation(line: 63, column: 19, scope: !676)
!680 = !DILocation(line: 63, column: 25, scope: !676)
!681 = !DILocation(line: 63, column: 6, scope: !665)
!682 = !DILocation(line: 64, column: 3, scope: !676)
!683 = !DILocation(line: 65, column: 2, scope: !665)
!684 = !DILocation(line: 66, column: 33, scope: !665)
!685 = !DILocation(line: 66, column: 19, scope: !665)
!686 = !DILocation(line: 66, column: 40, scope: !665)
!687 = !DILocation(line: 66, column: 9, scope: !665)
!688 = !DILocation(line: 66, column: 2, scope: !665)
!689 = !DILocation(line: 67, column: 1, scope: !665)
!690 = distinct !DISubprogram(name: "do_shutdown", scope: !34, file: !34, line: 71, type: !359, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!691 = !DILocalVariable(name: "m", arg: 1, scope: !690, file: !34, line: 71, type: !361)
!692 = !DILocation(line: 71, column: 26, scope: !690)
!693 = !DILocalVariable(name: "vfs_endpt", scope: !690, file: !34, line: 73, type: !25)
!694 = !DILocation(line: 73, column: 13, scope: !690)
!695 = !DILocalVariable(name: "sm", scope: !690, file: !34, line: 74, type: !362)
!696 = !DILocation(line: 74, column: 10, scope: !690)
!697 = !DILocation(line: 76, column: 6, scope: !698)
!698 = distinct !DILexicalBlock(scope: !690, file: !34, line: 76, column: 6)
!699 = !DILocation(line: 76, column: 9, scope: !698)
!700 = !DILocation(line: 76, column: 18, scope: !698)
!701 = !DILocation(line: 76, column: 6, scope: !690)
!702 = !DILocation(line: 77, column: 3, scope: !698)
!703 = !DILocation(line: 78, column: 19, scope: !690)
!704 = !DILocation(line: 79, column: 6, scope: !705)
!705 = distinct !DILexicalBlock(scope: !690, file: !34, line: 79, column: 6)
!706 = !DILocation(line: 79, column: 49, scope: !705)
!707 = !DILocation(line: 79, column: 6, scope: !690)
!708 = !DILocation(line: 80, column: 3, scope: !705)
!709 = !DILocation(line: 81, column: 2, scope: !690)
!710 = !DILocation(line: 82, column: 19, scope: !690)
!711 = !DILocation(line: 82, column: 9, scope: !690)
!712 = !DILocation(line: 82, column: 45, scope: !690)
!713 = !DILocation(line: 82, column: 2, scope: !690)
!714 = !DILocation(line: 83, column: 1, scope: !690)
!715 = distinct !DISubprogram(name: "do_getstatus", scope: !34, file: !34, line: 85, type: !359, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !49, retainedNodes: !64)
!716 = !DILocalVariable(name: "m", arg: 1, scope: !715, file: !34, line: 85, type: !361)
!717 = !DILocation(line: 85, column: 27, scope: !715)
!718 = !DILocalVariable(name: "i", scope: !715, file: !34, line: 87, type: !23)
!719 = !DILocation(line: 87, column: 6, scope: !715)
!720 = !DILocalVariable(name: "n", scope: !715, file: !34, line: 87, type: !23)
!721 = !DILocation(line: 87, column: 9, scope: !715)
!722 = !DILocation(line: 89, column: 9, scope: !715)
!723 = !DILocation(line: 90, column: 9, scope: !724)
!724 = distinct !DILexicalBlock(scope: !715, file: !34, line: 90, column: 2)
!725 = !DILocation(line: 90, column: 7, scope: !724)
!726 = !DILocation(line: 90, column: 14, scope: !727)
!727 = distinct !DILexicalBlock(scope: !724, file: !34, line: 90, column: 2)
!728 = !DILocation(line: 90, column: 16, scope: !727)
!729 = !DILocation(line: 90, column: 2, scope: !724)
!730 = !DILocation(line: 91, column: 13, scope: !731)
!731 = distinct !DILexicalBlock(scope: !727, file: !34, line: 91, column: 7)
!732 = !DILocation(line: 91, column: 7, scope: !731)
!733 = !DILocation(line: 91, column: 16, scope: !731)
!734 = !DILocation(line: 91, column: 24, scope: !731)
!735 = !DILocation(line: 91, column: 7, scope: !727)
!736 = !DILocation(line: 92, column: 5, scope: !731)
!737 = !DILocation(line: 92, column: 4, scope: !731)
!738 = !DILocation(line: 91, column: 26, scope: !731)
!739 = !DILocation(line: 90, column: 33, scope: !727)
!740 = !DILocation(line: 90, column: 2, scope: !727)
!741 = distinct !{!741, !729, !742, !356}
!742 = !DILocation(line: 92, column: 5, scope: !724)
!743 = !DILocation(line: 93, column: 9, scope: !715)
!744 = !DILocation(line: 93, column: 2, scope: !715)
!745 = distinct !DISubprogram(name: "find_service", scope: !54, file: !54, line: 4, type: !746, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !53, retainedNodes: !64)
!746 = !DISubroutineType(types: !747)
!747 = !{!748, !755}
!748 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !749, size: 32)
!749 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 224, elements: !750)
!750 = !{!751, !752, !753, !754}
!751 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !749, file: !20, line: 19, baseType: !23, size: 32)
!752 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !749, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!753 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !749, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !749, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!755 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !756, size: 32)
!756 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!757 = !DILocalVariable(name: "label", arg: 1, scope: !745, file: !54, line: 4, type: !755)
!758 = !DILocation(line: 4, column: 40, scope: !745)
!759 = !DILocalVariable(name: "i", scope: !745, file: !54, line: 6, type: !23)
!760 = !DILocation(line: 6, column: 6, scope: !745)
!761 = !DILocation(line: 8, column: 9, scope: !762)
!762 = distinct !DILexicalBlock(scope: !745, file: !54, line: 8, column: 2)
!763 = !DILocation(line: 8, column: 7, scope: !762)
!764 = !DILocation(line: 8, column: 14, scope: !765)
!765 = distinct !DILexicalBlock(scope: !762, file: !54, line: 8, column: 2)
!766 = !DILocation(line: 8, column: 16, scope: !765)
!767 = !DILocation(line: 8, column: 2, scope: !762)
!768 = !DILocation(line: 9, column: 14, scope: !769)
!769 = distinct !DILexicalBlock(scope: !765, file: !54, line: 9, column: 7)
!770 = !DILocation(line: 9, column: 8, scope: !769)
!771 = !DILocation(line: 9, column: 17, scope: !769)
!772 = !DILocation(line: 9, column: 25, scope: !769)
!773 = !DILocation(line: 9, column: 38, scope: !769)
!774 = !DILocation(line: 10, column: 21, scope: !769)
!775 = !DILocation(line: 10, column: 15, scope: !769)
!776 = !DILocation(line: 10, column: 24, scope: !769)
!777 = !DILocation(line: 10, column: 33, scope: !769)
!778 = !DILocation(line: 10, column: 7, scope: !769)
!779 = !DILocation(line: 10, column: 51, scope: !769)
!780 = !DILocation(line: 9, column: 7, scope: !765)
!781 = !DILocation(line: 11, column: 18, scope: !769)
!782 = !DILocation(line: 11, column: 12, scope: !769)
!783 = !DILocation(line: 11, column: 4, scope: !769)
!784 = !DILocation(line: 10, column: 54, scope: !769)
!785 = !DILocation(line: 8, column: 33, scope: !765)
!786 = !DILocation(line: 8, column: 2, scope: !765)
!787 = distinct !{!787, !767, !788, !356}
!788 = !DILocation(line: 11, column: 19, scope: !762)
!789 = !DILocation(line: 12, column: 2, scope: !745)
!790 = !DILocation(line: 13, column: 1, scope: !745)
!791 = distinct !DISubprogram(name: "alloc_service", scope: !54, file: !54, line: 15, type: !792, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !53, retainedNodes: !64)
!792 = !DISubroutineType(types: !793)
!793 = !{!748}
!794 = !DILocalVariable(name: "i", scope: !791, file: !54, line: 17, type: !23)
!795 = !DILocation(line: 17, column: 6, scope: !791)
!796 = !DILocation(line: 19, column: 9, scope: !797)
!797 = distinct !DILexicalBlock(scope: !791, file: !54, line: 19, column: 2)
!798 = !DILocation(line: 19, column: 7, scope: !797)
!799 = !DILocation(line: 19, column: 14, scope: !800)
!800 = distinct !DILexicalBlock(scope: !797, file: !54, line: 19, column: 2)
!801 = !DILocation(line: 19, column: 16, scope: !800)
!802 = !DILocation(line: 19, column: 2, scope: !797)
!803 = !DILocation(line: 20, column: 15, scope: !804)
!804 = distinct !DILexicalBlock(scope: !800, file: !54, line: 20, column: 7)
!805 = !DILocation(line: 20, column: 9, scope: !804)
!806 = !DILocation(line: 20, column: 18, scope: !804)
!807 = !DILocation(line: 20, column: 26, scope: !804)
!808 = !DILocation(line: 20, column: 7, scope: !800)
!809 = !DILocation(line: 21, column: 18, scope: !804)
!810 = !DILocation(line: 21, column: 12, scope: !804)
!811 = !DILocation(line: 21, column: 4, scope: !804)
!812 = !DILocation(line: 20, column: 37, scope: !804)
!813 = !DILocation(line: 19, column: 33, scope: !800)
!814 = !DILocation(line: 19, column: 2, scope: !800)
!815 = distinct !{!815, !802, !816, !356}
!816 = !DILocation(line: 21, column: 19, scope: !797)
!817 = !DILocation(line: 22, column: 2, scope: !791)
!818 = !DILocation(line: 23, column: 1, scope: !791)
