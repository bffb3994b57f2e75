; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.subscription = type { i32, i32, [16 x i8] }
%struct.data_store = type { i32, [16 x i8], i32, i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"ds: receive failed\00", align 1, !dbg !0
@ds_shutting_down = dso_local global i32 0, align 4, !dbg !7
@ds_subs = dso_local global [32 x %struct.subscription] zeroinitializer, align 4, !dbg !27
@ds_store = dso_local global [16 x %struct.data_store] zeroinitializer, align 4, !dbg !11

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !47 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !51, !DIExpression(), !241)
    #dbg_declare(ptr %ipc_status, !242, !DIExpression(), !243)
    #dbg_declare(ptr %r, !244, !DIExpression(), !245)
  br label %for.cond, !dbg !246

for.cond:                                         ; preds = %if.end17, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !247
  %cmp = icmp ne i32 %call, 0, !dbg !252
  br i1 %cmp, label %if.then, label %if.end, !dbg !253

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !254
  unreachable, !dbg !254

if.end:                                           ; preds = %for.cond
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !255
  %0 = load i32, ptr %m_type, align 4, !dbg !255
  switch i32 %0, label %sw.default [
    i32 1024, label %sw.bb
    i32 1025, label %sw.bb2
    i32 1026, label %sw.bb4
    i32 1027, label %sw.bb6
    i32 1537, label %sw.bb8
    i32 1536, label %sw.bb10
  ], !dbg !256

sw.bb:                                            ; preds = %if.end
  %call1 = call i32 @do_publish(ptr noundef %m) #3, !dbg !257
  store i32 %call1, ptr %r, align 4, !dbg !259
  br label %sw.epilog, !dbg !260

sw.bb2:                                           ; preds = %if.end
  %call3 = call i32 @do_retrieve_label(ptr noundef %m) #3, !dbg !261
  store i32 %call3, ptr %r, align 4, !dbg !262
  br label %sw.epilog, !dbg !263

sw.bb4:                                           ; preds = %if.end
  %call5 = call i32 @do_delete(ptr noundef %m) #3, !dbg !264
  store i32 %call5, ptr %r, align 4, !dbg !265
  br label %sw.epilog, !dbg !266

sw.bb6:                                           ; preds = %if.end
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !267
  %1 = load i32, ptr %m_source, align 4, !dbg !267
  %and = and i32 %1, 31, !dbg !267
  %call7 = call i32 @do_subscribe(i32 noundef %and, ptr noundef %m) #3, !dbg !268
  store i32 %call7, ptr %r, align 4, !dbg !269
  br label %sw.epilog, !dbg !270

sw.bb8:                                           ; preds = %if.end
  %call9 = call i32 @do_shutdown(ptr noundef %m) #3, !dbg !271
  store i32 %call9, ptr %r, align 4, !dbg !272
  br label %sw.epilog, !dbg !273

sw.bb10:                                          ; preds = %if.end
  %call11 = call i32 @do_getstatus(ptr noundef %m) #3, !dbg !274
  store i32 %call11, ptr %r, align 4, !dbg !275
  br label %sw.epilog, !dbg !276

sw.default:                                       ; preds = %if.end
  store i32 -38, ptr %r, align 4, !dbg !277
  br label %sw.epilog, !dbg !278

sw.epilog:                                        ; preds = %sw.default, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %2 = load i32, ptr %r, align 4, !dbg !279
  %cmp12 = icmp ne i32 %2, -201, !dbg !281
  br i1 %cmp12, label %if.then13, label %if.end17, !dbg !282

if.then13:                                        ; preds = %sw.epilog
  %3 = load i32, ptr %r, align 4, !dbg !283
  %m_type14 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !285
  store i32 %3, ptr %m_type14, align 4, !dbg !286
  %m_source15 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !287
  %4 = load i32, ptr %m_source15, align 4, !dbg !287
  %call16 = call i32 @ipc_send(i32 noundef %4, ptr noundef %m) #3, !dbg !288
  br label %if.end17, !dbg !289

if.end17:                                         ; preds = %if.then13, %sw.epilog
  br label %for.cond, !dbg !290, !llvm.loop !291
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_publish(ptr noundef %m) #0 !dbg !294 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !470, !DIExpression(), !471)
    #dbg_declare(ptr %dsp, !472, !DIExpression(), !480)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !481
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !483
  %1 = load i32, ptr %m_source, align 4, !dbg !483
  %cmp = icmp ne i32 %1, 4, !dbg !484
  br i1 %cmp, label %if.then, label %if.end, !dbg !485

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !486
  br label %return, !dbg !486

if.end:                                           ; preds = %entry
  %2 = load i32, ptr @ds_shutting_down, align 4, !dbg !487
  %tobool = icmp ne i32 %2, 0, !dbg !487
  br i1 %tobool, label %if.then1, label %if.end2, !dbg !489

if.then1:                                         ; preds = %if.end
  store i32 -16, ptr %retval, align 4, !dbg !490
  br label %return, !dbg !490

if.end2:                                          ; preds = %if.end
  %3 = load ptr, ptr %m.addr, align 4, !dbg !491
  %m_u = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !492
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !493
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !491
  store i8 0, ptr %arrayidx, align 1, !dbg !494
  %4 = load ptr, ptr %m.addr, align 4, !dbg !495
  %m_u3 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !497
  %key4 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u3, i32 0, i32 0, !dbg !498
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key4, i32 0, i32 0, !dbg !495
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !499
  store ptr %call, ptr %dsp, align 4, !dbg !500
  %cmp5 = icmp eq ptr %call, null, !dbg !501
  br i1 %cmp5, label %land.lhs.true, label %if.end9, !dbg !502

land.lhs.true:                                    ; preds = %if.end2
  %call6 = call ptr @alloc_entry() #3, !dbg !503
  store ptr %call6, ptr %dsp, align 4, !dbg !504
  %cmp7 = icmp eq ptr %call6, null, !dbg !505
  br i1 %cmp7, label %if.then8, label %if.end9, !dbg !506

if.then8:                                         ; preds = %land.lhs.true
  store i32 -11, ptr %retval, align 4, !dbg !507
  br label %return, !dbg !507

if.end9:                                          ; preds = %land.lhs.true, %if.end2
  %5 = load ptr, ptr %dsp, align 4, !dbg !508
  %key10 = getelementptr inbounds %struct.data_store, ptr %5, i32 0, i32 1, !dbg !509
  %arraydecay11 = getelementptr inbounds [16 x i8], ptr %key10, i32 0, i32 0, !dbg !508
  %6 = load ptr, ptr %m.addr, align 4, !dbg !510
  %m_u12 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !511
  %key13 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u12, i32 0, i32 0, !dbg !512
  %arraydecay14 = getelementptr inbounds [16 x i8], ptr %key13, i32 0, i32 0, !dbg !510
  %call15 = call i32 @strlcpy(ptr noundef %arraydecay11, ptr noundef %arraydecay14, i32 noundef 16) #3, !dbg !513
  %7 = load ptr, ptr %m.addr, align 4, !dbg !514
  %m_source16 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 0, !dbg !515
  %8 = load i32, ptr %m_source16, align 4, !dbg !515
  %9 = load ptr, ptr %dsp, align 4, !dbg !516
  %owner = getelementptr inbounds %struct.data_store, ptr %9, i32 0, i32 2, !dbg !517
  store i32 %8, ptr %owner, align 4, !dbg !518
  %10 = load ptr, ptr %m.addr, align 4, !dbg !519
  %m_u17 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !520
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u17, i32 0, i32 1, !dbg !521
  %11 = load i32, ptr %endpt, align 4, !dbg !521
  %12 = load ptr, ptr %dsp, align 4, !dbg !522
  %value = getelementptr inbounds %struct.data_store, ptr %12, i32 0, i32 3, !dbg !523
  store i32 %11, ptr %value, align 4, !dbg !524
  %13 = load ptr, ptr %m.addr, align 4, !dbg !525
  %m_u18 = getelementptr inbounds %struct.message, ptr %13, i32 0, i32 2, !dbg !526
  %flags = getelementptr inbounds %struct.mess_ds_req, ptr %m_u18, i32 0, i32 2, !dbg !527
  %14 = load i32, ptr %flags, align 4, !dbg !527
  %and = and i32 %14, 2, !dbg !528
  %or = or i32 1, %and, !dbg !529
  %15 = load ptr, ptr %dsp, align 4, !dbg !530
  %flags19 = getelementptr inbounds %struct.data_store, ptr %15, i32 0, i32 0, !dbg !531
  store i32 %or, ptr %flags19, align 4, !dbg !532
  %16 = load ptr, ptr %dsp, align 4, !dbg !533
  %key20 = getelementptr inbounds %struct.data_store, ptr %16, i32 0, i32 1, !dbg !534
  %arraydecay21 = getelementptr inbounds [16 x i8], ptr %key20, i32 0, i32 0, !dbg !533
  call void @notify_subscribers(ptr noundef %arraydecay21) #3, !dbg !535
  store i32 0, ptr %retval, align 4, !dbg !536
  br label %return, !dbg !536

return:                                           ; preds = %if.end9, %if.then8, %if.then1, %if.then
  %17 = load i32, ptr %retval, align 4, !dbg !537
  ret i32 %17, !dbg !537
}

; Function Attrs: noinline nounwind
define internal ptr @lookup_entry(ptr noundef %key) #0 !dbg !538 {
entry:
  %retval = alloca ptr, align 4
  %key.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !543, !DIExpression(), !544)
    #dbg_declare(ptr %i, !545, !DIExpression(), !546)
  store i32 0, ptr %i, align 4, !dbg !547
  br label %for.cond, !dbg !549

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !550
  %cmp = icmp slt i32 %0, 16, !dbg !552
  br i1 %cmp, label %for.body, label %for.end, !dbg !553

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !554
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %1, !dbg !556
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !557
  %2 = load i32, ptr %flags, align 4, !dbg !557
  %and = and i32 %2, 1, !dbg !558
  %tobool = icmp ne i32 %and, 0, !dbg !558
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !559

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !560
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %3, !dbg !561
  %key2 = getelementptr inbounds %struct.data_store, ptr %arrayidx1, i32 0, i32 1, !dbg !562
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !561
  %4 = load ptr, ptr %key.addr, align 4, !dbg !563
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 16) #3, !dbg !564
  %cmp3 = icmp eq i32 %call, 0, !dbg !565
  br i1 %cmp3, label %if.then, label %if.end, !dbg !566

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %i, align 4, !dbg !567
  %arrayidx4 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %5, !dbg !568
  store ptr %arrayidx4, ptr %retval, align 4, !dbg !569
  br label %return, !dbg !569

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !570

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4, !dbg !571
  %inc = add nsw i32 %6, 1, !dbg !571
  store i32 %inc, ptr %i, align 4, !dbg !571
  br label %for.cond, !dbg !572, !llvm.loop !573

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !576
  br label %return, !dbg !576

return:                                           ; preds = %for.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !577
  ret ptr %7, !dbg !577
}

; Function Attrs: noinline nounwind
define internal ptr @alloc_entry() #0 !dbg !578 {
entry:
  %retval = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %i, !581, !DIExpression(), !582)
  store i32 0, ptr %i, align 4, !dbg !583
  br label %for.cond, !dbg !585

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !586
  %cmp = icmp slt i32 %0, 16, !dbg !588
  br i1 %cmp, label %for.body, label %for.end, !dbg !589

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !590
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %1, !dbg !592
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !593
  %2 = load i32, ptr %flags, align 4, !dbg !593
  %and = and i32 %2, 1, !dbg !594
  %tobool = icmp ne i32 %and, 0, !dbg !594
  br i1 %tobool, label %if.end, label %if.then, !dbg !595

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !596
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %3, !dbg !597
  store ptr %arrayidx1, ptr %retval, align 4, !dbg !598
  br label %return, !dbg !598

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !599

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %i, align 4, !dbg !600
  %inc = add nsw i32 %4, 1, !dbg !600
  store i32 %inc, ptr %i, align 4, !dbg !600
  br label %for.cond, !dbg !601, !llvm.loop !602

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !604
  br label %return, !dbg !604

return:                                           ; preds = %for.end, %if.then
  %5 = load ptr, ptr %retval, align 4, !dbg !605
  ret ptr %5, !dbg !605
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal void @notify_subscribers(ptr noundef %key) #0 !dbg !606 {
entry:
  %key.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !609, !DIExpression(), !610)
    #dbg_declare(ptr %i, !611, !DIExpression(), !612)
  store i32 0, ptr %i, align 4, !dbg !613
  br label %for.cond, !dbg !615

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !616
  %cmp = icmp slt i32 %0, 32, !dbg !618
  br i1 %cmp, label %for.body, label %for.end, !dbg !619

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !620
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %1, !dbg !622
  %sub_flags = getelementptr inbounds %struct.subscription, ptr %arrayidx, i32 0, i32 0, !dbg !623
  %2 = load i32, ptr %sub_flags, align 4, !dbg !623
  %and = and i32 %2, 1, !dbg !624
  %tobool = icmp ne i32 %and, 0, !dbg !624
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !625

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !626
  %arrayidx1 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %3, !dbg !627
  %sub_prefix = getelementptr inbounds %struct.subscription, ptr %arrayidx1, i32 0, i32 2, !dbg !628
  %arraydecay = getelementptr inbounds [16 x i8], ptr %sub_prefix, i32 0, i32 0, !dbg !627
  %4 = load ptr, ptr %key.addr, align 4, !dbg !629
  %5 = load i32, ptr %i, align 4, !dbg !630
  %arrayidx2 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %5, !dbg !631
  %sub_prefix3 = getelementptr inbounds %struct.subscription, ptr %arrayidx2, i32 0, i32 2, !dbg !632
  %arraydecay4 = getelementptr inbounds [16 x i8], ptr %sub_prefix3, i32 0, i32 0, !dbg !631
  %call = call i32 @strlen(ptr noundef %arraydecay4) #3, !dbg !633
  %call5 = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef %call) #3, !dbg !634
  %cmp6 = icmp eq i32 %call5, 0, !dbg !635
  br i1 %cmp6, label %if.then, label %if.end, !dbg !636

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %i, align 4, !dbg !637
  %arrayidx7 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %6, !dbg !638
  %sub_owner = getelementptr inbounds %struct.subscription, ptr %arrayidx7, i32 0, i32 1, !dbg !639
  %7 = load i32, ptr %sub_owner, align 4, !dbg !639
  %call8 = call i32 @ipc_notify(i32 noundef %7) #3, !dbg !640
  br label %if.end, !dbg !640

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !641

for.inc:                                          ; preds = %if.end
  %8 = load i32, ptr %i, align 4, !dbg !642
  %inc = add nsw i32 %8, 1, !dbg !642
  store i32 %inc, ptr %i, align 4, !dbg !642
  br label %for.cond, !dbg !643, !llvm.loop !644

for.end:                                          ; preds = %for.cond
  ret void, !dbg !646
}

declare dso_local i32 @strlen(ptr noundef) #1

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

declare dso_local i32 @ipc_notify(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_retrieve_label(ptr noundef %m) #0 !dbg !647 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !648, !DIExpression(), !649)
    #dbg_declare(ptr %dsp, !650, !DIExpression(), !651)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !652
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !653
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !654
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !652
  store i8 0, ptr %arrayidx, align 1, !dbg !655
  %1 = load ptr, ptr %m.addr, align 4, !dbg !656
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !658
  %key2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !659
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !656
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !660
  store ptr %call, ptr %dsp, align 4, !dbg !661
  %cmp = icmp eq ptr %call, null, !dbg !662
  br i1 %cmp, label %if.then, label %if.end, !dbg !663

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !664
  br label %return, !dbg !664

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %dsp, align 4, !dbg !665
  %flags = getelementptr inbounds %struct.data_store, ptr %2, i32 0, i32 0, !dbg !667
  %3 = load i32, ptr %flags, align 4, !dbg !667
  %and = and i32 %3, 2, !dbg !668
  %tobool = icmp ne i32 %and, 0, !dbg !668
  br i1 %tobool, label %land.lhs.true, label %if.end5, !dbg !669

land.lhs.true:                                    ; preds = %if.end
  %4 = load ptr, ptr %dsp, align 4, !dbg !670
  %owner = getelementptr inbounds %struct.data_store, ptr %4, i32 0, i32 2, !dbg !671
  %5 = load i32, ptr %owner, align 4, !dbg !671
  %6 = load ptr, ptr %m.addr, align 4, !dbg !672
  %m_source = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 0, !dbg !673
  %7 = load i32, ptr %m_source, align 4, !dbg !673
  %cmp3 = icmp ne i32 %5, %7, !dbg !674
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !675

if.then4:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !676
  br label %return, !dbg !676

if.end5:                                          ; preds = %land.lhs.true, %if.end
  %8 = load ptr, ptr %dsp, align 4, !dbg !677
  %value = getelementptr inbounds %struct.data_store, ptr %8, i32 0, i32 3, !dbg !678
  %9 = load i32, ptr %value, align 4, !dbg !678
  %10 = load ptr, ptr %m.addr, align 4, !dbg !679
  %m_u6 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !680
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u6, i32 0, i32 1, !dbg !681
  store i32 %9, ptr %endpt, align 4, !dbg !682
  store i32 0, ptr %retval, align 4, !dbg !683
  br label %return, !dbg !683

return:                                           ; preds = %if.end5, %if.then4, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !684
  ret i32 %11, !dbg !684
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_delete(ptr noundef %m) #0 !dbg !685 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !686, !DIExpression(), !687)
    #dbg_declare(ptr %dsp, !688, !DIExpression(), !689)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !690
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !692
  %1 = load i32, ptr %m_source, align 4, !dbg !692
  %cmp = icmp ne i32 %1, 4, !dbg !693
  br i1 %cmp, label %if.then, label %if.end, !dbg !694

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !695
  br label %return, !dbg !695

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !696
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !697
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !698
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !696
  store i8 0, ptr %arrayidx, align 1, !dbg !699
  %3 = load ptr, ptr %m.addr, align 4, !dbg !700
  %m_u1 = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !702
  %key2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !703
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !700
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !704
  store ptr %call, ptr %dsp, align 4, !dbg !705
  %cmp3 = icmp eq ptr %call, null, !dbg !706
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !707

if.then4:                                         ; preds = %if.end
  store i32 -3, ptr %retval, align 4, !dbg !708
  br label %return, !dbg !708

if.end5:                                          ; preds = %if.end
  %4 = load ptr, ptr %dsp, align 4, !dbg !709
  %flags = getelementptr inbounds %struct.data_store, ptr %4, i32 0, i32 0, !dbg !710
  store i32 0, ptr %flags, align 4, !dbg !711
  %5 = load ptr, ptr %m.addr, align 4, !dbg !712
  %m_u6 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !713
  %key7 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u6, i32 0, i32 0, !dbg !714
  %arraydecay8 = getelementptr inbounds [16 x i8], ptr %key7, i32 0, i32 0, !dbg !712
  call void @notify_subscribers(ptr noundef %arraydecay8) #3, !dbg !715
  store i32 0, ptr %retval, align 4, !dbg !716
  br label %return, !dbg !716

return:                                           ; preds = %if.end5, %if.then4, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !717
  ret i32 %6, !dbg !717
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_subscribe(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !718 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %sp = alloca ptr, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !721, !DIExpression(), !722)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !723, !DIExpression(), !724)
    #dbg_declare(ptr %sp, !725, !DIExpression(), !732)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !733
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %0, !dbg !734
  store ptr %arrayidx, ptr %sp, align 4, !dbg !732
  %1 = load ptr, ptr %m.addr, align 4, !dbg !735
  %m_u = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !736
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !737
  %arrayidx1 = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !735
  store i8 0, ptr %arrayidx1, align 1, !dbg !738
  %2 = load ptr, ptr %m.addr, align 4, !dbg !739
  %m_source = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !740
  %3 = load i32, ptr %m_source, align 4, !dbg !740
  %4 = load ptr, ptr %sp, align 4, !dbg !741
  %sub_owner = getelementptr inbounds %struct.subscription, ptr %4, i32 0, i32 1, !dbg !742
  store i32 %3, ptr %sub_owner, align 4, !dbg !743
  %5 = load ptr, ptr %sp, align 4, !dbg !744
  %sub_prefix = getelementptr inbounds %struct.subscription, ptr %5, i32 0, i32 2, !dbg !745
  %arraydecay = getelementptr inbounds [16 x i8], ptr %sub_prefix, i32 0, i32 0, !dbg !744
  %6 = load ptr, ptr %m.addr, align 4, !dbg !746
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !747
  %key3 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u2, i32 0, i32 0, !dbg !748
  %arraydecay4 = getelementptr inbounds [16 x i8], ptr %key3, i32 0, i32 0, !dbg !746
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %arraydecay4, i32 noundef 16) #3, !dbg !749
  %7 = load ptr, ptr %sp, align 4, !dbg !750
  %sub_flags = getelementptr inbounds %struct.subscription, ptr %7, i32 0, i32 0, !dbg !751
  store i32 1, ptr %sub_flags, align 4, !dbg !752
  ret i32 0, !dbg !753
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !754 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !755, !DIExpression(), !756)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !757
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !759
  %1 = load i32, ptr %m_source, align 4, !dbg !759
  %cmp = icmp ne i32 %1, 0, !dbg !760
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !761

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !762
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !763
  %3 = load i32, ptr %m_source1, align 4, !dbg !763
  %cmp2 = icmp ne i32 %3, 4, !dbg !764
  br i1 %cmp2, label %if.then, label %if.end, !dbg !765

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !766
  br label %return, !dbg !766

if.end:                                           ; preds = %land.lhs.true, %entry
  store i32 1, ptr @ds_shutting_down, align 4, !dbg !767
  store i32 0, ptr %retval, align 4, !dbg !768
  br label %return, !dbg !768

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !769
  ret i32 %4, !dbg !769
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !770 {
entry:
  %m.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !771, !DIExpression(), !772)
    #dbg_declare(ptr %i, !773, !DIExpression(), !774)
    #dbg_declare(ptr %n, !775, !DIExpression(), !776)
  store i32 0, ptr %n, align 4, !dbg !776
  %0 = load ptr, ptr %m.addr, align 4, !dbg !777
  store i32 0, ptr %i, align 4, !dbg !778
  br label %for.cond, !dbg !780

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4, !dbg !781
  %cmp = icmp slt i32 %1, 16, !dbg !783
  br i1 %cmp, label %for.body, label %for.end, !dbg !784

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4, !dbg !785
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %2, !dbg !787
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !788
  %3 = load i32, ptr %flags, align 4, !dbg !788
  %and = and i32 %3, 1, !dbg !789
  %tobool = icmp ne i32 %and, 0, !dbg !789
  br i1 %tobool, label %if.then, label %if.end, !dbg !790

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !791
  %inc = add nsw i32 %4, 1, !dbg !791
  store i32 %inc, ptr %n, align 4, !dbg !791
  br label %if.end, !dbg !792

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !793

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %i, align 4, !dbg !794
  %inc1 = add nsw i32 %5, 1, !dbg !794
  store i32 %inc1, ptr %i, align 4, !dbg !794
  br label %for.cond, !dbg !795, !llvm.loop !796

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !798
  ret i32 %6, !dbg !799
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!9, !37}
!llvm.ident = !{!41, !41}
!llvm.module.flags = !{!42, !43, !44, !45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/ds/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "1d2aedf9ac526093391a3abae00d3352")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "ds_shutting_down", scope: !9, file: !2, line: 7, type: !18, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !10, splitDebugInlining: false, nameTableKind: None)
!10 = !{!0, !11, !27, !7}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "ds_store", scope: !9, file: !2, line: 5, type: !13, isLocal: false, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 3584, elements: !21)
!14 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "data_store", file: !15, line: 20, size: 224, elements: !16)
!15 = !DIFile(filename: "servers/ds/ds.h", directory: ".", checksumkind: CSK_MD5, checksum: "c071f4f12a7063843e290791b836fead")
!16 = !{!17, !19, !23, !26}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !14, file: !15, line: 21, baseType: !18, size: 32)
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !14, file: !15, line: 22, baseType: !20, size: 128, offset: 32)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !21)
!21 = !{!22}
!22 = !DISubrange(count: 16)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "owner", scope: !14, file: !15, line: 23, baseType: !24, size: 32, offset: 160)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !25, line: 25, baseType: !18)
!25 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!26 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !14, file: !15, line: 24, baseType: !24, size: 32, offset: 192)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "ds_subs", scope: !9, file: !2, line: 6, type: !29, isLocal: false, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 6144, elements: !35)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "subscription", file: !15, line: 27, size: 192, elements: !31)
!31 = !{!32, !33, !34}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sub_flags", scope: !30, file: !15, line: 28, baseType: !18, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sub_owner", scope: !30, file: !15, line: 29, baseType: !24, size: 32, offset: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sub_prefix", scope: !30, file: !15, line: 30, baseType: !20, size: 128, offset: 64)
!35 = !{!36}
!36 = !DISubrange(count: 32)
!37 = distinct !DICompileUnit(language: DW_LANG_C11, file: !38, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !39, splitDebugInlining: false, nameTableKind: None)
!38 = !DIFile(filename: "servers/ds/store.c", directory: ".", checksumkind: CSK_MD5, checksum: "71bf37929078fffc1d9bf357a66d1f42")
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!41 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!42 = !{i32 1, !"NumRegisterParameters", i32 0}
!43 = !{i32 7, !"Dwarf Version", i32 5}
!44 = !{i32 2, !"Debug Info Version", i32 3}
!45 = !{i32 1, !"wchar_size", i32 4}
!46 = !{i32 7, !"frame-pointer", i32 2}
!47 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 9, type: !48, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !50)
!48 = !DISubroutineType(types: !49)
!49 = !{!18}
!50 = !{}
!51 = !DILocalVariable(name: "m", scope: !47, file: !2, line: 11, type: !52)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !53, line: 97, baseType: !54)
!53 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 65, size: 512, elements: !55)
!55 = !{!56, !57, !58}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !54, file: !53, line: 66, baseType: !24, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !54, file: !53, line: 67, baseType: !18, size: 32, offset: 32)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !54, file: !53, line: 96, baseType: !59, size: 448, offset: 64)
!59 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !54, file: !53, line: 68, size: 448, elements: !60)
!60 = !{!61, !66, !76, !83, !89, !94, !100, !108, !115, !126, !131, !138, !147, !152, !159, !164, !171, !178, !183, !189, !196, !203, !208, !215, !221, !230, !235}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !59, file: !53, line: 69, baseType: !62, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !53, line: 15, baseType: !63)
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 15, size: 32, elements: !64)
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !63, file: !53, line: 15, baseType: !18, size: 32)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !59, file: !53, line: 70, baseType: !67, size: 64)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !53, line: 16, baseType: !68)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 16, size: 64, elements: !69)
!69 = !{!70, !74}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !68, file: !53, line: 16, baseType: !71, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !25, line: 30, baseType: !72)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !25, line: 22, baseType: !73)
!73 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !68, file: !53, line: 16, baseType: !75, size: 32, offset: 32)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !25, line: 23, baseType: !73)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !59, file: !53, line: 71, baseType: !77, size: 64)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !53, line: 17, baseType: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 17, size: 64, elements: !79)
!79 = !{!80, !82}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !78, file: !53, line: 17, baseType: !81, size: 32)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !25, line: 26, baseType: !18)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !78, file: !53, line: 17, baseType: !18, size: 32, offset: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !59, file: !53, line: 72, baseType: !84, size: 32)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !53, line: 18, baseType: !85)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 18, size: 32, elements: !86)
!86 = !{!87}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !85, file: !53, line: 18, baseType: !88, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !25, line: 27, baseType: !18)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !59, file: !53, line: 73, baseType: !90, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !53, line: 19, baseType: !91)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 19, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !91, file: !53, line: 19, baseType: !18, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !59, file: !53, line: 74, baseType: !95, size: 64)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !53, line: 20, baseType: !96)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 20, size: 64, elements: !97)
!97 = !{!98, !99}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !96, file: !53, line: 20, baseType: !18, size: 32)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !96, file: !53, line: 20, baseType: !71, size: 32, offset: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !59, file: !53, line: 75, baseType: !101, size: 128)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !53, line: 28, baseType: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 23, size: 128, elements: !103)
!103 = !{!104, !105, !106, !107}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !102, file: !53, line: 24, baseType: !24, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !102, file: !53, line: 25, baseType: !24, size: 32, offset: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !102, file: !53, line: 26, baseType: !81, size: 32, offset: 64)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !102, file: !53, line: 27, baseType: !88, size: 32, offset: 96)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !59, file: !53, line: 76, baseType: !109, size: 96)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !53, line: 29, baseType: !110)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 29, size: 96, elements: !111)
!111 = !{!112, !113, !114}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !110, file: !53, line: 29, baseType: !24, size: 32)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !110, file: !53, line: 29, baseType: !71, size: 32, offset: 32)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !110, file: !53, line: 29, baseType: !75, size: 32, offset: 64)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !59, file: !53, line: 77, baseType: !116, size: 128)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !53, line: 32, baseType: !117)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 32, size: 128, elements: !118)
!118 = !{!119, !120, !121, !122}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !117, file: !53, line: 32, baseType: !71, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !117, file: !53, line: 32, baseType: !75, size: 32, offset: 32)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !117, file: !53, line: 32, baseType: !18, size: 32, offset: 64)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !117, file: !53, line: 32, baseType: !123, size: 16, offset: 96)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !25, line: 28, baseType: !124)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !25, line: 20, baseType: !125)
!125 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !59, file: !53, line: 78, baseType: !127, size: 32)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !53, line: 33, baseType: !128)
!128 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 33, size: 32, elements: !129)
!129 = !{!130}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !128, file: !53, line: 33, baseType: !18, size: 32)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !59, file: !53, line: 79, baseType: !132, size: 96)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !53, line: 34, baseType: !133)
!133 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 34, size: 96, elements: !134)
!134 = !{!135, !136, !137}
!135 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !133, file: !53, line: 34, baseType: !18, size: 32)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !133, file: !53, line: 34, baseType: !71, size: 32, offset: 32)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !133, file: !53, line: 34, baseType: !75, size: 32, offset: 64)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !59, file: !53, line: 80, baseType: !139, size: 96)
!139 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !53, line: 35, baseType: !140)
!140 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 35, size: 96, elements: !141)
!141 = !{!142, !143, !146}
!142 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !140, file: !53, line: 35, baseType: !18, size: 32)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !140, file: !53, line: 35, baseType: !144, size: 32, offset: 32)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !25, line: 29, baseType: !145)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !25, line: 21, baseType: !18)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !140, file: !53, line: 35, baseType: !18, size: 32, offset: 64)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !59, file: !53, line: 81, baseType: !148, size: 16)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !53, line: 36, baseType: !149)
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 36, size: 16, elements: !150)
!150 = !{!151}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !149, file: !53, line: 36, baseType: !123, size: 16)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !59, file: !53, line: 82, baseType: !153, size: 96)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !53, line: 39, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 39, size: 96, elements: !155)
!155 = !{!156, !157, !158}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !154, file: !53, line: 39, baseType: !24, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !154, file: !53, line: 39, baseType: !18, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !154, file: !53, line: 39, baseType: !24, size: 32, offset: 64)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !59, file: !53, line: 83, baseType: !160, size: 32)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !53, line: 40, baseType: !161)
!161 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 40, size: 32, elements: !162)
!162 = !{!163}
!163 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !161, file: !53, line: 40, baseType: !24, size: 32)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !59, file: !53, line: 84, baseType: !165, size: 96)
!165 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !53, line: 41, baseType: !166)
!166 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 41, size: 96, elements: !167)
!167 = !{!168, !169, !170}
!168 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !166, file: !53, line: 41, baseType: !24, size: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !166, file: !53, line: 41, baseType: !75, size: 32, offset: 32)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !166, file: !53, line: 41, baseType: !71, size: 32, offset: 64)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !59, file: !53, line: 85, baseType: !172, size: 96)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !53, line: 42, baseType: !173)
!173 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 42, size: 96, elements: !174)
!174 = !{!175, !176, !177}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !173, file: !53, line: 42, baseType: !24, size: 32)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !173, file: !53, line: 42, baseType: !75, size: 32, offset: 32)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !173, file: !53, line: 42, baseType: !71, size: 32, offset: 64)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !59, file: !53, line: 86, baseType: !179, size: 32)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !53, line: 45, baseType: !180)
!180 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 45, size: 32, elements: !181)
!181 = !{!182}
!182 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !180, file: !53, line: 45, baseType: !71, size: 32)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !59, file: !53, line: 87, baseType: !184, size: 64)
!184 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !53, line: 46, baseType: !185)
!185 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 46, size: 64, elements: !186)
!186 = !{!187, !188}
!187 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !185, file: !53, line: 46, baseType: !75, size: 32)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !185, file: !53, line: 46, baseType: !71, size: 32, offset: 32)
!189 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !59, file: !53, line: 88, baseType: !190, size: 192)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !53, line: 49, baseType: !191)
!191 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 49, size: 192, elements: !192)
!192 = !{!193, !194, !195}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !191, file: !53, line: 49, baseType: !20, size: 128)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !191, file: !53, line: 49, baseType: !24, size: 32, offset: 128)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !191, file: !53, line: 49, baseType: !18, size: 32, offset: 160)
!196 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !59, file: !53, line: 89, baseType: !197, size: 192)
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !53, line: 50, baseType: !198)
!198 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 50, size: 192, elements: !199)
!199 = !{!200, !201, !202}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !198, file: !53, line: 50, baseType: !20, size: 128)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !198, file: !53, line: 50, baseType: !24, size: 32, offset: 128)
!202 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !198, file: !53, line: 50, baseType: !18, size: 32, offset: 160)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !59, file: !53, line: 90, baseType: !204, size: 32)
!204 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !53, line: 53, baseType: !205)
!205 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 53, size: 32, elements: !206)
!206 = !{!207}
!207 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !205, file: !53, line: 53, baseType: !18, size: 32)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !59, file: !53, line: 91, baseType: !209, size: 96)
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !53, line: 56, baseType: !210)
!210 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 56, size: 96, elements: !211)
!211 = !{!212, !213, !214}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !210, file: !53, line: 56, baseType: !24, size: 32)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !210, file: !53, line: 56, baseType: !18, size: 32, offset: 32)
!214 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !210, file: !53, line: 56, baseType: !24, size: 32, offset: 64)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !59, file: !53, line: 92, baseType: !216, size: 64)
!216 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !53, line: 57, baseType: !217)
!217 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 57, size: 64, elements: !218)
!218 = !{!219, !220}
!219 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !217, file: !53, line: 57, baseType: !24, size: 32)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !217, file: !53, line: 57, baseType: !18, size: 32, offset: 32)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !59, file: !53, line: 93, baseType: !222, size: 160)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !53, line: 62, baseType: !223)
!223 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 58, size: 160, elements: !224)
!224 = !{!225, !226, !227, !228, !229}
!225 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !223, file: !53, line: 59, baseType: !24, size: 32)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !223, file: !53, line: 59, baseType: !71, size: 32, offset: 32)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !223, file: !53, line: 60, baseType: !24, size: 32, offset: 64)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !223, file: !53, line: 60, baseType: !71, size: 32, offset: 96)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !223, file: !53, line: 61, baseType: !75, size: 32, offset: 128)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !59, file: !53, line: 94, baseType: !231, size: 32)
!231 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !53, line: 63, baseType: !232)
!232 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 63, size: 32, elements: !233)
!233 = !{!234}
!234 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !232, file: !53, line: 63, baseType: !18, size: 32)
!235 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !59, file: !53, line: 95, baseType: !236, size: 448)
!236 = !DICompositeType(tag: DW_TAG_array_type, baseType: !237, size: 448, elements: !239)
!237 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !25, line: 18, baseType: !238)
!238 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!239 = !{!240}
!240 = !DISubrange(count: 56)
!241 = !DILocation(line: 11, column: 10, scope: !47)
!242 = !DILocalVariable(name: "ipc_status", scope: !47, file: !2, line: 12, type: !18)
!243 = !DILocation(line: 12, column: 6, scope: !47)
!244 = !DILocalVariable(name: "r", scope: !47, file: !2, line: 12, type: !18)
!245 = !DILocation(line: 12, column: 18, scope: !47)
!246 = !DILocation(line: 14, column: 2, scope: !47)
!247 = !DILocation(line: 15, column: 7, scope: !248)
!248 = distinct !DILexicalBlock(scope: !249, file: !2, line: 15, column: 7)
!249 = distinct !DILexicalBlock(scope: !250, file: !2, line: 14, column: 11)
!250 = distinct !DILexicalBlock(scope: !251, file: !2, line: 14, column: 2)
!251 = distinct !DILexicalBlock(scope: !47, file: !2, line: 14, column: 2)
!252 = !DILocation(line: 15, column: 48, scope: !248)
!253 = !DILocation(line: 15, column: 7, scope: !249)
!254 = !DILocation(line: 16, column: 4, scope: !248)
!255 = !DILocation(line: 18, column: 13, scope: !249)
!256 = !DILocation(line: 18, column: 3, scope: !249)
!257 = !DILocation(line: 19, column: 24, scope: !258)
!258 = distinct !DILexicalBlock(scope: !249, file: !2, line: 18, column: 21)
!259 = !DILocation(line: 19, column: 22, scope: !258)
!260 = !DILocation(line: 19, column: 40, scope: !258)
!261 = !DILocation(line: 20, column: 31, scope: !258)
!262 = !DILocation(line: 20, column: 29, scope: !258)
!263 = !DILocation(line: 20, column: 54, scope: !258)
!264 = !DILocation(line: 21, column: 24, scope: !258)
!265 = !DILocation(line: 21, column: 22, scope: !258)
!266 = !DILocation(line: 21, column: 39, scope: !258)
!267 = !DILocation(line: 22, column: 39, scope: !258)
!268 = !DILocation(line: 22, column: 26, scope: !258)
!269 = !DILocation(line: 22, column: 24, scope: !258)
!270 = !DILocation(line: 22, column: 69, scope: !258)
!271 = !DILocation(line: 23, column: 29, scope: !258)
!272 = !DILocation(line: 23, column: 27, scope: !258)
!273 = !DILocation(line: 23, column: 46, scope: !258)
!274 = !DILocation(line: 24, column: 30, scope: !258)
!275 = !DILocation(line: 24, column: 28, scope: !258)
!276 = !DILocation(line: 24, column: 48, scope: !258)
!277 = !DILocation(line: 25, column: 15, scope: !258)
!278 = !DILocation(line: 25, column: 25, scope: !258)
!279 = !DILocation(line: 28, column: 7, scope: !280)
!280 = distinct !DILexicalBlock(scope: !249, file: !2, line: 28, column: 7)
!281 = !DILocation(line: 28, column: 9, scope: !280)
!282 = !DILocation(line: 28, column: 7, scope: !249)
!283 = !DILocation(line: 29, column: 15, scope: !284)
!284 = distinct !DILexicalBlock(scope: !280, file: !2, line: 28, column: 24)
!285 = !DILocation(line: 29, column: 6, scope: !284)
!286 = !DILocation(line: 29, column: 13, scope: !284)
!287 = !DILocation(line: 30, column: 15, scope: !284)
!288 = !DILocation(line: 30, column: 4, scope: !284)
!289 = !DILocation(line: 31, column: 3, scope: !284)
!290 = !DILocation(line: 14, column: 2, scope: !250)
!291 = distinct !{!291, !292, !293}
!292 = !DILocation(line: 14, column: 2, scope: !251)
!293 = !DILocation(line: 32, column: 2, scope: !251)
!294 = distinct !DISubprogram(name: "do_publish", scope: !38, file: !38, line: 37, type: !295, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!295 = !DISubroutineType(types: !296)
!296 = !{!18, !297}
!297 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !298, size: 32)
!298 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !53, line: 97, baseType: !299)
!299 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 65, size: 512, elements: !300)
!300 = !{!301, !302, !303}
!301 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !299, file: !53, line: 66, baseType: !24, size: 32)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !299, file: !53, line: 67, baseType: !18, size: 32, offset: 32)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !299, file: !53, line: 96, baseType: !304, size: 448, offset: 64)
!304 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !299, file: !53, line: 68, size: 448, elements: !305)
!305 = !{!306, !311, !317, !323, !328, !333, !339, !347, !354, !362, !367, !374, !381, !386, !393, !398, !405, !412, !417, !423, !430, !437, !442, !449, !455, !464, !469}
!306 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !304, file: !53, line: 69, baseType: !307, size: 32)
!307 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !53, line: 15, baseType: !308)
!308 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 15, size: 32, elements: !309)
!309 = !{!310}
!310 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !308, file: !53, line: 15, baseType: !18, size: 32)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !304, file: !53, line: 70, baseType: !312, size: 64)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !53, line: 16, baseType: !313)
!313 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 16, size: 64, elements: !314)
!314 = !{!315, !316}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !313, file: !53, line: 16, baseType: !71, size: 32)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !313, file: !53, line: 16, baseType: !75, size: 32, offset: 32)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !304, file: !53, line: 71, baseType: !318, size: 64)
!318 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !53, line: 17, baseType: !319)
!319 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 17, size: 64, elements: !320)
!320 = !{!321, !322}
!321 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !319, file: !53, line: 17, baseType: !81, size: 32)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !319, file: !53, line: 17, baseType: !18, size: 32, offset: 32)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !304, file: !53, line: 72, baseType: !324, size: 32)
!324 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !53, line: 18, baseType: !325)
!325 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 18, size: 32, elements: !326)
!326 = !{!327}
!327 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !325, file: !53, line: 18, baseType: !88, size: 32)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !304, file: !53, line: 73, baseType: !329, size: 32)
!329 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !53, line: 19, baseType: !330)
!330 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 19, size: 32, elements: !331)
!331 = !{!332}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !330, file: !53, line: 19, baseType: !18, size: 32)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !304, file: !53, line: 74, baseType: !334, size: 64)
!334 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !53, line: 20, baseType: !335)
!335 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 20, size: 64, elements: !336)
!336 = !{!337, !338}
!337 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !335, file: !53, line: 20, baseType: !18, size: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !335, file: !53, line: 20, baseType: !71, size: 32, offset: 32)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !304, file: !53, line: 75, baseType: !340, size: 128)
!340 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !53, line: 28, baseType: !341)
!341 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 23, size: 128, elements: !342)
!342 = !{!343, !344, !345, !346}
!343 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !341, file: !53, line: 24, baseType: !24, size: 32)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !341, file: !53, line: 25, baseType: !24, size: 32, offset: 32)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !341, file: !53, line: 26, baseType: !81, size: 32, offset: 64)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !341, file: !53, line: 27, baseType: !88, size: 32, offset: 96)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !304, file: !53, line: 76, baseType: !348, size: 96)
!348 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !53, line: 29, baseType: !349)
!349 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 29, size: 96, elements: !350)
!350 = !{!351, !352, !353}
!351 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !349, file: !53, line: 29, baseType: !24, size: 32)
!352 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !349, file: !53, line: 29, baseType: !71, size: 32, offset: 32)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !349, file: !53, line: 29, baseType: !75, size: 32, offset: 64)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !304, file: !53, line: 77, baseType: !355, size: 128)
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !53, line: 32, baseType: !356)
!356 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 32, size: 128, elements: !357)
!357 = !{!358, !359, !360, !361}
!358 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !356, file: !53, line: 32, baseType: !71, size: 32)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !356, file: !53, line: 32, baseType: !75, size: 32, offset: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !356, file: !53, line: 32, baseType: !18, size: 32, offset: 64)
!361 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !356, file: !53, line: 32, baseType: !123, size: 16, offset: 96)
!362 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !304, file: !53, line: 78, baseType: !363, size: 32)
!363 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !53, line: 33, baseType: !364)
!364 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 33, size: 32, elements: !365)
!365 = !{!366}
!366 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !364, file: !53, line: 33, baseType: !18, size: 32)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !304, file: !53, line: 79, baseType: !368, size: 96)
!368 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !53, line: 34, baseType: !369)
!369 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 34, size: 96, elements: !370)
!370 = !{!371, !372, !373}
!371 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !369, file: !53, line: 34, baseType: !18, size: 32)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !369, file: !53, line: 34, baseType: !71, size: 32, offset: 32)
!373 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !369, file: !53, line: 34, baseType: !75, size: 32, offset: 64)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !304, file: !53, line: 80, baseType: !375, size: 96)
!375 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !53, line: 35, baseType: !376)
!376 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 35, size: 96, elements: !377)
!377 = !{!378, !379, !380}
!378 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !376, file: !53, line: 35, baseType: !18, size: 32)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !376, file: !53, line: 35, baseType: !144, size: 32, offset: 32)
!380 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !376, file: !53, line: 35, baseType: !18, size: 32, offset: 64)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !304, file: !53, line: 81, baseType: !382, size: 16)
!382 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !53, line: 36, baseType: !383)
!383 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 36, size: 16, elements: !384)
!384 = !{!385}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !383, file: !53, line: 36, baseType: !123, size: 16)
!386 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !304, file: !53, line: 82, baseType: !387, size: 96)
!387 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !53, line: 39, baseType: !388)
!388 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 39, size: 96, elements: !389)
!389 = !{!390, !391, !392}
!390 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !388, file: !53, line: 39, baseType: !24, size: 32)
!391 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !388, file: !53, line: 39, baseType: !18, size: 32, offset: 32)
!392 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !388, file: !53, line: 39, baseType: !24, size: 32, offset: 64)
!393 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !304, file: !53, line: 83, baseType: !394, size: 32)
!394 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !53, line: 40, baseType: !395)
!395 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 40, size: 32, elements: !396)
!396 = !{!397}
!397 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !395, file: !53, line: 40, baseType: !24, size: 32)
!398 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !304, file: !53, line: 84, baseType: !399, size: 96)
!399 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !53, line: 41, baseType: !400)
!400 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 41, size: 96, elements: !401)
!401 = !{!402, !403, !404}
!402 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !400, file: !53, line: 41, baseType: !24, size: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !400, file: !53, line: 41, baseType: !75, size: 32, offset: 32)
!404 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !400, file: !53, line: 41, baseType: !71, size: 32, offset: 64)
!405 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !304, file: !53, line: 85, baseType: !406, size: 96)
!406 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !53, line: 42, baseType: !407)
!407 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 42, size: 96, elements: !408)
!408 = !{!409, !410, !411}
!409 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !407, file: !53, line: 42, baseType: !24, size: 32)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !407, file: !53, line: 42, baseType: !75, size: 32, offset: 32)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !407, file: !53, line: 42, baseType: !71, size: 32, offset: 64)
!412 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !304, file: !53, line: 86, baseType: !413, size: 32)
!413 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !53, line: 45, baseType: !414)
!414 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 45, size: 32, elements: !415)
!415 = !{!416}
!416 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !414, file: !53, line: 45, baseType: !71, size: 32)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !304, file: !53, line: 87, baseType: !418, size: 64)
!418 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !53, line: 46, baseType: !419)
!419 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 46, size: 64, elements: !420)
!420 = !{!421, !422}
!421 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !419, file: !53, line: 46, baseType: !75, size: 32)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !419, file: !53, line: 46, baseType: !71, size: 32, offset: 32)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !304, file: !53, line: 88, baseType: !424, size: 192)
!424 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !53, line: 49, baseType: !425)
!425 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 49, size: 192, elements: !426)
!426 = !{!427, !428, !429}
!427 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !425, file: !53, line: 49, baseType: !20, size: 128)
!428 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !425, file: !53, line: 49, baseType: !24, size: 32, offset: 128)
!429 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !425, file: !53, line: 49, baseType: !18, size: 32, offset: 160)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !304, file: !53, line: 89, baseType: !431, size: 192)
!431 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !53, line: 50, baseType: !432)
!432 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 50, size: 192, elements: !433)
!433 = !{!434, !435, !436}
!434 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !432, file: !53, line: 50, baseType: !20, size: 128)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !432, file: !53, line: 50, baseType: !24, size: 32, offset: 128)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !432, file: !53, line: 50, baseType: !18, size: 32, offset: 160)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !304, file: !53, line: 90, baseType: !438, size: 32)
!438 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !53, line: 53, baseType: !439)
!439 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 53, size: 32, elements: !440)
!440 = !{!441}
!441 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !439, file: !53, line: 53, baseType: !18, size: 32)
!442 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !304, file: !53, line: 91, baseType: !443, size: 96)
!443 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !53, line: 56, baseType: !444)
!444 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 56, size: 96, elements: !445)
!445 = !{!446, !447, !448}
!446 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !444, file: !53, line: 56, baseType: !24, size: 32)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !444, file: !53, line: 56, baseType: !18, size: 32, offset: 32)
!448 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !444, file: !53, line: 56, baseType: !24, size: 32, offset: 64)
!449 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !304, file: !53, line: 92, baseType: !450, size: 64)
!450 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !53, line: 57, baseType: !451)
!451 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 57, size: 64, elements: !452)
!452 = !{!453, !454}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !451, file: !53, line: 57, baseType: !24, size: 32)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !451, file: !53, line: 57, baseType: !18, size: 32, offset: 32)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !304, file: !53, line: 93, baseType: !456, size: 160)
!456 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !53, line: 62, baseType: !457)
!457 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 58, size: 160, elements: !458)
!458 = !{!459, !460, !461, !462, !463}
!459 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !457, file: !53, line: 59, baseType: !24, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !457, file: !53, line: 59, baseType: !71, size: 32, offset: 32)
!461 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !457, file: !53, line: 60, baseType: !24, size: 32, offset: 64)
!462 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !457, file: !53, line: 60, baseType: !71, size: 32, offset: 96)
!463 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !457, file: !53, line: 61, baseType: !75, size: 32, offset: 128)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !304, file: !53, line: 94, baseType: !465, size: 32)
!465 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !53, line: 63, baseType: !466)
!466 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !53, line: 63, size: 32, elements: !467)
!467 = !{!468}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !466, file: !53, line: 63, baseType: !18, size: 32)
!469 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !304, file: !53, line: 95, baseType: !236, size: 448)
!470 = !DILocalVariable(name: "m", arg: 1, scope: !294, file: !38, line: 37, type: !297)
!471 = !DILocation(line: 37, column: 25, scope: !294)
!472 = !DILocalVariable(name: "dsp", scope: !294, file: !38, line: 39, type: !473)
!473 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !474, size: 32)
!474 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "data_store", file: !15, line: 20, size: 224, elements: !475)
!475 = !{!476, !477, !478, !479}
!476 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !474, file: !15, line: 21, baseType: !18, size: 32)
!477 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !474, file: !15, line: 22, baseType: !20, size: 128, offset: 32)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "owner", scope: !474, file: !15, line: 23, baseType: !24, size: 32, offset: 160)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !474, file: !15, line: 24, baseType: !24, size: 32, offset: 192)
!480 = !DILocation(line: 39, column: 21, scope: !294)
!481 = !DILocation(line: 41, column: 6, scope: !482)
!482 = distinct !DILexicalBlock(scope: !294, file: !38, line: 41, column: 6)
!483 = !DILocation(line: 41, column: 9, scope: !482)
!484 = !DILocation(line: 41, column: 18, scope: !482)
!485 = !DILocation(line: 41, column: 6, scope: !294)
!486 = !DILocation(line: 42, column: 3, scope: !482)
!487 = !DILocation(line: 43, column: 6, scope: !488)
!488 = distinct !DILexicalBlock(scope: !294, file: !38, line: 43, column: 6)
!489 = !DILocation(line: 43, column: 6, scope: !294)
!490 = !DILocation(line: 44, column: 3, scope: !488)
!491 = !DILocation(line: 45, column: 2, scope: !294)
!492 = !DILocation(line: 45, column: 5, scope: !294)
!493 = !DILocation(line: 45, column: 18, scope: !294)
!494 = !DILocation(line: 45, column: 37, scope: !294)
!495 = !DILocation(line: 46, column: 26, scope: !496)
!496 = distinct !DILexicalBlock(scope: !294, file: !38, line: 46, column: 6)
!497 = !DILocation(line: 46, column: 29, scope: !496)
!498 = !DILocation(line: 46, column: 42, scope: !496)
!499 = !DILocation(line: 46, column: 13, scope: !496)
!500 = !DILocation(line: 46, column: 11, scope: !496)
!501 = !DILocation(line: 46, column: 48, scope: !496)
!502 = !DILocation(line: 46, column: 56, scope: !496)
!503 = !DILocation(line: 47, column: 13, scope: !496)
!504 = !DILocation(line: 47, column: 11, scope: !496)
!505 = !DILocation(line: 47, column: 28, scope: !496)
!506 = !DILocation(line: 46, column: 6, scope: !294)
!507 = !DILocation(line: 48, column: 3, scope: !496)
!508 = !DILocation(line: 49, column: 10, scope: !294)
!509 = !DILocation(line: 49, column: 15, scope: !294)
!510 = !DILocation(line: 49, column: 20, scope: !294)
!511 = !DILocation(line: 49, column: 23, scope: !294)
!512 = !DILocation(line: 49, column: 36, scope: !294)
!513 = !DILocation(line: 49, column: 2, scope: !294)
!514 = !DILocation(line: 50, column: 15, scope: !294)
!515 = !DILocation(line: 50, column: 18, scope: !294)
!516 = !DILocation(line: 50, column: 2, scope: !294)
!517 = !DILocation(line: 50, column: 7, scope: !294)
!518 = !DILocation(line: 50, column: 13, scope: !294)
!519 = !DILocation(line: 51, column: 15, scope: !294)
!520 = !DILocation(line: 51, column: 18, scope: !294)
!521 = !DILocation(line: 51, column: 31, scope: !294)
!522 = !DILocation(line: 51, column: 2, scope: !294)
!523 = !DILocation(line: 51, column: 7, scope: !294)
!524 = !DILocation(line: 51, column: 13, scope: !294)
!525 = !DILocation(line: 52, column: 29, scope: !294)
!526 = !DILocation(line: 52, column: 32, scope: !294)
!527 = !DILocation(line: 52, column: 45, scope: !294)
!528 = !DILocation(line: 52, column: 51, scope: !294)
!529 = !DILocation(line: 52, column: 26, scope: !294)
!530 = !DILocation(line: 52, column: 2, scope: !294)
!531 = !DILocation(line: 52, column: 7, scope: !294)
!532 = !DILocation(line: 52, column: 13, scope: !294)
!533 = !DILocation(line: 53, column: 21, scope: !294)
!534 = !DILocation(line: 53, column: 26, scope: !294)
!535 = !DILocation(line: 53, column: 2, scope: !294)
!536 = !DILocation(line: 54, column: 2, scope: !294)
!537 = !DILocation(line: 55, column: 1, scope: !294)
!538 = distinct !DISubprogram(name: "lookup_entry", scope: !38, file: !38, line: 5, type: !539, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !37, retainedNodes: !50)
!539 = !DISubroutineType(types: !540)
!540 = !{!473, !541}
!541 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !542, size: 32)
!542 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!543 = !DILocalVariable(name: "key", arg: 1, scope: !538, file: !38, line: 5, type: !541)
!544 = !DILocation(line: 5, column: 52, scope: !538)
!545 = !DILocalVariable(name: "i", scope: !538, file: !38, line: 7, type: !18)
!546 = !DILocation(line: 7, column: 6, scope: !538)
!547 = !DILocation(line: 9, column: 9, scope: !548)
!548 = distinct !DILexicalBlock(scope: !538, file: !38, line: 9, column: 2)
!549 = !DILocation(line: 9, column: 7, scope: !548)
!550 = !DILocation(line: 9, column: 14, scope: !551)
!551 = distinct !DILexicalBlock(scope: !548, file: !38, line: 9, column: 2)
!552 = !DILocation(line: 9, column: 16, scope: !551)
!553 = !DILocation(line: 9, column: 2, scope: !548)
!554 = !DILocation(line: 10, column: 17, scope: !555)
!555 = distinct !DILexicalBlock(scope: !551, file: !38, line: 10, column: 7)
!556 = !DILocation(line: 10, column: 8, scope: !555)
!557 = !DILocation(line: 10, column: 20, scope: !555)
!558 = !DILocation(line: 10, column: 26, scope: !555)
!559 = !DILocation(line: 10, column: 40, scope: !555)
!560 = !DILocation(line: 11, column: 24, scope: !555)
!561 = !DILocation(line: 11, column: 15, scope: !555)
!562 = !DILocation(line: 11, column: 27, scope: !555)
!563 = !DILocation(line: 11, column: 32, scope: !555)
!564 = !DILocation(line: 11, column: 7, scope: !555)
!565 = !DILocation(line: 11, column: 48, scope: !555)
!566 = !DILocation(line: 10, column: 7, scope: !551)
!567 = !DILocation(line: 12, column: 21, scope: !555)
!568 = !DILocation(line: 12, column: 12, scope: !555)
!569 = !DILocation(line: 12, column: 4, scope: !555)
!570 = !DILocation(line: 11, column: 51, scope: !555)
!571 = !DILocation(line: 9, column: 31, scope: !551)
!572 = !DILocation(line: 9, column: 2, scope: !551)
!573 = distinct !{!573, !553, !574, !575}
!574 = !DILocation(line: 12, column: 22, scope: !548)
!575 = !{!"llvm.loop.mustprogress"}
!576 = !DILocation(line: 13, column: 2, scope: !538)
!577 = !DILocation(line: 14, column: 1, scope: !538)
!578 = distinct !DISubprogram(name: "alloc_entry", scope: !38, file: !38, line: 16, type: !579, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !37, retainedNodes: !50)
!579 = !DISubroutineType(types: !580)
!580 = !{!473}
!581 = !DILocalVariable(name: "i", scope: !578, file: !38, line: 18, type: !18)
!582 = !DILocation(line: 18, column: 6, scope: !578)
!583 = !DILocation(line: 20, column: 9, scope: !584)
!584 = distinct !DILexicalBlock(scope: !578, file: !38, line: 20, column: 2)
!585 = !DILocation(line: 20, column: 7, scope: !584)
!586 = !DILocation(line: 20, column: 14, scope: !587)
!587 = distinct !DILexicalBlock(scope: !584, file: !38, line: 20, column: 2)
!588 = !DILocation(line: 20, column: 16, scope: !587)
!589 = !DILocation(line: 20, column: 2, scope: !584)
!590 = !DILocation(line: 21, column: 18, scope: !591)
!591 = distinct !DILexicalBlock(scope: !587, file: !38, line: 21, column: 7)
!592 = !DILocation(line: 21, column: 9, scope: !591)
!593 = !DILocation(line: 21, column: 21, scope: !591)
!594 = !DILocation(line: 21, column: 27, scope: !591)
!595 = !DILocation(line: 21, column: 7, scope: !587)
!596 = !DILocation(line: 22, column: 21, scope: !591)
!597 = !DILocation(line: 22, column: 12, scope: !591)
!598 = !DILocation(line: 22, column: 4, scope: !591)
!599 = !DILocation(line: 21, column: 39, scope: !591)
!600 = !DILocation(line: 20, column: 31, scope: !587)
!601 = !DILocation(line: 20, column: 2, scope: !587)
!602 = distinct !{!602, !589, !603, !575}
!603 = !DILocation(line: 22, column: 22, scope: !584)
!604 = !DILocation(line: 23, column: 2, scope: !578)
!605 = !DILocation(line: 24, column: 1, scope: !578)
!606 = distinct !DISubprogram(name: "notify_subscribers", scope: !38, file: !38, line: 27, type: !607, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !37, retainedNodes: !50)
!607 = !DISubroutineType(types: !608)
!608 = !{null, !541}
!609 = !DILocalVariable(name: "key", arg: 1, scope: !606, file: !38, line: 27, type: !541)
!610 = !DILocation(line: 27, column: 44, scope: !606)
!611 = !DILocalVariable(name: "i", scope: !606, file: !38, line: 29, type: !18)
!612 = !DILocation(line: 29, column: 6, scope: !606)
!613 = !DILocation(line: 31, column: 9, scope: !614)
!614 = distinct !DILexicalBlock(scope: !606, file: !38, line: 31, column: 2)
!615 = !DILocation(line: 31, column: 7, scope: !614)
!616 = !DILocation(line: 31, column: 14, scope: !617)
!617 = distinct !DILexicalBlock(scope: !614, file: !38, line: 31, column: 2)
!618 = !DILocation(line: 31, column: 16, scope: !617)
!619 = !DILocation(line: 31, column: 2, scope: !614)
!620 = !DILocation(line: 32, column: 16, scope: !621)
!621 = distinct !DILexicalBlock(scope: !617, file: !38, line: 32, column: 7)
!622 = !DILocation(line: 32, column: 8, scope: !621)
!623 = !DILocation(line: 32, column: 19, scope: !621)
!624 = !DILocation(line: 32, column: 29, scope: !621)
!625 = !DILocation(line: 32, column: 43, scope: !621)
!626 = !DILocation(line: 33, column: 23, scope: !621)
!627 = !DILocation(line: 33, column: 15, scope: !621)
!628 = !DILocation(line: 33, column: 26, scope: !621)
!629 = !DILocation(line: 33, column: 38, scope: !621)
!630 = !DILocation(line: 33, column: 58, scope: !621)
!631 = !DILocation(line: 33, column: 50, scope: !621)
!632 = !DILocation(line: 33, column: 61, scope: !621)
!633 = !DILocation(line: 33, column: 43, scope: !621)
!634 = !DILocation(line: 33, column: 7, scope: !621)
!635 = !DILocation(line: 33, column: 74, scope: !621)
!636 = !DILocation(line: 32, column: 7, scope: !617)
!637 = !DILocation(line: 34, column: 23, scope: !621)
!638 = !DILocation(line: 34, column: 15, scope: !621)
!639 = !DILocation(line: 34, column: 26, scope: !621)
!640 = !DILocation(line: 34, column: 4, scope: !621)
!641 = !DILocation(line: 33, column: 77, scope: !621)
!642 = !DILocation(line: 31, column: 29, scope: !617)
!643 = !DILocation(line: 31, column: 2, scope: !617)
!644 = distinct !{!644, !619, !645, !575}
!645 = !DILocation(line: 34, column: 35, scope: !614)
!646 = !DILocation(line: 35, column: 1, scope: !606)
!647 = distinct !DISubprogram(name: "do_retrieve_label", scope: !38, file: !38, line: 57, type: !295, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!648 = !DILocalVariable(name: "m", arg: 1, scope: !647, file: !38, line: 57, type: !297)
!649 = !DILocation(line: 57, column: 32, scope: !647)
!650 = !DILocalVariable(name: "dsp", scope: !647, file: !38, line: 59, type: !473)
!651 = !DILocation(line: 59, column: 21, scope: !647)
!652 = !DILocation(line: 61, column: 2, scope: !647)
!653 = !DILocation(line: 61, column: 5, scope: !647)
!654 = !DILocation(line: 61, column: 18, scope: !647)
!655 = !DILocation(line: 61, column: 37, scope: !647)
!656 = !DILocation(line: 62, column: 26, scope: !657)
!657 = distinct !DILexicalBlock(scope: !647, file: !38, line: 62, column: 6)
!658 = !DILocation(line: 62, column: 29, scope: !657)
!659 = !DILocation(line: 62, column: 42, scope: !657)
!660 = !DILocation(line: 62, column: 13, scope: !657)
!661 = !DILocation(line: 62, column: 11, scope: !657)
!662 = !DILocation(line: 62, column: 48, scope: !657)
!663 = !DILocation(line: 62, column: 6, scope: !647)
!664 = !DILocation(line: 63, column: 3, scope: !657)
!665 = !DILocation(line: 64, column: 7, scope: !666)
!666 = distinct !DILexicalBlock(scope: !647, file: !38, line: 64, column: 6)
!667 = !DILocation(line: 64, column: 12, scope: !666)
!668 = !DILocation(line: 64, column: 18, scope: !666)
!669 = !DILocation(line: 64, column: 33, scope: !666)
!670 = !DILocation(line: 64, column: 36, scope: !666)
!671 = !DILocation(line: 64, column: 41, scope: !666)
!672 = !DILocation(line: 64, column: 50, scope: !666)
!673 = !DILocation(line: 64, column: 53, scope: !666)
!674 = !DILocation(line: 64, column: 47, scope: !666)
!675 = !DILocation(line: 64, column: 6, scope: !647)
!676 = !DILocation(line: 65, column: 3, scope: !666)
!677 = !DILocation(line: 66, column: 26, scope: !647)
!678 = !DILocation(line: 66, column: 31, scope: !647)
!679 = !DILocation(line: 66, column: 2, scope: !647)
!680 = !DILocation(line: 66, column: 5, scope: !647)
!681 = !DILocation(line: 66, column: 18, scope: !647)
!682 = !DILocation(line: 66, column: 24, scope: !647)
!683 = !DILocation(line: 67, column: 2, scope: !647)
!684 = !DILocation(line: 68, column: 1, scope: !647)
!685 = distinct !DISubprogram(name: "do_delete", scope: !38, file: !38, line: 70, type: !295, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!686 = !DILocalVariable(name: "m", arg: 1, scope: !685, file: !38, line: 70, type: !297)
!687 = !DILocation(line: 70, column: 24, scope: !685)
!688 = !DILocalVariable(name: "dsp", scope: !685, file: !38, line: 72, type: !473)
!689 = !DILocation(line: 72, column: 21, scope: !685)
!690 = !DILocation(line: 74, column: 6, scope: !691)
!691 = distinct !DILexicalBlock(scope: !685, file: !38, line: 74, column: 6)
!692 = !DILocation(line: 74, column: 9, scope: !691)
!693 = !DILocation(line: 74, column: 18, scope: !691)
!694 = !DILocation(line: 74, column: 6, scope: !685)
!695 = !DILocation(line: 75, column: 3, scope: !691)
!696 = !DILocation(line: 76, column: 2, scope: !685)
!697 = !DILocation(line: 76, column: 5, scope: !685)
!698 = !DILocation(line: 76, column: 18, scope: !685)
!699 = !DILocation(line: 76, column: 37, scope: !685)
!700 = !DILocation(line: 77, column: 26, scope: !701)
!701 = distinct !DILexicalBlock(scope: !685, file: !38, line: 77, column: 6)
!702 = !DILocation(line: 77, column: 29, scope: !701)
!703 = !DILocation(line: 77, column: 42, scope: !701)
!704 = !DILocation(line: 77, column: 13, scope: !701)
!705 = !DILocation(line: 77, column: 11, scope: !701)
!706 = !DILocation(line: 77, column: 48, scope: !701)
!707 = !DILocation(line: 77, column: 6, scope: !685)
!708 = !DILocation(line: 78, column: 3, scope: !701)
!709 = !DILocation(line: 79, column: 2, scope: !685)
!710 = !DILocation(line: 79, column: 7, scope: !685)
!711 = !DILocation(line: 79, column: 13, scope: !685)
!712 = !DILocation(line: 80, column: 21, scope: !685)
!713 = !DILocation(line: 80, column: 24, scope: !685)
!714 = !DILocation(line: 80, column: 37, scope: !685)
!715 = !DILocation(line: 80, column: 2, scope: !685)
!716 = !DILocation(line: 81, column: 2, scope: !685)
!717 = !DILocation(line: 82, column: 1, scope: !685)
!718 = distinct !DISubprogram(name: "do_subscribe", scope: !38, file: !38, line: 84, type: !719, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!719 = !DISubroutineType(types: !720)
!720 = !{!18, !18, !297}
!721 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !718, file: !38, line: 84, type: !18)
!722 = !DILocation(line: 84, column: 22, scope: !718)
!723 = !DILocalVariable(name: "m", arg: 2, scope: !718, file: !38, line: 84, type: !297)
!724 = !DILocation(line: 84, column: 42, scope: !718)
!725 = !DILocalVariable(name: "sp", scope: !718, file: !38, line: 86, type: !726)
!726 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !727, size: 32)
!727 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "subscription", file: !15, line: 27, size: 192, elements: !728)
!728 = !{!729, !730, !731}
!729 = !DIDerivedType(tag: DW_TAG_member, name: "sub_flags", scope: !727, file: !15, line: 28, baseType: !18, size: 32)
!730 = !DIDerivedType(tag: DW_TAG_member, name: "sub_owner", scope: !727, file: !15, line: 29, baseType: !24, size: 32, offset: 32)
!731 = !DIDerivedType(tag: DW_TAG_member, name: "sub_prefix", scope: !727, file: !15, line: 30, baseType: !20, size: 128, offset: 64)
!732 = !DILocation(line: 86, column: 23, scope: !718)
!733 = !DILocation(line: 86, column: 37, scope: !718)
!734 = !DILocation(line: 86, column: 29, scope: !718)
!735 = !DILocation(line: 88, column: 2, scope: !718)
!736 = !DILocation(line: 88, column: 5, scope: !718)
!737 = !DILocation(line: 88, column: 18, scope: !718)
!738 = !DILocation(line: 88, column: 37, scope: !718)
!739 = !DILocation(line: 89, column: 18, scope: !718)
!740 = !DILocation(line: 89, column: 21, scope: !718)
!741 = !DILocation(line: 89, column: 2, scope: !718)
!742 = !DILocation(line: 89, column: 6, scope: !718)
!743 = !DILocation(line: 89, column: 16, scope: !718)
!744 = !DILocation(line: 90, column: 10, scope: !718)
!745 = !DILocation(line: 90, column: 14, scope: !718)
!746 = !DILocation(line: 90, column: 26, scope: !718)
!747 = !DILocation(line: 90, column: 29, scope: !718)
!748 = !DILocation(line: 90, column: 42, scope: !718)
!749 = !DILocation(line: 90, column: 2, scope: !718)
!750 = !DILocation(line: 91, column: 2, scope: !718)
!751 = !DILocation(line: 91, column: 6, scope: !718)
!752 = !DILocation(line: 91, column: 16, scope: !718)
!753 = !DILocation(line: 92, column: 2, scope: !718)
!754 = distinct !DISubprogram(name: "do_shutdown", scope: !38, file: !38, line: 95, type: !295, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!755 = !DILocalVariable(name: "m", arg: 1, scope: !754, file: !38, line: 95, type: !297)
!756 = !DILocation(line: 95, column: 26, scope: !754)
!757 = !DILocation(line: 97, column: 6, scope: !758)
!758 = distinct !DILexicalBlock(scope: !754, file: !38, line: 97, column: 6)
!759 = !DILocation(line: 97, column: 9, scope: !758)
!760 = !DILocation(line: 97, column: 18, scope: !758)
!761 = !DILocation(line: 97, column: 32, scope: !758)
!762 = !DILocation(line: 97, column: 35, scope: !758)
!763 = !DILocation(line: 97, column: 38, scope: !758)
!764 = !DILocation(line: 97, column: 47, scope: !758)
!765 = !DILocation(line: 97, column: 6, scope: !754)
!766 = !DILocation(line: 98, column: 3, scope: !758)
!767 = !DILocation(line: 99, column: 19, scope: !754)
!768 = !DILocation(line: 100, column: 2, scope: !754)
!769 = !DILocation(line: 101, column: 1, scope: !754)
!770 = distinct !DISubprogram(name: "do_getstatus", scope: !38, file: !38, line: 103, type: !295, scopeLine: 104, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !37, retainedNodes: !50)
!771 = !DILocalVariable(name: "m", arg: 1, scope: !770, file: !38, line: 103, type: !297)
!772 = !DILocation(line: 103, column: 27, scope: !770)
!773 = !DILocalVariable(name: "i", scope: !770, file: !38, line: 105, type: !18)
!774 = !DILocation(line: 105, column: 6, scope: !770)
!775 = !DILocalVariable(name: "n", scope: !770, file: !38, line: 105, type: !18)
!776 = !DILocation(line: 105, column: 9, scope: !770)
!777 = !DILocation(line: 107, column: 9, scope: !770)
!778 = !DILocation(line: 108, column: 9, scope: !779)
!779 = distinct !DILexicalBlock(scope: !770, file: !38, line: 108, column: 2)
!780 = !DILocation(line: 108, column: 7, scope: !779)
!781 = !DILocation(line: 108, column: 14, scope: !782)
!782 = distinct !DILexicalBlock(scope: !779, file: !38, line: 108, column: 2)
!783 = !DILocation(line: 108, column: 16, scope: !782)
!784 = !DILocation(line: 108, column: 2, scope: !779)
!785 = !DILocation(line: 109, column: 16, scope: !786)
!786 = distinct !DILexicalBlock(scope: !782, file: !38, line: 109, column: 7)
!787 = !DILocation(line: 109, column: 7, scope: !786)
!788 = !DILocation(line: 109, column: 19, scope: !786)
!789 = !DILocation(line: 109, column: 25, scope: !786)
!790 = !DILocation(line: 109, column: 7, scope: !782)
!791 = !DILocation(line: 110, column: 5, scope: !786)
!792 = !DILocation(line: 110, column: 4, scope: !786)
!793 = !DILocation(line: 109, column: 27, scope: !786)
!794 = !DILocation(line: 108, column: 31, scope: !782)
!795 = !DILocation(line: 108, column: 2, scope: !782)
!796 = distinct !{!796, !784, !797, !575}
!797 = !DILocation(line: 110, column: 5, scope: !779)
!798 = !DILocation(line: 111, column: 9, scope: !770)
!799 = !DILocation(line: 111, column: 2, scope: !770)
