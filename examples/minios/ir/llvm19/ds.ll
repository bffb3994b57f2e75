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
@who_e = dso_local global i32 0, align 4, !dbg !7
@.str.5 = private unnamed_addr constant [17 x i8] c"ds: cannot reply\00", align 1, !dbg !39
@ds_shutting_down = dso_local global i32 0, align 4, !dbg !37
@ds_subs = dso_local global [32 x %struct.subscription] zeroinitializer, align 4, !dbg !27
@ds_store = dso_local global [16 x %struct.data_store] zeroinitializer, align 4, !dbg !11

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !57 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !61, !DIExpression(), !271)
    #dbg_declare(ptr %ipc_status, !272, !DIExpression(), !273)
    #dbg_declare(ptr %r, !274, !DIExpression(), !275)
  br label %for.cond, !dbg !276

for.cond:                                         ; preds = %if.end4, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !277
  %cmp = icmp ne i32 %call, 0, !dbg !282
  br i1 %cmp, label %if.then, label %if.end, !dbg !283

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !284
  unreachable, !dbg !284

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !285
  %0 = load i32, ptr %m_source, align 4, !dbg !285
  store i32 %0, ptr @who_e, align 4, !dbg !286
  %call1 = call i32 @handle_request(ptr noundef %m) #3, !dbg !287
  store i32 %call1, ptr %r, align 4, !dbg !288
  %1 = load i32, ptr %r, align 4, !dbg !289
  %cmp2 = icmp ne i32 %1, -201, !dbg !291
  br i1 %cmp2, label %if.then3, label %if.end4, !dbg !292

if.then3:                                         ; preds = %if.end
  %2 = load i32, ptr %r, align 4, !dbg !293
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !295
  store i32 %2, ptr %m_type, align 4, !dbg !296
  %3 = load i32, ptr @who_e, align 4, !dbg !297
  call void @reply(i32 noundef %3, ptr noundef %m) #3, !dbg !298
  br label %if.end4, !dbg !299

if.end4:                                          ; preds = %if.then3, %if.end
  br label %for.cond, !dbg !300, !llvm.loop !301
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local i32 @handle_request(ptr noundef %m) #0 !dbg !304 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !499, !DIExpression(), !500)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !501
  %m_type = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 1, !dbg !502
  %1 = load i32, ptr %m_type, align 4, !dbg !502
  switch i32 %1, label %sw.default [
    i32 1024, label %sw.bb
    i32 1025, label %sw.bb1
    i32 1026, label %sw.bb3
    i32 1027, label %sw.bb5
    i32 1537, label %sw.bb7
    i32 1536, label %sw.bb9
  ], !dbg !503

sw.bb:                                            ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !504
  %call = call i32 @do_publish(ptr noundef %2) #3, !dbg !506
  store i32 %call, ptr %retval, align 4, !dbg !507
  br label %return, !dbg !507

sw.bb1:                                           ; preds = %entry
  %3 = load ptr, ptr %m.addr, align 4, !dbg !508
  %call2 = call i32 @do_retrieve_label(ptr noundef %3) #3, !dbg !509
  store i32 %call2, ptr %retval, align 4, !dbg !510
  br label %return, !dbg !510

sw.bb3:                                           ; preds = %entry
  %4 = load ptr, ptr %m.addr, align 4, !dbg !511
  %call4 = call i32 @do_delete(ptr noundef %4) #3, !dbg !512
  store i32 %call4, ptr %retval, align 4, !dbg !513
  br label %return, !dbg !513

sw.bb5:                                           ; preds = %entry
  %5 = load ptr, ptr %m.addr, align 4, !dbg !514
  %m_source = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !514
  %6 = load i32, ptr %m_source, align 4, !dbg !514
  %and = and i32 %6, 31, !dbg !514
  %7 = load ptr, ptr %m.addr, align 4, !dbg !515
  %call6 = call i32 @do_subscribe(i32 noundef %and, ptr noundef %7) #3, !dbg !516
  store i32 %call6, ptr %retval, align 4, !dbg !517
  br label %return, !dbg !517

sw.bb7:                                           ; preds = %entry
  %8 = load ptr, ptr %m.addr, align 4, !dbg !518
  %call8 = call i32 @do_shutdown(ptr noundef %8) #3, !dbg !519
  store i32 %call8, ptr %retval, align 4, !dbg !520
  br label %return, !dbg !520

sw.bb9:                                           ; preds = %entry
  %9 = load ptr, ptr %m.addr, align 4, !dbg !521
  %call10 = call i32 @do_getstatus(ptr noundef %9) #3, !dbg !522
  store i32 %call10, ptr %retval, align 4, !dbg !523
  br label %return, !dbg !523

sw.default:                                       ; preds = %entry
  store i32 -38, ptr %retval, align 4, !dbg !524
  br label %return, !dbg !524

return:                                           ; preds = %sw.default, %sw.bb9, %sw.bb7, %sw.bb5, %sw.bb3, %sw.bb1, %sw.bb
  %10 = load i32, ptr %retval, align 4, !dbg !525
  ret i32 %10, !dbg !525
}

; Function Attrs: noinline nounwind
define dso_local void @reply(i32 noundef %whom, ptr noundef %m_ptr) #0 !dbg !526 {
entry:
  %whom.addr = alloca i32, align 4
  %m_ptr.addr = alloca ptr, align 4
  store i32 %whom, ptr %whom.addr, align 4
    #dbg_declare(ptr %whom.addr, !529, !DIExpression(), !530)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !531, !DIExpression(), !532)
  %0 = load i32, ptr %whom.addr, align 4, !dbg !533
  %1 = load ptr, ptr %m_ptr.addr, align 4, !dbg !535
  %call = call i32 @ipc_send(i32 noundef %0, ptr noundef %1) #3, !dbg !536
  %cmp = icmp ne i32 %call, 0, !dbg !537
  br i1 %cmp, label %if.then, label %if.end, !dbg !538

if.then:                                          ; preds = %entry
  call void @panic(ptr noundef @.str.5) #4, !dbg !539
  unreachable, !dbg !539

if.end:                                           ; preds = %entry
  ret void, !dbg !540
}

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_publish(ptr noundef %m) #0 !dbg !541 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !736, !DIExpression(), !737)
    #dbg_declare(ptr %dsp, !738, !DIExpression(), !746)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !747
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !749
  %1 = load i32, ptr %m_source, align 4, !dbg !749
  %cmp = icmp ne i32 %1, 4, !dbg !750
  br i1 %cmp, label %if.then, label %if.end, !dbg !751

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !752
  br label %return, !dbg !752

if.end:                                           ; preds = %entry
  %2 = load i32, ptr @ds_shutting_down, align 4, !dbg !753
  %tobool = icmp ne i32 %2, 0, !dbg !753
  br i1 %tobool, label %if.then1, label %if.end2, !dbg !755

if.then1:                                         ; preds = %if.end
  store i32 -16, ptr %retval, align 4, !dbg !756
  br label %return, !dbg !756

if.end2:                                          ; preds = %if.end
  %3 = load ptr, ptr %m.addr, align 4, !dbg !757
  %m_u = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !758
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !759
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !757
  store i8 0, ptr %arrayidx, align 1, !dbg !760
  %4 = load ptr, ptr %m.addr, align 4, !dbg !761
  %m_u3 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !763
  %key4 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u3, i32 0, i32 0, !dbg !764
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key4, i32 0, i32 0, !dbg !761
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !765
  store ptr %call, ptr %dsp, align 4, !dbg !766
  %cmp5 = icmp eq ptr %call, null, !dbg !767
  br i1 %cmp5, label %land.lhs.true, label %if.end9, !dbg !768

land.lhs.true:                                    ; preds = %if.end2
  %call6 = call ptr @alloc_entry() #3, !dbg !769
  store ptr %call6, ptr %dsp, align 4, !dbg !770
  %cmp7 = icmp eq ptr %call6, null, !dbg !771
  br i1 %cmp7, label %if.then8, label %if.end9, !dbg !772

if.then8:                                         ; preds = %land.lhs.true
  store i32 -11, ptr %retval, align 4, !dbg !773
  br label %return, !dbg !773

if.end9:                                          ; preds = %land.lhs.true, %if.end2
  %5 = load ptr, ptr %dsp, align 4, !dbg !774
  %key10 = getelementptr inbounds %struct.data_store, ptr %5, i32 0, i32 1, !dbg !775
  %arraydecay11 = getelementptr inbounds [16 x i8], ptr %key10, i32 0, i32 0, !dbg !774
  %6 = load ptr, ptr %m.addr, align 4, !dbg !776
  %m_u12 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !777
  %key13 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u12, i32 0, i32 0, !dbg !778
  %arraydecay14 = getelementptr inbounds [16 x i8], ptr %key13, i32 0, i32 0, !dbg !776
  %call15 = call i32 @strlcpy(ptr noundef %arraydecay11, ptr noundef %arraydecay14, i32 noundef 16) #3, !dbg !779
  %7 = load ptr, ptr %m.addr, align 4, !dbg !780
  %m_source16 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 0, !dbg !781
  %8 = load i32, ptr %m_source16, align 4, !dbg !781
  %9 = load ptr, ptr %dsp, align 4, !dbg !782
  %owner = getelementptr inbounds %struct.data_store, ptr %9, i32 0, i32 2, !dbg !783
  store i32 %8, ptr %owner, align 4, !dbg !784
  %10 = load ptr, ptr %m.addr, align 4, !dbg !785
  %m_u17 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !786
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u17, i32 0, i32 1, !dbg !787
  %11 = load i32, ptr %endpt, align 4, !dbg !787
  %12 = load ptr, ptr %dsp, align 4, !dbg !788
  %value = getelementptr inbounds %struct.data_store, ptr %12, i32 0, i32 3, !dbg !789
  store i32 %11, ptr %value, align 4, !dbg !790
  %13 = load ptr, ptr %m.addr, align 4, !dbg !791
  %m_u18 = getelementptr inbounds %struct.message, ptr %13, i32 0, i32 2, !dbg !792
  %flags = getelementptr inbounds %struct.mess_ds_req, ptr %m_u18, i32 0, i32 2, !dbg !793
  %14 = load i32, ptr %flags, align 4, !dbg !793
  %and = and i32 %14, 2, !dbg !794
  %or = or i32 1, %and, !dbg !795
  %15 = load ptr, ptr %dsp, align 4, !dbg !796
  %flags19 = getelementptr inbounds %struct.data_store, ptr %15, i32 0, i32 0, !dbg !797
  store i32 %or, ptr %flags19, align 4, !dbg !798
  %16 = load ptr, ptr %dsp, align 4, !dbg !799
  %key20 = getelementptr inbounds %struct.data_store, ptr %16, i32 0, i32 1, !dbg !800
  %arraydecay21 = getelementptr inbounds [16 x i8], ptr %key20, i32 0, i32 0, !dbg !799
  call void @notify_subscribers(ptr noundef %arraydecay21) #3, !dbg !801
  store i32 0, ptr %retval, align 4, !dbg !802
  br label %return, !dbg !802

return:                                           ; preds = %if.end9, %if.then8, %if.then1, %if.then
  %17 = load i32, ptr %retval, align 4, !dbg !803
  ret i32 %17, !dbg !803
}

; Function Attrs: noinline nounwind
define internal ptr @lookup_entry(ptr noundef %key) #0 !dbg !804 {
entry:
  %retval = alloca ptr, align 4
  %key.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !809, !DIExpression(), !810)
    #dbg_declare(ptr %i, !811, !DIExpression(), !812)
  store i32 0, ptr %i, align 4, !dbg !813
  br label %for.cond, !dbg !815

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !816
  %cmp = icmp slt i32 %0, 16, !dbg !818
  br i1 %cmp, label %for.body, label %for.end, !dbg !819

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !820
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %1, !dbg !822
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !823
  %2 = load i32, ptr %flags, align 4, !dbg !823
  %and = and i32 %2, 1, !dbg !824
  %tobool = icmp ne i32 %and, 0, !dbg !824
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !825

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !826
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %3, !dbg !827
  %key2 = getelementptr inbounds %struct.data_store, ptr %arrayidx1, i32 0, i32 1, !dbg !828
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !827
  %4 = load ptr, ptr %key.addr, align 4, !dbg !829
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 16) #3, !dbg !830
  %cmp3 = icmp eq i32 %call, 0, !dbg !831
  br i1 %cmp3, label %if.then, label %if.end, !dbg !832

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %i, align 4, !dbg !833
  %arrayidx4 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %5, !dbg !834
  store ptr %arrayidx4, ptr %retval, align 4, !dbg !835
  br label %return, !dbg !835

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !836

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4, !dbg !837
  %inc = add nsw i32 %6, 1, !dbg !837
  store i32 %inc, ptr %i, align 4, !dbg !837
  br label %for.cond, !dbg !838, !llvm.loop !839

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !842
  br label %return, !dbg !842

return:                                           ; preds = %for.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !843
  ret ptr %7, !dbg !843
}

; Function Attrs: noinline nounwind
define internal ptr @alloc_entry() #0 !dbg !844 {
entry:
  %retval = alloca ptr, align 4
  %i = alloca i32, align 4
    #dbg_declare(ptr %i, !847, !DIExpression(), !848)
  store i32 0, ptr %i, align 4, !dbg !849
  br label %for.cond, !dbg !851

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !852
  %cmp = icmp slt i32 %0, 16, !dbg !854
  br i1 %cmp, label %for.body, label %for.end, !dbg !855

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !856
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %1, !dbg !858
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !859
  %2 = load i32, ptr %flags, align 4, !dbg !859
  %and = and i32 %2, 1, !dbg !860
  %tobool = icmp ne i32 %and, 0, !dbg !860
  br i1 %tobool, label %if.end, label %if.then, !dbg !861

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !862
  %arrayidx1 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %3, !dbg !863
  store ptr %arrayidx1, ptr %retval, align 4, !dbg !864
  br label %return, !dbg !864

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !865

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %i, align 4, !dbg !866
  %inc = add nsw i32 %4, 1, !dbg !866
  store i32 %inc, ptr %i, align 4, !dbg !866
  br label %for.cond, !dbg !867, !llvm.loop !868

for.end:                                          ; preds = %for.cond
  store ptr null, ptr %retval, align 4, !dbg !870
  br label %return, !dbg !870

return:                                           ; preds = %for.end, %if.then
  %5 = load ptr, ptr %retval, align 4, !dbg !871
  ret ptr %5, !dbg !871
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal void @notify_subscribers(ptr noundef %key) #0 !dbg !872 {
entry:
  %key.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %key, ptr %key.addr, align 4
    #dbg_declare(ptr %key.addr, !875, !DIExpression(), !876)
    #dbg_declare(ptr %i, !877, !DIExpression(), !878)
  store i32 0, ptr %i, align 4, !dbg !879
  br label %for.cond, !dbg !881

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !882
  %cmp = icmp slt i32 %0, 32, !dbg !884
  br i1 %cmp, label %for.body, label %for.end, !dbg !885

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !886
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %1, !dbg !888
  %sub_flags = getelementptr inbounds %struct.subscription, ptr %arrayidx, i32 0, i32 0, !dbg !889
  %2 = load i32, ptr %sub_flags, align 4, !dbg !889
  %and = and i32 %2, 1, !dbg !890
  %tobool = icmp ne i32 %and, 0, !dbg !890
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !891

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !892
  %arrayidx1 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %3, !dbg !893
  %sub_prefix = getelementptr inbounds %struct.subscription, ptr %arrayidx1, i32 0, i32 2, !dbg !894
  %arraydecay = getelementptr inbounds [16 x i8], ptr %sub_prefix, i32 0, i32 0, !dbg !893
  %4 = load ptr, ptr %key.addr, align 4, !dbg !895
  %5 = load i32, ptr %i, align 4, !dbg !896
  %arrayidx2 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %5, !dbg !897
  %sub_prefix3 = getelementptr inbounds %struct.subscription, ptr %arrayidx2, i32 0, i32 2, !dbg !898
  %arraydecay4 = getelementptr inbounds [16 x i8], ptr %sub_prefix3, i32 0, i32 0, !dbg !897
  %call = call i32 @strlen(ptr noundef %arraydecay4) #3, !dbg !899
  %call5 = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef %call) #3, !dbg !900
  %cmp6 = icmp eq i32 %call5, 0, !dbg !901
  br i1 %cmp6, label %if.then, label %if.end, !dbg !902

if.then:                                          ; preds = %land.lhs.true
  %6 = load i32, ptr %i, align 4, !dbg !903
  %arrayidx7 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %6, !dbg !904
  %sub_owner = getelementptr inbounds %struct.subscription, ptr %arrayidx7, i32 0, i32 1, !dbg !905
  %7 = load i32, ptr %sub_owner, align 4, !dbg !905
  %call8 = call i32 @ipc_notify(i32 noundef %7) #3, !dbg !906
  br label %if.end, !dbg !906

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !907

for.inc:                                          ; preds = %if.end
  %8 = load i32, ptr %i, align 4, !dbg !908
  %inc = add nsw i32 %8, 1, !dbg !908
  store i32 %inc, ptr %i, align 4, !dbg !908
  br label %for.cond, !dbg !909, !llvm.loop !910

for.end:                                          ; preds = %for.cond
  ret void, !dbg !912
}

declare dso_local i32 @strlen(ptr noundef) #1

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

declare dso_local i32 @ipc_notify(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_retrieve_label(ptr noundef %m) #0 !dbg !913 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !914, !DIExpression(), !915)
    #dbg_declare(ptr %dsp, !916, !DIExpression(), !917)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !918
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !919
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !920
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !918
  store i8 0, ptr %arrayidx, align 1, !dbg !921
  %1 = load ptr, ptr %m.addr, align 4, !dbg !922
  %m_u1 = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !924
  %key2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !925
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !922
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !926
  store ptr %call, ptr %dsp, align 4, !dbg !927
  %cmp = icmp eq ptr %call, null, !dbg !928
  br i1 %cmp, label %if.then, label %if.end, !dbg !929

if.then:                                          ; preds = %entry
  store i32 -3, ptr %retval, align 4, !dbg !930
  br label %return, !dbg !930

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %dsp, align 4, !dbg !931
  %flags = getelementptr inbounds %struct.data_store, ptr %2, i32 0, i32 0, !dbg !933
  %3 = load i32, ptr %flags, align 4, !dbg !933
  %and = and i32 %3, 2, !dbg !934
  %tobool = icmp ne i32 %and, 0, !dbg !934
  br i1 %tobool, label %land.lhs.true, label %if.end5, !dbg !935

land.lhs.true:                                    ; preds = %if.end
  %4 = load ptr, ptr %dsp, align 4, !dbg !936
  %owner = getelementptr inbounds %struct.data_store, ptr %4, i32 0, i32 2, !dbg !937
  %5 = load i32, ptr %owner, align 4, !dbg !937
  %6 = load ptr, ptr %m.addr, align 4, !dbg !938
  %m_source = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 0, !dbg !939
  %7 = load i32, ptr %m_source, align 4, !dbg !939
  %cmp3 = icmp ne i32 %5, %7, !dbg !940
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !941

if.then4:                                         ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !942
  br label %return, !dbg !942

if.end5:                                          ; preds = %land.lhs.true, %if.end
  %8 = load ptr, ptr %dsp, align 4, !dbg !943
  %value = getelementptr inbounds %struct.data_store, ptr %8, i32 0, i32 3, !dbg !944
  %9 = load i32, ptr %value, align 4, !dbg !944
  %10 = load ptr, ptr %m.addr, align 4, !dbg !945
  %m_u6 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !946
  %endpt = getelementptr inbounds %struct.mess_ds_req, ptr %m_u6, i32 0, i32 1, !dbg !947
  store i32 %9, ptr %endpt, align 4, !dbg !948
  store i32 0, ptr %retval, align 4, !dbg !949
  br label %return, !dbg !949

return:                                           ; preds = %if.end5, %if.then4, %if.then
  %11 = load i32, ptr %retval, align 4, !dbg !950
  ret i32 %11, !dbg !950
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_delete(ptr noundef %m) #0 !dbg !951 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %dsp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !952, !DIExpression(), !953)
    #dbg_declare(ptr %dsp, !954, !DIExpression(), !955)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !956
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !958
  %1 = load i32, ptr %m_source, align 4, !dbg !958
  %cmp = icmp ne i32 %1, 4, !dbg !959
  br i1 %cmp, label %if.then, label %if.end, !dbg !960

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !961
  br label %return, !dbg !961

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !962
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !963
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !964
  %arrayidx = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !962
  store i8 0, ptr %arrayidx, align 1, !dbg !965
  %3 = load ptr, ptr %m.addr, align 4, !dbg !966
  %m_u1 = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !968
  %key2 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u1, i32 0, i32 0, !dbg !969
  %arraydecay = getelementptr inbounds [16 x i8], ptr %key2, i32 0, i32 0, !dbg !966
  %call = call ptr @lookup_entry(ptr noundef %arraydecay) #3, !dbg !970
  store ptr %call, ptr %dsp, align 4, !dbg !971
  %cmp3 = icmp eq ptr %call, null, !dbg !972
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !973

if.then4:                                         ; preds = %if.end
  store i32 -3, ptr %retval, align 4, !dbg !974
  br label %return, !dbg !974

if.end5:                                          ; preds = %if.end
  %4 = load ptr, ptr %dsp, align 4, !dbg !975
  %flags = getelementptr inbounds %struct.data_store, ptr %4, i32 0, i32 0, !dbg !976
  store i32 0, ptr %flags, align 4, !dbg !977
  %5 = load ptr, ptr %m.addr, align 4, !dbg !978
  %m_u6 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !979
  %key7 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u6, i32 0, i32 0, !dbg !980
  %arraydecay8 = getelementptr inbounds [16 x i8], ptr %key7, i32 0, i32 0, !dbg !978
  call void @notify_subscribers(ptr noundef %arraydecay8) #3, !dbg !981
  store i32 0, ptr %retval, align 4, !dbg !982
  br label %return, !dbg !982

return:                                           ; preds = %if.end5, %if.then4, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !983
  ret i32 %6, !dbg !983
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_subscribe(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !984 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %sp = alloca ptr, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !987, !DIExpression(), !988)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !989, !DIExpression(), !990)
    #dbg_declare(ptr %sp, !991, !DIExpression(), !998)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !999
  %arrayidx = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %0, !dbg !1000
  store ptr %arrayidx, ptr %sp, align 4, !dbg !998
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1001
  %m_u = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 2, !dbg !1002
  %key = getelementptr inbounds %struct.mess_ds_req, ptr %m_u, i32 0, i32 0, !dbg !1003
  %arrayidx1 = getelementptr inbounds [16 x i8], ptr %key, i32 0, i32 15, !dbg !1001
  store i8 0, ptr %arrayidx1, align 1, !dbg !1004
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1005
  %m_source = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1006
  %3 = load i32, ptr %m_source, align 4, !dbg !1006
  %4 = load ptr, ptr %sp, align 4, !dbg !1007
  %sub_owner = getelementptr inbounds %struct.subscription, ptr %4, i32 0, i32 1, !dbg !1008
  store i32 %3, ptr %sub_owner, align 4, !dbg !1009
  %5 = load ptr, ptr %sp, align 4, !dbg !1010
  %sub_prefix = getelementptr inbounds %struct.subscription, ptr %5, i32 0, i32 2, !dbg !1011
  %arraydecay = getelementptr inbounds [16 x i8], ptr %sub_prefix, i32 0, i32 0, !dbg !1010
  %6 = load ptr, ptr %m.addr, align 4, !dbg !1012
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !1013
  %key3 = getelementptr inbounds %struct.mess_ds_req, ptr %m_u2, i32 0, i32 0, !dbg !1014
  %arraydecay4 = getelementptr inbounds [16 x i8], ptr %key3, i32 0, i32 0, !dbg !1012
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %arraydecay4, i32 noundef 16) #3, !dbg !1015
  %7 = load ptr, ptr %sp, align 4, !dbg !1016
  %sub_flags = getelementptr inbounds %struct.subscription, ptr %7, i32 0, i32 0, !dbg !1017
  store i32 1, ptr %sub_flags, align 4, !dbg !1018
  ret i32 0, !dbg !1019
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !1020 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1021, !DIExpression(), !1022)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1023
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1025
  %1 = load i32, ptr %m_source, align 4, !dbg !1025
  %cmp = icmp ne i32 %1, 0, !dbg !1026
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !1027

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1028
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1029
  %3 = load i32, ptr %m_source1, align 4, !dbg !1029
  %cmp2 = icmp ne i32 %3, 4, !dbg !1030
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1031

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1032
  br label %return, !dbg !1032

if.end:                                           ; preds = %land.lhs.true, %entry
  store i32 1, ptr @ds_shutting_down, align 4, !dbg !1033
  store i32 0, ptr %retval, align 4, !dbg !1034
  br label %return, !dbg !1034

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !1035
  ret i32 %4, !dbg !1035
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !1036 {
entry:
  %m.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1037, !DIExpression(), !1038)
    #dbg_declare(ptr %i, !1039, !DIExpression(), !1040)
    #dbg_declare(ptr %n, !1041, !DIExpression(), !1042)
  store i32 0, ptr %n, align 4, !dbg !1042
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1043
  store i32 0, ptr %i, align 4, !dbg !1044
  br label %for.cond, !dbg !1046

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4, !dbg !1047
  %cmp = icmp slt i32 %1, 16, !dbg !1049
  br i1 %cmp, label %for.body, label %for.end, !dbg !1050

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4, !dbg !1051
  %arrayidx = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %2, !dbg !1053
  %flags = getelementptr inbounds %struct.data_store, ptr %arrayidx, i32 0, i32 0, !dbg !1054
  %3 = load i32, ptr %flags, align 4, !dbg !1054
  %and = and i32 %3, 1, !dbg !1055
  %tobool = icmp ne i32 %and, 0, !dbg !1055
  br i1 %tobool, label %if.then, label %if.end, !dbg !1056

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !1057
  %inc = add nsw i32 %4, 1, !dbg !1057
  store i32 %inc, ptr %n, align 4, !dbg !1057
  br label %if.end, !dbg !1058

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !1059

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %i, align 4, !dbg !1060
  %inc1 = add nsw i32 %5, 1, !dbg !1060
  store i32 %inc1, ptr %i, align 4, !dbg !1060
  br label %for.cond, !dbg !1061, !llvm.loop !1062

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !1064
  ret i32 %6, !dbg !1065
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!9, !45, !47}
!llvm.ident = !{!51, !51, !51}
!llvm.module.flags = !{!52, !53, !54, !55, !56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/ds/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "cc97727a058d9c72f9995ad7173f6d3f")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "who_e", scope: !9, file: !2, line: 12, type: !24, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !10, splitDebugInlining: false, nameTableKind: None)
!10 = !{!0, !11, !27, !37, !7}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "ds_store", scope: !9, file: !2, line: 9, type: !13, isLocal: false, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 3584, elements: !21)
!14 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "data_store", file: !15, line: 20, size: 224, elements: !16)
!15 = !DIFile(filename: "servers/ds/ds.h", directory: ".", checksumkind: CSK_MD5, checksum: "f1121d2944f8941ea91146c4647a58a7")
!16 = !{!17, !19, !23, !26}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !14, file: !15, line: 21, baseType: !18, size: 32)
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !14, file: !15, line: 22, baseType: !20, size: 128, offset: 32)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !21)
!21 = !{!22}
!22 = !DISubrange(count: 16)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "owner", scope: !14, file: !15, line: 23, baseType: !24, size: 32, offset: 160)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !25, line: 25, baseType: !18)
!25 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!26 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !14, file: !15, line: 24, baseType: !24, size: 32, offset: 192)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "ds_subs", scope: !9, file: !2, line: 10, type: !29, isLocal: false, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 6144, elements: !35)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "subscription", file: !15, line: 27, size: 192, elements: !31)
!31 = !{!32, !33, !34}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sub_flags", scope: !30, file: !15, line: 28, baseType: !18, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sub_owner", scope: !30, file: !15, line: 29, baseType: !24, size: 32, offset: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sub_prefix", scope: !30, file: !15, line: 30, baseType: !20, size: 128, offset: 64)
!35 = !{!36}
!36 = !DISubrange(count: 32)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "ds_shutting_down", scope: !9, file: !2, line: 11, type: !18, isLocal: false, isDefinition: true)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !41, line: 21, type: !42, isLocal: true, isDefinition: true)
!41 = !DIFile(filename: "servers/ds/request.c", directory: ".", checksumkind: CSK_MD5, checksum: "0dbf9338c1f25bc6cedf2bc996e53bb7")
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 17)
!45 = distinct !DICompileUnit(language: DW_LANG_C11, file: !41, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !46, splitDebugInlining: false, nameTableKind: None)
!46 = !{!39}
!47 = distinct !DICompileUnit(language: DW_LANG_C11, file: !48, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !49, splitDebugInlining: false, nameTableKind: None)
!48 = !DIFile(filename: "servers/ds/store.c", directory: ".", checksumkind: CSK_MD5, checksum: "71bf37929078fffc1d9bf357a66d1f42")
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!51 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!52 = !{i32 1, !"NumRegisterParameters", i32 0}
!53 = !{i32 7, !"Dwarf Version", i32 5}
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 1, !"wchar_size", i32 4}
!56 = !{i32 7, !"frame-pointer", i32 2}
!57 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 14, type: !58, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !60)
!58 = !DISubroutineType(types: !59)
!59 = !{!18}
!60 = !{}
!61 = !DILocalVariable(name: "m", scope: !57, file: !2, line: 16, type: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !63, line: 105, baseType: !64)
!63 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 70, size: 512, elements: !65)
!65 = !{!66, !67, !68}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !64, file: !63, line: 71, baseType: !24, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !64, file: !63, line: 72, baseType: !18, size: 32, offset: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !64, file: !63, line: 104, baseType: !69, size: 448, offset: 64)
!69 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !64, file: !63, line: 73, size: 448, elements: !70)
!70 = !{!71, !76, !86, !93, !99, !104, !110, !118, !125, !136, !141, !148, !157, !162, !169, !174, !181, !188, !193, !199, !206, !213, !221, !227, !232, !239, !245, !254, !259, !265}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !69, file: !63, line: 74, baseType: !72, size: 32)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !63, line: 15, baseType: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 15, size: 32, elements: !74)
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !73, file: !63, line: 15, baseType: !18, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !69, file: !63, line: 75, baseType: !77, size: 64)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !63, line: 16, baseType: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 16, size: 64, elements: !79)
!79 = !{!80, !84}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !78, file: !63, line: 16, baseType: !81, size: 32)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !25, line: 30, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !25, line: 22, baseType: !83)
!83 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !78, file: !63, line: 16, baseType: !85, size: 32, offset: 32)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !25, line: 23, baseType: !83)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !69, file: !63, line: 76, baseType: !87, size: 64)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !63, line: 17, baseType: !88)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 17, size: 64, elements: !89)
!89 = !{!90, !92}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !88, file: !63, line: 17, baseType: !91, size: 32)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !25, line: 26, baseType: !18)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !88, file: !63, line: 17, baseType: !18, size: 32, offset: 32)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !69, file: !63, line: 77, baseType: !94, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !63, line: 18, baseType: !95)
!95 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 18, size: 32, elements: !96)
!96 = !{!97}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !95, file: !63, line: 18, baseType: !98, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !25, line: 27, baseType: !18)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !69, file: !63, line: 78, baseType: !100, size: 32)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !63, line: 19, baseType: !101)
!101 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 19, size: 32, elements: !102)
!102 = !{!103}
!103 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !101, file: !63, line: 19, baseType: !18, size: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !69, file: !63, line: 79, baseType: !105, size: 64)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !63, line: 20, baseType: !106)
!106 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 20, size: 64, elements: !107)
!107 = !{!108, !109}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !106, file: !63, line: 20, baseType: !18, size: 32)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !106, file: !63, line: 20, baseType: !81, size: 32, offset: 32)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !69, file: !63, line: 80, baseType: !111, size: 128)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !63, line: 28, baseType: !112)
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 23, size: 128, elements: !113)
!113 = !{!114, !115, !116, !117}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !112, file: !63, line: 24, baseType: !24, size: 32)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !112, file: !63, line: 25, baseType: !24, size: 32, offset: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !112, file: !63, line: 26, baseType: !91, size: 32, offset: 64)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !112, file: !63, line: 27, baseType: !98, size: 32, offset: 96)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !69, file: !63, line: 81, baseType: !119, size: 96)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !63, line: 29, baseType: !120)
!120 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 29, size: 96, elements: !121)
!121 = !{!122, !123, !124}
!122 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !120, file: !63, line: 29, baseType: !24, size: 32)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !120, file: !63, line: 29, baseType: !81, size: 32, offset: 32)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !120, file: !63, line: 29, baseType: !85, size: 32, offset: 64)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !69, file: !63, line: 82, baseType: !126, size: 128)
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !63, line: 32, baseType: !127)
!127 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 32, size: 128, elements: !128)
!128 = !{!129, !130, !131, !132}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !127, file: !63, line: 32, baseType: !81, size: 32)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !127, file: !63, line: 32, baseType: !85, size: 32, offset: 32)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !127, file: !63, line: 32, baseType: !18, size: 32, offset: 64)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !127, file: !63, line: 32, baseType: !133, size: 16, offset: 96)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !25, line: 28, baseType: !134)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !25, line: 20, baseType: !135)
!135 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !69, file: !63, line: 83, baseType: !137, size: 32)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !63, line: 33, baseType: !138)
!138 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 33, size: 32, elements: !139)
!139 = !{!140}
!140 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !138, file: !63, line: 33, baseType: !18, size: 32)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !69, file: !63, line: 84, baseType: !142, size: 96)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !63, line: 34, baseType: !143)
!143 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 34, size: 96, elements: !144)
!144 = !{!145, !146, !147}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !143, file: !63, line: 34, baseType: !18, size: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !143, file: !63, line: 34, baseType: !81, size: 32, offset: 32)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !143, file: !63, line: 34, baseType: !85, size: 32, offset: 64)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !69, file: !63, line: 85, baseType: !149, size: 96)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !63, line: 35, baseType: !150)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 35, size: 96, elements: !151)
!151 = !{!152, !153, !156}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !150, file: !63, line: 35, baseType: !18, size: 32)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !150, file: !63, line: 35, baseType: !154, size: 32, offset: 32)
!154 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !25, line: 29, baseType: !155)
!155 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !25, line: 21, baseType: !18)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !150, file: !63, line: 35, baseType: !18, size: 32, offset: 64)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !69, file: !63, line: 86, baseType: !158, size: 16)
!158 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !63, line: 36, baseType: !159)
!159 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 36, size: 16, elements: !160)
!160 = !{!161}
!161 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !159, file: !63, line: 36, baseType: !133, size: 16)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !69, file: !63, line: 87, baseType: !163, size: 96)
!163 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !63, line: 39, baseType: !164)
!164 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 39, size: 96, elements: !165)
!165 = !{!166, !167, !168}
!166 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !164, file: !63, line: 39, baseType: !24, size: 32)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !164, file: !63, line: 39, baseType: !18, size: 32, offset: 32)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !164, file: !63, line: 39, baseType: !24, size: 32, offset: 64)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !69, file: !63, line: 88, baseType: !170, size: 32)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !63, line: 40, baseType: !171)
!171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 40, size: 32, elements: !172)
!172 = !{!173}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !171, file: !63, line: 40, baseType: !24, size: 32)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !69, file: !63, line: 89, baseType: !175, size: 96)
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !63, line: 41, baseType: !176)
!176 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 41, size: 96, elements: !177)
!177 = !{!178, !179, !180}
!178 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !176, file: !63, line: 41, baseType: !24, size: 32)
!179 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !176, file: !63, line: 41, baseType: !85, size: 32, offset: 32)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !176, file: !63, line: 41, baseType: !81, size: 32, offset: 64)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !69, file: !63, line: 90, baseType: !182, size: 96)
!182 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !63, line: 42, baseType: !183)
!183 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 42, size: 96, elements: !184)
!184 = !{!185, !186, !187}
!185 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !183, file: !63, line: 42, baseType: !24, size: 32)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !183, file: !63, line: 42, baseType: !85, size: 32, offset: 32)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !183, file: !63, line: 42, baseType: !81, size: 32, offset: 64)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !69, file: !63, line: 91, baseType: !189, size: 32)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !63, line: 45, baseType: !190)
!190 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 45, size: 32, elements: !191)
!191 = !{!192}
!192 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !190, file: !63, line: 45, baseType: !81, size: 32)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !69, file: !63, line: 92, baseType: !194, size: 64)
!194 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !63, line: 46, baseType: !195)
!195 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 46, size: 64, elements: !196)
!196 = !{!197, !198}
!197 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !195, file: !63, line: 46, baseType: !85, size: 32)
!198 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !195, file: !63, line: 46, baseType: !81, size: 32, offset: 32)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !69, file: !63, line: 93, baseType: !200, size: 192)
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !63, line: 49, baseType: !201)
!201 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 49, size: 192, elements: !202)
!202 = !{!203, !204, !205}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !201, file: !63, line: 49, baseType: !20, size: 128)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !201, file: !63, line: 49, baseType: !24, size: 32, offset: 128)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !201, file: !63, line: 49, baseType: !18, size: 32, offset: 160)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !69, file: !63, line: 94, baseType: !207, size: 192)
!207 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !63, line: 50, baseType: !208)
!208 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 50, size: 192, elements: !209)
!209 = !{!210, !211, !212}
!210 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !208, file: !63, line: 50, baseType: !20, size: 128)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !208, file: !63, line: 50, baseType: !24, size: 32, offset: 128)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !208, file: !63, line: 50, baseType: !18, size: 32, offset: 160)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !69, file: !63, line: 95, baseType: !214, size: 128)
!214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !63, line: 53, baseType: !215)
!215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 53, size: 128, elements: !216)
!216 = !{!217, !218, !219, !220}
!217 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !215, file: !63, line: 53, baseType: !24, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !215, file: !63, line: 53, baseType: !81, size: 32, offset: 32)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !215, file: !63, line: 53, baseType: !85, size: 32, offset: 64)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !215, file: !63, line: 53, baseType: !18, size: 32, offset: 96)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !69, file: !63, line: 96, baseType: !222, size: 64)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !63, line: 54, baseType: !223)
!223 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 54, size: 64, elements: !224)
!224 = !{!225, !226}
!225 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !223, file: !63, line: 54, baseType: !24, size: 32)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !223, file: !63, line: 54, baseType: !18, size: 32, offset: 32)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !69, file: !63, line: 97, baseType: !228, size: 32)
!228 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !63, line: 57, baseType: !229)
!229 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 57, size: 32, elements: !230)
!230 = !{!231}
!231 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !229, file: !63, line: 57, baseType: !18, size: 32)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !69, file: !63, line: 98, baseType: !233, size: 96)
!233 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !63, line: 60, baseType: !234)
!234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 60, size: 96, elements: !235)
!235 = !{!236, !237, !238}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !234, file: !63, line: 60, baseType: !24, size: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !234, file: !63, line: 60, baseType: !18, size: 32, offset: 32)
!238 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !234, file: !63, line: 60, baseType: !24, size: 32, offset: 64)
!239 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !69, file: !63, line: 99, baseType: !240, size: 64)
!240 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !63, line: 61, baseType: !241)
!241 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 61, size: 64, elements: !242)
!242 = !{!243, !244}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !241, file: !63, line: 61, baseType: !24, size: 32)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !241, file: !63, line: 61, baseType: !18, size: 32, offset: 32)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !69, file: !63, line: 100, baseType: !246, size: 160)
!246 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !63, line: 66, baseType: !247)
!247 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 62, size: 160, elements: !248)
!248 = !{!249, !250, !251, !252, !253}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !247, file: !63, line: 63, baseType: !24, size: 32)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !247, file: !63, line: 63, baseType: !81, size: 32, offset: 32)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !247, file: !63, line: 64, baseType: !24, size: 32, offset: 64)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !247, file: !63, line: 64, baseType: !81, size: 32, offset: 96)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !247, file: !63, line: 65, baseType: !85, size: 32, offset: 128)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !69, file: !63, line: 101, baseType: !255, size: 32)
!255 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !63, line: 67, baseType: !256)
!256 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 67, size: 32, elements: !257)
!257 = !{!258}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !256, file: !63, line: 67, baseType: !18, size: 32)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !69, file: !63, line: 102, baseType: !260, size: 32)
!260 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !63, line: 68, baseType: !261)
!261 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 68, size: 32, elements: !262)
!262 = !{!263}
!263 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !261, file: !63, line: 68, baseType: !264, size: 32)
!264 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !25, line: 31, baseType: !82)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !69, file: !63, line: 103, baseType: !266, size: 448)
!266 = !DICompositeType(tag: DW_TAG_array_type, baseType: !267, size: 448, elements: !269)
!267 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !25, line: 18, baseType: !268)
!268 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!269 = !{!270}
!270 = !DISubrange(count: 56)
!271 = !DILocation(line: 16, column: 10, scope: !57)
!272 = !DILocalVariable(name: "ipc_status", scope: !57, file: !2, line: 17, type: !18)
!273 = !DILocation(line: 17, column: 6, scope: !57)
!274 = !DILocalVariable(name: "r", scope: !57, file: !2, line: 17, type: !18)
!275 = !DILocation(line: 17, column: 18, scope: !57)
!276 = !DILocation(line: 19, column: 2, scope: !57)
!277 = !DILocation(line: 20, column: 7, scope: !278)
!278 = distinct !DILexicalBlock(scope: !279, file: !2, line: 20, column: 7)
!279 = distinct !DILexicalBlock(scope: !280, file: !2, line: 19, column: 11)
!280 = distinct !DILexicalBlock(scope: !281, file: !2, line: 19, column: 2)
!281 = distinct !DILexicalBlock(scope: !57, file: !2, line: 19, column: 2)
!282 = !DILocation(line: 20, column: 48, scope: !278)
!283 = !DILocation(line: 20, column: 7, scope: !279)
!284 = !DILocation(line: 21, column: 4, scope: !278)
!285 = !DILocation(line: 22, column: 13, scope: !279)
!286 = !DILocation(line: 22, column: 9, scope: !279)
!287 = !DILocation(line: 24, column: 7, scope: !279)
!288 = !DILocation(line: 24, column: 5, scope: !279)
!289 = !DILocation(line: 26, column: 7, scope: !290)
!290 = distinct !DILexicalBlock(scope: !279, file: !2, line: 26, column: 7)
!291 = !DILocation(line: 26, column: 9, scope: !290)
!292 = !DILocation(line: 26, column: 7, scope: !279)
!293 = !DILocation(line: 27, column: 15, scope: !294)
!294 = distinct !DILexicalBlock(scope: !290, file: !2, line: 26, column: 24)
!295 = !DILocation(line: 27, column: 6, scope: !294)
!296 = !DILocation(line: 27, column: 13, scope: !294)
!297 = !DILocation(line: 28, column: 10, scope: !294)
!298 = !DILocation(line: 28, column: 4, scope: !294)
!299 = !DILocation(line: 29, column: 3, scope: !294)
!300 = !DILocation(line: 19, column: 2, scope: !280)
!301 = distinct !{!301, !302, !303}
!302 = !DILocation(line: 19, column: 2, scope: !281)
!303 = !DILocation(line: 30, column: 2, scope: !281)
!304 = distinct !DISubprogram(name: "handle_request", scope: !41, file: !41, line: 5, type: !305, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !45, retainedNodes: !60)
!305 = !DISubroutineType(types: !306)
!306 = !{!18, !307}
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !308, size: 32)
!308 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !63, line: 105, baseType: !309)
!309 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 70, size: 512, elements: !310)
!310 = !{!311, !312, !313}
!311 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !309, file: !63, line: 71, baseType: !24, size: 32)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !309, file: !63, line: 72, baseType: !18, size: 32, offset: 32)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !309, file: !63, line: 104, baseType: !314, size: 448, offset: 64)
!314 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !309, file: !63, line: 73, size: 448, elements: !315)
!315 = !{!316, !321, !327, !333, !338, !343, !349, !357, !364, !372, !377, !384, !391, !396, !403, !408, !415, !422, !427, !433, !440, !447, !455, !461, !466, !473, !479, !488, !493, !498}
!316 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !314, file: !63, line: 74, baseType: !317, size: 32)
!317 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !63, line: 15, baseType: !318)
!318 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 15, size: 32, elements: !319)
!319 = !{!320}
!320 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !318, file: !63, line: 15, baseType: !18, size: 32)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !314, file: !63, line: 75, baseType: !322, size: 64)
!322 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !63, line: 16, baseType: !323)
!323 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 16, size: 64, elements: !324)
!324 = !{!325, !326}
!325 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !323, file: !63, line: 16, baseType: !81, size: 32)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !323, file: !63, line: 16, baseType: !85, size: 32, offset: 32)
!327 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !314, file: !63, line: 76, baseType: !328, size: 64)
!328 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !63, line: 17, baseType: !329)
!329 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 17, size: 64, elements: !330)
!330 = !{!331, !332}
!331 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !329, file: !63, line: 17, baseType: !91, size: 32)
!332 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !329, file: !63, line: 17, baseType: !18, size: 32, offset: 32)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !314, file: !63, line: 77, baseType: !334, size: 32)
!334 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !63, line: 18, baseType: !335)
!335 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 18, size: 32, elements: !336)
!336 = !{!337}
!337 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !335, file: !63, line: 18, baseType: !98, size: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !314, file: !63, line: 78, baseType: !339, size: 32)
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !63, line: 19, baseType: !340)
!340 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 19, size: 32, elements: !341)
!341 = !{!342}
!342 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !340, file: !63, line: 19, baseType: !18, size: 32)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !314, file: !63, line: 79, baseType: !344, size: 64)
!344 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !63, line: 20, baseType: !345)
!345 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 20, size: 64, elements: !346)
!346 = !{!347, !348}
!347 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !345, file: !63, line: 20, baseType: !18, size: 32)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !345, file: !63, line: 20, baseType: !81, size: 32, offset: 32)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !314, file: !63, line: 80, baseType: !350, size: 128)
!350 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !63, line: 28, baseType: !351)
!351 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 23, size: 128, elements: !352)
!352 = !{!353, !354, !355, !356}
!353 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !351, file: !63, line: 24, baseType: !24, size: 32)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !351, file: !63, line: 25, baseType: !24, size: 32, offset: 32)
!355 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !351, file: !63, line: 26, baseType: !91, size: 32, offset: 64)
!356 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !351, file: !63, line: 27, baseType: !98, size: 32, offset: 96)
!357 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !314, file: !63, line: 81, baseType: !358, size: 96)
!358 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !63, line: 29, baseType: !359)
!359 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 29, size: 96, elements: !360)
!360 = !{!361, !362, !363}
!361 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !359, file: !63, line: 29, baseType: !24, size: 32)
!362 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !359, file: !63, line: 29, baseType: !81, size: 32, offset: 32)
!363 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !359, file: !63, line: 29, baseType: !85, size: 32, offset: 64)
!364 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !314, file: !63, line: 82, baseType: !365, size: 128)
!365 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !63, line: 32, baseType: !366)
!366 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 32, size: 128, elements: !367)
!367 = !{!368, !369, !370, !371}
!368 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !366, file: !63, line: 32, baseType: !81, size: 32)
!369 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !366, file: !63, line: 32, baseType: !85, size: 32, offset: 32)
!370 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !366, file: !63, line: 32, baseType: !18, size: 32, offset: 64)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !366, file: !63, line: 32, baseType: !133, size: 16, offset: 96)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !314, file: !63, line: 83, baseType: !373, size: 32)
!373 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !63, line: 33, baseType: !374)
!374 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 33, size: 32, elements: !375)
!375 = !{!376}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !374, file: !63, line: 33, baseType: !18, size: 32)
!377 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !314, file: !63, line: 84, baseType: !378, size: 96)
!378 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !63, line: 34, baseType: !379)
!379 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 34, size: 96, elements: !380)
!380 = !{!381, !382, !383}
!381 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !379, file: !63, line: 34, baseType: !18, size: 32)
!382 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !379, file: !63, line: 34, baseType: !81, size: 32, offset: 32)
!383 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !379, file: !63, line: 34, baseType: !85, size: 32, offset: 64)
!384 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !314, file: !63, line: 85, baseType: !385, size: 96)
!385 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !63, line: 35, baseType: !386)
!386 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 35, size: 96, elements: !387)
!387 = !{!388, !389, !390}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !386, file: !63, line: 35, baseType: !18, size: 32)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !386, file: !63, line: 35, baseType: !154, size: 32, offset: 32)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !386, file: !63, line: 35, baseType: !18, size: 32, offset: 64)
!391 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !314, file: !63, line: 86, baseType: !392, size: 16)
!392 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !63, line: 36, baseType: !393)
!393 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 36, size: 16, elements: !394)
!394 = !{!395}
!395 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !393, file: !63, line: 36, baseType: !133, size: 16)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !314, file: !63, line: 87, baseType: !397, size: 96)
!397 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !63, line: 39, baseType: !398)
!398 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 39, size: 96, elements: !399)
!399 = !{!400, !401, !402}
!400 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !398, file: !63, line: 39, baseType: !24, size: 32)
!401 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !398, file: !63, line: 39, baseType: !18, size: 32, offset: 32)
!402 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !398, file: !63, line: 39, baseType: !24, size: 32, offset: 64)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !314, file: !63, line: 88, baseType: !404, size: 32)
!404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !63, line: 40, baseType: !405)
!405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 40, size: 32, elements: !406)
!406 = !{!407}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !405, file: !63, line: 40, baseType: !24, size: 32)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !314, file: !63, line: 89, baseType: !409, size: 96)
!409 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !63, line: 41, baseType: !410)
!410 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 41, size: 96, elements: !411)
!411 = !{!412, !413, !414}
!412 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !410, file: !63, line: 41, baseType: !24, size: 32)
!413 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !410, file: !63, line: 41, baseType: !85, size: 32, offset: 32)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !410, file: !63, line: 41, baseType: !81, size: 32, offset: 64)
!415 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !314, file: !63, line: 90, baseType: !416, size: 96)
!416 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !63, line: 42, baseType: !417)
!417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 42, size: 96, elements: !418)
!418 = !{!419, !420, !421}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !417, file: !63, line: 42, baseType: !24, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !417, file: !63, line: 42, baseType: !85, size: 32, offset: 32)
!421 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !417, file: !63, line: 42, baseType: !81, size: 32, offset: 64)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !314, file: !63, line: 91, baseType: !423, size: 32)
!423 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !63, line: 45, baseType: !424)
!424 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 45, size: 32, elements: !425)
!425 = !{!426}
!426 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !424, file: !63, line: 45, baseType: !81, size: 32)
!427 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !314, file: !63, line: 92, baseType: !428, size: 64)
!428 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !63, line: 46, baseType: !429)
!429 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 46, size: 64, elements: !430)
!430 = !{!431, !432}
!431 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !429, file: !63, line: 46, baseType: !85, size: 32)
!432 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !429, file: !63, line: 46, baseType: !81, size: 32, offset: 32)
!433 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !314, file: !63, line: 93, baseType: !434, size: 192)
!434 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !63, line: 49, baseType: !435)
!435 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 49, size: 192, elements: !436)
!436 = !{!437, !438, !439}
!437 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !435, file: !63, line: 49, baseType: !20, size: 128)
!438 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !435, file: !63, line: 49, baseType: !24, size: 32, offset: 128)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !435, file: !63, line: 49, baseType: !18, size: 32, offset: 160)
!440 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !314, file: !63, line: 94, baseType: !441, size: 192)
!441 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !63, line: 50, baseType: !442)
!442 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 50, size: 192, elements: !443)
!443 = !{!444, !445, !446}
!444 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !442, file: !63, line: 50, baseType: !20, size: 128)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !442, file: !63, line: 50, baseType: !24, size: 32, offset: 128)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !442, file: !63, line: 50, baseType: !18, size: 32, offset: 160)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !314, file: !63, line: 95, baseType: !448, size: 128)
!448 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !63, line: 53, baseType: !449)
!449 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 53, size: 128, elements: !450)
!450 = !{!451, !452, !453, !454}
!451 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !449, file: !63, line: 53, baseType: !24, size: 32)
!452 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !449, file: !63, line: 53, baseType: !81, size: 32, offset: 32)
!453 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !449, file: !63, line: 53, baseType: !85, size: 32, offset: 64)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !449, file: !63, line: 53, baseType: !18, size: 32, offset: 96)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !314, file: !63, line: 96, baseType: !456, size: 64)
!456 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !63, line: 54, baseType: !457)
!457 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 54, size: 64, elements: !458)
!458 = !{!459, !460}
!459 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !457, file: !63, line: 54, baseType: !24, size: 32)
!460 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !457, file: !63, line: 54, baseType: !18, size: 32, offset: 32)
!461 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !314, file: !63, line: 97, baseType: !462, size: 32)
!462 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !63, line: 57, baseType: !463)
!463 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 57, size: 32, elements: !464)
!464 = !{!465}
!465 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !463, file: !63, line: 57, baseType: !18, size: 32)
!466 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !314, file: !63, line: 98, baseType: !467, size: 96)
!467 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !63, line: 60, baseType: !468)
!468 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 60, size: 96, elements: !469)
!469 = !{!470, !471, !472}
!470 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !468, file: !63, line: 60, baseType: !24, size: 32)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !468, file: !63, line: 60, baseType: !18, size: 32, offset: 32)
!472 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !468, file: !63, line: 60, baseType: !24, size: 32, offset: 64)
!473 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !314, file: !63, line: 99, baseType: !474, size: 64)
!474 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !63, line: 61, baseType: !475)
!475 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 61, size: 64, elements: !476)
!476 = !{!477, !478}
!477 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !475, file: !63, line: 61, baseType: !24, size: 32)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !475, file: !63, line: 61, baseType: !18, size: 32, offset: 32)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !314, file: !63, line: 100, baseType: !480, size: 160)
!480 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !63, line: 66, baseType: !481)
!481 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 62, size: 160, elements: !482)
!482 = !{!483, !484, !485, !486, !487}
!483 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !481, file: !63, line: 63, baseType: !24, size: 32)
!484 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !481, file: !63, line: 63, baseType: !81, size: 32, offset: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !481, file: !63, line: 64, baseType: !24, size: 32, offset: 64)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !481, file: !63, line: 64, baseType: !81, size: 32, offset: 96)
!487 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !481, file: !63, line: 65, baseType: !85, size: 32, offset: 128)
!488 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !314, file: !63, line: 101, baseType: !489, size: 32)
!489 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !63, line: 67, baseType: !490)
!490 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 67, size: 32, elements: !491)
!491 = !{!492}
!492 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !490, file: !63, line: 67, baseType: !18, size: 32)
!493 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !314, file: !63, line: 102, baseType: !494, size: 32)
!494 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !63, line: 68, baseType: !495)
!495 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 68, size: 32, elements: !496)
!496 = !{!497}
!497 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !495, file: !63, line: 68, baseType: !264, size: 32)
!498 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !314, file: !63, line: 103, baseType: !266, size: 448)
!499 = !DILocalVariable(name: "m", arg: 1, scope: !304, file: !41, line: 5, type: !307)
!500 = !DILocation(line: 5, column: 29, scope: !304)
!501 = !DILocation(line: 7, column: 10, scope: !304)
!502 = !DILocation(line: 7, column: 13, scope: !304)
!503 = !DILocation(line: 7, column: 2, scope: !304)
!504 = !DILocation(line: 8, column: 37, scope: !505)
!505 = distinct !DILexicalBlock(scope: !304, file: !41, line: 7, column: 21)
!506 = !DILocation(line: 8, column: 26, scope: !505)
!507 = !DILocation(line: 8, column: 19, scope: !505)
!508 = !DILocation(line: 9, column: 51, scope: !505)
!509 = !DILocation(line: 9, column: 33, scope: !505)
!510 = !DILocation(line: 9, column: 26, scope: !505)
!511 = !DILocation(line: 10, column: 36, scope: !505)
!512 = !DILocation(line: 10, column: 26, scope: !505)
!513 = !DILocation(line: 10, column: 19, scope: !505)
!514 = !DILocation(line: 11, column: 41, scope: !505)
!515 = !DILocation(line: 11, column: 67, scope: !505)
!516 = !DILocation(line: 11, column: 28, scope: !505)
!517 = !DILocation(line: 11, column: 21, scope: !505)
!518 = !DILocation(line: 12, column: 43, scope: !505)
!519 = !DILocation(line: 12, column: 31, scope: !505)
!520 = !DILocation(line: 12, column: 24, scope: !505)
!521 = !DILocation(line: 13, column: 45, scope: !505)
!522 = !DILocation(line: 13, column: 32, scope: !505)
!523 = !DILocation(line: 13, column: 25, scope: !505)
!524 = !DILocation(line: 14, column: 12, scope: !505)
!525 = !DILocation(line: 16, column: 1, scope: !304)
!526 = distinct !DISubprogram(name: "reply", scope: !41, file: !41, line: 18, type: !527, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !45, retainedNodes: !60)
!527 = !DISubroutineType(types: !528)
!528 = !{null, !24, !307}
!529 = !DILocalVariable(name: "whom", arg: 1, scope: !526, file: !41, line: 18, type: !24)
!530 = !DILocation(line: 18, column: 23, scope: !526)
!531 = !DILocalVariable(name: "m_ptr", arg: 2, scope: !526, file: !41, line: 18, type: !307)
!532 = !DILocation(line: 18, column: 38, scope: !526)
!533 = !DILocation(line: 20, column: 15, scope: !534)
!534 = distinct !DILexicalBlock(scope: !526, file: !41, line: 20, column: 6)
!535 = !DILocation(line: 20, column: 21, scope: !534)
!536 = !DILocation(line: 20, column: 6, scope: !534)
!537 = !DILocation(line: 20, column: 28, scope: !534)
!538 = !DILocation(line: 20, column: 6, scope: !526)
!539 = !DILocation(line: 21, column: 3, scope: !534)
!540 = !DILocation(line: 22, column: 1, scope: !526)
!541 = distinct !DISubprogram(name: "do_publish", scope: !48, file: !48, line: 37, type: !542, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!542 = !DISubroutineType(types: !543)
!543 = !{!18, !544}
!544 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !545, size: 32)
!545 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !63, line: 105, baseType: !546)
!546 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 70, size: 512, elements: !547)
!547 = !{!548, !549, !550}
!548 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !546, file: !63, line: 71, baseType: !24, size: 32)
!549 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !546, file: !63, line: 72, baseType: !18, size: 32, offset: 32)
!550 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !546, file: !63, line: 104, baseType: !551, size: 448, offset: 64)
!551 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !546, file: !63, line: 73, size: 448, elements: !552)
!552 = !{!553, !558, !564, !570, !575, !580, !586, !594, !601, !609, !614, !621, !628, !633, !640, !645, !652, !659, !664, !670, !677, !684, !692, !698, !703, !710, !716, !725, !730, !735}
!553 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !551, file: !63, line: 74, baseType: !554, size: 32)
!554 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !63, line: 15, baseType: !555)
!555 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 15, size: 32, elements: !556)
!556 = !{!557}
!557 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !555, file: !63, line: 15, baseType: !18, size: 32)
!558 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !551, file: !63, line: 75, baseType: !559, size: 64)
!559 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !63, line: 16, baseType: !560)
!560 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 16, size: 64, elements: !561)
!561 = !{!562, !563}
!562 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !560, file: !63, line: 16, baseType: !81, size: 32)
!563 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !560, file: !63, line: 16, baseType: !85, size: 32, offset: 32)
!564 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !551, file: !63, line: 76, baseType: !565, size: 64)
!565 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !63, line: 17, baseType: !566)
!566 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 17, size: 64, elements: !567)
!567 = !{!568, !569}
!568 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !566, file: !63, line: 17, baseType: !91, size: 32)
!569 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !566, file: !63, line: 17, baseType: !18, size: 32, offset: 32)
!570 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !551, file: !63, line: 77, baseType: !571, size: 32)
!571 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !63, line: 18, baseType: !572)
!572 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 18, size: 32, elements: !573)
!573 = !{!574}
!574 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !572, file: !63, line: 18, baseType: !98, size: 32)
!575 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !551, file: !63, line: 78, baseType: !576, size: 32)
!576 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !63, line: 19, baseType: !577)
!577 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 19, size: 32, elements: !578)
!578 = !{!579}
!579 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !577, file: !63, line: 19, baseType: !18, size: 32)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !551, file: !63, line: 79, baseType: !581, size: 64)
!581 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !63, line: 20, baseType: !582)
!582 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 20, size: 64, elements: !583)
!583 = !{!584, !585}
!584 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !582, file: !63, line: 20, baseType: !18, size: 32)
!585 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !582, file: !63, line: 20, baseType: !81, size: 32, offset: 32)
!586 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !551, file: !63, line: 80, baseType: !587, size: 128)
!587 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !63, line: 28, baseType: !588)
!588 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 23, size: 128, elements: !589)
!589 = !{!590, !591, !592, !593}
!590 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !588, file: !63, line: 24, baseType: !24, size: 32)
!591 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !588, file: !63, line: 25, baseType: !24, size: 32, offset: 32)
!592 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !588, file: !63, line: 26, baseType: !91, size: 32, offset: 64)
!593 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !588, file: !63, line: 27, baseType: !98, size: 32, offset: 96)
!594 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !551, file: !63, line: 81, baseType: !595, size: 96)
!595 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !63, line: 29, baseType: !596)
!596 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 29, size: 96, elements: !597)
!597 = !{!598, !599, !600}
!598 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !596, file: !63, line: 29, baseType: !24, size: 32)
!599 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !596, file: !63, line: 29, baseType: !81, size: 32, offset: 32)
!600 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !596, file: !63, line: 29, baseType: !85, size: 32, offset: 64)
!601 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !551, file: !63, line: 82, baseType: !602, size: 128)
!602 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !63, line: 32, baseType: !603)
!603 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 32, size: 128, elements: !604)
!604 = !{!605, !606, !607, !608}
!605 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !603, file: !63, line: 32, baseType: !81, size: 32)
!606 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !603, file: !63, line: 32, baseType: !85, size: 32, offset: 32)
!607 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !603, file: !63, line: 32, baseType: !18, size: 32, offset: 64)
!608 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !603, file: !63, line: 32, baseType: !133, size: 16, offset: 96)
!609 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !551, file: !63, line: 83, baseType: !610, size: 32)
!610 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !63, line: 33, baseType: !611)
!611 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 33, size: 32, elements: !612)
!612 = !{!613}
!613 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !611, file: !63, line: 33, baseType: !18, size: 32)
!614 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !551, file: !63, line: 84, baseType: !615, size: 96)
!615 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !63, line: 34, baseType: !616)
!616 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 34, size: 96, elements: !617)
!617 = !{!618, !619, !620}
!618 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !616, file: !63, line: 34, baseType: !18, size: 32)
!619 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !616, file: !63, line: 34, baseType: !81, size: 32, offset: 32)
!620 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !616, file: !63, line: 34, baseType: !85, size: 32, offset: 64)
!621 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !551, file: !63, line: 85, baseType: !622, size: 96)
!622 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !63, line: 35, baseType: !623)
!623 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 35, size: 96, elements: !624)
!624 = !{!625, !626, !627}
!625 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !623, file: !63, line: 35, baseType: !18, size: 32)
!626 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !623, file: !63, line: 35, baseType: !154, size: 32, offset: 32)
!627 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !623, file: !63, line: 35, baseType: !18, size: 32, offset: 64)
!628 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !551, file: !63, line: 86, baseType: !629, size: 16)
!629 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !63, line: 36, baseType: !630)
!630 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 36, size: 16, elements: !631)
!631 = !{!632}
!632 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !630, file: !63, line: 36, baseType: !133, size: 16)
!633 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !551, file: !63, line: 87, baseType: !634, size: 96)
!634 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !63, line: 39, baseType: !635)
!635 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 39, size: 96, elements: !636)
!636 = !{!637, !638, !639}
!637 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !635, file: !63, line: 39, baseType: !24, size: 32)
!638 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !635, file: !63, line: 39, baseType: !18, size: 32, offset: 32)
!639 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !635, file: !63, line: 39, baseType: !24, size: 32, offset: 64)
!640 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !551, file: !63, line: 88, baseType: !641, size: 32)
!641 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !63, line: 40, baseType: !642)
!642 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 40, size: 32, elements: !643)
!643 = !{!644}
!644 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !642, file: !63, line: 40, baseType: !24, size: 32)
!645 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !551, file: !63, line: 89, baseType: !646, size: 96)
!646 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !63, line: 41, baseType: !647)
!647 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 41, size: 96, elements: !648)
!648 = !{!649, !650, !651}
!649 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !647, file: !63, line: 41, baseType: !24, size: 32)
!650 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !647, file: !63, line: 41, baseType: !85, size: 32, offset: 32)
!651 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !647, file: !63, line: 41, baseType: !81, size: 32, offset: 64)
!652 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !551, file: !63, line: 90, baseType: !653, size: 96)
!653 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !63, line: 42, baseType: !654)
!654 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 42, size: 96, elements: !655)
!655 = !{!656, !657, !658}
!656 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !654, file: !63, line: 42, baseType: !24, size: 32)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !654, file: !63, line: 42, baseType: !85, size: 32, offset: 32)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !654, file: !63, line: 42, baseType: !81, size: 32, offset: 64)
!659 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !551, file: !63, line: 91, baseType: !660, size: 32)
!660 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !63, line: 45, baseType: !661)
!661 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 45, size: 32, elements: !662)
!662 = !{!663}
!663 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !661, file: !63, line: 45, baseType: !81, size: 32)
!664 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !551, file: !63, line: 92, baseType: !665, size: 64)
!665 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !63, line: 46, baseType: !666)
!666 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 46, size: 64, elements: !667)
!667 = !{!668, !669}
!668 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !666, file: !63, line: 46, baseType: !85, size: 32)
!669 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !666, file: !63, line: 46, baseType: !81, size: 32, offset: 32)
!670 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !551, file: !63, line: 93, baseType: !671, size: 192)
!671 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !63, line: 49, baseType: !672)
!672 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 49, size: 192, elements: !673)
!673 = !{!674, !675, !676}
!674 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !672, file: !63, line: 49, baseType: !20, size: 128)
!675 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !672, file: !63, line: 49, baseType: !24, size: 32, offset: 128)
!676 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !672, file: !63, line: 49, baseType: !18, size: 32, offset: 160)
!677 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !551, file: !63, line: 94, baseType: !678, size: 192)
!678 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !63, line: 50, baseType: !679)
!679 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 50, size: 192, elements: !680)
!680 = !{!681, !682, !683}
!681 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !679, file: !63, line: 50, baseType: !20, size: 128)
!682 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !679, file: !63, line: 50, baseType: !24, size: 32, offset: 128)
!683 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !679, file: !63, line: 50, baseType: !18, size: 32, offset: 160)
!684 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !551, file: !63, line: 95, baseType: !685, size: 128)
!685 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !63, line: 53, baseType: !686)
!686 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 53, size: 128, elements: !687)
!687 = !{!688, !689, !690, !691}
!688 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !686, file: !63, line: 53, baseType: !24, size: 32)
!689 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !686, file: !63, line: 53, baseType: !81, size: 32, offset: 32)
!690 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !686, file: !63, line: 53, baseType: !85, size: 32, offset: 64)
!691 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !686, file: !63, line: 53, baseType: !18, size: 32, offset: 96)
!692 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !551, file: !63, line: 96, baseType: !693, size: 64)
!693 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !63, line: 54, baseType: !694)
!694 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 54, size: 64, elements: !695)
!695 = !{!696, !697}
!696 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !694, file: !63, line: 54, baseType: !24, size: 32)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !694, file: !63, line: 54, baseType: !18, size: 32, offset: 32)
!698 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !551, file: !63, line: 97, baseType: !699, size: 32)
!699 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !63, line: 57, baseType: !700)
!700 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 57, size: 32, elements: !701)
!701 = !{!702}
!702 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !700, file: !63, line: 57, baseType: !18, size: 32)
!703 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !551, file: !63, line: 98, baseType: !704, size: 96)
!704 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !63, line: 60, baseType: !705)
!705 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 60, size: 96, elements: !706)
!706 = !{!707, !708, !709}
!707 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !705, file: !63, line: 60, baseType: !24, size: 32)
!708 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !705, file: !63, line: 60, baseType: !18, size: 32, offset: 32)
!709 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !705, file: !63, line: 60, baseType: !24, size: 32, offset: 64)
!710 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !551, file: !63, line: 99, baseType: !711, size: 64)
!711 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !63, line: 61, baseType: !712)
!712 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 61, size: 64, elements: !713)
!713 = !{!714, !715}
!714 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !712, file: !63, line: 61, baseType: !24, size: 32)
!715 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !712, file: !63, line: 61, baseType: !18, size: 32, offset: 32)
!716 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !551, file: !63, line: 100, baseType: !717, size: 160)
!717 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !63, line: 66, baseType: !718)
!718 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 62, size: 160, elements: !719)
!719 = !{!720, !721, !722, !723, !724}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !718, file: !63, line: 63, baseType: !24, size: 32)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !718, file: !63, line: 63, baseType: !81, size: 32, offset: 32)
!722 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !718, file: !63, line: 64, baseType: !24, size: 32, offset: 64)
!723 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !718, file: !63, line: 64, baseType: !81, size: 32, offset: 96)
!724 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !718, file: !63, line: 65, baseType: !85, size: 32, offset: 128)
!725 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !551, file: !63, line: 101, baseType: !726, size: 32)
!726 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !63, line: 67, baseType: !727)
!727 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 67, size: 32, elements: !728)
!728 = !{!729}
!729 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !727, file: !63, line: 67, baseType: !18, size: 32)
!730 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !551, file: !63, line: 102, baseType: !731, size: 32)
!731 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !63, line: 68, baseType: !732)
!732 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 68, size: 32, elements: !733)
!733 = !{!734}
!734 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !732, file: !63, line: 68, baseType: !264, size: 32)
!735 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !551, file: !63, line: 103, baseType: !266, size: 448)
!736 = !DILocalVariable(name: "m", arg: 1, scope: !541, file: !48, line: 37, type: !544)
!737 = !DILocation(line: 37, column: 25, scope: !541)
!738 = !DILocalVariable(name: "dsp", scope: !541, file: !48, line: 39, type: !739)
!739 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !740, size: 32)
!740 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "data_store", file: !15, line: 20, size: 224, elements: !741)
!741 = !{!742, !743, !744, !745}
!742 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !740, file: !15, line: 21, baseType: !18, size: 32)
!743 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !740, file: !15, line: 22, baseType: !20, size: 128, offset: 32)
!744 = !DIDerivedType(tag: DW_TAG_member, name: "owner", scope: !740, file: !15, line: 23, baseType: !24, size: 32, offset: 160)
!745 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !740, file: !15, line: 24, baseType: !24, size: 32, offset: 192)
!746 = !DILocation(line: 39, column: 21, scope: !541)
!747 = !DILocation(line: 41, column: 6, scope: !748)
!748 = distinct !DILexicalBlock(scope: !541, file: !48, line: 41, column: 6)
!749 = !DILocation(line: 41, column: 9, scope: !748)
!750 = !DILocation(line: 41, column: 18, scope: !748)
!751 = !DILocation(line: 41, column: 6, scope: !541)
!752 = !DILocation(line: 42, column: 3, scope: !748)
!753 = !DILocation(line: 43, column: 6, scope: !754)
!754 = distinct !DILexicalBlock(scope: !541, file: !48, line: 43, column: 6)
!755 = !DILocation(line: 43, column: 6, scope: !541)
!756 = !DILocation(line: 44, column: 3, scope: !754)
!757 = !DILocation(line: 45, column: 2, scope: !541)
!758 = !DILocation(line: 45, column: 5, scope: !541)
!759 = !DILocation(line: 45, column: 18, scope: !541)
!760 = !DILocation(line: 45, column: 37, scope: !541)
!761 = !DILocation(line: 46, column: 26, scope: !762)
!762 = distinct !DILexicalBlock(scope: !541, file: !48, line: 46, column: 6)
!763 = !DILocation(line: 46, column: 29, scope: !762)
!764 = !DILocation(line: 46, column: 42, scope: !762)
!765 = !DILocation(line: 46, column: 13, scope: !762)
!766 = !DILocation(line: 46, column: 11, scope: !762)
!767 = !DILocation(line: 46, column: 48, scope: !762)
!768 = !DILocation(line: 46, column: 56, scope: !762)
!769 = !DILocation(line: 47, column: 13, scope: !762)
!770 = !DILocation(line: 47, column: 11, scope: !762)
!771 = !DILocation(line: 47, column: 28, scope: !762)
!772 = !DILocation(line: 46, column: 6, scope: !541)
!773 = !DILocation(line: 48, column: 3, scope: !762)
!774 = !DILocation(line: 49, column: 10, scope: !541)
!775 = !DILocation(line: 49, column: 15, scope: !541)
!776 = !DILocation(line: 49, column: 20, scope: !541)
!777 = !DILocation(line: 49, column: 23, scope: !541)
!778 = !DILocation(line: 49, column: 36, scope: !541)
!779 = !DILocation(line: 49, column: 2, scope: !541)
!780 = !DILocation(line: 50, column: 15, scope: !541)
!781 = !DILocation(line: 50, column: 18, scope: !541)
!782 = !DILocation(line: 50, column: 2, scope: !541)
!783 = !DILocation(line: 50, column: 7, scope: !541)
!784 = !DILocation(line: 50, column: 13, scope: !541)
!785 = !DILocation(line: 51, column: 15, scope: !541)
!786 = !DILocation(line: 51, column: 18, scope: !541)
!787 = !DILocation(line: 51, column: 31, scope: !541)
!788 = !DILocation(line: 51, column: 2, scope: !541)
!789 = !DILocation(line: 51, column: 7, scope: !541)
!790 = !DILocation(line: 51, column: 13, scope: !541)
!791 = !DILocation(line: 52, column: 29, scope: !541)
!792 = !DILocation(line: 52, column: 32, scope: !541)
!793 = !DILocation(line: 52, column: 45, scope: !541)
!794 = !DILocation(line: 52, column: 51, scope: !541)
!795 = !DILocation(line: 52, column: 26, scope: !541)
!796 = !DILocation(line: 52, column: 2, scope: !541)
!797 = !DILocation(line: 52, column: 7, scope: !541)
!798 = !DILocation(line: 52, column: 13, scope: !541)
!799 = !DILocation(line: 53, column: 21, scope: !541)
!800 = !DILocation(line: 53, column: 26, scope: !541)
!801 = !DILocation(line: 53, column: 2, scope: !541)
!802 = !DILocation(line: 54, column: 2, scope: !541)
!803 = !DILocation(line: 55, column: 1, scope: !541)
!804 = distinct !DISubprogram(name: "lookup_entry", scope: !48, file: !48, line: 5, type: !805, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !47, retainedNodes: !60)
!805 = !DISubroutineType(types: !806)
!806 = !{!739, !807}
!807 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !808, size: 32)
!808 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!809 = !DILocalVariable(name: "key", arg: 1, scope: !804, file: !48, line: 5, type: !807)
!810 = !DILocation(line: 5, column: 52, scope: !804)
!811 = !DILocalVariable(name: "i", scope: !804, file: !48, line: 7, type: !18)
!812 = !DILocation(line: 7, column: 6, scope: !804)
!813 = !DILocation(line: 9, column: 9, scope: !814)
!814 = distinct !DILexicalBlock(scope: !804, file: !48, line: 9, column: 2)
!815 = !DILocation(line: 9, column: 7, scope: !814)
!816 = !DILocation(line: 9, column: 14, scope: !817)
!817 = distinct !DILexicalBlock(scope: !814, file: !48, line: 9, column: 2)
!818 = !DILocation(line: 9, column: 16, scope: !817)
!819 = !DILocation(line: 9, column: 2, scope: !814)
!820 = !DILocation(line: 10, column: 17, scope: !821)
!821 = distinct !DILexicalBlock(scope: !817, file: !48, line: 10, column: 7)
!822 = !DILocation(line: 10, column: 8, scope: !821)
!823 = !DILocation(line: 10, column: 20, scope: !821)
!824 = !DILocation(line: 10, column: 26, scope: !821)
!825 = !DILocation(line: 10, column: 40, scope: !821)
!826 = !DILocation(line: 11, column: 24, scope: !821)
!827 = !DILocation(line: 11, column: 15, scope: !821)
!828 = !DILocation(line: 11, column: 27, scope: !821)
!829 = !DILocation(line: 11, column: 32, scope: !821)
!830 = !DILocation(line: 11, column: 7, scope: !821)
!831 = !DILocation(line: 11, column: 48, scope: !821)
!832 = !DILocation(line: 10, column: 7, scope: !817)
!833 = !DILocation(line: 12, column: 21, scope: !821)
!834 = !DILocation(line: 12, column: 12, scope: !821)
!835 = !DILocation(line: 12, column: 4, scope: !821)
!836 = !DILocation(line: 11, column: 51, scope: !821)
!837 = !DILocation(line: 9, column: 31, scope: !817)
!838 = !DILocation(line: 9, column: 2, scope: !817)
!839 = distinct !{!839, !819, !840, !841}
!840 = !DILocation(line: 12, column: 22, scope: !814)
!841 = !{!"llvm.loop.mustprogress"}
!842 = !DILocation(line: 13, column: 2, scope: !804)
!843 = !DILocation(line: 14, column: 1, scope: !804)
!844 = distinct !DISubprogram(name: "alloc_entry", scope: !48, file: !48, line: 16, type: !845, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !47, retainedNodes: !60)
!845 = !DISubroutineType(types: !846)
!846 = !{!739}
!847 = !DILocalVariable(name: "i", scope: !844, file: !48, line: 18, type: !18)
!848 = !DILocation(line: 18, column: 6, scope: !844)
!849 = !DILocation(line: 20, column: 9, scope: !850)
!850 = distinct !DILexicalBlock(scope: !844, file: !48, line: 20, column: 2)
!851 = !DILocation(line: 20, column: 7, scope: !850)
!852 = !DILocation(line: 20, column: 14, scope: !853)
!853 = distinct !DILexicalBlock(scope: !850, file: !48, line: 20, column: 2)
!854 = !DILocation(line: 20, column: 16, scope: !853)
!855 = !DILocation(line: 20, column: 2, scope: !850)
!856 = !DILocation(line: 21, column: 18, scope: !857)
!857 = distinct !DILexicalBlock(scope: !853, file: !48, line: 21, column: 7)
!858 = !DILocation(line: 21, column: 9, scope: !857)
!859 = !DILocation(line: 21, column: 21, scope: !857)
!860 = !DILocation(line: 21, column: 27, scope: !857)
!861 = !DILocation(line: 21, column: 7, scope: !853)
!862 = !DILocation(line: 22, column: 21, scope: !857)
!863 = !DILocation(line: 22, column: 12, scope: !857)
!864 = !DILocation(line: 22, column: 4, scope: !857)
!865 = !DILocation(line: 21, column: 39, scope: !857)
!866 = !DILocation(line: 20, column: 31, scope: !853)
!867 = !DILocation(line: 20, column: 2, scope: !853)
!868 = distinct !{!868, !855, !869, !841}
!869 = !DILocation(line: 22, column: 22, scope: !850)
!870 = !DILocation(line: 23, column: 2, scope: !844)
!871 = !DILocation(line: 24, column: 1, scope: !844)
!872 = distinct !DISubprogram(name: "notify_subscribers", scope: !48, file: !48, line: 27, type: !873, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !47, retainedNodes: !60)
!873 = !DISubroutineType(types: !874)
!874 = !{null, !807}
!875 = !DILocalVariable(name: "key", arg: 1, scope: !872, file: !48, line: 27, type: !807)
!876 = !DILocation(line: 27, column: 44, scope: !872)
!877 = !DILocalVariable(name: "i", scope: !872, file: !48, line: 29, type: !18)
!878 = !DILocation(line: 29, column: 6, scope: !872)
!879 = !DILocation(line: 31, column: 9, scope: !880)
!880 = distinct !DILexicalBlock(scope: !872, file: !48, line: 31, column: 2)
!881 = !DILocation(line: 31, column: 7, scope: !880)
!882 = !DILocation(line: 31, column: 14, scope: !883)
!883 = distinct !DILexicalBlock(scope: !880, file: !48, line: 31, column: 2)
!884 = !DILocation(line: 31, column: 16, scope: !883)
!885 = !DILocation(line: 31, column: 2, scope: !880)
!886 = !DILocation(line: 32, column: 16, scope: !887)
!887 = distinct !DILexicalBlock(scope: !883, file: !48, line: 32, column: 7)
!888 = !DILocation(line: 32, column: 8, scope: !887)
!889 = !DILocation(line: 32, column: 19, scope: !887)
!890 = !DILocation(line: 32, column: 29, scope: !887)
!891 = !DILocation(line: 32, column: 43, scope: !887)
!892 = !DILocation(line: 33, column: 23, scope: !887)
!893 = !DILocation(line: 33, column: 15, scope: !887)
!894 = !DILocation(line: 33, column: 26, scope: !887)
!895 = !DILocation(line: 33, column: 38, scope: !887)
!896 = !DILocation(line: 33, column: 58, scope: !887)
!897 = !DILocation(line: 33, column: 50, scope: !887)
!898 = !DILocation(line: 33, column: 61, scope: !887)
!899 = !DILocation(line: 33, column: 43, scope: !887)
!900 = !DILocation(line: 33, column: 7, scope: !887)
!901 = !DILocation(line: 33, column: 74, scope: !887)
!902 = !DILocation(line: 32, column: 7, scope: !883)
!903 = !DILocation(line: 34, column: 23, scope: !887)
!904 = !DILocation(line: 34, column: 15, scope: !887)
!905 = !DILocation(line: 34, column: 26, scope: !887)
!906 = !DILocation(line: 34, column: 4, scope: !887)
!907 = !DILocation(line: 33, column: 77, scope: !887)
!908 = !DILocation(line: 31, column: 29, scope: !883)
!909 = !DILocation(line: 31, column: 2, scope: !883)
!910 = distinct !{!910, !885, !911, !841}
!911 = !DILocation(line: 34, column: 35, scope: !880)
!912 = !DILocation(line: 35, column: 1, scope: !872)
!913 = distinct !DISubprogram(name: "do_retrieve_label", scope: !48, file: !48, line: 57, type: !542, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!914 = !DILocalVariable(name: "m", arg: 1, scope: !913, file: !48, line: 57, type: !544)
!915 = !DILocation(line: 57, column: 32, scope: !913)
!916 = !DILocalVariable(name: "dsp", scope: !913, file: !48, line: 59, type: !739)
!917 = !DILocation(line: 59, column: 21, scope: !913)
!918 = !DILocation(line: 61, column: 2, scope: !913)
!919 = !DILocation(line: 61, column: 5, scope: !913)
!920 = !DILocation(line: 61, column: 18, scope: !913)
!921 = !DILocation(line: 61, column: 37, scope: !913)
!922 = !DILocation(line: 62, column: 26, scope: !923)
!923 = distinct !DILexicalBlock(scope: !913, file: !48, line: 62, column: 6)
!924 = !DILocation(line: 62, column: 29, scope: !923)
!925 = !DILocation(line: 62, column: 42, scope: !923)
!926 = !DILocation(line: 62, column: 13, scope: !923)
!927 = !DILocation(line: 62, column: 11, scope: !923)
!928 = !DILocation(line: 62, column: 48, scope: !923)
!929 = !DILocation(line: 62, column: 6, scope: !913)
!930 = !DILocation(line: 63, column: 3, scope: !923)
!931 = !DILocation(line: 64, column: 7, scope: !932)
!932 = distinct !DILexicalBlock(scope: !913, file: !48, line: 64, column: 6)
!933 = !DILocation(line: 64, column: 12, scope: !932)
!934 = !DILocation(line: 64, column: 18, scope: !932)
!935 = !DILocation(line: 64, column: 33, scope: !932)
!936 = !DILocation(line: 64, column: 36, scope: !932)
!937 = !DILocation(line: 64, column: 41, scope: !932)
!938 = !DILocation(line: 64, column: 50, scope: !932)
!939 = !DILocation(line: 64, column: 53, scope: !932)
!940 = !DILocation(line: 64, column: 47, scope: !932)
!941 = !DILocation(line: 64, column: 6, scope: !913)
!942 = !DILocation(line: 65, column: 3, scope: !932)
!943 = !DILocation(line: 66, column: 26, scope: !913)
!944 = !DILocation(line: 66, column: 31, scope: !913)
!945 = !DILocation(line: 66, column: 2, scope: !913)
!946 = !DILocation(line: 66, column: 5, scope: !913)
!947 = !DILocation(line: 66, column: 18, scope: !913)
!948 = !DILocation(line: 66, column: 24, scope: !913)
!949 = !DILocation(line: 67, column: 2, scope: !913)
!950 = !DILocation(line: 68, column: 1, scope: !913)
!951 = distinct !DISubprogram(name: "do_delete", scope: !48, file: !48, line: 70, type: !542, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!952 = !DILocalVariable(name: "m", arg: 1, scope: !951, file: !48, line: 70, type: !544)
!953 = !DILocation(line: 70, column: 24, scope: !951)
!954 = !DILocalVariable(name: "dsp", scope: !951, file: !48, line: 72, type: !739)
!955 = !DILocation(line: 72, column: 21, scope: !951)
!956 = !DILocation(line: 74, column: 6, scope: !957)
!957 = distinct !DILexicalBlock(scope: !951, file: !48, line: 74, column: 6)
!958 = !DILocation(line: 74, column: 9, scope: !957)
!959 = !DILocation(line: 74, column: 18, scope: !957)
!960 = !DILocation(line: 74, column: 6, scope: !951)
!961 = !DILocation(line: 75, column: 3, scope: !957)
!962 = !DILocation(line: 76, column: 2, scope: !951)
!963 = !DILocation(line: 76, column: 5, scope: !951)
!964 = !DILocation(line: 76, column: 18, scope: !951)
!965 = !DILocation(line: 76, column: 37, scope: !951)
!966 = !DILocation(line: 77, column: 26, scope: !967)
!967 = distinct !DILexicalBlock(scope: !951, file: !48, line: 77, column: 6)
!968 = !DILocation(line: 77, column: 29, scope: !967)
!969 = !DILocation(line: 77, column: 42, scope: !967)
!970 = !DILocation(line: 77, column: 13, scope: !967)
!971 = !DILocation(line: 77, column: 11, scope: !967)
!972 = !DILocation(line: 77, column: 48, scope: !967)
!973 = !DILocation(line: 77, column: 6, scope: !951)
!974 = !DILocation(line: 78, column: 3, scope: !967)
!975 = !DILocation(line: 79, column: 2, scope: !951)
!976 = !DILocation(line: 79, column: 7, scope: !951)
!977 = !DILocation(line: 79, column: 13, scope: !951)
!978 = !DILocation(line: 80, column: 21, scope: !951)
!979 = !DILocation(line: 80, column: 24, scope: !951)
!980 = !DILocation(line: 80, column: 37, scope: !951)
!981 = !DILocation(line: 80, column: 2, scope: !951)
!982 = !DILocation(line: 81, column: 2, scope: !951)
!983 = !DILocation(line: 82, column: 1, scope: !951)
!984 = distinct !DISubprogram(name: "do_subscribe", scope: !48, file: !48, line: 84, type: !985, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!985 = !DISubroutineType(types: !986)
!986 = !{!18, !18, !544}
!987 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !984, file: !48, line: 84, type: !18)
!988 = !DILocation(line: 84, column: 22, scope: !984)
!989 = !DILocalVariable(name: "m", arg: 2, scope: !984, file: !48, line: 84, type: !544)
!990 = !DILocation(line: 84, column: 42, scope: !984)
!991 = !DILocalVariable(name: "sp", scope: !984, file: !48, line: 86, type: !992)
!992 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !993, size: 32)
!993 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "subscription", file: !15, line: 27, size: 192, elements: !994)
!994 = !{!995, !996, !997}
!995 = !DIDerivedType(tag: DW_TAG_member, name: "sub_flags", scope: !993, file: !15, line: 28, baseType: !18, size: 32)
!996 = !DIDerivedType(tag: DW_TAG_member, name: "sub_owner", scope: !993, file: !15, line: 29, baseType: !24, size: 32, offset: 32)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "sub_prefix", scope: !993, file: !15, line: 30, baseType: !20, size: 128, offset: 64)
!998 = !DILocation(line: 86, column: 23, scope: !984)
!999 = !DILocation(line: 86, column: 37, scope: !984)
!1000 = !DILocation(line: 86, column: 29, scope: !984)
!1001 = !DILocation(line: 88, column: 2, scope: !984)
!1002 = !DILocation(line: 88, column: 5, scope: !984)
!1003 = !DILocation(line: 88, column: 18, scope: !984)
!1004 = !DILocation(line: 88, column: 37, scope: !984)
!1005 = !DILocation(line: 89, column: 18, scope: !984)
!1006 = !DILocation(line: 89, column: 21, scope: !984)
!1007 = !DILocation(line: 89, column: 2, scope: !984)
!1008 = !DILocation(line: 89, column: 6, scope: !984)
!1009 = !DILocation(line: 89, column: 16, scope: !984)
!1010 = !DILocation(line: 90, column: 10, scope: !984)
!1011 = !DILocation(line: 90, column: 14, scope: !984)
!1012 = !DILocation(line: 90, column: 26, scope: !984)
!1013 = !DILocation(line: 90, column: 29, scope: !984)
!1014 = !DILocation(line: 90, column: 42, scope: !984)
!1015 = !DILocation(line: 90, column: 2, scope: !984)
!1016 = !DILocation(line: 91, column: 2, scope: !984)
!1017 = !DILocation(line: 91, column: 6, scope: !984)
!1018 = !DILocation(line: 91, column: 16, scope: !984)
!1019 = !DILocation(line: 92, column: 2, scope: !984)
!1020 = distinct !DISubprogram(name: "do_shutdown", scope: !48, file: !48, line: 95, type: !542, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!1021 = !DILocalVariable(name: "m", arg: 1, scope: !1020, file: !48, line: 95, type: !544)
!1022 = !DILocation(line: 95, column: 26, scope: !1020)
!1023 = !DILocation(line: 97, column: 6, scope: !1024)
!1024 = distinct !DILexicalBlock(scope: !1020, file: !48, line: 97, column: 6)
!1025 = !DILocation(line: 97, column: 9, scope: !1024)
!1026 = !DILocation(line: 97, column: 18, scope: !1024)
!1027 = !DILocation(line: 97, column: 32, scope: !1024)
!1028 = !DILocation(line: 97, column: 35, scope: !1024)
!1029 = !DILocation(line: 97, column: 38, scope: !1024)
!1030 = !DILocation(line: 97, column: 47, scope: !1024)
!1031 = !DILocation(line: 97, column: 6, scope: !1020)
!1032 = !DILocation(line: 98, column: 3, scope: !1024)
!1033 = !DILocation(line: 99, column: 19, scope: !1020)
!1034 = !DILocation(line: 100, column: 2, scope: !1020)
!1035 = !DILocation(line: 101, column: 1, scope: !1020)
!1036 = distinct !DISubprogram(name: "do_getstatus", scope: !48, file: !48, line: 103, type: !542, scopeLine: 104, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !47, retainedNodes: !60)
!1037 = !DILocalVariable(name: "m", arg: 1, scope: !1036, file: !48, line: 103, type: !544)
!1038 = !DILocation(line: 103, column: 27, scope: !1036)
!1039 = !DILocalVariable(name: "i", scope: !1036, file: !48, line: 105, type: !18)
!1040 = !DILocation(line: 105, column: 6, scope: !1036)
!1041 = !DILocalVariable(name: "n", scope: !1036, file: !48, line: 105, type: !18)
!1042 = !DILocation(line: 105, column: 9, scope: !1036)
!1043 = !DILocation(line: 107, column: 9, scope: !1036)
!1044 = !DILocation(line: 108, column: 9, scope: !1045)
!1045 = distinct !DILexicalBlock(scope: !1036, file: !48, line: 108, column: 2)
!1046 = !DILocation(line: 108, column: 7, scope: !1045)
!1047 = !DILocation(line: 108, column: 14, scope: !1048)
!1048 = distinct !DILexicalBlock(scope: !1045, file: !48, line: 108, column: 2)
!1049 = !DILocation(line: 108, column: 16, scope: !1048)
!1050 = !DILocation(line: 108, column: 2, scope: !1045)
!1051 = !DILocation(line: 109, column: 16, scope: !1052)
!1052 = distinct !DILexicalBlock(scope: !1048, file: !48, line: 109, column: 7)
!1053 = !DILocation(line: 109, column: 7, scope: !1052)
!1054 = !DILocation(line: 109, column: 19, scope: !1052)
!1055 = !DILocation(line: 109, column: 25, scope: !1052)
!1056 = !DILocation(line: 109, column: 7, scope: !1048)
!1057 = !DILocation(line: 110, column: 5, scope: !1052)
!1058 = !DILocation(line: 110, column: 4, scope: !1052)
!1059 = !DILocation(line: 109, column: 27, scope: !1052)
!1060 = !DILocation(line: 108, column: 31, scope: !1048)
!1061 = !DILocation(line: 108, column: 2, scope: !1048)
!1062 = distinct !{!1062, !1050, !1063, !841}
!1063 = !DILocation(line: 110, column: 5, scope: !1045)
!1064 = !DILocation(line: 111, column: 9, scope: !1036)
!1065 = !DILocation(line: 111, column: 2, scope: !1036)
