; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.boot_service = type { [16 x i8], i32 }
%struct.rproc = type { i32, i32, i32, [16 x i8], i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_common_shutdown = type { i32 }

@.str = private unnamed_addr constant [19 x i8] c"rs: receive failed\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [34 x i8] c"rs: cannot publish a boot service\00", align 1, !dbg !7
@rs_shutting_down = dso_local global i32 0, align 4, !dbg !12
@.str.13 = private unnamed_addr constant [4 x i8] c"vfs\00", align 1, !dbg !33
@boot_services = dso_local constant [4 x %struct.boot_service] [%struct.boot_service { [16 x i8] c"pm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 0 }, %struct.boot_service { [16 x i8] c"vfs\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 1 }, %struct.boot_service { [16 x i8] c"vm\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 2 }, %struct.boot_service { [16 x i8] c"ds\00\00\00\00\00\00\00\00\00\00\00\00\00\00", i32 3 }], align 4, !dbg !39
@rproc = dso_local global [16 x %struct.rproc] zeroinitializer, align 4, !dbg !16
@.str.26 = private unnamed_addr constant [17 x i8] c"rs: cannot reply\00", align 1, !dbg !50

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !68 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !72, !DIExpression(), !282)
    #dbg_declare(ptr %ipc_status, !283, !DIExpression(), !284)
    #dbg_declare(ptr %r, !285, !DIExpression(), !286)
  call void @rs_init() #3, !dbg !287
  br label %for.cond, !dbg !288

for.cond:                                         ; preds = %if.end18, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !289
  %cmp = icmp ne i32 %call, 0, !dbg !294
  br i1 %cmp, label %if.then, label %if.end, !dbg !295

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !296
  unreachable, !dbg !296

if.end:                                           ; preds = %for.cond
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !297
  %0 = load i32, ptr %m_type, align 4, !dbg !297
  switch i32 %0, label %sw.default [
    i32 1280, label %sw.bb
    i32 1281, label %sw.bb2
    i32 1282, label %sw.bb4
    i32 1283, label %sw.bb6
    i32 1284, label %sw.bb8
    i32 1285, label %sw.bb10
    i32 1536, label %sw.bb12
  ], !dbg !298

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_up(ptr noundef %m) #3, !dbg !299
  store i32 %call1, ptr %r, align 4, !dbg !301
  br label %sw.epilog, !dbg !302

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_down(ptr noundef %m) #3, !dbg !303
  store i32 %call3, ptr %r, align 4, !dbg !304
  br label %sw.epilog, !dbg !305

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_lookup(ptr noundef %m) #3, !dbg !306
  store i32 %call5, ptr %r, align 4, !dbg !307
  br label %sw.epilog, !dbg !308

sw.bb6:                                           ; preds = %if.end
  %call7 = call i32 @do_status(ptr noundef %m) #3, !dbg !309
  store i32 %call7, ptr %r, align 4, !dbg !310
  br label %sw.epilog, !dbg !311

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_shutdown(ptr noundef %m) #3, !dbg !312
  store i32 %call9, ptr %r, align 4, !dbg !313
  br label %sw.epilog, !dbg !314

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_init(ptr noundef %m) #3, !dbg !315
  store i32 %call11, ptr %r, align 4, !dbg !316
  br label %sw.epilog, !dbg !317

sw.bb12:                                          ; preds = %if.end
  %call13 = call i32 @do_getstatus(ptr noundef %m) #3, !dbg !318
  store i32 %call13, ptr %r, align 4, !dbg !319
  br label %sw.epilog, !dbg !320

sw.default:                                       ; preds = %if.end
  store i32 -38, ptr %r, align 4, !dbg !321
  br label %sw.epilog, !dbg !322

sw.epilog:                                        ; preds = %sw.default, %sw.bb12, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %1 = load i32, ptr %r, align 4, !dbg !323
  %cmp14 = icmp ne i32 %1, -201, !dbg !325
  br i1 %cmp14, label %if.then15, label %if.end18, !dbg !326

if.then15:                                        ; preds = %sw.epilog
  %2 = load i32, ptr %r, align 4, !dbg !327
  %m_type16 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !329
  store i32 %2, ptr %m_type16, align 4, !dbg !330
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !331
  %3 = load i32, ptr %m_source, align 4, !dbg !331
  %call17 = call i32 @ipc_send(i32 noundef %3, ptr noundef %m) #3, !dbg !332
  br label %if.end18, !dbg !333

if.end18:                                         ; preds = %if.then15, %sw.epilog
  br label %for.cond, !dbg !334, !llvm.loop !335
}

; Function Attrs: noinline nounwind
define internal void @rs_init() #0 !dbg !338 {
entry:
  %rp = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %rp, !341, !DIExpression(), !343)
    #dbg_declare(ptr %i, !344, !DIExpression(), !345)
  store i32 0, ptr %i, align 4, !dbg !346
  br label %for.cond, !dbg !348

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !349
  %cmp = icmp slt i32 %0, 4, !dbg !351
  br i1 %cmp, label %for.body, label %for.end, !dbg !352

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !353
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !355
  store ptr %arrayidx, ptr %rp, align 4, !dbg !356
  %2 = load ptr, ptr %rp, align 4, !dbg !357
  %r_flags = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 0, !dbg !358
  store i32 1, ptr %r_flags, align 4, !dbg !359
  %3 = load i32, ptr %i, align 4, !dbg !360
  %arrayidx1 = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %3, !dbg !361
  %endpoint = getelementptr inbounds %struct.boot_service, ptr %arrayidx1, i32 0, i32 1, !dbg !362
  %4 = load i32, ptr %endpoint, align 4, !dbg !362
  %5 = load ptr, ptr %rp, align 4, !dbg !363
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %5, i32 0, i32 1, !dbg !364
  store i32 %4, ptr %r_endpoint, align 4, !dbg !365
  %6 = load ptr, ptr %rp, align 4, !dbg !366
  %r_caller = getelementptr inbounds %struct.rproc, ptr %6, i32 0, i32 4, !dbg !367
  store i32 27648, ptr %r_caller, align 4, !dbg !368
  %7 = load ptr, ptr %rp, align 4, !dbg !369
  %r_label = getelementptr inbounds %struct.rproc, ptr %7, i32 0, i32 3, !dbg !370
  %arraydecay = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !369
  %8 = load i32, ptr %i, align 4, !dbg !371
  %arrayidx2 = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %8, !dbg !372
  %label = getelementptr inbounds %struct.boot_service, ptr %arrayidx2, i32 0, i32 0, !dbg !373
  %arraydecay3 = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 0, !dbg !372
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %arraydecay3, i32 noundef 16) #3, !dbg !374
  %9 = load ptr, ptr %rp, align 4, !dbg !375
  %r_label4 = getelementptr inbounds %struct.rproc, ptr %9, i32 0, i32 3, !dbg !377
  %arraydecay5 = getelementptr inbounds [16 x i8], ptr %r_label4, i32 0, i32 0, !dbg !375
  %10 = load ptr, ptr %rp, align 4, !dbg !378
  %r_endpoint6 = getelementptr inbounds %struct.rproc, ptr %10, i32 0, i32 1, !dbg !379
  %11 = load i32, ptr %r_endpoint6, align 4, !dbg !379
  %call7 = call i32 @ds_publish_label(ptr noundef %arraydecay5, i32 noundef %11, i32 noundef 0) #3, !dbg !380
  %cmp8 = icmp ne i32 %call7, 0, !dbg !381
  br i1 %cmp8, label %if.then, label %if.end, !dbg !382

if.then:                                          ; preds = %for.body
  call void @panic(ptr noundef @.str.1) #4, !dbg !383
  unreachable, !dbg !383

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !384

for.inc:                                          ; preds = %if.end
  %12 = load i32, ptr %i, align 4, !dbg !385
  %inc = add nsw i32 %12, 1, !dbg !385
  store i32 %inc, ptr %i, align 4, !dbg !385
  br label %for.cond, !dbg !386, !llvm.loop !387

for.end:                                          ; preds = %for.cond
  ret void, !dbg !390
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

declare dso_local i32 @ds_publish_label(ptr noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_up(ptr noundef %m) #0 !dbg !391 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !586, !DIExpression(), !587)
    #dbg_declare(ptr %rp, !588, !DIExpression(), !597)
    #dbg_declare(ptr %r, !598, !DIExpression(), !599)
  %0 = load i32, ptr @rs_shutting_down, align 4, !dbg !600
  %tobool = icmp ne i32 %0, 0, !dbg !600
  br i1 %tobool, label %if.then, label %if.end, !dbg !602

if.then:                                          ; preds = %entry
  store i32 -16, ptr %retval, align 4, !dbg !603
  br label %return, !dbg !603

if.end:                                           ; preds = %entry
  %1 = load ptr, ptr %m.addr, align 4, !dbg !604
  %m_u = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !605
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !606
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !604
  store i8 0, ptr %arrayidx, align 1, !dbg !607
  %2 = load ptr, ptr %m.addr, align 4, !dbg !608
  %m_u1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !610
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !611
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !608
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !612
  %cmp = icmp ne ptr %call, null, !dbg !613
  br i1 %cmp, label %if.then3, label %if.end4, !dbg !614

if.then3:                                         ; preds = %if.end
  store i32 -17, ptr %retval, align 4, !dbg !615
  br label %return, !dbg !615

if.end4:                                          ; preds = %if.end
  %call5 = call ptr @alloc_service() #3, !dbg !616
  store ptr %call5, ptr %rp, align 4, !dbg !618
  %cmp6 = icmp eq ptr %call5, null, !dbg !619
  br i1 %cmp6, label %if.then7, label %if.end8, !dbg !620

if.then7:                                         ; preds = %if.end4
  store i32 -11, ptr %retval, align 4, !dbg !621
  br label %return, !dbg !621

if.end8:                                          ; preds = %if.end4
  %3 = load ptr, ptr %rp, align 4, !dbg !622
  %r_label = getelementptr inbounds %struct.rproc, ptr %3, i32 0, i32 3, !dbg !623
  %arraydecay9 = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !622
  %4 = load ptr, ptr %m.addr, align 4, !dbg !624
  %m_u10 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !625
  %label11 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u10, i32 0, i32 0, !dbg !626
  %arraydecay12 = getelementptr inbounds [16 x i8], ptr %label11, i32 0, i32 0, !dbg !624
  %call13 = call i32 @strlcpy(ptr noundef %arraydecay9, ptr noundef %arraydecay12, i32 noundef 16) #3, !dbg !627
  %5 = load ptr, ptr %m.addr, align 4, !dbg !628
  %m_u14 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !629
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u14, i32 0, i32 1, !dbg !630
  %6 = load i32, ptr %endpt, align 4, !dbg !630
  %7 = load ptr, ptr %rp, align 4, !dbg !631
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %7, i32 0, i32 1, !dbg !632
  store i32 %6, ptr %r_endpoint, align 4, !dbg !633
  %8 = load ptr, ptr %rp, align 4, !dbg !634
  %r_restarts = getelementptr inbounds %struct.rproc, ptr %8, i32 0, i32 2, !dbg !635
  store i32 0, ptr %r_restarts, align 4, !dbg !636
  %9 = load ptr, ptr %rp, align 4, !dbg !637
  %r_flags = getelementptr inbounds %struct.rproc, ptr %9, i32 0, i32 0, !dbg !638
  store i32 1, ptr %r_flags, align 4, !dbg !639
  %10 = load ptr, ptr %rp, align 4, !dbg !640
  %r_label15 = getelementptr inbounds %struct.rproc, ptr %10, i32 0, i32 3, !dbg !642
  %arraydecay16 = getelementptr inbounds [16 x i8], ptr %r_label15, i32 0, i32 0, !dbg !640
  %11 = load ptr, ptr %rp, align 4, !dbg !643
  %r_endpoint17 = getelementptr inbounds %struct.rproc, ptr %11, i32 0, i32 1, !dbg !644
  %12 = load i32, ptr %r_endpoint17, align 4, !dbg !644
  %call18 = call i32 @ds_publish_label(ptr noundef %arraydecay16, i32 noundef %12, i32 noundef 0) #3, !dbg !645
  store i32 %call18, ptr %r, align 4, !dbg !646
  %cmp19 = icmp ne i32 %call18, 0, !dbg !647
  br i1 %cmp19, label %if.then20, label %if.end22, !dbg !648

if.then20:                                        ; preds = %if.end8
  %13 = load ptr, ptr %rp, align 4, !dbg !649
  %r_flags21 = getelementptr inbounds %struct.rproc, ptr %13, i32 0, i32 0, !dbg !651
  store i32 0, ptr %r_flags21, align 4, !dbg !652
  %14 = load i32, ptr %r, align 4, !dbg !653
  store i32 %14, ptr %retval, align 4, !dbg !654
  br label %return, !dbg !654

if.end22:                                         ; preds = %if.end8
  %15 = load ptr, ptr %m.addr, align 4, !dbg !655
  %m_source = getelementptr inbounds %struct.message, ptr %15, i32 0, i32 0, !dbg !656
  %16 = load i32, ptr %m_source, align 4, !dbg !656
  %17 = load ptr, ptr %rp, align 4, !dbg !657
  %r_caller = getelementptr inbounds %struct.rproc, ptr %17, i32 0, i32 4, !dbg !658
  store i32 %16, ptr %r_caller, align 4, !dbg !659
  store i32 -201, ptr %retval, align 4, !dbg !660
  br label %return, !dbg !660

return:                                           ; preds = %if.end22, %if.then20, %if.then7, %if.then3, %if.then
  %18 = load i32, ptr %retval, align 4, !dbg !661
  ret i32 %18, !dbg !661
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_init(ptr noundef %m) #0 !dbg !662 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !663, !DIExpression(), !664)
    #dbg_declare(ptr %rp, !665, !DIExpression(), !666)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !667
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !669
  %1 = load i32, ptr %m_source, align 4, !dbg !669
  %call = call ptr @find_service_by_endpoint(i32 noundef %1) #3, !dbg !670
  store ptr %call, ptr %rp, align 4, !dbg !671
  %cmp = icmp eq ptr %call, null, !dbg !672
  br i1 %cmp, label %if.then, label %if.end, !dbg !673

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !674
  br label %return, !dbg !674

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rp, align 4, !dbg !675
  %r_caller = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 4, !dbg !677
  %3 = load i32, ptr %r_caller, align 4, !dbg !677
  %cmp1 = icmp ne i32 %3, 27648, !dbg !678
  br i1 %cmp1, label %if.then2, label %if.end4, !dbg !679

if.then2:                                         ; preds = %if.end
  %4 = load ptr, ptr %rp, align 4, !dbg !680
  call void @late_reply(ptr noundef %4, i32 noundef 0) #3, !dbg !682
  %5 = load ptr, ptr %rp, align 4, !dbg !683
  %r_caller3 = getelementptr inbounds %struct.rproc, ptr %5, i32 0, i32 4, !dbg !684
  store i32 27648, ptr %r_caller3, align 4, !dbg !685
  br label %if.end4, !dbg !686

if.end4:                                          ; preds = %if.then2, %if.end
  store i32 0, ptr %retval, align 4, !dbg !687
  br label %return, !dbg !687

return:                                           ; preds = %if.end4, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !688
  ret i32 %6, !dbg !688
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_down(ptr noundef %m) #0 !dbg !689 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !690, !DIExpression(), !691)
    #dbg_declare(ptr %rp, !692, !DIExpression(), !693)
    #dbg_declare(ptr %sm, !694, !DIExpression(), !695)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !696
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !697
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !698
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !696
  store i8 0, ptr %arrayidx, align 1, !dbg !699
  %1 = load ptr, ptr %m.addr, align 4, !dbg !700
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !702
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !703
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !700
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !704
  store ptr %call, ptr %rp, align 4, !dbg !705
  %cmp = icmp eq ptr %call, null, !dbg !706
  br i1 %cmp, label %if.then, label %if.end, !dbg !707

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !708
  br label %return, !dbg !708

if.end:                                           ; preds = %entry
  %call3 = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !709
  %m_u4 = getelementptr inbounds %struct.message, ptr %sm, i32 0, i32 2, !dbg !710
  %how = getelementptr inbounds %struct.mess_common_shutdown, ptr %m_u4, i32 0, i32 0, !dbg !711
  store i32 0, ptr %how, align 4, !dbg !712
  %2 = load ptr, ptr %rp, align 4, !dbg !713
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 1, !dbg !714
  %3 = load i32, ptr %r_endpoint, align 4, !dbg !714
  %call5 = call i32 @_taskcall(i32 noundef %3, i32 noundef 1537, ptr noundef %sm) #3, !dbg !715
  %4 = load ptr, ptr %rp, align 4, !dbg !716
  %r_label = getelementptr inbounds %struct.rproc, ptr %4, i32 0, i32 3, !dbg !717
  %arraydecay6 = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !716
  %call7 = call i32 @ds_delete_label(ptr noundef %arraydecay6) #3, !dbg !718
  %5 = load ptr, ptr %rp, align 4, !dbg !719
  %r_flags = getelementptr inbounds %struct.rproc, ptr %5, i32 0, i32 0, !dbg !720
  store i32 0, ptr %r_flags, align 4, !dbg !721
  store i32 0, ptr %retval, align 4, !dbg !722
  br label %return, !dbg !722

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !723
  ret i32 %6, !dbg !723
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @_taskcall(i32 noundef, i32 noundef, ptr noundef) #1

declare dso_local i32 @ds_delete_label(ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_lookup(ptr noundef %m) #0 !dbg !724 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !725, !DIExpression(), !726)
    #dbg_declare(ptr %rp, !727, !DIExpression(), !728)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !729
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !730
  %label = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !731
  %arrayidx = getelementptr inbounds [16 x i8], ptr %label, i32 0, i32 15, !dbg !729
  store i8 0, ptr %arrayidx, align 1, !dbg !732
  %1 = load ptr, ptr %m.addr, align 4, !dbg !733
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !735
  %label2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !736
  %arraydecay = getelementptr inbounds [16 x i8], ptr %label2, i32 0, i32 0, !dbg !733
  %call = call ptr @find_service(ptr noundef %arraydecay) #3, !dbg !737
  store ptr %call, ptr %rp, align 4, !dbg !738
  %cmp = icmp eq ptr %call, null, !dbg !739
  br i1 %cmp, label %if.then, label %if.end, !dbg !740

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !741
  br label %return, !dbg !741

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %rp, align 4, !dbg !742
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %2, i32 0, i32 1, !dbg !743
  %3 = load i32, ptr %r_endpoint, align 4, !dbg !743
  %4 = load ptr, ptr %m.addr, align 4, !dbg !744
  %m_u3 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !745
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u3, i32 0, i32 1, !dbg !746
  store i32 %3, ptr %endpt, align 4, !dbg !747
  store i32 0, ptr %retval, align 4, !dbg !748
  br label %return, !dbg !748

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, ptr %retval, align 4, !dbg !749
  ret i32 %5, !dbg !749
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_status(ptr noundef %m) #0 !dbg !750 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %index = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !751, !DIExpression(), !752)
    #dbg_declare(ptr %index, !753, !DIExpression(), !754)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !755
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !756
  %index1 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 2, !dbg !757
  %1 = load i32, ptr %index1, align 4, !dbg !757
  store i32 %1, ptr %index, align 4, !dbg !754
    #dbg_declare(ptr %sm, !758, !DIExpression(), !759)
  %2 = load i32, ptr %index, align 4, !dbg !760
  %cmp = icmp slt i32 %2, 0, !dbg !762
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !763

lor.lhs.false:                                    ; preds = %entry
  %3 = load i32, ptr %index, align 4, !dbg !764
  %cmp2 = icmp sge i32 %3, 4, !dbg !765
  br i1 %cmp2, label %if.then, label %if.end, !dbg !766

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -22, ptr %retval, align 4, !dbg !767
  br label %return, !dbg !767

if.end:                                           ; preds = %lor.lhs.false
  %call = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !768
  %4 = load i32, ptr %index, align 4, !dbg !769
  %arrayidx = getelementptr inbounds [4 x %struct.boot_service], ptr @boot_services, i32 0, i32 %4, !dbg !770
  %endpoint = getelementptr inbounds %struct.boot_service, ptr %arrayidx, i32 0, i32 1, !dbg !771
  %5 = load i32, ptr %endpoint, align 4, !dbg !771
  %call3 = call i32 @_taskcall(i32 noundef %5, i32 noundef 1536, ptr noundef %sm) #3, !dbg !772
  store i32 %call3, ptr %retval, align 4, !dbg !773
  br label %return, !dbg !773

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !774
  ret i32 %6, !dbg !774
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !775 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %vfs_endpt = alloca i32, align 4
  %sm = alloca %struct.message, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !776, !DIExpression(), !777)
    #dbg_declare(ptr %vfs_endpt, !778, !DIExpression(), !779)
    #dbg_declare(ptr %sm, !780, !DIExpression(), !781)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !782
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !784
  %1 = load i32, ptr %m_source, align 4, !dbg !784
  %cmp = icmp ne i32 %1, 0, !dbg !785
  br i1 %cmp, label %if.then, label %if.end, !dbg !786

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !787
  br label %return, !dbg !787

if.end:                                           ; preds = %entry
  store i32 1, ptr @rs_shutting_down, align 4, !dbg !788
  %call = call i32 @ds_retrieve_label_endpt(ptr noundef @.str.13, ptr noundef %vfs_endpt) #3, !dbg !789
  %cmp1 = icmp ne i32 %call, 0, !dbg !791
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !792

if.then2:                                         ; preds = %if.end
  store i32 0, ptr %retval, align 4, !dbg !793
  br label %return, !dbg !793

if.end3:                                          ; preds = %if.end
  %call4 = call ptr @memset(ptr noundef %sm, i32 noundef 0, i32 noundef 64) #3, !dbg !794
  %2 = load i32, ptr %vfs_endpt, align 4, !dbg !795
  %call5 = call i32 @_taskcall(i32 noundef %2, i32 noundef 544, ptr noundef %sm) #3, !dbg !796
  %cmp6 = icmp slt i32 %call5, 0, !dbg !797
  %3 = zext i1 %cmp6 to i64, !dbg !796
  %cond = select i1 %cmp6, i32 -5, i32 0, !dbg !796
  store i32 %cond, ptr %retval, align 4, !dbg !798
  br label %return, !dbg !798

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !799
  ret i32 %4, !dbg !799
}

declare dso_local i32 @ds_retrieve_label_endpt(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !800 {
entry:
  %m.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !801, !DIExpression(), !802)
    #dbg_declare(ptr %i, !803, !DIExpression(), !804)
    #dbg_declare(ptr %n, !805, !DIExpression(), !806)
  store i32 0, ptr %n, align 4, !dbg !806
  %0 = load ptr, ptr %m.addr, align 4, !dbg !807
  store i32 0, ptr %i, align 4, !dbg !808
  br label %for.cond, !dbg !810

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4, !dbg !811
  %cmp = icmp slt i32 %1, 16, !dbg !813
  br i1 %cmp, label %for.body, label %for.end, !dbg !814

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4, !dbg !815
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %2, !dbg !817
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !818
  %3 = load i32, ptr %r_flags, align 4, !dbg !818
  %and = and i32 %3, 1, !dbg !819
  %tobool = icmp ne i32 %and, 0, !dbg !819
  br i1 %tobool, label %if.then, label %if.end, !dbg !820

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !821
  %inc = add nsw i32 %4, 1, !dbg !821
  store i32 %inc, ptr %n, align 4, !dbg !821
  br label %if.end, !dbg !822

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !823

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %i, align 4, !dbg !824
  %inc1 = add nsw i32 %5, 1, !dbg !824
  store i32 %inc1, ptr %i, align 4, !dbg !824
  br label %for.cond, !dbg !825, !llvm.loop !826

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !828
  ret i32 %6, !dbg !829
}

; Function Attrs: noinline nounwind
define dso_local ptr @find_service(ptr noundef %label) #0 !dbg !830 {
entry:
  %retval = alloca ptr, align 4
  %label.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %label, ptr %label.addr, align 4
    #dbg_declare(ptr %label.addr, !843, !DIExpression(), !844)
    #dbg_declare(ptr %i, !845, !DIExpression(), !846)
  store i32 0, ptr %i, align 4, !dbg !847
  br label %for.cond, !dbg !849

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !850
  %cmp = icmp slt i32 %0, 16, !dbg !852
  br i1 %cmp, label %for.body, label %for.end, !dbg !853

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !854
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !856
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !857
  %2 = load i32, ptr %r_flags, align 4, !dbg !857
  %and = and i32 %2, 1, !dbg !858
  %tobool = icmp ne i32 %and, 0, !dbg !858
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !859

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !860
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3, !dbg !861
  %r_label = getelementptr inbounds %struct.rproc, ptr %arrayidx1, i32 0, i32 3, !dbg !862
  %arraydecay = getelementptr inbounds [16 x i8], ptr %r_label, i32 0, i32 0, !dbg !861
  %4 = load ptr, ptr %label.addr, align 4, !dbg !863
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 16) #3, !dbg !864
  %cmp2 = icmp eq i32 %call, 0, !dbg !865
  br i1 %cmp2, label %if.then, label %if.end, !dbg !866

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %i, align 4, !dbg !867
  %arrayidx3 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %5, !dbg !868
  store ptr %arrayidx3, ptr %retval, align 4, !dbg !869
  br label %return, !dbg !869

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !870

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4, !dbg !871
  %inc = add nsw i32 %6, 1, !dbg !871
  store i32 %inc, ptr %i, align 4, !dbg !871
  br label %for.cond, !dbg !872, !llvm.loop !873

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !875
  br label %return, !dbg !875

return:                                           ; preds = %for.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !876
  ret ptr %7, !dbg !876
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local ptr @find_service_by_endpoint(i32 noundef %endpt) #0 !dbg !877 {
entry:
  %retval = alloca ptr, align 4
  %endpt.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %endpt, ptr %endpt.addr, align 4
    #dbg_declare(ptr %endpt.addr, !880, !DIExpression(), !881)
    #dbg_declare(ptr %i, !882, !DIExpression(), !883)
  store i32 0, ptr %i, align 4, !dbg !884
  br label %for.cond, !dbg !886

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !887
  %cmp = icmp slt i32 %0, 16, !dbg !889
  br i1 %cmp, label %for.body, label %for.end, !dbg !890

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !891
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !893
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !894
  %2 = load i32, ptr %r_flags, align 4, !dbg !894
  %and = and i32 %2, 1, !dbg !895
  %tobool = icmp ne i32 %and, 0, !dbg !895
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !896

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !897
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3, !dbg !898
  %r_endpoint = getelementptr inbounds %struct.rproc, ptr %arrayidx1, i32 0, i32 1, !dbg !899
  %4 = load i32, ptr %r_endpoint, align 4, !dbg !899
  %5 = load i32, ptr %endpt.addr, align 4, !dbg !900
  %cmp2 = icmp eq i32 %4, %5, !dbg !901
  br i1 %cmp2, label %if.then, label %if.end, !dbg !902

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %i, align 4, !dbg !903
  %arrayidx3 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %6, !dbg !904
  store ptr %arrayidx3, ptr %retval, align 4, !dbg !905
  br label %return, !dbg !905

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !900

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %i, align 4, !dbg !906
  %inc = add nsw i32 %7, 1, !dbg !906
  store i32 %inc, ptr %i, align 4, !dbg !906
  br label %for.cond, !dbg !907, !llvm.loop !908

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !910
  br label %return, !dbg !910

return:                                           ; preds = %for.end, %if.then
  %8 = load ptr, ptr %retval, align 4, !dbg !911
  ret ptr %8, !dbg !911
}

; Function Attrs: noinline nounwind
define dso_local ptr @alloc_service() #0 !dbg !912 {
entry:
  %retval = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %i, !915, !DIExpression(), !916)
  store i32 0, ptr %i, align 4, !dbg !917
  br label %for.cond, !dbg !919

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !920
  %cmp = icmp slt i32 %0, 16, !dbg !922
  br i1 %cmp, label %for.body, label %for.end, !dbg !923

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !924
  %arrayidx = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %1, !dbg !926
  %r_flags = getelementptr inbounds %struct.rproc, ptr %arrayidx, i32 0, i32 0, !dbg !927
  %2 = load i32, ptr %r_flags, align 4, !dbg !927
  %and = and i32 %2, 1, !dbg !928
  %tobool = icmp ne i32 %and, 0, !dbg !928
  br i1 %tobool, label %if.end, label %if.then, !dbg !929

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !930
  %arrayidx1 = getelementptr inbounds [16 x %struct.rproc], ptr @rproc, i32 0, i32 %3, !dbg !931
  store ptr %arrayidx1, ptr %retval, align 4, !dbg !932
  br label %return, !dbg !932

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !933

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %i, align 4, !dbg !934
  %inc = add nsw i32 %4, 1, !dbg !934
  store i32 %inc, ptr %i, align 4, !dbg !934
  br label %for.cond, !dbg !935, !llvm.loop !936

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !938
  br label %return, !dbg !938

return:                                           ; preds = %for.end, %if.then
  %5 = load ptr, ptr %retval, align 4, !dbg !939
  ret ptr %5, !dbg !939
}

; Function Attrs: noinline nounwind
define dso_local void @late_reply(ptr noundef %rp, i32 noundef %result) #0 !dbg !940 {
entry:
  %rp.addr = alloca ptr, align 4
  %result.addr = alloca i32, align 4
  %m = alloca %struct.message, align 4
  store ptr %rp, ptr %rp.addr, align 4
    #dbg_declare(ptr %rp.addr, !943, !DIExpression(), !944)
  store i32 %result, ptr %result.addr, align 4
    #dbg_declare(ptr %result.addr, !945, !DIExpression(), !946)
    #dbg_declare(ptr %m, !947, !DIExpression(), !1139)
  %call = call ptr @memset(ptr noundef %m, i32 noundef 0, i32 noundef 64) #3, !dbg !1140
  %0 = load i32, ptr %result.addr, align 4, !dbg !1141
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !1142
  store i32 %0, ptr %m_type, align 4, !dbg !1143
  %1 = load ptr, ptr %rp.addr, align 4, !dbg !1144
  %r_caller = getelementptr inbounds %struct.rproc, ptr %1, i32 0, i32 4, !dbg !1146
  %2 = load i32, ptr %r_caller, align 4, !dbg !1146
  %call1 = call i32 @ipc_sendnb(i32 noundef %2, ptr noundef %m) #3, !dbg !1147
  %cmp = icmp ne i32 %call1, 0, !dbg !1148
  br i1 %cmp, label %if.then, label %if.end, !dbg !1149

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.26) #4, !dbg !1150
  unreachable, !dbg !1150

if.end:                                           ; preds = %entry
  ret void, !dbg !1151
}

declare dso_local i32 @ipc_sendnb(i32 noundef, ptr noundef) #1

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!14, !56, !41, !60}
!llvm.ident = !{!62, !62, !62, !62}
!llvm.module.flags = !{!63, !64, !65, !66, !67}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/rs/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "9792563cd3038e7afbf2875ef22ed47d")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 272, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 34)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "rs_shutting_down", scope: !14, file: !2, line: 6, type: !23, isLocal: false, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !15, splitDebugInlining: false, nameTableKind: None)
!15 = !{!0, !16, !12, !7}
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(name: "rproc", scope: !14, file: !2, line: 5, type: !18, isLocal: false, isDefinition: true)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !19, size: 4096, elements: !30)
!19 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 256, elements: !21)
!20 = !DIFile(filename: "servers/rs/rs.h", directory: ".", checksumkind: CSK_MD5, checksum: "71a9f8f419f86d1bbe39b37bc765b1e6")
!21 = !{!22, !24, !27, !28, !32}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !19, file: !20, line: 19, baseType: !23, size: 32)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !19, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !26, line: 25, baseType: !23)
!26 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !19, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !19, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 16)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "r_caller", scope: !19, file: !20, line: 23, baseType: !25, size: 32, offset: 224)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !35, line: 97, type: !36, isLocal: true, isDefinition: true)
!35 = !DIFile(filename: "servers/rs/request.c", directory: ".", checksumkind: CSK_MD5, checksum: "a2203bd44b2e89f57dbbe1592fc75bdf")
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !37)
!37 = !{!38}
!38 = !DISubrange(count: 4)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(name: "boot_services", scope: !41, file: !42, line: 4, type: !44, isLocal: false, isDefinition: true)
!41 = distinct !DICompileUnit(language: DW_LANG_C11, file: !42, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !43, splitDebugInlining: false, nameTableKind: None)
!42 = !DIFile(filename: "servers/rs/table.c", directory: ".", checksumkind: CSK_MD5, checksum: "60864dd9408c2c53d5665466b76fb784")
!43 = !{!39}
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 640, elements: !37)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !46)
!46 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "boot_service", file: !20, line: 27, size: 160, elements: !47)
!47 = !{!48, !49}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !46, file: !20, line: 28, baseType: !29, size: 128)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "endpoint", scope: !46, file: !20, line: 29, baseType: !25, size: 32, offset: 128)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !52, line: 45, type: !53, isLocal: true, isDefinition: true)
!52 = !DIFile(filename: "servers/rs/utility.c", directory: ".", checksumkind: CSK_MD5, checksum: "c1106603b583201d91908d10d702f286")
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 17)
!56 = distinct !DICompileUnit(language: DW_LANG_C11, file: !35, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !57, globals: !59, splitDebugInlining: false, nameTableKind: None)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!59 = !{!33}
!60 = distinct !DICompileUnit(language: DW_LANG_C11, file: !52, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !61, splitDebugInlining: false, nameTableKind: None)
!61 = !{!50}
!62 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!63 = !{i32 1, !"NumRegisterParameters", i32 0}
!64 = !{i32 7, !"Dwarf Version", i32 5}
!65 = !{i32 2, !"Debug Info Version", i32 3}
!66 = !{i32 1, !"wchar_size", i32 4}
!67 = !{i32 7, !"frame-pointer", i32 2}
!68 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 26, type: !69, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !71)
!69 = !DISubroutineType(types: !70)
!70 = !{!23}
!71 = !{}
!72 = !DILocalVariable(name: "m", scope: !68, file: !2, line: 28, type: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !74, line: 105, baseType: !75)
!74 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 70, size: 512, elements: !76)
!76 = !{!77, !78, !79}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !75, file: !74, line: 71, baseType: !25, size: 32)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !75, file: !74, line: 72, baseType: !23, size: 32, offset: 32)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !75, file: !74, line: 104, baseType: !80, size: 448, offset: 64)
!80 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !75, file: !74, line: 73, size: 448, elements: !81)
!81 = !{!82, !87, !97, !104, !110, !115, !121, !129, !136, !147, !152, !159, !168, !173, !180, !185, !192, !199, !204, !210, !217, !224, !232, !238, !243, !250, !256, !265, !270, !276}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !80, file: !74, line: 74, baseType: !83, size: 32)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !74, line: 15, baseType: !84)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 15, size: 32, elements: !85)
!85 = !{!86}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !84, file: !74, line: 15, baseType: !23, size: 32)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !80, file: !74, line: 75, baseType: !88, size: 64)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !74, line: 16, baseType: !89)
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 16, size: 64, elements: !90)
!90 = !{!91, !95}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !89, file: !74, line: 16, baseType: !92, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !26, line: 30, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 22, baseType: !94)
!94 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !89, file: !74, line: 16, baseType: !96, size: 32, offset: 32)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !26, line: 23, baseType: !94)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !80, file: !74, line: 76, baseType: !98, size: 64)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !74, line: 17, baseType: !99)
!99 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 17, size: 64, elements: !100)
!100 = !{!101, !103}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !99, file: !74, line: 17, baseType: !102, size: 32)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !26, line: 26, baseType: !23)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !99, file: !74, line: 17, baseType: !23, size: 32, offset: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !80, file: !74, line: 77, baseType: !105, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !74, line: 18, baseType: !106)
!106 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 18, size: 32, elements: !107)
!107 = !{!108}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !106, file: !74, line: 18, baseType: !109, size: 32)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !26, line: 27, baseType: !23)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !80, file: !74, line: 78, baseType: !111, size: 32)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !74, line: 19, baseType: !112)
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 19, size: 32, elements: !113)
!113 = !{!114}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !112, file: !74, line: 19, baseType: !23, size: 32)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !80, file: !74, line: 79, baseType: !116, size: 64)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !74, line: 20, baseType: !117)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 20, size: 64, elements: !118)
!118 = !{!119, !120}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !117, file: !74, line: 20, baseType: !23, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !117, file: !74, line: 20, baseType: !92, size: 32, offset: 32)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !80, file: !74, line: 80, baseType: !122, size: 128)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !74, line: 28, baseType: !123)
!123 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 23, size: 128, elements: !124)
!124 = !{!125, !126, !127, !128}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !123, file: !74, line: 24, baseType: !25, size: 32)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !123, file: !74, line: 25, baseType: !25, size: 32, offset: 32)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !123, file: !74, line: 26, baseType: !102, size: 32, offset: 64)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !123, file: !74, line: 27, baseType: !109, size: 32, offset: 96)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !80, file: !74, line: 81, baseType: !130, size: 96)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !74, line: 29, baseType: !131)
!131 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 29, size: 96, elements: !132)
!132 = !{!133, !134, !135}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !131, file: !74, line: 29, baseType: !25, size: 32)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !131, file: !74, line: 29, baseType: !92, size: 32, offset: 32)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !131, file: !74, line: 29, baseType: !96, size: 32, offset: 64)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !80, file: !74, line: 82, baseType: !137, size: 128)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !74, line: 32, baseType: !138)
!138 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 32, size: 128, elements: !139)
!139 = !{!140, !141, !142, !143}
!140 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !138, file: !74, line: 32, baseType: !92, size: 32)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !138, file: !74, line: 32, baseType: !96, size: 32, offset: 32)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !138, file: !74, line: 32, baseType: !23, size: 32, offset: 64)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !138, file: !74, line: 32, baseType: !144, size: 16, offset: 96)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !26, line: 28, baseType: !145)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 20, baseType: !146)
!146 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !80, file: !74, line: 83, baseType: !148, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !74, line: 33, baseType: !149)
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 33, size: 32, elements: !150)
!150 = !{!151}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !149, file: !74, line: 33, baseType: !23, size: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !80, file: !74, line: 84, baseType: !153, size: 96)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !74, line: 34, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 34, size: 96, elements: !155)
!155 = !{!156, !157, !158}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !154, file: !74, line: 34, baseType: !23, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !154, file: !74, line: 34, baseType: !92, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !154, file: !74, line: 34, baseType: !96, size: 32, offset: 64)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !80, file: !74, line: 85, baseType: !160, size: 96)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !74, line: 35, baseType: !161)
!161 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 35, size: 96, elements: !162)
!162 = !{!163, !164, !167}
!163 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !161, file: !74, line: 35, baseType: !23, size: 32)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !161, file: !74, line: 35, baseType: !165, size: 32, offset: 32)
!165 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !26, line: 29, baseType: !166)
!166 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !26, line: 21, baseType: !23)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !161, file: !74, line: 35, baseType: !23, size: 32, offset: 64)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !80, file: !74, line: 86, baseType: !169, size: 16)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !74, line: 36, baseType: !170)
!170 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 36, size: 16, elements: !171)
!171 = !{!172}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !170, file: !74, line: 36, baseType: !144, size: 16)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !80, file: !74, line: 87, baseType: !174, size: 96)
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !74, line: 39, baseType: !175)
!175 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 39, size: 96, elements: !176)
!176 = !{!177, !178, !179}
!177 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !175, file: !74, line: 39, baseType: !25, size: 32)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !175, file: !74, line: 39, baseType: !23, size: 32, offset: 32)
!179 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !175, file: !74, line: 39, baseType: !25, size: 32, offset: 64)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !80, file: !74, line: 88, baseType: !181, size: 32)
!181 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !74, line: 40, baseType: !182)
!182 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 40, size: 32, elements: !183)
!183 = !{!184}
!184 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !182, file: !74, line: 40, baseType: !25, size: 32)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !80, file: !74, line: 89, baseType: !186, size: 96)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !74, line: 41, baseType: !187)
!187 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 41, size: 96, elements: !188)
!188 = !{!189, !190, !191}
!189 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !187, file: !74, line: 41, baseType: !25, size: 32)
!190 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !187, file: !74, line: 41, baseType: !96, size: 32, offset: 32)
!191 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !187, file: !74, line: 41, baseType: !92, size: 32, offset: 64)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !80, file: !74, line: 90, baseType: !193, size: 96)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !74, line: 42, baseType: !194)
!194 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 42, size: 96, elements: !195)
!195 = !{!196, !197, !198}
!196 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !194, file: !74, line: 42, baseType: !25, size: 32)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !194, file: !74, line: 42, baseType: !96, size: 32, offset: 32)
!198 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !194, file: !74, line: 42, baseType: !92, size: 32, offset: 64)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !80, file: !74, line: 91, baseType: !200, size: 32)
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !74, line: 45, baseType: !201)
!201 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 45, size: 32, elements: !202)
!202 = !{!203}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !201, file: !74, line: 45, baseType: !92, size: 32)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !80, file: !74, line: 92, baseType: !205, size: 64)
!205 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !74, line: 46, baseType: !206)
!206 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 46, size: 64, elements: !207)
!207 = !{!208, !209}
!208 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !206, file: !74, line: 46, baseType: !96, size: 32)
!209 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !206, file: !74, line: 46, baseType: !92, size: 32, offset: 32)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !80, file: !74, line: 93, baseType: !211, size: 192)
!211 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !74, line: 49, baseType: !212)
!212 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 49, size: 192, elements: !213)
!213 = !{!214, !215, !216}
!214 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !212, file: !74, line: 49, baseType: !29, size: 128)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !212, file: !74, line: 49, baseType: !25, size: 32, offset: 128)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !212, file: !74, line: 49, baseType: !23, size: 32, offset: 160)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !80, file: !74, line: 94, baseType: !218, size: 192)
!218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !74, line: 50, baseType: !219)
!219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 50, size: 192, elements: !220)
!220 = !{!221, !222, !223}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !219, file: !74, line: 50, baseType: !29, size: 128)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !219, file: !74, line: 50, baseType: !25, size: 32, offset: 128)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !219, file: !74, line: 50, baseType: !23, size: 32, offset: 160)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !80, file: !74, line: 95, baseType: !225, size: 128)
!225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !74, line: 53, baseType: !226)
!226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 53, size: 128, elements: !227)
!227 = !{!228, !229, !230, !231}
!228 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !226, file: !74, line: 53, baseType: !25, size: 32)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !226, file: !74, line: 53, baseType: !92, size: 32, offset: 32)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !226, file: !74, line: 53, baseType: !96, size: 32, offset: 64)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !226, file: !74, line: 53, baseType: !23, size: 32, offset: 96)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !80, file: !74, line: 96, baseType: !233, size: 64)
!233 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !74, line: 54, baseType: !234)
!234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 54, size: 64, elements: !235)
!235 = !{!236, !237}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !234, file: !74, line: 54, baseType: !25, size: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !234, file: !74, line: 54, baseType: !23, size: 32, offset: 32)
!238 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !80, file: !74, line: 97, baseType: !239, size: 32)
!239 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !74, line: 57, baseType: !240)
!240 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 57, size: 32, elements: !241)
!241 = !{!242}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !240, file: !74, line: 57, baseType: !23, size: 32)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !80, file: !74, line: 98, baseType: !244, size: 96)
!244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !74, line: 60, baseType: !245)
!245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 60, size: 96, elements: !246)
!246 = !{!247, !248, !249}
!247 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !245, file: !74, line: 60, baseType: !25, size: 32)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !245, file: !74, line: 60, baseType: !23, size: 32, offset: 32)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !245, file: !74, line: 60, baseType: !25, size: 32, offset: 64)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !80, file: !74, line: 99, baseType: !251, size: 64)
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !74, line: 61, baseType: !252)
!252 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 61, size: 64, elements: !253)
!253 = !{!254, !255}
!254 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !252, file: !74, line: 61, baseType: !25, size: 32)
!255 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !252, file: !74, line: 61, baseType: !23, size: 32, offset: 32)
!256 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !80, file: !74, line: 100, baseType: !257, size: 160)
!257 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !74, line: 66, baseType: !258)
!258 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 62, size: 160, elements: !259)
!259 = !{!260, !261, !262, !263, !264}
!260 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !258, file: !74, line: 63, baseType: !25, size: 32)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !258, file: !74, line: 63, baseType: !92, size: 32, offset: 32)
!262 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !258, file: !74, line: 64, baseType: !25, size: 32, offset: 64)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !258, file: !74, line: 64, baseType: !92, size: 32, offset: 96)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !258, file: !74, line: 65, baseType: !96, size: 32, offset: 128)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !80, file: !74, line: 101, baseType: !266, size: 32)
!266 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !74, line: 67, baseType: !267)
!267 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 67, size: 32, elements: !268)
!268 = !{!269}
!269 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !267, file: !74, line: 67, baseType: !23, size: 32)
!270 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !80, file: !74, line: 102, baseType: !271, size: 32)
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !74, line: 68, baseType: !272)
!272 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 68, size: 32, elements: !273)
!273 = !{!274}
!274 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !272, file: !74, line: 68, baseType: !275, size: 32)
!275 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !26, line: 31, baseType: !93)
!276 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !80, file: !74, line: 103, baseType: !277, size: 448)
!277 = !DICompositeType(tag: DW_TAG_array_type, baseType: !278, size: 448, elements: !280)
!278 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !26, line: 18, baseType: !279)
!279 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!280 = !{!281}
!281 = !DISubrange(count: 56)
!282 = !DILocation(line: 28, column: 10, scope: !68)
!283 = !DILocalVariable(name: "ipc_status", scope: !68, file: !2, line: 29, type: !23)
!284 = !DILocation(line: 29, column: 6, scope: !68)
!285 = !DILocalVariable(name: "r", scope: !68, file: !2, line: 29, type: !23)
!286 = !DILocation(line: 29, column: 18, scope: !68)
!287 = !DILocation(line: 31, column: 2, scope: !68)
!288 = !DILocation(line: 32, column: 2, scope: !68)
!289 = !DILocation(line: 33, column: 7, scope: !290)
!290 = distinct !DILexicalBlock(scope: !291, file: !2, line: 33, column: 7)
!291 = distinct !DILexicalBlock(scope: !292, file: !2, line: 32, column: 11)
!292 = distinct !DILexicalBlock(scope: !293, file: !2, line: 32, column: 2)
!293 = distinct !DILexicalBlock(scope: !68, file: !2, line: 32, column: 2)
!294 = !DILocation(line: 33, column: 48, scope: !290)
!295 = !DILocation(line: 33, column: 7, scope: !291)
!296 = !DILocation(line: 34, column: 4, scope: !290)
!297 = !DILocation(line: 36, column: 13, scope: !291)
!298 = !DILocation(line: 36, column: 3, scope: !291)
!299 = !DILocation(line: 37, column: 20, scope: !300)
!300 = distinct !DILexicalBlock(scope: !291, file: !2, line: 36, column: 21)
!301 = !DILocation(line: 37, column: 18, scope: !300)
!302 = !DILocation(line: 37, column: 31, scope: !300)
!303 = !DILocation(line: 38, column: 22, scope: !300)
!304 = !DILocation(line: 38, column: 20, scope: !300)
!305 = !DILocation(line: 38, column: 35, scope: !300)
!306 = !DILocation(line: 39, column: 24, scope: !300)
!307 = !DILocation(line: 39, column: 22, scope: !300)
!308 = !DILocation(line: 39, column: 39, scope: !300)
!309 = !DILocation(line: 40, column: 24, scope: !300)
!310 = !DILocation(line: 40, column: 22, scope: !300)
!311 = !DILocation(line: 40, column: 39, scope: !300)
!312 = !DILocation(line: 41, column: 25, scope: !300)
!313 = !DILocation(line: 41, column: 23, scope: !300)
!314 = !DILocation(line: 41, column: 42, scope: !300)
!315 = !DILocation(line: 42, column: 22, scope: !300)
!316 = !DILocation(line: 42, column: 20, scope: !300)
!317 = !DILocation(line: 42, column: 35, scope: !300)
!318 = !DILocation(line: 43, column: 30, scope: !300)
!319 = !DILocation(line: 43, column: 28, scope: !300)
!320 = !DILocation(line: 43, column: 48, scope: !300)
!321 = !DILocation(line: 44, column: 15, scope: !300)
!322 = !DILocation(line: 44, column: 25, scope: !300)
!323 = !DILocation(line: 47, column: 7, scope: !324)
!324 = distinct !DILexicalBlock(scope: !291, file: !2, line: 47, column: 7)
!325 = !DILocation(line: 47, column: 9, scope: !324)
!326 = !DILocation(line: 47, column: 7, scope: !291)
!327 = !DILocation(line: 48, column: 15, scope: !328)
!328 = distinct !DILexicalBlock(scope: !324, file: !2, line: 47, column: 24)
!329 = !DILocation(line: 48, column: 6, scope: !328)
!330 = !DILocation(line: 48, column: 13, scope: !328)
!331 = !DILocation(line: 49, column: 15, scope: !328)
!332 = !DILocation(line: 49, column: 4, scope: !328)
!333 = !DILocation(line: 50, column: 3, scope: !328)
!334 = !DILocation(line: 32, column: 2, scope: !292)
!335 = distinct !{!335, !336, !337}
!336 = !DILocation(line: 32, column: 2, scope: !293)
!337 = !DILocation(line: 51, column: 2, scope: !293)
!338 = distinct !DISubprogram(name: "rs_init", scope: !2, file: !2, line: 10, type: !339, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !71)
!339 = !DISubroutineType(types: !340)
!340 = !{null}
!341 = !DILocalVariable(name: "rp", scope: !338, file: !2, line: 12, type: !342)
!342 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 32)
!343 = !DILocation(line: 12, column: 16, scope: !338)
!344 = !DILocalVariable(name: "i", scope: !338, file: !2, line: 13, type: !23)
!345 = !DILocation(line: 13, column: 6, scope: !338)
!346 = !DILocation(line: 15, column: 9, scope: !347)
!347 = distinct !DILexicalBlock(scope: !338, file: !2, line: 15, column: 2)
!348 = !DILocation(line: 15, column: 7, scope: !347)
!349 = !DILocation(line: 15, column: 14, scope: !350)
!350 = distinct !DILexicalBlock(scope: !347, file: !2, line: 15, column: 2)
!351 = !DILocation(line: 15, column: 16, scope: !350)
!352 = !DILocation(line: 15, column: 2, scope: !347)
!353 = !DILocation(line: 16, column: 15, scope: !354)
!354 = distinct !DILexicalBlock(scope: !350, file: !2, line: 15, column: 41)
!355 = !DILocation(line: 16, column: 9, scope: !354)
!356 = !DILocation(line: 16, column: 6, scope: !354)
!357 = !DILocation(line: 17, column: 3, scope: !354)
!358 = !DILocation(line: 17, column: 7, scope: !354)
!359 = !DILocation(line: 17, column: 15, scope: !354)
!360 = !DILocation(line: 18, column: 34, scope: !354)
!361 = !DILocation(line: 18, column: 20, scope: !354)
!362 = !DILocation(line: 18, column: 37, scope: !354)
!363 = !DILocation(line: 18, column: 3, scope: !354)
!364 = !DILocation(line: 18, column: 7, scope: !354)
!365 = !DILocation(line: 18, column: 18, scope: !354)
!366 = !DILocation(line: 19, column: 3, scope: !354)
!367 = !DILocation(line: 19, column: 7, scope: !354)
!368 = !DILocation(line: 19, column: 16, scope: !354)
!369 = !DILocation(line: 20, column: 11, scope: !354)
!370 = !DILocation(line: 20, column: 15, scope: !354)
!371 = !DILocation(line: 20, column: 38, scope: !354)
!372 = !DILocation(line: 20, column: 24, scope: !354)
!373 = !DILocation(line: 20, column: 41, scope: !354)
!374 = !DILocation(line: 20, column: 3, scope: !354)
!375 = !DILocation(line: 21, column: 24, scope: !376)
!376 = distinct !DILexicalBlock(scope: !354, file: !2, line: 21, column: 7)
!377 = !DILocation(line: 21, column: 28, scope: !376)
!378 = !DILocation(line: 21, column: 37, scope: !376)
!379 = !DILocation(line: 21, column: 41, scope: !376)
!380 = !DILocation(line: 21, column: 7, scope: !376)
!381 = !DILocation(line: 21, column: 56, scope: !376)
!382 = !DILocation(line: 21, column: 7, scope: !354)
!383 = !DILocation(line: 22, column: 4, scope: !376)
!384 = !DILocation(line: 23, column: 2, scope: !354)
!385 = !DILocation(line: 15, column: 37, scope: !350)
!386 = !DILocation(line: 15, column: 2, scope: !350)
!387 = distinct !{!387, !352, !388, !389}
!388 = !DILocation(line: 23, column: 2, scope: !347)
!389 = !{!"llvm.loop.mustprogress"}
!390 = !DILocation(line: 24, column: 1, scope: !338)
!391 = distinct !DISubprogram(name: "do_up", scope: !35, file: !35, line: 7, type: !392, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!392 = !DISubroutineType(types: !393)
!393 = !{!23, !394}
!394 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !395, size: 32)
!395 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !74, line: 105, baseType: !396)
!396 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 70, size: 512, elements: !397)
!397 = !{!398, !399, !400}
!398 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !396, file: !74, line: 71, baseType: !25, size: 32)
!399 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !396, file: !74, line: 72, baseType: !23, size: 32, offset: 32)
!400 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !396, file: !74, line: 104, baseType: !401, size: 448, offset: 64)
!401 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !396, file: !74, line: 73, size: 448, elements: !402)
!402 = !{!403, !408, !414, !420, !425, !430, !436, !444, !451, !459, !464, !471, !478, !483, !490, !495, !502, !509, !514, !520, !527, !534, !542, !548, !553, !560, !566, !575, !580, !585}
!403 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !401, file: !74, line: 74, baseType: !404, size: 32)
!404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !74, line: 15, baseType: !405)
!405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 15, size: 32, elements: !406)
!406 = !{!407}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !405, file: !74, line: 15, baseType: !23, size: 32)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !401, file: !74, line: 75, baseType: !409, size: 64)
!409 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !74, line: 16, baseType: !410)
!410 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 16, size: 64, elements: !411)
!411 = !{!412, !413}
!412 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !410, file: !74, line: 16, baseType: !92, size: 32)
!413 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !410, file: !74, line: 16, baseType: !96, size: 32, offset: 32)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !401, file: !74, line: 76, baseType: !415, size: 64)
!415 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !74, line: 17, baseType: !416)
!416 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 17, size: 64, elements: !417)
!417 = !{!418, !419}
!418 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !416, file: !74, line: 17, baseType: !102, size: 32)
!419 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !416, file: !74, line: 17, baseType: !23, size: 32, offset: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !401, file: !74, line: 77, baseType: !421, size: 32)
!421 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !74, line: 18, baseType: !422)
!422 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 18, size: 32, elements: !423)
!423 = !{!424}
!424 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !422, file: !74, line: 18, baseType: !109, size: 32)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !401, file: !74, line: 78, baseType: !426, size: 32)
!426 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !74, line: 19, baseType: !427)
!427 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 19, size: 32, elements: !428)
!428 = !{!429}
!429 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !427, file: !74, line: 19, baseType: !23, size: 32)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !401, file: !74, line: 79, baseType: !431, size: 64)
!431 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !74, line: 20, baseType: !432)
!432 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 20, size: 64, elements: !433)
!433 = !{!434, !435}
!434 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !432, file: !74, line: 20, baseType: !23, size: 32)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !432, file: !74, line: 20, baseType: !92, size: 32, offset: 32)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !401, file: !74, line: 80, baseType: !437, size: 128)
!437 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !74, line: 28, baseType: !438)
!438 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 23, size: 128, elements: !439)
!439 = !{!440, !441, !442, !443}
!440 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !438, file: !74, line: 24, baseType: !25, size: 32)
!441 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !438, file: !74, line: 25, baseType: !25, size: 32, offset: 32)
!442 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !438, file: !74, line: 26, baseType: !102, size: 32, offset: 64)
!443 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !438, file: !74, line: 27, baseType: !109, size: 32, offset: 96)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !401, file: !74, line: 81, baseType: !445, size: 96)
!445 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !74, line: 29, baseType: !446)
!446 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 29, size: 96, elements: !447)
!447 = !{!448, !449, !450}
!448 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !446, file: !74, line: 29, baseType: !25, size: 32)
!449 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !446, file: !74, line: 29, baseType: !92, size: 32, offset: 32)
!450 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !446, file: !74, line: 29, baseType: !96, size: 32, offset: 64)
!451 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !401, file: !74, line: 82, baseType: !452, size: 128)
!452 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !74, line: 32, baseType: !453)
!453 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 32, size: 128, elements: !454)
!454 = !{!455, !456, !457, !458}
!455 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !453, file: !74, line: 32, baseType: !92, size: 32)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !453, file: !74, line: 32, baseType: !96, size: 32, offset: 32)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !453, file: !74, line: 32, baseType: !23, size: 32, offset: 64)
!458 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !453, file: !74, line: 32, baseType: !144, size: 16, offset: 96)
!459 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !401, file: !74, line: 83, baseType: !460, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !74, line: 33, baseType: !461)
!461 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 33, size: 32, elements: !462)
!462 = !{!463}
!463 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !461, file: !74, line: 33, baseType: !23, size: 32)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !401, file: !74, line: 84, baseType: !465, size: 96)
!465 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !74, line: 34, baseType: !466)
!466 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 34, size: 96, elements: !467)
!467 = !{!468, !469, !470}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !466, file: !74, line: 34, baseType: !23, size: 32)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !466, file: !74, line: 34, baseType: !92, size: 32, offset: 32)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !466, file: !74, line: 34, baseType: !96, size: 32, offset: 64)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !401, file: !74, line: 85, baseType: !472, size: 96)
!472 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !74, line: 35, baseType: !473)
!473 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 35, size: 96, elements: !474)
!474 = !{!475, !476, !477}
!475 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !473, file: !74, line: 35, baseType: !23, size: 32)
!476 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !473, file: !74, line: 35, baseType: !165, size: 32, offset: 32)
!477 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !473, file: !74, line: 35, baseType: !23, size: 32, offset: 64)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !401, file: !74, line: 86, baseType: !479, size: 16)
!479 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !74, line: 36, baseType: !480)
!480 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 36, size: 16, elements: !481)
!481 = !{!482}
!482 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !480, file: !74, line: 36, baseType: !144, size: 16)
!483 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !401, file: !74, line: 87, baseType: !484, size: 96)
!484 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !74, line: 39, baseType: !485)
!485 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 39, size: 96, elements: !486)
!486 = !{!487, !488, !489}
!487 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !485, file: !74, line: 39, baseType: !25, size: 32)
!488 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !485, file: !74, line: 39, baseType: !23, size: 32, offset: 32)
!489 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !485, file: !74, line: 39, baseType: !25, size: 32, offset: 64)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !401, file: !74, line: 88, baseType: !491, size: 32)
!491 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !74, line: 40, baseType: !492)
!492 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 40, size: 32, elements: !493)
!493 = !{!494}
!494 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !492, file: !74, line: 40, baseType: !25, size: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !401, file: !74, line: 89, baseType: !496, size: 96)
!496 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !74, line: 41, baseType: !497)
!497 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 41, size: 96, elements: !498)
!498 = !{!499, !500, !501}
!499 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !497, file: !74, line: 41, baseType: !25, size: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !497, file: !74, line: 41, baseType: !96, size: 32, offset: 32)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !497, file: !74, line: 41, baseType: !92, size: 32, offset: 64)
!502 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !401, file: !74, line: 90, baseType: !503, size: 96)
!503 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !74, line: 42, baseType: !504)
!504 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 42, size: 96, elements: !505)
!505 = !{!506, !507, !508}
!506 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !504, file: !74, line: 42, baseType: !25, size: 32)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !504, file: !74, line: 42, baseType: !96, size: 32, offset: 32)
!508 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !504, file: !74, line: 42, baseType: !92, size: 32, offset: 64)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !401, file: !74, line: 91, baseType: !510, size: 32)
!510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !74, line: 45, baseType: !511)
!511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 45, size: 32, elements: !512)
!512 = !{!513}
!513 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !511, file: !74, line: 45, baseType: !92, size: 32)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !401, file: !74, line: 92, baseType: !515, size: 64)
!515 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !74, line: 46, baseType: !516)
!516 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 46, size: 64, elements: !517)
!517 = !{!518, !519}
!518 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !516, file: !74, line: 46, baseType: !96, size: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !516, file: !74, line: 46, baseType: !92, size: 32, offset: 32)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !401, file: !74, line: 93, baseType: !521, size: 192)
!521 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !74, line: 49, baseType: !522)
!522 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 49, size: 192, elements: !523)
!523 = !{!524, !525, !526}
!524 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !522, file: !74, line: 49, baseType: !29, size: 128)
!525 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !522, file: !74, line: 49, baseType: !25, size: 32, offset: 128)
!526 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !522, file: !74, line: 49, baseType: !23, size: 32, offset: 160)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !401, file: !74, line: 94, baseType: !528, size: 192)
!528 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !74, line: 50, baseType: !529)
!529 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 50, size: 192, elements: !530)
!530 = !{!531, !532, !533}
!531 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !529, file: !74, line: 50, baseType: !29, size: 128)
!532 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !529, file: !74, line: 50, baseType: !25, size: 32, offset: 128)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !529, file: !74, line: 50, baseType: !23, size: 32, offset: 160)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !401, file: !74, line: 95, baseType: !535, size: 128)
!535 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !74, line: 53, baseType: !536)
!536 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 53, size: 128, elements: !537)
!537 = !{!538, !539, !540, !541}
!538 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !536, file: !74, line: 53, baseType: !25, size: 32)
!539 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !536, file: !74, line: 53, baseType: !92, size: 32, offset: 32)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !536, file: !74, line: 53, baseType: !96, size: 32, offset: 64)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !536, file: !74, line: 53, baseType: !23, size: 32, offset: 96)
!542 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !401, file: !74, line: 96, baseType: !543, size: 64)
!543 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !74, line: 54, baseType: !544)
!544 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 54, size: 64, elements: !545)
!545 = !{!546, !547}
!546 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !544, file: !74, line: 54, baseType: !25, size: 32)
!547 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !544, file: !74, line: 54, baseType: !23, size: 32, offset: 32)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !401, file: !74, line: 97, baseType: !549, size: 32)
!549 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !74, line: 57, baseType: !550)
!550 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 57, size: 32, elements: !551)
!551 = !{!552}
!552 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !550, file: !74, line: 57, baseType: !23, size: 32)
!553 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !401, file: !74, line: 98, baseType: !554, size: 96)
!554 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !74, line: 60, baseType: !555)
!555 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 60, size: 96, elements: !556)
!556 = !{!557, !558, !559}
!557 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !555, file: !74, line: 60, baseType: !25, size: 32)
!558 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !555, file: !74, line: 60, baseType: !23, size: 32, offset: 32)
!559 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !555, file: !74, line: 60, baseType: !25, size: 32, offset: 64)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !401, file: !74, line: 99, baseType: !561, size: 64)
!561 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !74, line: 61, baseType: !562)
!562 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 61, size: 64, elements: !563)
!563 = !{!564, !565}
!564 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !562, file: !74, line: 61, baseType: !25, size: 32)
!565 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !562, file: !74, line: 61, baseType: !23, size: 32, offset: 32)
!566 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !401, file: !74, line: 100, baseType: !567, size: 160)
!567 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !74, line: 66, baseType: !568)
!568 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 62, size: 160, elements: !569)
!569 = !{!570, !571, !572, !573, !574}
!570 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !568, file: !74, line: 63, baseType: !25, size: 32)
!571 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !568, file: !74, line: 63, baseType: !92, size: 32, offset: 32)
!572 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !568, file: !74, line: 64, baseType: !25, size: 32, offset: 64)
!573 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !568, file: !74, line: 64, baseType: !92, size: 32, offset: 96)
!574 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !568, file: !74, line: 65, baseType: !96, size: 32, offset: 128)
!575 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !401, file: !74, line: 101, baseType: !576, size: 32)
!576 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !74, line: 67, baseType: !577)
!577 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 67, size: 32, elements: !578)
!578 = !{!579}
!579 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !577, file: !74, line: 67, baseType: !23, size: 32)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !401, file: !74, line: 102, baseType: !581, size: 32)
!581 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !74, line: 68, baseType: !582)
!582 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 68, size: 32, elements: !583)
!583 = !{!584}
!584 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !582, file: !74, line: 68, baseType: !275, size: 32)
!585 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !401, file: !74, line: 103, baseType: !277, size: 448)
!586 = !DILocalVariable(name: "m", arg: 1, scope: !391, file: !35, line: 7, type: !394)
!587 = !DILocation(line: 7, column: 20, scope: !391)
!588 = !DILocalVariable(name: "rp", scope: !391, file: !35, line: 9, type: !589)
!589 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !590, size: 32)
!590 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 256, elements: !591)
!591 = !{!592, !593, !594, !595, !596}
!592 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !590, file: !20, line: 19, baseType: !23, size: 32)
!593 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !590, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!594 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !590, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!595 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !590, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!596 = !DIDerivedType(tag: DW_TAG_member, name: "r_caller", scope: !590, file: !20, line: 23, baseType: !25, size: 32, offset: 224)
!597 = !DILocation(line: 9, column: 16, scope: !391)
!598 = !DILocalVariable(name: "r", scope: !391, file: !35, line: 10, type: !23)
!599 = !DILocation(line: 10, column: 6, scope: !391)
!600 = !DILocation(line: 12, column: 6, scope: !601)
!601 = distinct !DILexicalBlock(scope: !391, file: !35, line: 12, column: 6)
!602 = !DILocation(line: 12, column: 6, scope: !391)
!603 = !DILocation(line: 13, column: 3, scope: !601)
!604 = !DILocation(line: 14, column: 2, scope: !391)
!605 = !DILocation(line: 14, column: 5, scope: !391)
!606 = !DILocation(line: 14, column: 18, scope: !391)
!607 = !DILocation(line: 14, column: 39, scope: !391)
!608 = !DILocation(line: 15, column: 19, scope: !609)
!609 = distinct !DILexicalBlock(scope: !391, file: !35, line: 15, column: 6)
!610 = !DILocation(line: 15, column: 22, scope: !609)
!611 = !DILocation(line: 15, column: 35, scope: !609)
!612 = !DILocation(line: 15, column: 6, scope: !609)
!613 = !DILocation(line: 15, column: 42, scope: !609)
!614 = !DILocation(line: 15, column: 6, scope: !391)
!615 = !DILocation(line: 16, column: 3, scope: !609)
!616 = !DILocation(line: 17, column: 12, scope: !617)
!617 = distinct !DILexicalBlock(scope: !391, file: !35, line: 17, column: 6)
!618 = !DILocation(line: 17, column: 10, scope: !617)
!619 = !DILocation(line: 17, column: 29, scope: !617)
!620 = !DILocation(line: 17, column: 6, scope: !391)
!621 = !DILocation(line: 18, column: 3, scope: !617)
!622 = !DILocation(line: 19, column: 10, scope: !391)
!623 = !DILocation(line: 19, column: 14, scope: !391)
!624 = !DILocation(line: 19, column: 23, scope: !391)
!625 = !DILocation(line: 19, column: 26, scope: !391)
!626 = !DILocation(line: 19, column: 39, scope: !391)
!627 = !DILocation(line: 19, column: 2, scope: !391)
!628 = !DILocation(line: 20, column: 19, scope: !391)
!629 = !DILocation(line: 20, column: 22, scope: !391)
!630 = !DILocation(line: 20, column: 35, scope: !391)
!631 = !DILocation(line: 20, column: 2, scope: !391)
!632 = !DILocation(line: 20, column: 6, scope: !391)
!633 = !DILocation(line: 20, column: 17, scope: !391)
!634 = !DILocation(line: 21, column: 2, scope: !391)
!635 = !DILocation(line: 21, column: 6, scope: !391)
!636 = !DILocation(line: 21, column: 17, scope: !391)
!637 = !DILocation(line: 22, column: 2, scope: !391)
!638 = !DILocation(line: 22, column: 6, scope: !391)
!639 = !DILocation(line: 22, column: 14, scope: !391)
!640 = !DILocation(line: 23, column: 28, scope: !641)
!641 = distinct !DILexicalBlock(scope: !391, file: !35, line: 23, column: 6)
!642 = !DILocation(line: 23, column: 32, scope: !641)
!643 = !DILocation(line: 23, column: 41, scope: !641)
!644 = !DILocation(line: 23, column: 45, scope: !641)
!645 = !DILocation(line: 23, column: 11, scope: !641)
!646 = !DILocation(line: 23, column: 9, scope: !641)
!647 = !DILocation(line: 23, column: 61, scope: !641)
!648 = !DILocation(line: 23, column: 6, scope: !391)
!649 = !DILocation(line: 24, column: 3, scope: !650)
!650 = distinct !DILexicalBlock(scope: !641, file: !35, line: 23, column: 68)
!651 = !DILocation(line: 24, column: 7, scope: !650)
!652 = !DILocation(line: 24, column: 15, scope: !650)
!653 = !DILocation(line: 25, column: 10, scope: !650)
!654 = !DILocation(line: 25, column: 3, scope: !650)
!655 = !DILocation(line: 27, column: 17, scope: !391)
!656 = !DILocation(line: 27, column: 20, scope: !391)
!657 = !DILocation(line: 27, column: 2, scope: !391)
!658 = !DILocation(line: 27, column: 6, scope: !391)
!659 = !DILocation(line: 27, column: 15, scope: !391)
!660 = !DILocation(line: 28, column: 2, scope: !391)
!661 = !DILocation(line: 29, column: 1, scope: !391)
!662 = distinct !DISubprogram(name: "do_init", scope: !35, file: !35, line: 32, type: !392, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!663 = !DILocalVariable(name: "m", arg: 1, scope: !662, file: !35, line: 32, type: !394)
!664 = !DILocation(line: 32, column: 22, scope: !662)
!665 = !DILocalVariable(name: "rp", scope: !662, file: !35, line: 34, type: !589)
!666 = !DILocation(line: 34, column: 16, scope: !662)
!667 = !DILocation(line: 36, column: 37, scope: !668)
!668 = distinct !DILexicalBlock(scope: !662, file: !35, line: 36, column: 6)
!669 = !DILocation(line: 36, column: 40, scope: !668)
!670 = !DILocation(line: 36, column: 12, scope: !668)
!671 = !DILocation(line: 36, column: 10, scope: !668)
!672 = !DILocation(line: 36, column: 51, scope: !668)
!673 = !DILocation(line: 36, column: 6, scope: !662)
!674 = !DILocation(line: 37, column: 3, scope: !668)
!675 = !DILocation(line: 38, column: 6, scope: !676)
!676 = distinct !DILexicalBlock(scope: !662, file: !35, line: 38, column: 6)
!677 = !DILocation(line: 38, column: 10, scope: !676)
!678 = !DILocation(line: 38, column: 19, scope: !676)
!679 = !DILocation(line: 38, column: 6, scope: !662)
!680 = !DILocation(line: 39, column: 14, scope: !681)
!681 = distinct !DILexicalBlock(scope: !676, file: !35, line: 38, column: 28)
!682 = !DILocation(line: 39, column: 3, scope: !681)
!683 = !DILocation(line: 40, column: 3, scope: !681)
!684 = !DILocation(line: 40, column: 7, scope: !681)
!685 = !DILocation(line: 40, column: 16, scope: !681)
!686 = !DILocation(line: 41, column: 2, scope: !681)
!687 = !DILocation(line: 42, column: 2, scope: !662)
!688 = !DILocation(line: 43, column: 1, scope: !662)
!689 = distinct !DISubprogram(name: "do_down", scope: !35, file: !35, line: 47, type: !392, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!690 = !DILocalVariable(name: "m", arg: 1, scope: !689, file: !35, line: 47, type: !394)
!691 = !DILocation(line: 47, column: 22, scope: !689)
!692 = !DILocalVariable(name: "rp", scope: !689, file: !35, line: 49, type: !589)
!693 = !DILocation(line: 49, column: 16, scope: !689)
!694 = !DILocalVariable(name: "sm", scope: !689, file: !35, line: 50, type: !395)
!695 = !DILocation(line: 50, column: 10, scope: !689)
!696 = !DILocation(line: 52, column: 2, scope: !689)
!697 = !DILocation(line: 52, column: 5, scope: !689)
!698 = !DILocation(line: 52, column: 18, scope: !689)
!699 = !DILocation(line: 52, column: 39, scope: !689)
!700 = !DILocation(line: 53, column: 25, scope: !701)
!701 = distinct !DILexicalBlock(scope: !689, file: !35, line: 53, column: 6)
!702 = !DILocation(line: 53, column: 28, scope: !701)
!703 = !DILocation(line: 53, column: 41, scope: !701)
!704 = !DILocation(line: 53, column: 12, scope: !701)
!705 = !DILocation(line: 53, column: 10, scope: !701)
!706 = !DILocation(line: 53, column: 49, scope: !701)
!707 = !DILocation(line: 53, column: 6, scope: !689)
!708 = !DILocation(line: 54, column: 3, scope: !701)
!709 = !DILocation(line: 55, column: 2, scope: !689)
!710 = !DILocation(line: 56, column: 5, scope: !689)
!711 = !DILocation(line: 56, column: 27, scope: !689)
!712 = !DILocation(line: 56, column: 31, scope: !689)
!713 = !DILocation(line: 57, column: 12, scope: !689)
!714 = !DILocation(line: 57, column: 16, scope: !689)
!715 = !DILocation(line: 57, column: 2, scope: !689)
!716 = !DILocation(line: 58, column: 18, scope: !689)
!717 = !DILocation(line: 58, column: 22, scope: !689)
!718 = !DILocation(line: 58, column: 2, scope: !689)
!719 = !DILocation(line: 59, column: 2, scope: !689)
!720 = !DILocation(line: 59, column: 6, scope: !689)
!721 = !DILocation(line: 59, column: 14, scope: !689)
!722 = !DILocation(line: 60, column: 2, scope: !689)
!723 = !DILocation(line: 61, column: 1, scope: !689)
!724 = distinct !DISubprogram(name: "do_lookup", scope: !35, file: !35, line: 63, type: !392, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!725 = !DILocalVariable(name: "m", arg: 1, scope: !724, file: !35, line: 63, type: !394)
!726 = !DILocation(line: 63, column: 24, scope: !724)
!727 = !DILocalVariable(name: "rp", scope: !724, file: !35, line: 65, type: !589)
!728 = !DILocation(line: 65, column: 16, scope: !724)
!729 = !DILocation(line: 67, column: 2, scope: !724)
!730 = !DILocation(line: 67, column: 5, scope: !724)
!731 = !DILocation(line: 67, column: 18, scope: !724)
!732 = !DILocation(line: 67, column: 39, scope: !724)
!733 = !DILocation(line: 68, column: 25, scope: !734)
!734 = distinct !DILexicalBlock(scope: !724, file: !35, line: 68, column: 6)
!735 = !DILocation(line: 68, column: 28, scope: !734)
!736 = !DILocation(line: 68, column: 41, scope: !734)
!737 = !DILocation(line: 68, column: 12, scope: !734)
!738 = !DILocation(line: 68, column: 10, scope: !734)
!739 = !DILocation(line: 68, column: 49, scope: !734)
!740 = !DILocation(line: 68, column: 6, scope: !724)
!741 = !DILocation(line: 69, column: 3, scope: !734)
!742 = !DILocation(line: 70, column: 26, scope: !724)
!743 = !DILocation(line: 70, column: 30, scope: !724)
!744 = !DILocation(line: 70, column: 2, scope: !724)
!745 = !DILocation(line: 70, column: 5, scope: !724)
!746 = !DILocation(line: 70, column: 18, scope: !724)
!747 = !DILocation(line: 70, column: 24, scope: !724)
!748 = !DILocation(line: 71, column: 2, scope: !724)
!749 = !DILocation(line: 72, column: 1, scope: !724)
!750 = distinct !DISubprogram(name: "do_status", scope: !35, file: !35, line: 76, type: !392, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!751 = !DILocalVariable(name: "m", arg: 1, scope: !750, file: !35, line: 76, type: !394)
!752 = !DILocation(line: 76, column: 24, scope: !750)
!753 = !DILocalVariable(name: "index", scope: !750, file: !35, line: 78, type: !23)
!754 = !DILocation(line: 78, column: 6, scope: !750)
!755 = !DILocation(line: 78, column: 14, scope: !750)
!756 = !DILocation(line: 78, column: 17, scope: !750)
!757 = !DILocation(line: 78, column: 30, scope: !750)
!758 = !DILocalVariable(name: "sm", scope: !750, file: !35, line: 79, type: !395)
!759 = !DILocation(line: 79, column: 10, scope: !750)
!760 = !DILocation(line: 81, column: 6, scope: !761)
!761 = distinct !DILexicalBlock(scope: !750, file: !35, line: 81, column: 6)
!762 = !DILocation(line: 81, column: 12, scope: !761)
!763 = !DILocation(line: 81, column: 16, scope: !761)
!764 = !DILocation(line: 81, column: 19, scope: !761)
!765 = !DILocation(line: 81, column: 25, scope: !761)
!766 = !DILocation(line: 81, column: 6, scope: !750)
!767 = !DILocation(line: 82, column: 3, scope: !761)
!768 = !DILocation(line: 83, column: 2, scope: !750)
!769 = !DILocation(line: 84, column: 33, scope: !750)
!770 = !DILocation(line: 84, column: 19, scope: !750)
!771 = !DILocation(line: 84, column: 40, scope: !750)
!772 = !DILocation(line: 84, column: 9, scope: !750)
!773 = !DILocation(line: 84, column: 2, scope: !750)
!774 = !DILocation(line: 85, column: 1, scope: !750)
!775 = distinct !DISubprogram(name: "do_shutdown", scope: !35, file: !35, line: 89, type: !392, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!776 = !DILocalVariable(name: "m", arg: 1, scope: !775, file: !35, line: 89, type: !394)
!777 = !DILocation(line: 89, column: 26, scope: !775)
!778 = !DILocalVariable(name: "vfs_endpt", scope: !775, file: !35, line: 91, type: !25)
!779 = !DILocation(line: 91, column: 13, scope: !775)
!780 = !DILocalVariable(name: "sm", scope: !775, file: !35, line: 92, type: !395)
!781 = !DILocation(line: 92, column: 10, scope: !775)
!782 = !DILocation(line: 94, column: 6, scope: !783)
!783 = distinct !DILexicalBlock(scope: !775, file: !35, line: 94, column: 6)
!784 = !DILocation(line: 94, column: 9, scope: !783)
!785 = !DILocation(line: 94, column: 18, scope: !783)
!786 = !DILocation(line: 94, column: 6, scope: !775)
!787 = !DILocation(line: 95, column: 3, scope: !783)
!788 = !DILocation(line: 96, column: 19, scope: !775)
!789 = !DILocation(line: 97, column: 6, scope: !790)
!790 = distinct !DILexicalBlock(scope: !775, file: !35, line: 97, column: 6)
!791 = !DILocation(line: 97, column: 49, scope: !790)
!792 = !DILocation(line: 97, column: 6, scope: !775)
!793 = !DILocation(line: 98, column: 3, scope: !790)
!794 = !DILocation(line: 99, column: 2, scope: !775)
!795 = !DILocation(line: 100, column: 19, scope: !775)
!796 = !DILocation(line: 100, column: 9, scope: !775)
!797 = !DILocation(line: 100, column: 45, scope: !775)
!798 = !DILocation(line: 100, column: 2, scope: !775)
!799 = !DILocation(line: 101, column: 1, scope: !775)
!800 = distinct !DISubprogram(name: "do_getstatus", scope: !35, file: !35, line: 103, type: !392, scopeLine: 104, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !56, retainedNodes: !71)
!801 = !DILocalVariable(name: "m", arg: 1, scope: !800, file: !35, line: 103, type: !394)
!802 = !DILocation(line: 103, column: 27, scope: !800)
!803 = !DILocalVariable(name: "i", scope: !800, file: !35, line: 105, type: !23)
!804 = !DILocation(line: 105, column: 6, scope: !800)
!805 = !DILocalVariable(name: "n", scope: !800, file: !35, line: 105, type: !23)
!806 = !DILocation(line: 105, column: 9, scope: !800)
!807 = !DILocation(line: 107, column: 9, scope: !800)
!808 = !DILocation(line: 108, column: 9, scope: !809)
!809 = distinct !DILexicalBlock(scope: !800, file: !35, line: 108, column: 2)
!810 = !DILocation(line: 108, column: 7, scope: !809)
!811 = !DILocation(line: 108, column: 14, scope: !812)
!812 = distinct !DILexicalBlock(scope: !809, file: !35, line: 108, column: 2)
!813 = !DILocation(line: 108, column: 16, scope: !812)
!814 = !DILocation(line: 108, column: 2, scope: !809)
!815 = !DILocation(line: 109, column: 13, scope: !816)
!816 = distinct !DILexicalBlock(scope: !812, file: !35, line: 109, column: 7)
!817 = !DILocation(line: 109, column: 7, scope: !816)
!818 = !DILocation(line: 109, column: 16, scope: !816)
!819 = !DILocation(line: 109, column: 24, scope: !816)
!820 = !DILocation(line: 109, column: 7, scope: !812)
!821 = !DILocation(line: 110, column: 5, scope: !816)
!822 = !DILocation(line: 110, column: 4, scope: !816)
!823 = !DILocation(line: 109, column: 26, scope: !816)
!824 = !DILocation(line: 108, column: 33, scope: !812)
!825 = !DILocation(line: 108, column: 2, scope: !812)
!826 = distinct !{!826, !814, !827, !389}
!827 = !DILocation(line: 110, column: 5, scope: !809)
!828 = !DILocation(line: 111, column: 9, scope: !800)
!829 = !DILocation(line: 111, column: 2, scope: !800)
!830 = distinct !DISubprogram(name: "find_service", scope: !52, file: !52, line: 5, type: !831, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !60, retainedNodes: !71)
!831 = !DISubroutineType(types: !832)
!832 = !{!833, !841}
!833 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !834, size: 32)
!834 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rproc", file: !20, line: 18, size: 256, elements: !835)
!835 = !{!836, !837, !838, !839, !840}
!836 = !DIDerivedType(tag: DW_TAG_member, name: "r_flags", scope: !834, file: !20, line: 19, baseType: !23, size: 32)
!837 = !DIDerivedType(tag: DW_TAG_member, name: "r_endpoint", scope: !834, file: !20, line: 20, baseType: !25, size: 32, offset: 32)
!838 = !DIDerivedType(tag: DW_TAG_member, name: "r_restarts", scope: !834, file: !20, line: 21, baseType: !23, size: 32, offset: 64)
!839 = !DIDerivedType(tag: DW_TAG_member, name: "r_label", scope: !834, file: !20, line: 22, baseType: !29, size: 128, offset: 96)
!840 = !DIDerivedType(tag: DW_TAG_member, name: "r_caller", scope: !834, file: !20, line: 23, baseType: !25, size: 32, offset: 224)
!841 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !842, size: 32)
!842 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!843 = !DILocalVariable(name: "label", arg: 1, scope: !830, file: !52, line: 5, type: !841)
!844 = !DILocation(line: 5, column: 40, scope: !830)
!845 = !DILocalVariable(name: "i", scope: !830, file: !52, line: 7, type: !23)
!846 = !DILocation(line: 7, column: 6, scope: !830)
!847 = !DILocation(line: 9, column: 9, scope: !848)
!848 = distinct !DILexicalBlock(scope: !830, file: !52, line: 9, column: 2)
!849 = !DILocation(line: 9, column: 7, scope: !848)
!850 = !DILocation(line: 9, column: 14, scope: !851)
!851 = distinct !DILexicalBlock(scope: !848, file: !52, line: 9, column: 2)
!852 = !DILocation(line: 9, column: 16, scope: !851)
!853 = !DILocation(line: 9, column: 2, scope: !848)
!854 = !DILocation(line: 10, column: 14, scope: !855)
!855 = distinct !DILexicalBlock(scope: !851, file: !52, line: 10, column: 7)
!856 = !DILocation(line: 10, column: 8, scope: !855)
!857 = !DILocation(line: 10, column: 17, scope: !855)
!858 = !DILocation(line: 10, column: 25, scope: !855)
!859 = !DILocation(line: 10, column: 38, scope: !855)
!860 = !DILocation(line: 11, column: 21, scope: !855)
!861 = !DILocation(line: 11, column: 15, scope: !855)
!862 = !DILocation(line: 11, column: 24, scope: !855)
!863 = !DILocation(line: 11, column: 33, scope: !855)
!864 = !DILocation(line: 11, column: 7, scope: !855)
!865 = !DILocation(line: 11, column: 51, scope: !855)
!866 = !DILocation(line: 10, column: 7, scope: !851)
!867 = !DILocation(line: 12, column: 18, scope: !855)
!868 = !DILocation(line: 12, column: 12, scope: !855)
!869 = !DILocation(line: 12, column: 4, scope: !855)
!870 = !DILocation(line: 11, column: 54, scope: !855)
!871 = !DILocation(line: 9, column: 33, scope: !851)
!872 = !DILocation(line: 9, column: 2, scope: !851)
!873 = distinct !{!873, !853, !874, !389}
!874 = !DILocation(line: 12, column: 19, scope: !848)
!875 = !DILocation(line: 13, column: 2, scope: !830)
!876 = !DILocation(line: 14, column: 1, scope: !830)
!877 = distinct !DISubprogram(name: "find_service_by_endpoint", scope: !52, file: !52, line: 16, type: !878, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !60, retainedNodes: !71)
!878 = !DISubroutineType(types: !879)
!879 = !{!833, !25}
!880 = !DILocalVariable(name: "endpt", arg: 1, scope: !877, file: !52, line: 16, type: !25)
!881 = !DILocation(line: 16, column: 51, scope: !877)
!882 = !DILocalVariable(name: "i", scope: !877, file: !52, line: 18, type: !23)
!883 = !DILocation(line: 18, column: 6, scope: !877)
!884 = !DILocation(line: 20, column: 9, scope: !885)
!885 = distinct !DILexicalBlock(scope: !877, file: !52, line: 20, column: 2)
!886 = !DILocation(line: 20, column: 7, scope: !885)
!887 = !DILocation(line: 20, column: 14, scope: !888)
!888 = distinct !DILexicalBlock(scope: !885, file: !52, line: 20, column: 2)
!889 = !DILocation(line: 20, column: 16, scope: !888)
!890 = !DILocation(line: 20, column: 2, scope: !885)
!891 = !DILocation(line: 21, column: 14, scope: !892)
!892 = distinct !DILexicalBlock(scope: !888, file: !52, line: 21, column: 7)
!893 = !DILocation(line: 21, column: 8, scope: !892)
!894 = !DILocation(line: 21, column: 17, scope: !892)
!895 = !DILocation(line: 21, column: 25, scope: !892)
!896 = !DILocation(line: 21, column: 38, scope: !892)
!897 = !DILocation(line: 21, column: 47, scope: !892)
!898 = !DILocation(line: 21, column: 41, scope: !892)
!899 = !DILocation(line: 21, column: 50, scope: !892)
!900 = !DILocation(line: 21, column: 64, scope: !892)
!901 = !DILocation(line: 21, column: 61, scope: !892)
!902 = !DILocation(line: 21, column: 7, scope: !888)
!903 = !DILocation(line: 22, column: 18, scope: !892)
!904 = !DILocation(line: 22, column: 12, scope: !892)
!905 = !DILocation(line: 22, column: 4, scope: !892)
!906 = !DILocation(line: 20, column: 33, scope: !888)
!907 = !DILocation(line: 20, column: 2, scope: !888)
!908 = distinct !{!908, !890, !909, !389}
!909 = !DILocation(line: 22, column: 19, scope: !885)
!910 = !DILocation(line: 23, column: 2, scope: !877)
!911 = !DILocation(line: 24, column: 1, scope: !877)
!912 = distinct !DISubprogram(name: "alloc_service", scope: !52, file: !52, line: 26, type: !913, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !60, retainedNodes: !71)
!913 = !DISubroutineType(types: !914)
!914 = !{!833}
!915 = !DILocalVariable(name: "i", scope: !912, file: !52, line: 28, type: !23)
!916 = !DILocation(line: 28, column: 6, scope: !912)
!917 = !DILocation(line: 30, column: 9, scope: !918)
!918 = distinct !DILexicalBlock(scope: !912, file: !52, line: 30, column: 2)
!919 = !DILocation(line: 30, column: 7, scope: !918)
!920 = !DILocation(line: 30, column: 14, scope: !921)
!921 = distinct !DILexicalBlock(scope: !918, file: !52, line: 30, column: 2)
!922 = !DILocation(line: 30, column: 16, scope: !921)
!923 = !DILocation(line: 30, column: 2, scope: !918)
!924 = !DILocation(line: 31, column: 15, scope: !925)
!925 = distinct !DILexicalBlock(scope: !921, file: !52, line: 31, column: 7)
!926 = !DILocation(line: 31, column: 9, scope: !925)
!927 = !DILocation(line: 31, column: 18, scope: !925)
!928 = !DILocation(line: 31, column: 26, scope: !925)
!929 = !DILocation(line: 31, column: 7, scope: !921)
!930 = !DILocation(line: 32, column: 18, scope: !925)
!931 = !DILocation(line: 32, column: 12, scope: !925)
!932 = !DILocation(line: 32, column: 4, scope: !925)
!933 = !DILocation(line: 31, column: 37, scope: !925)
!934 = !DILocation(line: 30, column: 33, scope: !921)
!935 = !DILocation(line: 30, column: 2, scope: !921)
!936 = distinct !{!936, !923, !937, !389}
!937 = !DILocation(line: 32, column: 19, scope: !918)
!938 = !DILocation(line: 33, column: 2, scope: !912)
!939 = !DILocation(line: 34, column: 1, scope: !912)
!940 = distinct !DISubprogram(name: "late_reply", scope: !52, file: !52, line: 38, type: !941, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !60, retainedNodes: !71)
!941 = !DISubroutineType(types: !942)
!942 = !{null, !833, !23}
!943 = !DILocalVariable(name: "rp", arg: 1, scope: !940, file: !52, line: 38, type: !833)
!944 = !DILocation(line: 38, column: 31, scope: !940)
!945 = !DILocalVariable(name: "result", arg: 2, scope: !940, file: !52, line: 38, type: !23)
!946 = !DILocation(line: 38, column: 39, scope: !940)
!947 = !DILocalVariable(name: "m", scope: !940, file: !52, line: 40, type: !948)
!948 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !74, line: 105, baseType: !949)
!949 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 70, size: 512, elements: !950)
!950 = !{!951, !952, !953}
!951 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !949, file: !74, line: 71, baseType: !25, size: 32)
!952 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !949, file: !74, line: 72, baseType: !23, size: 32, offset: 32)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !949, file: !74, line: 104, baseType: !954, size: 448, offset: 64)
!954 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !949, file: !74, line: 73, size: 448, elements: !955)
!955 = !{!956, !961, !967, !973, !978, !983, !989, !997, !1004, !1012, !1017, !1024, !1031, !1036, !1043, !1048, !1055, !1062, !1067, !1073, !1080, !1087, !1095, !1101, !1106, !1113, !1119, !1128, !1133, !1138}
!956 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !954, file: !74, line: 74, baseType: !957, size: 32)
!957 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !74, line: 15, baseType: !958)
!958 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 15, size: 32, elements: !959)
!959 = !{!960}
!960 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !958, file: !74, line: 15, baseType: !23, size: 32)
!961 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !954, file: !74, line: 75, baseType: !962, size: 64)
!962 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !74, line: 16, baseType: !963)
!963 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 16, size: 64, elements: !964)
!964 = !{!965, !966}
!965 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !963, file: !74, line: 16, baseType: !92, size: 32)
!966 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !963, file: !74, line: 16, baseType: !96, size: 32, offset: 32)
!967 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !954, file: !74, line: 76, baseType: !968, size: 64)
!968 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !74, line: 17, baseType: !969)
!969 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 17, size: 64, elements: !970)
!970 = !{!971, !972}
!971 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !969, file: !74, line: 17, baseType: !102, size: 32)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !969, file: !74, line: 17, baseType: !23, size: 32, offset: 32)
!973 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !954, file: !74, line: 77, baseType: !974, size: 32)
!974 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !74, line: 18, baseType: !975)
!975 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 18, size: 32, elements: !976)
!976 = !{!977}
!977 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !975, file: !74, line: 18, baseType: !109, size: 32)
!978 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !954, file: !74, line: 78, baseType: !979, size: 32)
!979 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !74, line: 19, baseType: !980)
!980 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 19, size: 32, elements: !981)
!981 = !{!982}
!982 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !980, file: !74, line: 19, baseType: !23, size: 32)
!983 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !954, file: !74, line: 79, baseType: !984, size: 64)
!984 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !74, line: 20, baseType: !985)
!985 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 20, size: 64, elements: !986)
!986 = !{!987, !988}
!987 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !985, file: !74, line: 20, baseType: !23, size: 32)
!988 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !985, file: !74, line: 20, baseType: !92, size: 32, offset: 32)
!989 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !954, file: !74, line: 80, baseType: !990, size: 128)
!990 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !74, line: 28, baseType: !991)
!991 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 23, size: 128, elements: !992)
!992 = !{!993, !994, !995, !996}
!993 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !991, file: !74, line: 24, baseType: !25, size: 32)
!994 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !991, file: !74, line: 25, baseType: !25, size: 32, offset: 32)
!995 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !991, file: !74, line: 26, baseType: !102, size: 32, offset: 64)
!996 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !991, file: !74, line: 27, baseType: !109, size: 32, offset: 96)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !954, file: !74, line: 81, baseType: !998, size: 96)
!998 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !74, line: 29, baseType: !999)
!999 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 29, size: 96, elements: !1000)
!1000 = !{!1001, !1002, !1003}
!1001 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !999, file: !74, line: 29, baseType: !25, size: 32)
!1002 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !999, file: !74, line: 29, baseType: !92, size: 32, offset: 32)
!1003 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !999, file: !74, line: 29, baseType: !96, size: 32, offset: 64)
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !954, file: !74, line: 82, baseType: !1005, size: 128)
!1005 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !74, line: 32, baseType: !1006)
!1006 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 32, size: 128, elements: !1007)
!1007 = !{!1008, !1009, !1010, !1011}
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1006, file: !74, line: 32, baseType: !92, size: 32)
!1009 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1006, file: !74, line: 32, baseType: !96, size: 32, offset: 32)
!1010 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1006, file: !74, line: 32, baseType: !23, size: 32, offset: 64)
!1011 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1006, file: !74, line: 32, baseType: !144, size: 16, offset: 96)
!1012 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !954, file: !74, line: 83, baseType: !1013, size: 32)
!1013 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !74, line: 33, baseType: !1014)
!1014 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 33, size: 32, elements: !1015)
!1015 = !{!1016}
!1016 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1014, file: !74, line: 33, baseType: !23, size: 32)
!1017 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !954, file: !74, line: 84, baseType: !1018, size: 96)
!1018 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !74, line: 34, baseType: !1019)
!1019 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 34, size: 96, elements: !1020)
!1020 = !{!1021, !1022, !1023}
!1021 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1019, file: !74, line: 34, baseType: !23, size: 32)
!1022 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1019, file: !74, line: 34, baseType: !92, size: 32, offset: 32)
!1023 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1019, file: !74, line: 34, baseType: !96, size: 32, offset: 64)
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !954, file: !74, line: 85, baseType: !1025, size: 96)
!1025 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !74, line: 35, baseType: !1026)
!1026 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 35, size: 96, elements: !1027)
!1027 = !{!1028, !1029, !1030}
!1028 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1026, file: !74, line: 35, baseType: !23, size: 32)
!1029 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1026, file: !74, line: 35, baseType: !165, size: 32, offset: 32)
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1026, file: !74, line: 35, baseType: !23, size: 32, offset: 64)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !954, file: !74, line: 86, baseType: !1032, size: 16)
!1032 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !74, line: 36, baseType: !1033)
!1033 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 36, size: 16, elements: !1034)
!1034 = !{!1035}
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1033, file: !74, line: 36, baseType: !144, size: 16)
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !954, file: !74, line: 87, baseType: !1037, size: 96)
!1037 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !74, line: 39, baseType: !1038)
!1038 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 39, size: 96, elements: !1039)
!1039 = !{!1040, !1041, !1042}
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1038, file: !74, line: 39, baseType: !25, size: 32)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1038, file: !74, line: 39, baseType: !23, size: 32, offset: 32)
!1042 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1038, file: !74, line: 39, baseType: !25, size: 32, offset: 64)
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !954, file: !74, line: 88, baseType: !1044, size: 32)
!1044 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !74, line: 40, baseType: !1045)
!1045 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 40, size: 32, elements: !1046)
!1046 = !{!1047}
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1045, file: !74, line: 40, baseType: !25, size: 32)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !954, file: !74, line: 89, baseType: !1049, size: 96)
!1049 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !74, line: 41, baseType: !1050)
!1050 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 41, size: 96, elements: !1051)
!1051 = !{!1052, !1053, !1054}
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1050, file: !74, line: 41, baseType: !25, size: 32)
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1050, file: !74, line: 41, baseType: !96, size: 32, offset: 32)
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1050, file: !74, line: 41, baseType: !92, size: 32, offset: 64)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !954, file: !74, line: 90, baseType: !1056, size: 96)
!1056 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !74, line: 42, baseType: !1057)
!1057 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 42, size: 96, elements: !1058)
!1058 = !{!1059, !1060, !1061}
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1057, file: !74, line: 42, baseType: !25, size: 32)
!1060 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1057, file: !74, line: 42, baseType: !96, size: 32, offset: 32)
!1061 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1057, file: !74, line: 42, baseType: !92, size: 32, offset: 64)
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !954, file: !74, line: 91, baseType: !1063, size: 32)
!1063 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !74, line: 45, baseType: !1064)
!1064 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 45, size: 32, elements: !1065)
!1065 = !{!1066}
!1066 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1064, file: !74, line: 45, baseType: !92, size: 32)
!1067 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !954, file: !74, line: 92, baseType: !1068, size: 64)
!1068 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !74, line: 46, baseType: !1069)
!1069 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 46, size: 64, elements: !1070)
!1070 = !{!1071, !1072}
!1071 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1069, file: !74, line: 46, baseType: !96, size: 32)
!1072 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1069, file: !74, line: 46, baseType: !92, size: 32, offset: 32)
!1073 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !954, file: !74, line: 93, baseType: !1074, size: 192)
!1074 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !74, line: 49, baseType: !1075)
!1075 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 49, size: 192, elements: !1076)
!1076 = !{!1077, !1078, !1079}
!1077 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1075, file: !74, line: 49, baseType: !29, size: 128)
!1078 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1075, file: !74, line: 49, baseType: !25, size: 32, offset: 128)
!1079 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1075, file: !74, line: 49, baseType: !23, size: 32, offset: 160)
!1080 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !954, file: !74, line: 94, baseType: !1081, size: 192)
!1081 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !74, line: 50, baseType: !1082)
!1082 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 50, size: 192, elements: !1083)
!1083 = !{!1084, !1085, !1086}
!1084 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1082, file: !74, line: 50, baseType: !29, size: 128)
!1085 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1082, file: !74, line: 50, baseType: !25, size: 32, offset: 128)
!1086 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1082, file: !74, line: 50, baseType: !23, size: 32, offset: 160)
!1087 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !954, file: !74, line: 95, baseType: !1088, size: 128)
!1088 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !74, line: 53, baseType: !1089)
!1089 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 53, size: 128, elements: !1090)
!1090 = !{!1091, !1092, !1093, !1094}
!1091 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1089, file: !74, line: 53, baseType: !25, size: 32)
!1092 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1089, file: !74, line: 53, baseType: !92, size: 32, offset: 32)
!1093 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1089, file: !74, line: 53, baseType: !96, size: 32, offset: 64)
!1094 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1089, file: !74, line: 53, baseType: !23, size: 32, offset: 96)
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !954, file: !74, line: 96, baseType: !1096, size: 64)
!1096 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !74, line: 54, baseType: !1097)
!1097 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 54, size: 64, elements: !1098)
!1098 = !{!1099, !1100}
!1099 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1097, file: !74, line: 54, baseType: !25, size: 32)
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1097, file: !74, line: 54, baseType: !23, size: 32, offset: 32)
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !954, file: !74, line: 97, baseType: !1102, size: 32)
!1102 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !74, line: 57, baseType: !1103)
!1103 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 57, size: 32, elements: !1104)
!1104 = !{!1105}
!1105 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1103, file: !74, line: 57, baseType: !23, size: 32)
!1106 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !954, file: !74, line: 98, baseType: !1107, size: 96)
!1107 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !74, line: 60, baseType: !1108)
!1108 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 60, size: 96, elements: !1109)
!1109 = !{!1110, !1111, !1112}
!1110 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1108, file: !74, line: 60, baseType: !25, size: 32)
!1111 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1108, file: !74, line: 60, baseType: !23, size: 32, offset: 32)
!1112 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1108, file: !74, line: 60, baseType: !25, size: 32, offset: 64)
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !954, file: !74, line: 99, baseType: !1114, size: 64)
!1114 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !74, line: 61, baseType: !1115)
!1115 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 61, size: 64, elements: !1116)
!1116 = !{!1117, !1118}
!1117 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1115, file: !74, line: 61, baseType: !25, size: 32)
!1118 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1115, file: !74, line: 61, baseType: !23, size: 32, offset: 32)
!1119 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !954, file: !74, line: 100, baseType: !1120, size: 160)
!1120 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !74, line: 66, baseType: !1121)
!1121 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 62, size: 160, elements: !1122)
!1122 = !{!1123, !1124, !1125, !1126, !1127}
!1123 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1121, file: !74, line: 63, baseType: !25, size: 32)
!1124 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1121, file: !74, line: 63, baseType: !92, size: 32, offset: 32)
!1125 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1121, file: !74, line: 64, baseType: !25, size: 32, offset: 64)
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1121, file: !74, line: 64, baseType: !92, size: 32, offset: 96)
!1127 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1121, file: !74, line: 65, baseType: !96, size: 32, offset: 128)
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !954, file: !74, line: 101, baseType: !1129, size: 32)
!1129 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !74, line: 67, baseType: !1130)
!1130 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 67, size: 32, elements: !1131)
!1131 = !{!1132}
!1132 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1130, file: !74, line: 67, baseType: !23, size: 32)
!1133 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !954, file: !74, line: 102, baseType: !1134, size: 32)
!1134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !74, line: 68, baseType: !1135)
!1135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !74, line: 68, size: 32, elements: !1136)
!1136 = !{!1137}
!1137 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1135, file: !74, line: 68, baseType: !275, size: 32)
!1138 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !954, file: !74, line: 103, baseType: !277, size: 448)
!1139 = !DILocation(line: 40, column: 10, scope: !940)
!1140 = !DILocation(line: 42, column: 2, scope: !940)
!1141 = !DILocation(line: 43, column: 13, scope: !940)
!1142 = !DILocation(line: 43, column: 4, scope: !940)
!1143 = !DILocation(line: 43, column: 11, scope: !940)
!1144 = !DILocation(line: 44, column: 17, scope: !1145)
!1145 = distinct !DILexicalBlock(scope: !940, file: !52, line: 44, column: 6)
!1146 = !DILocation(line: 44, column: 21, scope: !1145)
!1147 = !DILocation(line: 44, column: 6, scope: !1145)
!1148 = !DILocation(line: 44, column: 35, scope: !1145)
!1149 = !DILocation(line: 44, column: 6, scope: !940)
!1150 = !DILocation(line: 45, column: 3, scope: !1145)
!1151 = !DILocation(line: 46, column: 1, scope: !940)
