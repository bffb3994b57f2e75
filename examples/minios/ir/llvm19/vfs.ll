; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.fdtable_entry = type { i32, i16, [8 x %struct.mess_vfs_cdev_read] }
%struct.mess_vfs_cdev_read = type { i32, i32, i32, i32 }
%struct.fproc = type { i32, i32, i32, i32, i32 }
%struct.vfile = type { i32, i32, i32, i16, i32, i32, [15 x i8], [512 x i8] }
%struct.worker_thread = type { i32, ptr, ptr, i32, i32, ptr, %struct.message }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_cdev_vfs_reply = type { i32, i32 }
%struct.mess_lc_vfs_umask = type { i16 }
%struct.mess_lc_vfs_open = type { i32, i32, i32, i16 }
%struct.mess_lc_vfs_close = type { i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }

@.str = private unnamed_addr constant [20 x i8] c"vfs: receive failed\00", align 1, !dbg !0
@fdtable = dso_local global [32 x %struct.fdtable_entry] zeroinitializer, align 4, !dbg !7
@.str.1 = private unnamed_addr constant [3 x i8] c"sh\00", align 1, !dbg !62
@.str.2 = private unnamed_addr constant [5 x i8] c"motd\00", align 1, !dbg !67
@.str.3 = private unnamed_addr constant [19 x i8] c"welcome to minios\0A\00", align 1, !dbg !72
@.str.4 = private unnamed_addr constant [4 x i8] c"tty\00", align 1, !dbg !77
@vfs_shutting_down = dso_local global i32 0, align 4, !dbg !60
@fproc = dso_local global [32 x %struct.fproc] zeroinitializer, align 4, !dbg !46
@files = dso_local global [16 x %struct.vfile] zeroinitializer, align 4, !dbg !15
@call_vec = dso_local constant [33 x ptr] [ptr @do_open, ptr @do_close, ptr @do_read, ptr @do_write, ptr @do_lseek, ptr @do_umask, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr @do_sync], align 4, !dbg !99
@workers = dso_local global [4 x %struct.worker_thread] zeroinitializer, align 4, !dbg !311
@self = dso_local global ptr null, align 4, !dbg !317
@fp = dso_local global ptr null, align 4, !dbg !533

; Function Attrs: noinline nounwind
define dso_local i32 @cdev_read(i32 noundef %minor, i32 noundef %user, i32 noundef %buf, i32 noundef %len) #0 !dbg !561 {
entry:
  %retval = alloca i32, align 4
  %minor.addr = alloca i32, align 4
  %user.addr = alloca i32, align 4
  %buf.addr = alloca i32, align 4
  %len.addr = alloca i32, align 4
  %dev_m = alloca %struct.message, align 4
  store i32 %minor, ptr %minor.addr, align 4
    #dbg_declare(ptr %minor.addr, !565, !DIExpression(), !566)
  store i32 %user, ptr %user.addr, align 4
    #dbg_declare(ptr %user.addr, !567, !DIExpression(), !568)
  store i32 %buf, ptr %buf.addr, align 4
    #dbg_declare(ptr %buf.addr, !569, !DIExpression(), !570)
  store i32 %len, ptr %len.addr, align 4
    #dbg_declare(ptr %len.addr, !571, !DIExpression(), !572)
    #dbg_declare(ptr %dev_m, !573, !DIExpression(), !765)
  %call = call ptr @memset(ptr noundef %dev_m, i32 noundef 0, i32 noundef 64) #4, !dbg !766
  %m_type = getelementptr inbounds %struct.message, ptr %dev_m, i32 0, i32 1, !dbg !767
  store i32 2304, ptr %m_type, align 4, !dbg !768
  %0 = load i32, ptr %minor.addr, align 4, !dbg !769
  %m_u = getelementptr inbounds %struct.message, ptr %dev_m, i32 0, i32 2, !dbg !770
  %minor1 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u, i32 0, i32 3, !dbg !771
  store i32 %0, ptr %minor1, align 4, !dbg !772
  %1 = load i32, ptr %user.addr, align 4, !dbg !773
  %m_u2 = getelementptr inbounds %struct.message, ptr %dev_m, i32 0, i32 2, !dbg !774
  %user3 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u2, i32 0, i32 0, !dbg !775
  store i32 %1, ptr %user3, align 4, !dbg !776
  %2 = load i32, ptr %buf.addr, align 4, !dbg !777
  %m_u4 = getelementptr inbounds %struct.message, ptr %dev_m, i32 0, i32 2, !dbg !778
  %buf5 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u4, i32 0, i32 1, !dbg !779
  store i32 %2, ptr %buf5, align 4, !dbg !780
  %3 = load i32, ptr %len.addr, align 4, !dbg !781
  %m_u6 = getelementptr inbounds %struct.message, ptr %dev_m, i32 0, i32 2, !dbg !782
  %len7 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u6, i32 0, i32 2, !dbg !783
  store i32 %3, ptr %len7, align 4, !dbg !784
  %call8 = call i32 @asynsend3(i32 noundef 6, ptr noundef %dev_m, i32 noundef 0) #4, !dbg !785
  %cmp = icmp ne i32 %call8, 0, !dbg !787
  br i1 %cmp, label %if.then, label %if.end, !dbg !788

if.then:                                          ; preds = %entry
  store i32 -5, ptr %retval, align 4, !dbg !789
  br label %return, !dbg !789

if.end:                                           ; preds = %entry
  store i32 -998, ptr %retval, align 4, !dbg !790
  br label %return, !dbg !790

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !791
  ret i32 %4, !dbg !791
}

declare dso_local ptr @memset(ptr noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @asynsend3(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @cdev_reply(ptr noundef %m) #0 !dbg !792 {
entry:
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !796, !DIExpression(), !797)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !798
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !799
  %user = getelementptr inbounds %struct.mess_cdev_vfs_reply, ptr %m_u, i32 0, i32 0, !dbg !800
  %1 = load i32, ptr %user, align 4, !dbg !800
  %2 = load ptr, ptr %m.addr, align 4, !dbg !801
  %m_u1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !802
  %status = getelementptr inbounds %struct.mess_cdev_vfs_reply, ptr %m_u1, i32 0, i32 1, !dbg !803
  %3 = load i32, ptr %status, align 4, !dbg !803
  call void @worker_wakeup(i32 noundef %1, i32 noundef %3) #4, !dbg !804
  ret void, !dbg !805
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_file(ptr noundef %name) #0 !dbg !806 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %f = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !811, !DIExpression(), !812)
    #dbg_declare(ptr %f, !813, !DIExpression(), !814)
  store i32 0, ptr %f, align 4, !dbg !815
  br label %for.cond, !dbg !817

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !818
  %cmp = icmp slt i32 %0, 16, !dbg !820
  br i1 %cmp, label %for.body, label %for.end, !dbg !821

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !822
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !824
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !825
  %2 = load i32, ptr %f_in_use, align 4, !dbg !825
  %tobool = icmp ne i32 %2, 0, !dbg !824
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !826

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %f, align 4, !dbg !827
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, !dbg !828
  %f_name = getelementptr inbounds %struct.vfile, ptr %arrayidx1, i32 0, i32 6, !dbg !829
  %arraydecay = getelementptr inbounds [15 x i8], ptr %f_name, i32 0, i32 0, !dbg !828
  %4 = load ptr, ptr %name.addr, align 4, !dbg !830
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 15) #4, !dbg !831
  %cmp2 = icmp eq i32 %call, 0, !dbg !832
  br i1 %cmp2, label %if.then, label %if.end, !dbg !833

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %f, align 4, !dbg !834
  store i32 %5, ptr %retval, align 4, !dbg !835
  br label %return, !dbg !835

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !836

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %f, align 4, !dbg !837
  %inc = add nsw i32 %6, 1, !dbg !837
  store i32 %inc, ptr %f, align 4, !dbg !837
  br label %for.cond, !dbg !838, !llvm.loop !839

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !842
  br label %return, !dbg !842

return:                                           ; preds = %for.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !843
  ret i32 %7, !dbg !843
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @create_file(ptr noundef %name, i32 noundef %owner, i16 noundef zeroext %mode) #0 !dbg !844 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %owner.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %vf = alloca ptr, align 4
  %f = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !847, !DIExpression(), !848)
  store i32 %owner, ptr %owner.addr, align 4
    #dbg_declare(ptr %owner.addr, !849, !DIExpression(), !850)
  store i16 %mode, ptr %mode.addr, align 2
    #dbg_declare(ptr %mode.addr, !851, !DIExpression(), !852)
    #dbg_declare(ptr %vf, !853, !DIExpression(), !865)
    #dbg_declare(ptr %f, !866, !DIExpression(), !867)
  store i32 0, ptr %f, align 4, !dbg !868
  br label %for.cond, !dbg !870

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !871
  %cmp = icmp slt i32 %0, 16, !dbg !873
  br i1 %cmp, label %for.body, label %for.end, !dbg !874

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !875
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !877
  store ptr %arrayidx, ptr %vf, align 4, !dbg !878
  %2 = load ptr, ptr %vf, align 4, !dbg !879
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %2, i32 0, i32 0, !dbg !881
  %3 = load i32, ptr %f_in_use, align 4, !dbg !881
  %tobool = icmp ne i32 %3, 0, !dbg !879
  br i1 %tobool, label %if.then, label %if.end, !dbg !882

if.then:                                          ; preds = %for.body
  br label %for.inc, !dbg !883

if.end:                                           ; preds = %for.body
  %4 = load ptr, ptr %vf, align 4, !dbg !884
  %f_in_use1 = getelementptr inbounds %struct.vfile, ptr %4, i32 0, i32 0, !dbg !885
  store i32 1, ptr %f_in_use1, align 4, !dbg !886
  %5 = load ptr, ptr %vf, align 4, !dbg !887
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %5, i32 0, i32 1, !dbg !888
  store i32 1, ptr %f_dirty, align 4, !dbg !889
  %6 = load i32, ptr %owner.addr, align 4, !dbg !890
  %7 = load ptr, ptr %vf, align 4, !dbg !891
  %f_owner = getelementptr inbounds %struct.vfile, ptr %7, i32 0, i32 2, !dbg !892
  store i32 %6, ptr %f_owner, align 4, !dbg !893
  %8 = load i16, ptr %mode.addr, align 2, !dbg !894
  %conv = zext i16 %8 to i32, !dbg !894
  %and = and i32 %conv, 511, !dbg !895
  %conv2 = trunc i32 %and to i16, !dbg !894
  %9 = load ptr, ptr %vf, align 4, !dbg !896
  %f_mode = getelementptr inbounds %struct.vfile, ptr %9, i32 0, i32 3, !dbg !897
  store i16 %conv2, ptr %f_mode, align 4, !dbg !898
  %10 = load ptr, ptr %vf, align 4, !dbg !899
  %f_size = getelementptr inbounds %struct.vfile, ptr %10, i32 0, i32 4, !dbg !900
  store i32 0, ptr %f_size, align 4, !dbg !901
  %11 = load ptr, ptr %vf, align 4, !dbg !902
  %f_name = getelementptr inbounds %struct.vfile, ptr %11, i32 0, i32 6, !dbg !903
  %arraydecay = getelementptr inbounds [15 x i8], ptr %f_name, i32 0, i32 0, !dbg !902
  %12 = load ptr, ptr %name.addr, align 4, !dbg !904
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %12, i32 noundef 15) #4, !dbg !905
  %13 = load i32, ptr %f, align 4, !dbg !906
  store i32 %13, ptr %retval, align 4, !dbg !907
  br label %return, !dbg !907

for.inc:                                          ; preds = %if.then
  %14 = load i32, ptr %f, align 4, !dbg !908
  %inc = add nsw i32 %14, 1, !dbg !908
  store i32 %inc, ptr %f, align 4, !dbg !908
  br label %for.cond, !dbg !909, !llvm.loop !910

for.end:                                          ; preds = %for.cond
  store i32 -28, ptr %retval, align 4, !dbg !912
  br label %return, !dbg !912

return:                                           ; preds = %for.end, %if.end
  %15 = load i32, ptr %retval, align 4, !dbg !913
  ret i32 %15, !dbg !913
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @may_access(ptr noundef %f, i32 noundef %uid, i32 noundef %bits) #0 !dbg !914 {
entry:
  %retval = alloca i32, align 4
  %f.addr = alloca ptr, align 4
  %uid.addr = alloca i32, align 4
  %bits.addr = alloca i32, align 4
  store ptr %f, ptr %f.addr, align 4
    #dbg_declare(ptr %f.addr, !919, !DIExpression(), !920)
  store i32 %uid, ptr %uid.addr, align 4
    #dbg_declare(ptr %uid.addr, !921, !DIExpression(), !922)
  store i32 %bits, ptr %bits.addr, align 4
    #dbg_declare(ptr %bits.addr, !923, !DIExpression(), !924)
  %0 = load i32, ptr %uid.addr, align 4, !dbg !925
  %cmp = icmp eq i32 %0, 0, !dbg !927
  br i1 %cmp, label %if.then, label %if.end, !dbg !928

if.then:                                          ; preds = %entry
  store i32 1, ptr %retval, align 4, !dbg !929
  br label %return, !dbg !929

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %uid.addr, align 4, !dbg !930
  %2 = load ptr, ptr %f.addr, align 4, !dbg !932
  %f_owner = getelementptr inbounds %struct.vfile, ptr %2, i32 0, i32 2, !dbg !933
  %3 = load i32, ptr %f_owner, align 4, !dbg !933
  %cmp1 = icmp eq i32 %1, %3, !dbg !934
  br i1 %cmp1, label %if.then2, label %if.end5, !dbg !935

if.then2:                                         ; preds = %if.end
  %4 = load ptr, ptr %f.addr, align 4, !dbg !936
  %f_mode = getelementptr inbounds %struct.vfile, ptr %4, i32 0, i32 3, !dbg !937
  %5 = load i16, ptr %f_mode, align 4, !dbg !937
  %conv = zext i16 %5 to i32, !dbg !936
  %shr = ashr i32 %conv, 6, !dbg !938
  %6 = load i32, ptr %bits.addr, align 4, !dbg !939
  %and = and i32 %shr, %6, !dbg !940
  %7 = load i32, ptr %bits.addr, align 4, !dbg !941
  %cmp3 = icmp eq i32 %and, %7, !dbg !942
  %conv4 = zext i1 %cmp3 to i32, !dbg !942
  store i32 %conv4, ptr %retval, align 4, !dbg !943
  br label %return, !dbg !943

if.end5:                                          ; preds = %if.end
  %8 = load ptr, ptr %f.addr, align 4, !dbg !944
  %f_mode6 = getelementptr inbounds %struct.vfile, ptr %8, i32 0, i32 3, !dbg !945
  %9 = load i16, ptr %f_mode6, align 4, !dbg !945
  %conv7 = zext i16 %9 to i32, !dbg !944
  %10 = load i32, ptr %bits.addr, align 4, !dbg !946
  %and8 = and i32 %conv7, %10, !dbg !947
  %11 = load i32, ptr %bits.addr, align 4, !dbg !948
  %cmp9 = icmp eq i32 %and8, %11, !dbg !949
  %conv10 = zext i1 %cmp9 to i32, !dbg !949
  store i32 %conv10, ptr %retval, align 4, !dbg !950
  br label %return, !dbg !950

return:                                           ; preds = %if.end5, %if.then2, %if.then
  %12 = load i32, ptr %retval, align 4, !dbg !951
  ret i32 %12, !dbg !951
}

; Function Attrs: noinline nounwind
define dso_local i32 @sync_files() #0 !dbg !952 {
entry:
  %f = alloca i32, align 4
  %n = alloca i32, align 4
    #dbg_declare(ptr %f, !955, !DIExpression(), !956)
    #dbg_declare(ptr %n, !957, !DIExpression(), !958)
  store i32 0, ptr %n, align 4, !dbg !958
  store i32 0, ptr %f, align 4, !dbg !959
  br label %for.cond, !dbg !961

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !962
  %cmp = icmp slt i32 %0, 16, !dbg !964
  br i1 %cmp, label %for.body, label %for.end, !dbg !965

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !966
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !969
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !970
  %2 = load i32, ptr %f_in_use, align 4, !dbg !970
  %tobool = icmp ne i32 %2, 0, !dbg !969
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !971

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %f, align 4, !dbg !972
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, !dbg !973
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %arrayidx1, i32 0, i32 1, !dbg !974
  %4 = load i32, ptr %f_dirty, align 4, !dbg !974
  %tobool2 = icmp ne i32 %4, 0, !dbg !973
  br i1 %tobool2, label %if.then, label %if.end, !dbg !975

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %f, align 4, !dbg !976
  %arrayidx3 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %5, !dbg !978
  %f_dirty4 = getelementptr inbounds %struct.vfile, ptr %arrayidx3, i32 0, i32 1, !dbg !979
  store i32 0, ptr %f_dirty4, align 4, !dbg !980
  %6 = load i32, ptr %n, align 4, !dbg !981
  %inc = add nsw i32 %6, 1, !dbg !981
  store i32 %inc, ptr %n, align 4, !dbg !981
  br label %if.end, !dbg !982

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !983

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %f, align 4, !dbg !984
  %inc5 = add nsw i32 %7, 1, !dbg !984
  store i32 %inc5, ptr %f, align 4, !dbg !984
  br label %for.cond, !dbg !985, !llvm.loop !986

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %n, align 4, !dbg !988
  ret i32 %8, !dbg !989
}

; Function Attrs: noinline nounwind
define dso_local ptr @get_fdtable(i32 noundef %proc_slot, i32 noundef %caller) #0 !dbg !990 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %caller.addr = alloca i32, align 4
  %fdt = alloca ptr, align 4
  %fd = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !1006, !DIExpression(), !1007)
  store i32 %caller, ptr %caller.addr, align 4
    #dbg_declare(ptr %caller.addr, !1008, !DIExpression(), !1009)
    #dbg_declare(ptr %fdt, !1010, !DIExpression(), !1011)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1012
  %arrayidx = getelementptr inbounds [32 x %struct.fdtable_entry], ptr @fdtable, i32 0, i32 %0, !dbg !1013
  store ptr %arrayidx, ptr %fdt, align 4, !dbg !1011
    #dbg_declare(ptr %fd, !1014, !DIExpression(), !1015)
  %1 = load ptr, ptr %fdt, align 4, !dbg !1016
  %fdt_owner = getelementptr inbounds %struct.fdtable_entry, ptr %1, i32 0, i32 0, !dbg !1018
  %2 = load i32, ptr %fdt_owner, align 4, !dbg !1018
  %3 = load i32, ptr %caller.addr, align 4, !dbg !1019
  %cmp = icmp ne i32 %2, %3, !dbg !1020
  br i1 %cmp, label %if.then, label %if.end, !dbg !1021

if.then:                                          ; preds = %entry
  %4 = load i32, ptr %caller.addr, align 4, !dbg !1022
  %5 = load ptr, ptr %fdt, align 4, !dbg !1024
  %fdt_owner1 = getelementptr inbounds %struct.fdtable_entry, ptr %5, i32 0, i32 0, !dbg !1025
  store i32 %4, ptr %fdt_owner1, align 4, !dbg !1026
  %6 = load ptr, ptr %fdt, align 4, !dbg !1027
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %6, i32 0, i32 1, !dbg !1028
  store i16 18, ptr %fdt_umask, align 4, !dbg !1029
  store i32 0, ptr %fd, align 4, !dbg !1030
  br label %for.cond, !dbg !1032

for.cond:                                         ; preds = %for.inc, %if.then
  %7 = load i32, ptr %fd, align 4, !dbg !1033
  %cmp2 = icmp slt i32 %7, 8, !dbg !1035
  br i1 %cmp2, label %for.body, label %for.end, !dbg !1036

for.body:                                         ; preds = %for.cond
  %8 = load ptr, ptr %fdt, align 4, !dbg !1037
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %8, i32 0, i32 2, !dbg !1038
  %9 = load i32, ptr %fd, align 4, !dbg !1039
  %arrayidx3 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], ptr %fdt_fd, i32 0, i32 %9, !dbg !1037
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %arrayidx3, i32 0, i32 0, !dbg !1040
  store i32 0, ptr %fd_in_use, align 4, !dbg !1041
  br label %for.inc, !dbg !1037

for.inc:                                          ; preds = %for.body
  %10 = load i32, ptr %fd, align 4, !dbg !1042
  %inc = add nsw i32 %10, 1, !dbg !1042
  store i32 %inc, ptr %fd, align 4, !dbg !1042
  br label %for.cond, !dbg !1043, !llvm.loop !1044

for.end:                                          ; preds = %for.cond
  br label %if.end, !dbg !1046

if.end:                                           ; preds = %for.end, %entry
  %11 = load ptr, ptr %fdt, align 4, !dbg !1047
  ret ptr %11, !dbg !1048
}

; Function Attrs: noinline nounwind
define dso_local ptr @get_filedesc(ptr noundef %fdt, i32 noundef %fd) #0 !dbg !1049 {
entry:
  %retval = alloca ptr, align 4
  %fdt.addr = alloca ptr, align 4
  %fd.addr = alloca i32, align 4
  store ptr %fdt, ptr %fdt.addr, align 4
    #dbg_declare(ptr %fdt.addr, !1053, !DIExpression(), !1054)
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !1055, !DIExpression(), !1056)
  %0 = load i32, ptr %fd.addr, align 4, !dbg !1057
  %cmp = icmp slt i32 %0, 0, !dbg !1059
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !1060

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, ptr %fd.addr, align 4, !dbg !1061
  %cmp1 = icmp sge i32 %1, 8, !dbg !1062
  br i1 %cmp1, label %if.then, label %lor.lhs.false2, !dbg !1063

lor.lhs.false2:                                   ; preds = %lor.lhs.false
  %2 = load ptr, ptr %fdt.addr, align 4, !dbg !1064
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %2, i32 0, i32 2, !dbg !1065
  %3 = load i32, ptr %fd.addr, align 4, !dbg !1066
  %arrayidx = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], ptr %fdt_fd, i32 0, i32 %3, !dbg !1064
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %arrayidx, i32 0, i32 0, !dbg !1067
  %4 = load i32, ptr %fd_in_use, align 4, !dbg !1067
  %tobool = icmp ne i32 %4, 0, !dbg !1064
  br i1 %tobool, label %if.end, label %if.then, !dbg !1068

if.then:                                          ; preds = %lor.lhs.false2, %lor.lhs.false, %entry
  store ptr null, ptr %retval, align 4, !dbg !1069
  br label %return, !dbg !1069

if.end:                                           ; preds = %lor.lhs.false2
  %5 = load ptr, ptr %fdt.addr, align 4, !dbg !1070
  %fdt_fd3 = getelementptr inbounds %struct.fdtable_entry, ptr %5, i32 0, i32 2, !dbg !1071
  %6 = load i32, ptr %fd.addr, align 4, !dbg !1072
  %arrayidx4 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], ptr %fdt_fd3, i32 0, i32 %6, !dbg !1070
  store ptr %arrayidx4, ptr %retval, align 4, !dbg !1073
  br label %return, !dbg !1073

return:                                           ; preds = %if.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !1074
  ret ptr %7, !dbg !1074
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_fd(ptr noundef %fdt) #0 !dbg !1075 {
entry:
  %retval = alloca i32, align 4
  %fdt.addr = alloca ptr, align 4
  %fd = alloca i32, align 4
  store ptr %fdt, ptr %fdt.addr, align 4
    #dbg_declare(ptr %fdt.addr, !1078, !DIExpression(), !1079)
    #dbg_declare(ptr %fd, !1080, !DIExpression(), !1081)
  store i32 0, ptr %fd, align 4, !dbg !1082
  br label %for.cond, !dbg !1084

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %fd, align 4, !dbg !1085
  %cmp = icmp slt i32 %0, 8, !dbg !1087
  br i1 %cmp, label %for.body, label %for.end, !dbg !1088

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %fdt.addr, align 4, !dbg !1089
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %1, i32 0, i32 2, !dbg !1091
  %2 = load i32, ptr %fd, align 4, !dbg !1092
  %arrayidx = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], ptr %fdt_fd, i32 0, i32 %2, !dbg !1089
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %arrayidx, i32 0, i32 0, !dbg !1093
  %3 = load i32, ptr %fd_in_use, align 4, !dbg !1093
  %tobool = icmp ne i32 %3, 0, !dbg !1089
  br i1 %tobool, label %if.end, label %if.then, !dbg !1094

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %fd, align 4, !dbg !1095
  store i32 %4, ptr %retval, align 4, !dbg !1096
  br label %return, !dbg !1096

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !1093

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %fd, align 4, !dbg !1097
  %inc = add nsw i32 %5, 1, !dbg !1097
  store i32 %inc, ptr %fd, align 4, !dbg !1097
  br label %for.cond, !dbg !1098, !llvm.loop !1099

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !1101
  br label %return, !dbg !1101

return:                                           ; preds = %for.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1102
  ret i32 %6, !dbg !1102
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !1103 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
  %rfp = alloca ptr, align 4
    #dbg_declare(ptr %m, !1104, !DIExpression(), !1296)
    #dbg_declare(ptr %ipc_status, !1297, !DIExpression(), !1298)
    #dbg_declare(ptr %r, !1299, !DIExpression(), !1300)
    #dbg_declare(ptr %rfp, !1301, !DIExpression(), !1303)
  call void @vfs_init() #4, !dbg !1304
  br label %for.cond, !dbg !1305

for.cond:                                         ; preds = %if.end18, %if.then7, %if.then2, %entry
  call void @worker_yield() #4, !dbg !1306
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #4, !dbg !1310
  %cmp = icmp ne i32 %call, 0, !dbg !1312
  br i1 %cmp, label %if.then, label %if.end, !dbg !1313

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #5, !dbg !1314
  unreachable, !dbg !1314

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !1315
  %0 = load i32, ptr %m_source, align 4, !dbg !1315
  %cmp1 = icmp eq i32 %0, 6, !dbg !1317
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !1318

if.then2:                                         ; preds = %if.end
  call void @cdev_reply(ptr noundef %m) #4, !dbg !1319
  br label %for.cond, !dbg !1321, !llvm.loop !1322

if.end3:                                          ; preds = %if.end
  %m_source4 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !1325
  %1 = load i32, ptr %m_source4, align 4, !dbg !1325
  %and = and i32 %1, 31, !dbg !1325
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !1326
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !1327
  %2 = load ptr, ptr %rfp, align 4, !dbg !1328
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %2, i32 0, i32 0, !dbg !1330
  %3 = load i32, ptr %fp_endpoint, align 4, !dbg !1330
  %m_source5 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !1331
  %4 = load i32, ptr %m_source5, align 4, !dbg !1331
  %cmp6 = icmp ne i32 %3, %4, !dbg !1332
  br i1 %cmp6, label %if.then7, label %if.end8, !dbg !1333

if.then7:                                         ; preds = %if.end3
  br label %for.cond, !dbg !1334, !llvm.loop !1322

if.end8:                                          ; preds = %if.end3
  %m_source9 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !1335
  %5 = load i32, ptr %m_source9, align 4, !dbg !1335
  %cmp10 = icmp eq i32 %5, 0, !dbg !1337
  br i1 %cmp10, label %if.then11, label %if.else, !dbg !1338

if.then11:                                        ; preds = %if.end8
  %6 = load ptr, ptr %rfp, align 4, !dbg !1339
  %call12 = call i32 @worker_start(ptr noundef %6, ptr noundef @service_pm, ptr noundef %m) #4, !dbg !1340
  store i32 %call12, ptr %r, align 4, !dbg !1341
  br label %if.end14, !dbg !1342

if.else:                                          ; preds = %if.end8
  %7 = load ptr, ptr %rfp, align 4, !dbg !1343
  %call13 = call i32 @worker_start(ptr noundef %7, ptr noundef @do_work, ptr noundef %m) #4, !dbg !1344
  store i32 %call13, ptr %r, align 4, !dbg !1345
  br label %if.end14

if.end14:                                         ; preds = %if.else, %if.then11
  %8 = load i32, ptr %r, align 4, !dbg !1346
  %cmp15 = icmp ne i32 %8, 0, !dbg !1348
  br i1 %cmp15, label %if.then16, label %if.end18, !dbg !1349

if.then16:                                        ; preds = %if.end14
  %m_source17 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !1350
  %9 = load i32, ptr %m_source17, align 4, !dbg !1350
  call void @reply(ptr noundef %m, i32 noundef %9, i32 noundef -11) #4, !dbg !1351
  br label %if.end18, !dbg !1351

if.end18:                                         ; preds = %if.then16, %if.end14
  br label %for.cond, !dbg !1352, !llvm.loop !1322
}

; Function Attrs: noinline nounwind
define internal void @vfs_init() #0 !dbg !1353 {
entry:
  %i = alloca i32, align 4
  %f = alloca i32, align 4
    #dbg_declare(ptr %i, !1354, !DIExpression(), !1355)
    #dbg_declare(ptr %f, !1356, !DIExpression(), !1357)
  store i32 0, ptr %i, align 4, !dbg !1358
  br label %for.cond, !dbg !1360

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !1361
  %cmp = icmp slt i32 %0, 32, !dbg !1363
  br i1 %cmp, label %for.body, label %for.end, !dbg !1364

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !1365
  %cmp1 = icmp slt i32 %1, 5, !dbg !1367
  br i1 %cmp1, label %cond.true, label %cond.false, !dbg !1365

cond.true:                                        ; preds = %for.body
  %2 = load i32, ptr %i, align 4, !dbg !1368
  br label %cond.end, !dbg !1365

cond.false:                                       ; preds = %for.body
  br label %cond.end, !dbg !1365

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ 27648, %cond.false ], !dbg !1365
  %3 = load i32, ptr %i, align 4, !dbg !1369
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %3, !dbg !1370
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 0, !dbg !1371
  store i32 %cond, ptr %fp_endpoint, align 4, !dbg !1372
  %4 = load i32, ptr %i, align 4, !dbg !1373
  %arrayidx2 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %4, !dbg !1374
  %fp_program = getelementptr inbounds %struct.fproc, ptr %arrayidx2, i32 0, i32 4, !dbg !1375
  store i32 -1, ptr %fp_program, align 4, !dbg !1376
  br label %for.inc, !dbg !1377

for.inc:                                          ; preds = %cond.end
  %5 = load i32, ptr %i, align 4, !dbg !1378
  %inc = add nsw i32 %5, 1, !dbg !1378
  store i32 %inc, ptr %i, align 4, !dbg !1378
  br label %for.cond, !dbg !1379, !llvm.loop !1380

for.end:                                          ; preds = %for.cond
  store i32 37, ptr getelementptr inbounds ([32 x %struct.fproc], ptr @fproc, i32 0, i32 5), align 4, !dbg !1382
  store i32 1, ptr getelementptr inbounds (%struct.fproc, ptr getelementptr inbounds ([32 x %struct.fproc], ptr @fproc, i32 0, i32 5), i32 0, i32 2), align 4, !dbg !1383
  %call = call i32 @create_file(ptr noundef @.str.1, i32 noundef 0, i16 noundef zeroext 493) #4, !dbg !1384
  store i32 %call, ptr %f, align 4, !dbg !1386
  %cmp3 = icmp sge i32 %call, 0, !dbg !1387
  br i1 %cmp3, label %if.then, label %if.end, !dbg !1388

if.then:                                          ; preds = %for.end
  %6 = load i32, ptr %f, align 4, !dbg !1389
  %arrayidx4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %6, !dbg !1390
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx4, i32 0, i32 4, !dbg !1391
  store i32 64, ptr %f_size, align 4, !dbg !1392
  br label %if.end, !dbg !1390

if.end:                                           ; preds = %if.then, %for.end
  %call5 = call i32 @create_file(ptr noundef @.str.2, i32 noundef 0, i16 noundef zeroext 420) #4, !dbg !1393
  store i32 %call5, ptr %f, align 4, !dbg !1395
  %cmp6 = icmp sge i32 %call5, 0, !dbg !1396
  br i1 %cmp6, label %if.then7, label %if.end12, !dbg !1397

if.then7:                                         ; preds = %if.end
  %7 = load i32, ptr %f, align 4, !dbg !1398
  %arrayidx8 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %7, !dbg !1399
  %f_data = getelementptr inbounds %struct.vfile, ptr %arrayidx8, i32 0, i32 7, !dbg !1400
  %arraydecay = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 0, !dbg !1399
  %call9 = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef @.str.3, i32 noundef 512) #4, !dbg !1401
  %8 = load i32, ptr %f, align 4, !dbg !1402
  %arrayidx10 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %8, !dbg !1403
  %f_size11 = getelementptr inbounds %struct.vfile, ptr %arrayidx10, i32 0, i32 4, !dbg !1404
  store i32 %call9, ptr %f_size11, align 4, !dbg !1405
  br label %if.end12, !dbg !1403

if.end12:                                         ; preds = %if.then7, %if.end
  %call13 = call i32 @create_file(ptr noundef @.str.4, i32 noundef 0, i16 noundef zeroext 438) #4, !dbg !1406
  store i32 %call13, ptr %f, align 4, !dbg !1408
  %cmp14 = icmp sge i32 %call13, 0, !dbg !1409
  br i1 %cmp14, label %if.then15, label %if.end17, !dbg !1410

if.then15:                                        ; preds = %if.end12
  %9 = load i32, ptr %f, align 4, !dbg !1411
  %arrayidx16 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %9, !dbg !1412
  %f_cdev = getelementptr inbounds %struct.vfile, ptr %arrayidx16, i32 0, i32 5, !dbg !1413
  store i32 1, ptr %f_cdev, align 4, !dbg !1414
  br label %if.end17, !dbg !1412

if.end17:                                         ; preds = %if.then15, %if.end12
  ret void, !dbg !1415
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

; Function Attrs: noinline nounwind
define internal void @service_pm() #0 !dbg !1416 {
entry:
  %m = alloca ptr, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !1417, !DIExpression(), !1419)
  %0 = load ptr, ptr @self, align 4, !dbg !1420
  %w_m_in = getelementptr inbounds %struct.worker_thread, ptr %0, i32 0, i32 6, !dbg !1421
  store ptr %w_m_in, ptr %m, align 4, !dbg !1419
    #dbg_declare(ptr %r, !1422, !DIExpression(), !1423)
  %1 = load ptr, ptr %m, align 4, !dbg !1424
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !1425
  %2 = load i32, ptr %m_type, align 4, !dbg !1425
  switch i32 %2, label %sw.default [
    i32 528, label %sw.bb
    i32 529, label %sw.bb1
    i32 530, label %sw.bb3
    i32 531, label %sw.bb5
    i32 1537, label %sw.bb7
  ], !dbg !1426

sw.bb:                                            ; preds = %entry
  %3 = load ptr, ptr %m, align 4, !dbg !1427
  %call = call i32 @do_pm_fork(ptr noundef %3) #4, !dbg !1429
  store i32 %call, ptr %r, align 4, !dbg !1430
  br label %sw.epilog, !dbg !1431

sw.bb1:                                           ; preds = %entry
  %4 = load ptr, ptr %m, align 4, !dbg !1432
  %call2 = call i32 @do_pm_exit(ptr noundef %4) #4, !dbg !1433
  store i32 %call2, ptr %r, align 4, !dbg !1434
  br label %sw.epilog, !dbg !1435

sw.bb3:                                           ; preds = %entry
  %5 = load ptr, ptr %m, align 4, !dbg !1436
  %call4 = call i32 @do_pm_exec(ptr noundef %5) #4, !dbg !1437
  store i32 %call4, ptr %r, align 4, !dbg !1438
  br label %sw.epilog, !dbg !1439

sw.bb5:                                           ; preds = %entry
  %6 = load ptr, ptr %m, align 4, !dbg !1440
  %call6 = call i32 @do_pm_setuid(ptr noundef %6) #4, !dbg !1441
  store i32 %call6, ptr %r, align 4, !dbg !1442
  br label %sw.epilog, !dbg !1443

sw.bb7:                                           ; preds = %entry
  %7 = load ptr, ptr %m, align 4, !dbg !1444
  %call8 = call i32 @do_shutdown(ptr noundef %7) #4, !dbg !1445
  store i32 %call8, ptr %r, align 4, !dbg !1446
  br label %sw.epilog, !dbg !1447

sw.default:                                       ; preds = %entry
  store i32 -38, ptr %r, align 4, !dbg !1448
  br label %sw.epilog, !dbg !1449

sw.epilog:                                        ; preds = %sw.default, %sw.bb7, %sw.bb5, %sw.bb3, %sw.bb1, %sw.bb
  %8 = load i32, ptr %r, align 4, !dbg !1450
  %cmp = icmp ne i32 %8, -201, !dbg !1452
  br i1 %cmp, label %if.then, label %if.end, !dbg !1453

if.then:                                          ; preds = %sw.epilog
  %9 = load ptr, ptr %m, align 4, !dbg !1454
  %10 = load ptr, ptr @fp, align 4, !dbg !1455
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %10, i32 0, i32 0, !dbg !1456
  %11 = load i32, ptr %fp_endpoint, align 4, !dbg !1456
  %12 = load i32, ptr %r, align 4, !dbg !1457
  call void @reply(ptr noundef %9, i32 noundef %11, i32 noundef %12) #4, !dbg !1458
  br label %if.end, !dbg !1458

if.end:                                           ; preds = %if.then, %sw.epilog
  ret void, !dbg !1459
}

; Function Attrs: noinline nounwind
define internal void @do_work() #0 !dbg !1460 {
entry:
  %m = alloca ptr, align 4
  %proc_slot = alloca i32, align 4
  %call_index = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !1461, !DIExpression(), !1462)
  %0 = load ptr, ptr @self, align 4, !dbg !1463
  %w_m_in = getelementptr inbounds %struct.worker_thread, ptr %0, i32 0, i32 6, !dbg !1464
  store ptr %w_m_in, ptr %m, align 4, !dbg !1462
    #dbg_declare(ptr %proc_slot, !1465, !DIExpression(), !1466)
  %1 = load ptr, ptr %m, align 4, !dbg !1467
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !1467
  %2 = load i32, ptr %m_source, align 4, !dbg !1467
  %and = and i32 %2, 31, !dbg !1467
  store i32 %and, ptr %proc_slot, align 4, !dbg !1466
    #dbg_declare(ptr %call_index, !1468, !DIExpression(), !1469)
    #dbg_declare(ptr %r, !1470, !DIExpression(), !1471)
  %3 = load ptr, ptr %m, align 4, !dbg !1472
  %m_type = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 1, !dbg !1474
  %4 = load i32, ptr %m_type, align 4, !dbg !1474
  %cmp = icmp eq i32 %4, 1536, !dbg !1475
  br i1 %cmp, label %if.then, label %if.else, !dbg !1476

if.then:                                          ; preds = %entry
  %5 = load ptr, ptr %m, align 4, !dbg !1477
  %call = call i32 @do_getstatus(ptr noundef %5) #4, !dbg !1479
  store i32 %call, ptr %r, align 4, !dbg !1480
  br label %if.end20, !dbg !1481

if.else:                                          ; preds = %entry
  %6 = load ptr, ptr %m, align 4, !dbg !1482
  %m_type1 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 1, !dbg !1484
  %7 = load i32, ptr %m_type1, align 4, !dbg !1484
  %cmp2 = icmp eq i32 %7, 1537, !dbg !1485
  br i1 %cmp2, label %if.then3, label %if.else5, !dbg !1486

if.then3:                                         ; preds = %if.else
  %8 = load ptr, ptr %m, align 4, !dbg !1487
  %call4 = call i32 @do_shutdown(ptr noundef %8) #4, !dbg !1489
  store i32 %call4, ptr %r, align 4, !dbg !1490
  br label %if.end19, !dbg !1491

if.else5:                                         ; preds = %if.else
  %9 = load ptr, ptr %m, align 4, !dbg !1492
  %m_type6 = getelementptr inbounds %struct.message, ptr %9, i32 0, i32 1, !dbg !1492
  %10 = load i32, ptr %m_type6, align 4, !dbg !1492
  %and7 = and i32 %10, -256, !dbg !1492
  %cmp8 = icmp eq i32 %and7, 512, !dbg !1492
  br i1 %cmp8, label %if.then9, label %if.else17, !dbg !1494

if.then9:                                         ; preds = %if.else5
  %11 = load ptr, ptr %m, align 4, !dbg !1495
  %m_type10 = getelementptr inbounds %struct.message, ptr %11, i32 0, i32 1, !dbg !1497
  %12 = load i32, ptr %m_type10, align 4, !dbg !1497
  %sub = sub nsw i32 %12, 512, !dbg !1498
  store i32 %sub, ptr %call_index, align 4, !dbg !1499
  %13 = load i32, ptr %call_index, align 4, !dbg !1500
  %cmp11 = icmp ult i32 %13, 33, !dbg !1502
  br i1 %cmp11, label %land.lhs.true, label %if.else16, !dbg !1503

land.lhs.true:                                    ; preds = %if.then9
  %14 = load i32, ptr %call_index, align 4, !dbg !1504
  %arrayidx = getelementptr inbounds [33 x ptr], ptr @call_vec, i32 0, i32 %14, !dbg !1505
  %15 = load ptr, ptr %arrayidx, align 4, !dbg !1505
  %cmp12 = icmp ne ptr %15, null, !dbg !1506
  br i1 %cmp12, label %if.then13, label %if.else16, !dbg !1507

if.then13:                                        ; preds = %land.lhs.true
  %16 = load i32, ptr %call_index, align 4, !dbg !1508
  %arrayidx14 = getelementptr inbounds [33 x ptr], ptr @call_vec, i32 0, i32 %16, !dbg !1509
  %17 = load ptr, ptr %arrayidx14, align 4, !dbg !1509
  %18 = load i32, ptr %proc_slot, align 4, !dbg !1510
  %19 = load ptr, ptr %m, align 4, !dbg !1511
  %call15 = call i32 %17(i32 noundef %18, ptr noundef %19) #4, !dbg !1512
  store i32 %call15, ptr %r, align 4, !dbg !1513
  br label %if.end, !dbg !1514

if.else16:                                        ; preds = %land.lhs.true, %if.then9
  store i32 -38, ptr %r, align 4, !dbg !1515
  br label %if.end

if.end:                                           ; preds = %if.else16, %if.then13
  br label %if.end18, !dbg !1516

if.else17:                                        ; preds = %if.else5
  store i32 -38, ptr %r, align 4, !dbg !1517
  br label %if.end18

if.end18:                                         ; preds = %if.else17, %if.end
  br label %if.end19

if.end19:                                         ; preds = %if.end18, %if.then3
  br label %if.end20

if.end20:                                         ; preds = %if.end19, %if.then
  %20 = load i32, ptr %r, align 4, !dbg !1519
  %cmp21 = icmp eq i32 %20, -998, !dbg !1521
  br i1 %cmp21, label %if.then22, label %if.else23, !dbg !1522

if.then22:                                        ; preds = %if.end20
  call void @worker_wait(ptr noundef @do_work_done) #4, !dbg !1523
  br label %if.end27, !dbg !1523

if.else23:                                        ; preds = %if.end20
  %21 = load i32, ptr %r, align 4, !dbg !1524
  %cmp24 = icmp ne i32 %21, -201, !dbg !1526
  br i1 %cmp24, label %if.then25, label %if.end26, !dbg !1527

if.then25:                                        ; preds = %if.else23
  %22 = load ptr, ptr %m, align 4, !dbg !1528
  %23 = load ptr, ptr @fp, align 4, !dbg !1529
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %23, i32 0, i32 0, !dbg !1530
  %24 = load i32, ptr %fp_endpoint, align 4, !dbg !1530
  %25 = load i32, ptr %r, align 4, !dbg !1531
  call void @reply(ptr noundef %22, i32 noundef %24, i32 noundef %25) #4, !dbg !1532
  br label %if.end26, !dbg !1532

if.end26:                                         ; preds = %if.then25, %if.else23
  br label %if.end27

if.end27:                                         ; preds = %if.end26, %if.then22
  ret void, !dbg !1533
}

; Function Attrs: noinline nounwind
define internal void @do_work_done() #0 !dbg !1534 {
entry:
  %0 = load ptr, ptr @self, align 4, !dbg !1535
  %w_m_in = getelementptr inbounds %struct.worker_thread, ptr %0, i32 0, i32 6, !dbg !1536
  %1 = load ptr, ptr @fp, align 4, !dbg !1537
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %1, i32 0, i32 0, !dbg !1538
  %2 = load i32, ptr %fp_endpoint, align 4, !dbg !1538
  %3 = load ptr, ptr @self, align 4, !dbg !1539
  %w_drv_status = getelementptr inbounds %struct.worker_thread, ptr %3, i32 0, i32 4, !dbg !1540
  %4 = load i32, ptr %w_drv_status, align 4, !dbg !1540
  call void @reply(ptr noundef %w_m_in, i32 noundef %2, i32 noundef %4) #4, !dbg !1541
  ret void, !dbg !1542
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_umask(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !1543 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %old = alloca i16, align 2
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !1738, !DIExpression(), !1739)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1740, !DIExpression(), !1741)
    #dbg_declare(ptr %fdt, !1742, !DIExpression(), !1756)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1757
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1758
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !1759
  %2 = load i32, ptr %m_source, align 4, !dbg !1759
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !1760
  store ptr %call, ptr %fdt, align 4, !dbg !1756
    #dbg_declare(ptr %old, !1761, !DIExpression(), !1762)
  %3 = load ptr, ptr %fdt, align 4, !dbg !1763
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %3, i32 0, i32 1, !dbg !1764
  %4 = load i16, ptr %fdt_umask, align 4, !dbg !1764
  store i16 %4, ptr %old, align 2, !dbg !1762
  %5 = load ptr, ptr %m.addr, align 4, !dbg !1765
  %m_u = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !1766
  %mask = getelementptr inbounds %struct.mess_lc_vfs_umask, ptr %m_u, i32 0, i32 0, !dbg !1767
  %6 = load i16, ptr %mask, align 4, !dbg !1767
  %conv = zext i16 %6 to i32, !dbg !1765
  %and = and i32 %conv, 511, !dbg !1768
  %conv1 = trunc i32 %and to i16, !dbg !1765
  %7 = load ptr, ptr %fdt, align 4, !dbg !1769
  %fdt_umask2 = getelementptr inbounds %struct.fdtable_entry, ptr %7, i32 0, i32 1, !dbg !1770
  store i16 %conv1, ptr %fdt_umask2, align 4, !dbg !1771
  %8 = load i16, ptr %old, align 2, !dbg !1772
  %conv3 = zext i16 %8 to i32, !dbg !1772
  ret i32 %conv3, !dbg !1773
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_sync(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !1774 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !1775, !DIExpression(), !1776)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1777, !DIExpression(), !1778)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1779
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1780
  %call = call i32 @sync_files() #4, !dbg !1781
  ret i32 %call, !dbg !1782
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !1783 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1786, !DIExpression(), !1787)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1788
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1790
  %1 = load i32, ptr %m_source, align 4, !dbg !1790
  %cmp = icmp ne i32 %1, 0, !dbg !1791
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !1792

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1793
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !1794
  %3 = load i32, ptr %m_source1, align 4, !dbg !1794
  %cmp2 = icmp ne i32 %3, 4, !dbg !1795
  br i1 %cmp2, label %if.then, label %if.end, !dbg !1796

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !1797
  br label %return, !dbg !1797

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @sync_files() #4, !dbg !1798
  store i32 1, ptr @vfs_shutting_down, align 4, !dbg !1799
  store i32 0, ptr %retval, align 4, !dbg !1800
  br label %return, !dbg !1800

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !1801
  ret i32 %4, !dbg !1801
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !1802 {
entry:
  %m.addr = alloca ptr, align 4
  %f = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1803, !DIExpression(), !1804)
    #dbg_declare(ptr %f, !1805, !DIExpression(), !1806)
    #dbg_declare(ptr %n, !1807, !DIExpression(), !1808)
  store i32 0, ptr %n, align 4, !dbg !1808
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1809
  store i32 0, ptr %f, align 4, !dbg !1810
  br label %for.cond, !dbg !1812

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %f, align 4, !dbg !1813
  %cmp = icmp slt i32 %1, 16, !dbg !1815
  br i1 %cmp, label %for.body, label %for.end, !dbg !1816

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %f, align 4, !dbg !1817
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %2, !dbg !1819
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !1820
  %3 = load i32, ptr %f_in_use, align 4, !dbg !1820
  %tobool = icmp ne i32 %3, 0, !dbg !1819
  br i1 %tobool, label %if.then, label %if.end, !dbg !1821

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !1822
  %inc = add nsw i32 %4, 1, !dbg !1822
  store i32 %inc, ptr %n, align 4, !dbg !1822
  br label %if.end, !dbg !1823

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !1820

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %f, align 4, !dbg !1824
  %inc1 = add nsw i32 %5, 1, !dbg !1824
  store i32 %inc1, ptr %f, align 4, !dbg !1824
  br label %for.cond, !dbg !1825, !llvm.loop !1826

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !1828
  ret i32 %6, !dbg !1829
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_open(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !1830 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %flags = alloca i32, align 4
  %len = alloca i32, align 4
  %uid = alloca i32, align 4
  %name = alloca [15 x i8], align 1
  %fdp = alloca ptr, align 4
  %f = alloca i32, align 4
  %fd = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2025, !DIExpression(), !2026)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2027, !DIExpression(), !2028)
    #dbg_declare(ptr %fdt, !2029, !DIExpression(), !2043)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2044
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2045
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2046
  %2 = load i32, ptr %m_source, align 4, !dbg !2046
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !2047
  store ptr %call, ptr %fdt, align 4, !dbg !2043
    #dbg_declare(ptr %flags, !2048, !DIExpression(), !2049)
  %3 = load ptr, ptr %m.addr, align 4, !dbg !2050
  %m_u = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !2051
  %flags1 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u, i32 0, i32 2, !dbg !2052
  %4 = load i32, ptr %flags1, align 4, !dbg !2052
  store i32 %4, ptr %flags, align 4, !dbg !2049
    #dbg_declare(ptr %len, !2053, !DIExpression(), !2054)
  %5 = load ptr, ptr %m.addr, align 4, !dbg !2055
  %m_u2 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !2056
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u2, i32 0, i32 1, !dbg !2057
  %6 = load i32, ptr %namelen, align 4, !dbg !2057
  store i32 %6, ptr %len, align 4, !dbg !2054
    #dbg_declare(ptr %uid, !2058, !DIExpression(), !2059)
  %7 = load i32, ptr %proc_slot.addr, align 4, !dbg !2060
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7, !dbg !2061
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 3, !dbg !2062
  %8 = load i32, ptr %fp_uid, align 4, !dbg !2062
  store i32 %8, ptr %uid, align 4, !dbg !2059
    #dbg_declare(ptr %name, !2063, !DIExpression(), !2064)
    #dbg_declare(ptr %fdp, !2065, !DIExpression(), !2067)
    #dbg_declare(ptr %f, !2068, !DIExpression(), !2069)
    #dbg_declare(ptr %fd, !2070, !DIExpression(), !2071)
    #dbg_declare(ptr %r, !2072, !DIExpression(), !2073)
  %9 = load i32, ptr @vfs_shutting_down, align 4, !dbg !2074
  %tobool = icmp ne i32 %9, 0, !dbg !2074
  br i1 %tobool, label %if.then, label %if.end, !dbg !2076

if.then:                                          ; preds = %entry
  store i32 -16, ptr %retval, align 4, !dbg !2077
  br label %return, !dbg !2077

if.end:                                           ; preds = %entry
  %10 = load i32, ptr %len, align 4, !dbg !2078
  %cmp = icmp eq i32 %10, 0, !dbg !2080
  br i1 %cmp, label %if.then4, label %lor.lhs.false, !dbg !2081

lor.lhs.false:                                    ; preds = %if.end
  %11 = load i32, ptr %len, align 4, !dbg !2082
  %cmp3 = icmp ugt i32 %11, 14, !dbg !2083
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !2084

if.then4:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, ptr %retval, align 4, !dbg !2085
  br label %return, !dbg !2085

if.end5:                                          ; preds = %lor.lhs.false
  %12 = load ptr, ptr %m.addr, align 4, !dbg !2086
  %m_source6 = getelementptr inbounds %struct.message, ptr %12, i32 0, i32 0, !dbg !2088
  %13 = load i32, ptr %m_source6, align 4, !dbg !2088
  %14 = load ptr, ptr %m.addr, align 4, !dbg !2089
  %m_u7 = getelementptr inbounds %struct.message, ptr %14, i32 0, i32 2, !dbg !2090
  %name8 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u7, i32 0, i32 0, !dbg !2091
  %15 = load i32, ptr %name8, align 4, !dbg !2091
  %arraydecay = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !2092
  %16 = ptrtoint ptr %arraydecay to i32, !dbg !2093
  %17 = load i32, ptr %len, align 4, !dbg !2094
  %call9 = call i32 @sys_datacopy(i32 noundef %13, i32 noundef %15, i32 noundef 32256, i32 noundef %16, i32 noundef %17) #4, !dbg !2095
  store i32 %call9, ptr %r, align 4, !dbg !2096
  %cmp10 = icmp ne i32 %call9, 0, !dbg !2097
  br i1 %cmp10, label %if.then11, label %if.end12, !dbg !2098

if.then11:                                        ; preds = %if.end5
  %18 = load i32, ptr %r, align 4, !dbg !2099
  store i32 %18, ptr %retval, align 4, !dbg !2100
  br label %return, !dbg !2100

if.end12:                                         ; preds = %if.end5
  %19 = load i32, ptr %len, align 4, !dbg !2101
  %arrayidx13 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 %19, !dbg !2102
  store i8 0, ptr %arrayidx13, align 1, !dbg !2103
  %20 = load ptr, ptr %fdt, align 4, !dbg !2104
  %call14 = call i32 @get_free_fd(ptr noundef %20) #4, !dbg !2106
  store i32 %call14, ptr %fd, align 4, !dbg !2107
  %cmp15 = icmp slt i32 %call14, 0, !dbg !2108
  br i1 %cmp15, label %if.then16, label %if.end17, !dbg !2109

if.then16:                                        ; preds = %if.end12
  store i32 -24, ptr %retval, align 4, !dbg !2110
  br label %return, !dbg !2110

if.end17:                                         ; preds = %if.end12
  %arraydecay18 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !2111
  %call19 = call i32 @find_file(ptr noundef %arraydecay18) #4, !dbg !2113
  store i32 %call19, ptr %f, align 4, !dbg !2114
  %cmp20 = icmp slt i32 %call19, 0, !dbg !2115
  br i1 %cmp20, label %if.then21, label %if.else, !dbg !2116

if.then21:                                        ; preds = %if.end17
  %21 = load i32, ptr %flags, align 4, !dbg !2117
  %and = and i32 %21, 64, !dbg !2120
  %tobool22 = icmp ne i32 %and, 0, !dbg !2120
  br i1 %tobool22, label %if.end24, label %if.then23, !dbg !2121

if.then23:                                        ; preds = %if.then21
  store i32 -2, ptr %retval, align 4, !dbg !2122
  br label %return, !dbg !2122

if.end24:                                         ; preds = %if.then21
  %arraydecay25 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !2123
  %22 = load i32, ptr %uid, align 4, !dbg !2124
  %23 = load ptr, ptr %m.addr, align 4, !dbg !2125
  %m_u26 = getelementptr inbounds %struct.message, ptr %23, i32 0, i32 2, !dbg !2126
  %mode = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u26, i32 0, i32 3, !dbg !2127
  %24 = load i16, ptr %mode, align 4, !dbg !2127
  %conv = zext i16 %24 to i32, !dbg !2125
  %25 = load ptr, ptr %fdt, align 4, !dbg !2128
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %25, i32 0, i32 1, !dbg !2129
  %26 = load i16, ptr %fdt_umask, align 4, !dbg !2129
  %conv27 = zext i16 %26 to i32, !dbg !2128
  %not = xor i32 %conv27, -1, !dbg !2130
  %and28 = and i32 %conv, %not, !dbg !2131
  %conv29 = trunc i32 %and28 to i16, !dbg !2125
  %call30 = call i32 @create_file(ptr noundef %arraydecay25, i32 noundef %22, i16 noundef zeroext %conv29) #4, !dbg !2132
  store i32 %call30, ptr %f, align 4, !dbg !2133
  %27 = load i32, ptr %f, align 4, !dbg !2134
  %cmp31 = icmp slt i32 %27, 0, !dbg !2136
  br i1 %cmp31, label %if.then33, label %if.end34, !dbg !2137

if.then33:                                        ; preds = %if.end24
  %28 = load i32, ptr %f, align 4, !dbg !2138
  store i32 %28, ptr %retval, align 4, !dbg !2139
  br label %return, !dbg !2139

if.end34:                                         ; preds = %if.end24
  br label %if.end41, !dbg !2140

if.else:                                          ; preds = %if.end17
  %29 = load i32, ptr %f, align 4, !dbg !2141
  %arrayidx35 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %29, !dbg !2143
  %30 = load i32, ptr %uid, align 4, !dbg !2144
  %31 = load i32, ptr %flags, align 4, !dbg !2145
  %call36 = call i32 @access_bits(i32 noundef %31) #4, !dbg !2146
  %call37 = call i32 @may_access(ptr noundef %arrayidx35, i32 noundef %30, i32 noundef %call36) #4, !dbg !2147
  %tobool38 = icmp ne i32 %call37, 0, !dbg !2147
  br i1 %tobool38, label %if.end40, label %if.then39, !dbg !2148

if.then39:                                        ; preds = %if.else
  store i32 -13, ptr %retval, align 4, !dbg !2149
  br label %return, !dbg !2149

if.end40:                                         ; preds = %if.else
  br label %if.end41

if.end41:                                         ; preds = %if.end40, %if.end34
  %32 = load i32, ptr %flags, align 4, !dbg !2151
  %and42 = and i32 %32, 512, !dbg !2153
  %tobool43 = icmp ne i32 %and42, 0, !dbg !2153
  br i1 %tobool43, label %land.lhs.true, label %if.end50, !dbg !2154

land.lhs.true:                                    ; preds = %if.end41
  %33 = load i32, ptr %flags, align 4, !dbg !2155
  %and44 = and i32 %33, 3, !dbg !2156
  %cmp45 = icmp ne i32 %and44, 0, !dbg !2157
  br i1 %cmp45, label %if.then47, label %if.end50, !dbg !2158

if.then47:                                        ; preds = %land.lhs.true
  %34 = load i32, ptr %f, align 4, !dbg !2159
  %arrayidx48 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %34, !dbg !2161
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx48, i32 0, i32 4, !dbg !2162
  store i32 0, ptr %f_size, align 4, !dbg !2163
  %35 = load i32, ptr %f, align 4, !dbg !2164
  %arrayidx49 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %35, !dbg !2165
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %arrayidx49, i32 0, i32 1, !dbg !2166
  store i32 1, ptr %f_dirty, align 4, !dbg !2167
  br label %if.end50, !dbg !2168

if.end50:                                         ; preds = %if.then47, %land.lhs.true, %if.end41
  %36 = load ptr, ptr %fdt, align 4, !dbg !2169
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %36, i32 0, i32 2, !dbg !2170
  %37 = load i32, ptr %fd, align 4, !dbg !2171
  %arrayidx51 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], ptr %fdt_fd, i32 0, i32 %37, !dbg !2169
  store ptr %arrayidx51, ptr %fdp, align 4, !dbg !2172
  %38 = load ptr, ptr %fdp, align 4, !dbg !2173
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %38, i32 0, i32 0, !dbg !2174
  store i32 1, ptr %fd_in_use, align 4, !dbg !2175
  %39 = load i32, ptr %f, align 4, !dbg !2176
  %40 = load ptr, ptr %fdp, align 4, !dbg !2177
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %40, i32 0, i32 1, !dbg !2178
  store i32 %39, ptr %fd_file, align 4, !dbg !2179
  %41 = load ptr, ptr %fdp, align 4, !dbg !2180
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %41, i32 0, i32 2, !dbg !2181
  store i32 0, ptr %fd_pos, align 4, !dbg !2182
  %42 = load i32, ptr %flags, align 4, !dbg !2183
  %and52 = and i32 %42, 3, !dbg !2184
  %43 = load ptr, ptr %fdp, align 4, !dbg !2185
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %43, i32 0, i32 3, !dbg !2186
  store i32 %and52, ptr %fd_flags, align 4, !dbg !2187
  %44 = load i32, ptr %fd, align 4, !dbg !2188
  store i32 %44, ptr %retval, align 4, !dbg !2189
  br label %return, !dbg !2189

return:                                           ; preds = %if.end50, %if.then39, %if.then33, %if.then23, %if.then16, %if.then11, %if.then4, %if.then
  %45 = load i32, ptr %retval, align 4, !dbg !2190
  ret i32 %45, !dbg !2190
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @access_bits(i32 noundef %flags) #0 !dbg !2191 {
entry:
  %retval = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !2194, !DIExpression(), !2195)
  %0 = load i32, ptr %flags.addr, align 4, !dbg !2196
  %and = and i32 %0, 3, !dbg !2197
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb1
  ], !dbg !2198

sw.bb:                                            ; preds = %entry
  store i32 4, ptr %retval, align 4, !dbg !2199
  br label %return, !dbg !2199

sw.bb1:                                           ; preds = %entry
  store i32 2, ptr %retval, align 4, !dbg !2201
  br label %return, !dbg !2201

sw.default:                                       ; preds = %entry
  store i32 6, ptr %retval, align 4, !dbg !2202
  br label %return, !dbg !2202

return:                                           ; preds = %sw.default, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4, !dbg !2203
  ret i32 %1, !dbg !2203
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_close(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !2204 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2205, !DIExpression(), !2206)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2207, !DIExpression(), !2208)
    #dbg_declare(ptr %fdt, !2209, !DIExpression(), !2210)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2211
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2212
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2213
  %2 = load i32, ptr %m_source, align 4, !dbg !2213
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !2214
  store ptr %call, ptr %fdt, align 4, !dbg !2210
    #dbg_declare(ptr %fdp, !2215, !DIExpression(), !2216)
  %3 = load ptr, ptr %fdt, align 4, !dbg !2217
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2218
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2219
  %fd = getelementptr inbounds %struct.mess_lc_vfs_close, ptr %m_u, i32 0, i32 0, !dbg !2220
  %5 = load i32, ptr %fd, align 4, !dbg !2220
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #4, !dbg !2221
  store ptr %call1, ptr %fdp, align 4, !dbg !2216
  %6 = load ptr, ptr %fdp, align 4, !dbg !2222
  %cmp = icmp eq ptr %6, null, !dbg !2224
  br i1 %cmp, label %if.then, label %if.end, !dbg !2225

if.then:                                          ; preds = %entry
  store i32 -9, ptr %retval, align 4, !dbg !2226
  br label %return, !dbg !2226

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %fdp, align 4, !dbg !2227
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %7, i32 0, i32 0, !dbg !2228
  store i32 0, ptr %fd_in_use, align 4, !dbg !2229
  store i32 0, ptr %retval, align 4, !dbg !2230
  br label %return, !dbg !2230

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !2231
  ret i32 %8, !dbg !2231
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_fork(ptr noundef %m) #0 !dbg !2232 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rfp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2427, !DIExpression(), !2428)
    #dbg_declare(ptr %rfp, !2429, !DIExpression(), !2438)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !2439
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !2441
  %1 = load i32, ptr %m_source, align 4, !dbg !2441
  %cmp = icmp ne i32 %1, 0, !dbg !2442
  br i1 %cmp, label %if.then, label %if.end, !dbg !2443

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !2444
  br label %return, !dbg !2444

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !2445
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !2445
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u, i32 0, i32 0, !dbg !2445
  %3 = load i32, ptr %endpt, align 4, !dbg !2445
  %and = and i32 %3, 31, !dbg !2445
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !2446
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !2447
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2448
  %m_u1 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2449
  %endpt2 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u1, i32 0, i32 0, !dbg !2450
  %5 = load i32, ptr %endpt2, align 4, !dbg !2450
  %6 = load ptr, ptr %rfp, align 4, !dbg !2451
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %6, i32 0, i32 0, !dbg !2452
  store i32 %5, ptr %fp_endpoint, align 4, !dbg !2453
  %7 = load ptr, ptr %m.addr, align 4, !dbg !2454
  %m_u3 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 2, !dbg !2455
  %parent_endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u3, i32 0, i32 1, !dbg !2456
  %8 = load i32, ptr %parent_endpt, align 4, !dbg !2456
  %9 = load ptr, ptr %rfp, align 4, !dbg !2457
  %fp_parent = getelementptr inbounds %struct.fproc, ptr %9, i32 0, i32 1, !dbg !2458
  store i32 %8, ptr %fp_parent, align 4, !dbg !2459
  %10 = load ptr, ptr %m.addr, align 4, !dbg !2460
  %m_u4 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !2461
  %pid = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u4, i32 0, i32 2, !dbg !2462
  %11 = load i32, ptr %pid, align 4, !dbg !2462
  %12 = load ptr, ptr %rfp, align 4, !dbg !2463
  %fp_pid = getelementptr inbounds %struct.fproc, ptr %12, i32 0, i32 2, !dbg !2464
  store i32 %11, ptr %fp_pid, align 4, !dbg !2465
  %13 = load ptr, ptr %m.addr, align 4, !dbg !2466
  %m_u5 = getelementptr inbounds %struct.message, ptr %13, i32 0, i32 2, !dbg !2467
  %uid = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u5, i32 0, i32 3, !dbg !2468
  %14 = load i32, ptr %uid, align 4, !dbg !2468
  %15 = load ptr, ptr %rfp, align 4, !dbg !2469
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %15, i32 0, i32 3, !dbg !2470
  store i32 %14, ptr %fp_uid, align 4, !dbg !2471
  %16 = load ptr, ptr %rfp, align 4, !dbg !2472
  %fp_parent6 = getelementptr inbounds %struct.fproc, ptr %16, i32 0, i32 1, !dbg !2472
  %17 = load i32, ptr %fp_parent6, align 4, !dbg !2472
  %and7 = and i32 %17, 31, !dbg !2472
  %arrayidx8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and7, !dbg !2473
  %fp_program = getelementptr inbounds %struct.fproc, ptr %arrayidx8, i32 0, i32 4, !dbg !2474
  %18 = load i32, ptr %fp_program, align 4, !dbg !2474
  %19 = load ptr, ptr %rfp, align 4, !dbg !2475
  %fp_program9 = getelementptr inbounds %struct.fproc, ptr %19, i32 0, i32 4, !dbg !2476
  store i32 %18, ptr %fp_program9, align 4, !dbg !2477
  store i32 -201, ptr %retval, align 4, !dbg !2478
  br label %return, !dbg !2478

return:                                           ; preds = %if.end, %if.then
  %20 = load i32, ptr %retval, align 4, !dbg !2479
  ret i32 %20, !dbg !2479
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exit(ptr noundef %m) #0 !dbg !2480 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rfp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2481, !DIExpression(), !2482)
    #dbg_declare(ptr %rfp, !2483, !DIExpression(), !2484)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !2485
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !2487
  %1 = load i32, ptr %m_source, align 4, !dbg !2487
  %cmp = icmp ne i32 %1, 0, !dbg !2488
  br i1 %cmp, label %if.then, label %if.end, !dbg !2489

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !2490
  br label %return, !dbg !2490

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !2491
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !2491
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u, i32 0, i32 0, !dbg !2491
  %3 = load i32, ptr %endpt, align 4, !dbg !2491
  %and = and i32 %3, 31, !dbg !2491
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !2492
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !2493
  %4 = load ptr, ptr %rfp, align 4, !dbg !2494
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %4, i32 0, i32 0, !dbg !2495
  store i32 27648, ptr %fp_endpoint, align 4, !dbg !2496
  %5 = load ptr, ptr %rfp, align 4, !dbg !2497
  %fp_pid = getelementptr inbounds %struct.fproc, ptr %5, i32 0, i32 2, !dbg !2498
  store i32 0, ptr %fp_pid, align 4, !dbg !2499
  %6 = load ptr, ptr %rfp, align 4, !dbg !2500
  %fp_program = getelementptr inbounds %struct.fproc, ptr %6, i32 0, i32 4, !dbg !2501
  store i32 -1, ptr %fp_program, align 4, !dbg !2502
  store i32 -201, ptr %retval, align 4, !dbg !2503
  br label %return, !dbg !2503

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !2504
  ret i32 %7, !dbg !2504
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_setuid(ptr noundef %m) #0 !dbg !2505 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2506, !DIExpression(), !2507)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !2508
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !2510
  %1 = load i32, ptr %m_source, align 4, !dbg !2510
  %cmp = icmp ne i32 %1, 0, !dbg !2511
  br i1 %cmp, label %if.then, label %if.end, !dbg !2512

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !2513
  br label %return, !dbg !2513

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !2514
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !2515
  %uid = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u, i32 0, i32 3, !dbg !2516
  %3 = load i32, ptr %uid, align 4, !dbg !2516
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2517
  %m_u1 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2517
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %m_u1, i32 0, i32 0, !dbg !2517
  %5 = load i32, ptr %endpt, align 4, !dbg !2517
  %and = and i32 %5, 31, !dbg !2517
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !2518
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 3, !dbg !2519
  store i32 %3, ptr %fp_uid, align 4, !dbg !2520
  store i32 -201, ptr %retval, align 4, !dbg !2521
  br label %return, !dbg !2521

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !2522
  ret i32 %6, !dbg !2522
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exec(ptr noundef %m) #0 !dbg !2523 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %endpt = alloca i32, align 4
  %len = alloca i32, align 4
  %rfp = alloca ptr, align 4
  %name = alloca [15 x i8], align 1
  %base = alloca i32, align 4
  %f = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2524, !DIExpression(), !2525)
    #dbg_declare(ptr %endpt, !2526, !DIExpression(), !2527)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !2528
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !2529
  %endpt1 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !2530
  %1 = load i32, ptr %endpt1, align 4, !dbg !2530
  store i32 %1, ptr %endpt, align 4, !dbg !2527
    #dbg_declare(ptr %len, !2531, !DIExpression(), !2532)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !2533
  %m_u2 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !2534
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !2535
  %3 = load i32, ptr %namelen, align 4, !dbg !2535
  store i32 %3, ptr %len, align 4, !dbg !2532
    #dbg_declare(ptr %rfp, !2536, !DIExpression(), !2537)
  %4 = load i32, ptr %endpt, align 4, !dbg !2538
  %and = and i32 %4, 31, !dbg !2538
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !2539
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !2537
    #dbg_declare(ptr %name, !2540, !DIExpression(), !2541)
    #dbg_declare(ptr %base, !2542, !DIExpression(), !2543)
    #dbg_declare(ptr %f, !2544, !DIExpression(), !2545)
    #dbg_declare(ptr %r, !2546, !DIExpression(), !2547)
  %5 = load ptr, ptr %m.addr, align 4, !dbg !2548
  %m_source = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !2550
  %6 = load i32, ptr %m_source, align 4, !dbg !2550
  %cmp = icmp ne i32 %6, 0, !dbg !2551
  br i1 %cmp, label %if.then, label %if.end, !dbg !2552

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !2553
  br label %return, !dbg !2553

if.end:                                           ; preds = %entry
  %7 = load i32, ptr %len, align 4, !dbg !2554
  %cmp3 = icmp eq i32 %7, 0, !dbg !2556
  br i1 %cmp3, label %if.then5, label %lor.lhs.false, !dbg !2557

lor.lhs.false:                                    ; preds = %if.end
  %8 = load i32, ptr %len, align 4, !dbg !2558
  %cmp4 = icmp ugt i32 %8, 14, !dbg !2559
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !2560

if.then5:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, ptr %retval, align 4, !dbg !2561
  br label %return, !dbg !2561

if.end6:                                          ; preds = %lor.lhs.false
  %9 = load i32, ptr %endpt, align 4, !dbg !2562
  %10 = load ptr, ptr %m.addr, align 4, !dbg !2564
  %m_u7 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !2565
  %name8 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u7, i32 0, i32 1, !dbg !2566
  %11 = load i32, ptr %name8, align 4, !dbg !2566
  %arraydecay = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !2567
  %12 = ptrtoint ptr %arraydecay to i32, !dbg !2568
  %13 = load i32, ptr %len, align 4, !dbg !2569
  %call = call i32 @sys_datacopy(i32 noundef %9, i32 noundef %11, i32 noundef 32256, i32 noundef %12, i32 noundef %13) #4, !dbg !2570
  store i32 %call, ptr %r, align 4, !dbg !2571
  %cmp9 = icmp ne i32 %call, 0, !dbg !2572
  br i1 %cmp9, label %if.then10, label %if.end11, !dbg !2573

if.then10:                                        ; preds = %if.end6
  %14 = load i32, ptr %r, align 4, !dbg !2574
  store i32 %14, ptr %retval, align 4, !dbg !2575
  br label %return, !dbg !2575

if.end11:                                         ; preds = %if.end6
  %15 = load i32, ptr %len, align 4, !dbg !2576
  %arrayidx12 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 %15, !dbg !2577
  store i8 0, ptr %arrayidx12, align 1, !dbg !2578
  %arraydecay13 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !2579
  %call14 = call i32 @find_file(ptr noundef %arraydecay13) #4, !dbg !2581
  store i32 %call14, ptr %f, align 4, !dbg !2582
  %cmp15 = icmp slt i32 %call14, 0, !dbg !2583
  br i1 %cmp15, label %if.then16, label %if.end17, !dbg !2584

if.then16:                                        ; preds = %if.end11
  store i32 -2, ptr %retval, align 4, !dbg !2585
  br label %return, !dbg !2585

if.end17:                                         ; preds = %if.end11
  %16 = load i32, ptr %f, align 4, !dbg !2586
  %arrayidx18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %16, !dbg !2588
  %17 = load ptr, ptr %rfp, align 4, !dbg !2589
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %17, i32 0, i32 3, !dbg !2590
  %18 = load i32, ptr %fp_uid, align 4, !dbg !2590
  %call19 = call i32 @may_access(ptr noundef %arrayidx18, i32 noundef %18, i32 noundef 1) #4, !dbg !2591
  %tobool = icmp ne i32 %call19, 0, !dbg !2591
  br i1 %tobool, label %if.end21, label %if.then20, !dbg !2592

if.then20:                                        ; preds = %if.end17
  store i32 -13, ptr %retval, align 4, !dbg !2593
  br label %return, !dbg !2593

if.end21:                                         ; preds = %if.end17
  %19 = load i32, ptr %endpt, align 4, !dbg !2594
  %20 = load i32, ptr %f, align 4, !dbg !2596
  %arrayidx22 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %20, !dbg !2597
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx22, i32 0, i32 4, !dbg !2598
  %21 = load i32, ptr %f_size, align 4, !dbg !2598
  %call23 = call i32 @vm_exec_newmem(i32 noundef %19, i32 noundef %21, ptr noundef %base) #4, !dbg !2599
  store i32 %call23, ptr %r, align 4, !dbg !2600
  %cmp24 = icmp ne i32 %call23, 0, !dbg !2601
  br i1 %cmp24, label %if.then25, label %if.end26, !dbg !2602

if.then25:                                        ; preds = %if.end21
  %22 = load i32, ptr %r, align 4, !dbg !2603
  store i32 %22, ptr %retval, align 4, !dbg !2604
  br label %return, !dbg !2604

if.end26:                                         ; preds = %if.end21
  %23 = load i32, ptr %f, align 4, !dbg !2605
  %arrayidx27 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %23, !dbg !2607
  %f_data = getelementptr inbounds %struct.vfile, ptr %arrayidx27, i32 0, i32 7, !dbg !2608
  %arraydecay28 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 0, !dbg !2607
  %24 = ptrtoint ptr %arraydecay28 to i32, !dbg !2609
  %25 = load i32, ptr %endpt, align 4, !dbg !2610
  %26 = load i32, ptr %base, align 4, !dbg !2611
  %27 = load i32, ptr %f, align 4, !dbg !2612
  %arrayidx29 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %27, !dbg !2613
  %f_size30 = getelementptr inbounds %struct.vfile, ptr %arrayidx29, i32 0, i32 4, !dbg !2614
  %28 = load i32, ptr %f_size30, align 4, !dbg !2614
  %call31 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %24, i32 noundef %25, i32 noundef %26, i32 noundef %28) #4, !dbg !2615
  store i32 %call31, ptr %r, align 4, !dbg !2616
  %cmp32 = icmp ne i32 %call31, 0, !dbg !2617
  br i1 %cmp32, label %if.then33, label %if.end34, !dbg !2618

if.then33:                                        ; preds = %if.end26
  %29 = load i32, ptr %r, align 4, !dbg !2619
  store i32 %29, ptr %retval, align 4, !dbg !2620
  br label %return, !dbg !2620

if.end34:                                         ; preds = %if.end26
  %30 = load i32, ptr %f, align 4, !dbg !2621
  %31 = load ptr, ptr %rfp, align 4, !dbg !2622
  %fp_program = getelementptr inbounds %struct.fproc, ptr %31, i32 0, i32 4, !dbg !2623
  store i32 %30, ptr %fp_program, align 4, !dbg !2624
  store i32 0, ptr %retval, align 4, !dbg !2625
  br label %return, !dbg !2625

return:                                           ; preds = %if.end34, %if.then33, %if.then25, %if.then20, %if.then16, %if.then10, %if.then5, %if.then
  %32 = load i32, ptr %retval, align 4, !dbg !2626
  ret i32 %32, !dbg !2626
}

declare dso_local i32 @vm_exec_newmem(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_read(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !2627 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %vf = alloca ptr, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2822, !DIExpression(), !2823)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2824, !DIExpression(), !2825)
    #dbg_declare(ptr %fdt, !2826, !DIExpression(), !2840)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2841
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2842
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2843
  %2 = load i32, ptr %m_source, align 4, !dbg !2843
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !2844
  store ptr %call, ptr %fdt, align 4, !dbg !2840
    #dbg_declare(ptr %fdp, !2845, !DIExpression(), !2847)
  %3 = load ptr, ptr %fdt, align 4, !dbg !2848
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2849
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2850
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !2851
  %5 = load i32, ptr %fd, align 4, !dbg !2851
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #4, !dbg !2852
  store ptr %call1, ptr %fdp, align 4, !dbg !2847
    #dbg_declare(ptr %vf, !2853, !DIExpression(), !2865)
    #dbg_declare(ptr %n, !2866, !DIExpression(), !2867)
  %6 = load ptr, ptr %m.addr, align 4, !dbg !2868
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !2869
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !2870
  %7 = load i32, ptr %len, align 4, !dbg !2870
  store i32 %7, ptr %n, align 4, !dbg !2867
    #dbg_declare(ptr %r, !2871, !DIExpression(), !2872)
  %8 = load ptr, ptr %fdp, align 4, !dbg !2873
  %cmp = icmp eq ptr %8, null, !dbg !2875
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !2876

lor.lhs.false:                                    ; preds = %entry
  %9 = load ptr, ptr %fdp, align 4, !dbg !2877
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %9, i32 0, i32 3, !dbg !2878
  %10 = load i32, ptr %fd_flags, align 4, !dbg !2878
  %cmp3 = icmp eq i32 %10, 1, !dbg !2879
  br i1 %cmp3, label %if.then, label %if.end, !dbg !2880

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, ptr %retval, align 4, !dbg !2881
  br label %return, !dbg !2881

if.end:                                           ; preds = %lor.lhs.false
  %11 = load ptr, ptr %fdp, align 4, !dbg !2882
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %11, i32 0, i32 1, !dbg !2883
  %12 = load i32, ptr %fd_file, align 4, !dbg !2883
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !2884
  store ptr %arrayidx, ptr %vf, align 4, !dbg !2885
  %13 = load ptr, ptr %vf, align 4, !dbg !2886
  %f_cdev = getelementptr inbounds %struct.vfile, ptr %13, i32 0, i32 5, !dbg !2888
  %14 = load i32, ptr %f_cdev, align 4, !dbg !2888
  %cmp4 = icmp ne i32 %14, 0, !dbg !2889
  br i1 %cmp4, label %if.then5, label %if.end10, !dbg !2890

if.then5:                                         ; preds = %if.end
  %15 = load ptr, ptr %vf, align 4, !dbg !2891
  %f_cdev6 = getelementptr inbounds %struct.vfile, ptr %15, i32 0, i32 5, !dbg !2892
  %16 = load i32, ptr %f_cdev6, align 4, !dbg !2892
  %sub = sub nsw i32 %16, 1, !dbg !2893
  %17 = load ptr, ptr %m.addr, align 4, !dbg !2894
  %m_source7 = getelementptr inbounds %struct.message, ptr %17, i32 0, i32 0, !dbg !2895
  %18 = load i32, ptr %m_source7, align 4, !dbg !2895
  %19 = load ptr, ptr %m.addr, align 4, !dbg !2896
  %m_u8 = getelementptr inbounds %struct.message, ptr %19, i32 0, i32 2, !dbg !2897
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u8, i32 0, i32 1, !dbg !2898
  %20 = load i32, ptr %buf, align 4, !dbg !2898
  %21 = load i32, ptr %n, align 4, !dbg !2899
  %call9 = call i32 @cdev_read(i32 noundef %sub, i32 noundef %18, i32 noundef %20, i32 noundef %21) #4, !dbg !2900
  store i32 %call9, ptr %retval, align 4, !dbg !2901
  br label %return, !dbg !2901

if.end10:                                         ; preds = %if.end
  %22 = load ptr, ptr %fdp, align 4, !dbg !2902
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %22, i32 0, i32 2, !dbg !2904
  %23 = load i32, ptr %fd_pos, align 4, !dbg !2904
  %24 = load ptr, ptr %vf, align 4, !dbg !2905
  %f_size = getelementptr inbounds %struct.vfile, ptr %24, i32 0, i32 4, !dbg !2906
  %25 = load i32, ptr %f_size, align 4, !dbg !2906
  %cmp11 = icmp uge i32 %23, %25, !dbg !2907
  br i1 %cmp11, label %if.then12, label %if.else, !dbg !2908

if.then12:                                        ; preds = %if.end10
  store i32 0, ptr %n, align 4, !dbg !2909
  br label %if.end22, !dbg !2910

if.else:                                          ; preds = %if.end10
  %26 = load i32, ptr %n, align 4, !dbg !2911
  %27 = load ptr, ptr %vf, align 4, !dbg !2913
  %f_size13 = getelementptr inbounds %struct.vfile, ptr %27, i32 0, i32 4, !dbg !2914
  %28 = load i32, ptr %f_size13, align 4, !dbg !2914
  %29 = load ptr, ptr %fdp, align 4, !dbg !2915
  %fd_pos14 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %29, i32 0, i32 2, !dbg !2916
  %30 = load i32, ptr %fd_pos14, align 4, !dbg !2916
  %sub15 = sub i32 %28, %30, !dbg !2917
  %cmp16 = icmp ugt i32 %26, %sub15, !dbg !2918
  br i1 %cmp16, label %if.then17, label %if.end21, !dbg !2919

if.then17:                                        ; preds = %if.else
  %31 = load ptr, ptr %vf, align 4, !dbg !2920
  %f_size18 = getelementptr inbounds %struct.vfile, ptr %31, i32 0, i32 4, !dbg !2921
  %32 = load i32, ptr %f_size18, align 4, !dbg !2921
  %33 = load ptr, ptr %fdp, align 4, !dbg !2922
  %fd_pos19 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %33, i32 0, i32 2, !dbg !2923
  %34 = load i32, ptr %fd_pos19, align 4, !dbg !2923
  %sub20 = sub i32 %32, %34, !dbg !2924
  store i32 %sub20, ptr %n, align 4, !dbg !2925
  br label %if.end21, !dbg !2926

if.end21:                                         ; preds = %if.then17, %if.else
  br label %if.end22

if.end22:                                         ; preds = %if.end21, %if.then12
  %35 = load i32, ptr %n, align 4, !dbg !2927
  %cmp23 = icmp ugt i32 %35, 0, !dbg !2929
  br i1 %cmp23, label %land.lhs.true, label %if.end32, !dbg !2930

land.lhs.true:                                    ; preds = %if.end22
  %36 = load ptr, ptr %vf, align 4, !dbg !2931
  %f_data = getelementptr inbounds %struct.vfile, ptr %36, i32 0, i32 7, !dbg !2932
  %37 = load ptr, ptr %fdp, align 4, !dbg !2933
  %fd_pos24 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %37, i32 0, i32 2, !dbg !2934
  %38 = load i32, ptr %fd_pos24, align 4, !dbg !2934
  %arrayidx25 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 %38, !dbg !2931
  %39 = ptrtoint ptr %arrayidx25 to i32, !dbg !2935
  %40 = load ptr, ptr %m.addr, align 4, !dbg !2936
  %m_source26 = getelementptr inbounds %struct.message, ptr %40, i32 0, i32 0, !dbg !2937
  %41 = load i32, ptr %m_source26, align 4, !dbg !2937
  %42 = load ptr, ptr %m.addr, align 4, !dbg !2938
  %m_u27 = getelementptr inbounds %struct.message, ptr %42, i32 0, i32 2, !dbg !2939
  %buf28 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u27, i32 0, i32 1, !dbg !2940
  %43 = load i32, ptr %buf28, align 4, !dbg !2940
  %44 = load i32, ptr %n, align 4, !dbg !2941
  %call29 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %39, i32 noundef %41, i32 noundef %43, i32 noundef %44) #4, !dbg !2942
  store i32 %call29, ptr %r, align 4, !dbg !2943
  %cmp30 = icmp ne i32 %call29, 0, !dbg !2944
  br i1 %cmp30, label %if.then31, label %if.end32, !dbg !2945

if.then31:                                        ; preds = %land.lhs.true
  %45 = load i32, ptr %r, align 4, !dbg !2946
  store i32 %45, ptr %retval, align 4, !dbg !2947
  br label %return, !dbg !2947

if.end32:                                         ; preds = %land.lhs.true, %if.end22
  %46 = load i32, ptr %n, align 4, !dbg !2948
  %47 = load ptr, ptr %fdp, align 4, !dbg !2949
  %fd_pos33 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %47, i32 0, i32 2, !dbg !2950
  %48 = load i32, ptr %fd_pos33, align 4, !dbg !2951
  %add = add i32 %48, %46, !dbg !2951
  store i32 %add, ptr %fd_pos33, align 4, !dbg !2951
  %49 = load i32, ptr %n, align 4, !dbg !2952
  store i32 %49, ptr %retval, align 4, !dbg !2953
  br label %return, !dbg !2953

return:                                           ; preds = %if.end32, %if.then31, %if.then5, %if.then
  %50 = load i32, ptr %retval, align 4, !dbg !2954
  ret i32 %50, !dbg !2954
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_write(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !2955 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %vf = alloca ptr, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2956, !DIExpression(), !2957)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2958, !DIExpression(), !2959)
    #dbg_declare(ptr %fdt, !2960, !DIExpression(), !2961)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2962
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2963
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2964
  %2 = load i32, ptr %m_source, align 4, !dbg !2964
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !2965
  store ptr %call, ptr %fdt, align 4, !dbg !2961
    #dbg_declare(ptr %fdp, !2966, !DIExpression(), !2967)
  %3 = load ptr, ptr %fdt, align 4, !dbg !2968
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2969
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2970
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !2971
  %5 = load i32, ptr %fd, align 4, !dbg !2971
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #4, !dbg !2972
  store ptr %call1, ptr %fdp, align 4, !dbg !2967
    #dbg_declare(ptr %vf, !2973, !DIExpression(), !2974)
    #dbg_declare(ptr %n, !2975, !DIExpression(), !2976)
  %6 = load ptr, ptr %m.addr, align 4, !dbg !2977
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !2978
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !2979
  %7 = load i32, ptr %len, align 4, !dbg !2979
  store i32 %7, ptr %n, align 4, !dbg !2976
    #dbg_declare(ptr %r, !2980, !DIExpression(), !2981)
  %8 = load ptr, ptr %fdp, align 4, !dbg !2982
  %cmp = icmp eq ptr %8, null, !dbg !2984
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !2985

lor.lhs.false:                                    ; preds = %entry
  %9 = load ptr, ptr %fdp, align 4, !dbg !2986
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %9, i32 0, i32 3, !dbg !2987
  %10 = load i32, ptr %fd_flags, align 4, !dbg !2987
  %cmp3 = icmp eq i32 %10, 0, !dbg !2988
  br i1 %cmp3, label %if.then, label %if.end, !dbg !2989

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, ptr %retval, align 4, !dbg !2990
  br label %return, !dbg !2990

if.end:                                           ; preds = %lor.lhs.false
  %11 = load ptr, ptr %fdp, align 4, !dbg !2991
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %11, i32 0, i32 1, !dbg !2992
  %12 = load i32, ptr %fd_file, align 4, !dbg !2992
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !2993
  store ptr %arrayidx, ptr %vf, align 4, !dbg !2994
  %13 = load ptr, ptr %vf, align 4, !dbg !2995
  %f_cdev = getelementptr inbounds %struct.vfile, ptr %13, i32 0, i32 5, !dbg !2997
  %14 = load i32, ptr %f_cdev, align 4, !dbg !2997
  %cmp4 = icmp ne i32 %14, 0, !dbg !2998
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !2999

if.then5:                                         ; preds = %if.end
  store i32 -5, ptr %retval, align 4, !dbg !3000
  br label %return, !dbg !3000

if.end6:                                          ; preds = %if.end
  %15 = load ptr, ptr %fdp, align 4, !dbg !3001
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %15, i32 0, i32 2, !dbg !3003
  %16 = load i32, ptr %fd_pos, align 4, !dbg !3003
  %cmp7 = icmp uge i32 %16, 512, !dbg !3004
  br i1 %cmp7, label %if.then8, label %if.end9, !dbg !3005

if.then8:                                         ; preds = %if.end6
  store i32 -28, ptr %retval, align 4, !dbg !3006
  br label %return, !dbg !3006

if.end9:                                          ; preds = %if.end6
  %17 = load i32, ptr %n, align 4, !dbg !3007
  %18 = load ptr, ptr %fdp, align 4, !dbg !3009
  %fd_pos10 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %18, i32 0, i32 2, !dbg !3010
  %19 = load i32, ptr %fd_pos10, align 4, !dbg !3010
  %sub = sub nsw i32 512, %19, !dbg !3011
  %cmp11 = icmp ugt i32 %17, %sub, !dbg !3012
  br i1 %cmp11, label %if.then12, label %if.end15, !dbg !3013

if.then12:                                        ; preds = %if.end9
  %20 = load ptr, ptr %fdp, align 4, !dbg !3014
  %fd_pos13 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %20, i32 0, i32 2, !dbg !3015
  %21 = load i32, ptr %fd_pos13, align 4, !dbg !3015
  %sub14 = sub nsw i32 512, %21, !dbg !3016
  store i32 %sub14, ptr %n, align 4, !dbg !3017
  br label %if.end15, !dbg !3018

if.end15:                                         ; preds = %if.then12, %if.end9
  %22 = load ptr, ptr %m.addr, align 4, !dbg !3019
  %m_source16 = getelementptr inbounds %struct.message, ptr %22, i32 0, i32 0, !dbg !3021
  %23 = load i32, ptr %m_source16, align 4, !dbg !3021
  %24 = load ptr, ptr %m.addr, align 4, !dbg !3022
  %m_u17 = getelementptr inbounds %struct.message, ptr %24, i32 0, i32 2, !dbg !3023
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u17, i32 0, i32 1, !dbg !3024
  %25 = load i32, ptr %buf, align 4, !dbg !3024
  %26 = load ptr, ptr %vf, align 4, !dbg !3025
  %f_data = getelementptr inbounds %struct.vfile, ptr %26, i32 0, i32 7, !dbg !3026
  %27 = load ptr, ptr %fdp, align 4, !dbg !3027
  %fd_pos18 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %27, i32 0, i32 2, !dbg !3028
  %28 = load i32, ptr %fd_pos18, align 4, !dbg !3028
  %arrayidx19 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 %28, !dbg !3025
  %29 = ptrtoint ptr %arrayidx19 to i32, !dbg !3029
  %30 = load i32, ptr %n, align 4, !dbg !3030
  %call20 = call i32 @sys_datacopy(i32 noundef %23, i32 noundef %25, i32 noundef 32256, i32 noundef %29, i32 noundef %30) #4, !dbg !3031
  store i32 %call20, ptr %r, align 4, !dbg !3032
  %cmp21 = icmp ne i32 %call20, 0, !dbg !3033
  br i1 %cmp21, label %if.then22, label %if.end23, !dbg !3034

if.then22:                                        ; preds = %if.end15
  %31 = load i32, ptr %r, align 4, !dbg !3035
  store i32 %31, ptr %retval, align 4, !dbg !3036
  br label %return, !dbg !3036

if.end23:                                         ; preds = %if.end15
  %32 = load i32, ptr %n, align 4, !dbg !3037
  %33 = load ptr, ptr %fdp, align 4, !dbg !3038
  %fd_pos24 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %33, i32 0, i32 2, !dbg !3039
  %34 = load i32, ptr %fd_pos24, align 4, !dbg !3040
  %add = add i32 %34, %32, !dbg !3040
  store i32 %add, ptr %fd_pos24, align 4, !dbg !3040
  %35 = load ptr, ptr %fdp, align 4, !dbg !3041
  %fd_pos25 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %35, i32 0, i32 2, !dbg !3043
  %36 = load i32, ptr %fd_pos25, align 4, !dbg !3043
  %37 = load ptr, ptr %vf, align 4, !dbg !3044
  %f_size = getelementptr inbounds %struct.vfile, ptr %37, i32 0, i32 4, !dbg !3045
  %38 = load i32, ptr %f_size, align 4, !dbg !3045
  %cmp26 = icmp ugt i32 %36, %38, !dbg !3046
  br i1 %cmp26, label %if.then27, label %if.end30, !dbg !3047

if.then27:                                        ; preds = %if.end23
  %39 = load ptr, ptr %fdp, align 4, !dbg !3048
  %fd_pos28 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %39, i32 0, i32 2, !dbg !3049
  %40 = load i32, ptr %fd_pos28, align 4, !dbg !3049
  %41 = load ptr, ptr %vf, align 4, !dbg !3050
  %f_size29 = getelementptr inbounds %struct.vfile, ptr %41, i32 0, i32 4, !dbg !3051
  store i32 %40, ptr %f_size29, align 4, !dbg !3052
  br label %if.end30, !dbg !3050

if.end30:                                         ; preds = %if.then27, %if.end23
  %42 = load ptr, ptr %vf, align 4, !dbg !3053
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %42, i32 0, i32 1, !dbg !3054
  store i32 1, ptr %f_dirty, align 4, !dbg !3055
  %43 = load i32, ptr %n, align 4, !dbg !3056
  store i32 %43, ptr %retval, align 4, !dbg !3057
  br label %return, !dbg !3057

return:                                           ; preds = %if.end30, %if.then22, %if.then8, %if.then5, %if.then
  %44 = load i32, ptr %retval, align 4, !dbg !3058
  ret i32 %44, !dbg !3058
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_lseek(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !3059 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %pos = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !3060, !DIExpression(), !3061)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !3062, !DIExpression(), !3063)
    #dbg_declare(ptr %fdt, !3064, !DIExpression(), !3065)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !3066
  %1 = load ptr, ptr %m.addr, align 4, !dbg !3067
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !3068
  %2 = load i32, ptr %m_source, align 4, !dbg !3068
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #4, !dbg !3069
  store ptr %call, ptr %fdt, align 4, !dbg !3065
    #dbg_declare(ptr %fdp, !3070, !DIExpression(), !3071)
  %3 = load ptr, ptr %fdt, align 4, !dbg !3072
  %4 = load ptr, ptr %m.addr, align 4, !dbg !3073
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !3074
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !3075
  %5 = load i32, ptr %fd, align 4, !dbg !3075
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #4, !dbg !3076
  store ptr %call1, ptr %fdp, align 4, !dbg !3071
    #dbg_declare(ptr %pos, !3077, !DIExpression(), !3078)
  %6 = load ptr, ptr %fdp, align 4, !dbg !3079
  %cmp = icmp eq ptr %6, null, !dbg !3081
  br i1 %cmp, label %if.then, label %if.end, !dbg !3082

if.then:                                          ; preds = %entry
  store i32 -9, ptr %retval, align 4, !dbg !3083
  br label %return, !dbg !3083

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %m.addr, align 4, !dbg !3084
  %m_u2 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 2, !dbg !3085
  %whence = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !3086
  %8 = load i32, ptr %whence, align 4, !dbg !3086
  switch i32 %8, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb3
    i32 2, label %sw.bb4
  ], !dbg !3087

sw.bb:                                            ; preds = %if.end
  store i32 0, ptr %pos, align 4, !dbg !3088
  br label %sw.epilog, !dbg !3090

sw.bb3:                                           ; preds = %if.end
  %9 = load ptr, ptr %fdp, align 4, !dbg !3091
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %9, i32 0, i32 2, !dbg !3092
  %10 = load i32, ptr %fd_pos, align 4, !dbg !3092
  store i32 %10, ptr %pos, align 4, !dbg !3093
  br label %sw.epilog, !dbg !3094

sw.bb4:                                           ; preds = %if.end
  %11 = load ptr, ptr %fdp, align 4, !dbg !3095
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %11, i32 0, i32 1, !dbg !3096
  %12 = load i32, ptr %fd_file, align 4, !dbg !3096
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !3097
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 4, !dbg !3098
  %13 = load i32, ptr %f_size, align 4, !dbg !3098
  store i32 %13, ptr %pos, align 4, !dbg !3099
  br label %sw.epilog, !dbg !3100

sw.default:                                       ; preds = %if.end
  store i32 -22, ptr %retval, align 4, !dbg !3101
  br label %return, !dbg !3101

sw.epilog:                                        ; preds = %sw.bb4, %sw.bb3, %sw.bb
  %14 = load ptr, ptr %m.addr, align 4, !dbg !3102
  %m_u5 = getelementptr inbounds %struct.message, ptr %14, i32 0, i32 2, !dbg !3103
  %offset = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u5, i32 0, i32 1, !dbg !3104
  %15 = load i32, ptr %offset, align 4, !dbg !3104
  %16 = load i32, ptr %pos, align 4, !dbg !3105
  %add = add nsw i32 %16, %15, !dbg !3105
  store i32 %add, ptr %pos, align 4, !dbg !3105
  %17 = load i32, ptr %pos, align 4, !dbg !3106
  %cmp6 = icmp slt i32 %17, 0, !dbg !3108
  br i1 %cmp6, label %if.then8, label %lor.lhs.false, !dbg !3109

lor.lhs.false:                                    ; preds = %sw.epilog
  %18 = load i32, ptr %pos, align 4, !dbg !3110
  %cmp7 = icmp sgt i32 %18, 512, !dbg !3111
  br i1 %cmp7, label %if.then8, label %if.end9, !dbg !3112

if.then8:                                         ; preds = %lor.lhs.false, %sw.epilog
  store i32 -22, ptr %retval, align 4, !dbg !3113
  br label %return, !dbg !3113

if.end9:                                          ; preds = %lor.lhs.false
  %19 = load i32, ptr %pos, align 4, !dbg !3114
  %20 = load ptr, ptr %fdp, align 4, !dbg !3115
  %fd_pos10 = getelementptr inbounds %struct.mess_vfs_cdev_read, ptr %20, i32 0, i32 2, !dbg !3116
  store i32 %19, ptr %fd_pos10, align 4, !dbg !3117
  %21 = load i32, ptr %pos, align 4, !dbg !3118
  %22 = load ptr, ptr %m.addr, align 4, !dbg !3119
  %m_u11 = getelementptr inbounds %struct.message, ptr %22, i32 0, i32 2, !dbg !3120
  %offset12 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u11, i32 0, i32 1, !dbg !3121
  store i32 %21, ptr %offset12, align 4, !dbg !3122
  store i32 0, ptr %retval, align 4, !dbg !3123
  br label %return, !dbg !3123

return:                                           ; preds = %if.end9, %if.then8, %sw.default, %if.then
  %23 = load i32, ptr %retval, align 4, !dbg !3124
  ret i32 %23, !dbg !3124
}

; Function Attrs: noinline nounwind
define dso_local void @reply(ptr noundef %m_out, i32 noundef %whom, i32 noundef %result) #0 !dbg !3125 {
entry:
  %m_out.addr = alloca ptr, align 4
  %whom.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  store ptr %m_out, ptr %m_out.addr, align 4
    #dbg_declare(ptr %m_out.addr, !3320, !DIExpression(), !3321)
  store i32 %whom, ptr %whom.addr, align 4
    #dbg_declare(ptr %whom.addr, !3322, !DIExpression(), !3323)
  store i32 %result, ptr %result.addr, align 4
    #dbg_declare(ptr %result.addr, !3324, !DIExpression(), !3325)
  %0 = load i32, ptr %result.addr, align 4, !dbg !3326
  %1 = load ptr, ptr %m_out.addr, align 4, !dbg !3327
  %m_type = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 1, !dbg !3328
  store i32 %0, ptr %m_type, align 4, !dbg !3329
  %2 = load i32, ptr %whom.addr, align 4, !dbg !3330
  %3 = load ptr, ptr %m_out.addr, align 4, !dbg !3331
  %call = call i32 @ipc_sendnb(i32 noundef %2, ptr noundef %3) #4, !dbg !3332
  ret void, !dbg !3333
}

declare dso_local i32 @ipc_sendnb(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @worker_start(ptr noundef %rfp, ptr noundef %func, ptr noundef %m_ptr) #0 !dbg !3334 {
entry:
  %retval = alloca i32, align 4
  %rfp.addr = alloca ptr, align 4
  %func.addr = alloca ptr, align 4
  %m_ptr.addr = alloca ptr, align 4
  %w = alloca ptr, align 4
  store ptr %rfp, ptr %rfp.addr, align 4
    #dbg_declare(ptr %rfp.addr, !3338, !DIExpression(), !3339)
  store ptr %func, ptr %func.addr, align 4
    #dbg_declare(ptr %func.addr, !3340, !DIExpression(), !3341)
  store ptr %m_ptr, ptr %m_ptr.addr, align 4
    #dbg_declare(ptr %m_ptr.addr, !3342, !DIExpression(), !3343)
    #dbg_declare(ptr %w, !3344, !DIExpression(), !3345)
  store ptr @workers, ptr %w, align 4, !dbg !3346
  br label %for.cond, !dbg !3348

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load ptr, ptr %w, align 4, !dbg !3349
  %cmp = icmp ult ptr %0, getelementptr inbounds ([4 x %struct.worker_thread], ptr @workers, i32 0, i32 4), !dbg !3351
  br i1 %cmp, label %for.body, label %for.end, !dbg !3352

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %w, align 4, !dbg !3353
  %w_func = getelementptr inbounds %struct.worker_thread, ptr %1, i32 0, i32 1, !dbg !3356
  %2 = load ptr, ptr %w_func, align 4, !dbg !3356
  %cmp1 = icmp ne ptr %2, null, !dbg !3357
  br i1 %cmp1, label %if.then, label %if.end, !dbg !3358

if.then:                                          ; preds = %for.body
  br label %for.inc, !dbg !3359

if.end:                                           ; preds = %for.body
  %3 = load ptr, ptr %func.addr, align 4, !dbg !3360
  %4 = load ptr, ptr %w, align 4, !dbg !3361
  %w_func2 = getelementptr inbounds %struct.worker_thread, ptr %4, i32 0, i32 1, !dbg !3362
  store ptr %3, ptr %w_func2, align 4, !dbg !3363
  %5 = load ptr, ptr %rfp.addr, align 4, !dbg !3364
  %6 = load ptr, ptr %w, align 4, !dbg !3365
  %w_fp = getelementptr inbounds %struct.worker_thread, ptr %6, i32 0, i32 5, !dbg !3366
  store ptr %5, ptr %w_fp, align 4, !dbg !3367
  %7 = load ptr, ptr %w, align 4, !dbg !3368
  %w_m_in = getelementptr inbounds %struct.worker_thread, ptr %7, i32 0, i32 6, !dbg !3369
  %8 = load ptr, ptr %m_ptr.addr, align 4, !dbg !3370
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %w_m_in, ptr align 4 %8, i32 64, i1 false), !dbg !3371
  %9 = load ptr, ptr %w, align 4, !dbg !3372
  %w_waiting = getelementptr inbounds %struct.worker_thread, ptr %9, i32 0, i32 3, !dbg !3373
  store i32 0, ptr %w_waiting, align 4, !dbg !3374
  %10 = load ptr, ptr %w, align 4, !dbg !3375
  %w_tid = getelementptr inbounds %struct.worker_thread, ptr %10, i32 0, i32 0, !dbg !3376
  %11 = load ptr, ptr %w, align 4, !dbg !3377
  %call = call i32 @mthread_create(ptr noundef %w_tid, ptr noundef @worker_main, ptr noundef %11) #4, !dbg !3378
  store i32 %call, ptr %retval, align 4, !dbg !3379
  br label %return, !dbg !3379

for.inc:                                          ; preds = %if.then
  %12 = load ptr, ptr %w, align 4, !dbg !3380
  %incdec.ptr = getelementptr inbounds %struct.worker_thread, ptr %12, i32 1, !dbg !3380
  store ptr %incdec.ptr, ptr %w, align 4, !dbg !3380
  br label %for.cond, !dbg !3381, !llvm.loop !3382

for.end:                                          ; preds = %for.cond
  store i32 -11, ptr %retval, align 4, !dbg !3384
  br label %return, !dbg !3384

return:                                           ; preds = %for.end, %if.end
  %13 = load i32, ptr %retval, align 4, !dbg !3385
  ret i32 %13, !dbg !3385
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: noinline nounwind
define internal void @worker_main(ptr noundef %arg) #0 !dbg !3386 {
entry:
  %arg.addr = alloca ptr, align 4
  %w = alloca ptr, align 4
  store ptr %arg, ptr %arg.addr, align 4
    #dbg_declare(ptr %arg.addr, !3389, !DIExpression(), !3390)
    #dbg_declare(ptr %w, !3391, !DIExpression(), !3392)
  %0 = load ptr, ptr %arg.addr, align 4, !dbg !3393
  store ptr %0, ptr %w, align 4, !dbg !3392
  %1 = load ptr, ptr %w, align 4, !dbg !3394
  %2 = load ptr, ptr %w, align 4, !dbg !3395
  %w_func = getelementptr inbounds %struct.worker_thread, ptr %2, i32 0, i32 1, !dbg !3396
  %3 = load ptr, ptr %w_func, align 4, !dbg !3396
  call void @worker_run(ptr noundef %1, ptr noundef %3) #4, !dbg !3397
  ret void, !dbg !3398
}

declare dso_local i32 @mthread_create(ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal void @worker_run(ptr noundef %w, ptr noundef %job) #0 !dbg !3399 {
entry:
  %w.addr = alloca ptr, align 4
  %job.addr = alloca ptr, align 4
  store ptr %w, ptr %w.addr, align 4
    #dbg_declare(ptr %w.addr, !3402, !DIExpression(), !3403)
  store ptr %job, ptr %job.addr, align 4
    #dbg_declare(ptr %job.addr, !3404, !DIExpression(), !3405)
  %0 = load ptr, ptr %w.addr, align 4, !dbg !3406
  store ptr %0, ptr @self, align 4, !dbg !3407
  %1 = load ptr, ptr %w.addr, align 4, !dbg !3408
  %w_fp = getelementptr inbounds %struct.worker_thread, ptr %1, i32 0, i32 5, !dbg !3409
  %2 = load ptr, ptr %w_fp, align 4, !dbg !3409
  store ptr %2, ptr @fp, align 4, !dbg !3410
  %3 = load ptr, ptr %job.addr, align 4, !dbg !3411
  call void %3() #4, !dbg !3411
  %4 = load ptr, ptr %w.addr, align 4, !dbg !3412
  %w_waiting = getelementptr inbounds %struct.worker_thread, ptr %4, i32 0, i32 3, !dbg !3414
  %5 = load i32, ptr %w_waiting, align 4, !dbg !3414
  %tobool = icmp ne i32 %5, 0, !dbg !3412
  br i1 %tobool, label %if.end, label %if.then, !dbg !3415

if.then:                                          ; preds = %entry
  %6 = load ptr, ptr %w.addr, align 4, !dbg !3416
  %w_func = getelementptr inbounds %struct.worker_thread, ptr %6, i32 0, i32 1, !dbg !3417
  store ptr null, ptr %w_func, align 4, !dbg !3418
  br label %if.end, !dbg !3416

if.end:                                           ; preds = %if.then, %entry
  ret void, !dbg !3419
}

; Function Attrs: noinline nounwind
define dso_local void @worker_wait(ptr noundef %cont) #0 !dbg !3420 {
entry:
  %cont.addr = alloca ptr, align 4
  store ptr %cont, ptr %cont.addr, align 4
    #dbg_declare(ptr %cont.addr, !3423, !DIExpression(), !3424)
  %0 = load ptr, ptr @self, align 4, !dbg !3425
  %w_waiting = getelementptr inbounds %struct.worker_thread, ptr %0, i32 0, i32 3, !dbg !3426
  store i32 1, ptr %w_waiting, align 4, !dbg !3427
  %1 = load ptr, ptr %cont.addr, align 4, !dbg !3428
  %2 = load ptr, ptr @self, align 4, !dbg !3429
  %w_cont = getelementptr inbounds %struct.worker_thread, ptr %2, i32 0, i32 2, !dbg !3430
  store ptr %1, ptr %w_cont, align 4, !dbg !3431
  %3 = load ptr, ptr @self, align 4, !dbg !3432
  call void @mthread_block(ptr noundef @worker_resume, ptr noundef %3) #4, !dbg !3433
  ret void, !dbg !3434
}

; Function Attrs: noinline nounwind
define internal void @worker_resume(ptr noundef %arg) #0 !dbg !3435 {
entry:
  %arg.addr = alloca ptr, align 4
  %w = alloca ptr, align 4
  store ptr %arg, ptr %arg.addr, align 4
    #dbg_declare(ptr %arg.addr, !3436, !DIExpression(), !3437)
    #dbg_declare(ptr %w, !3438, !DIExpression(), !3439)
  %0 = load ptr, ptr %arg.addr, align 4, !dbg !3440
  store ptr %0, ptr %w, align 4, !dbg !3439
  %1 = load ptr, ptr %w, align 4, !dbg !3441
  %2 = load ptr, ptr %w, align 4, !dbg !3442
  %w_cont = getelementptr inbounds %struct.worker_thread, ptr %2, i32 0, i32 2, !dbg !3443
  %3 = load ptr, ptr %w_cont, align 4, !dbg !3443
  call void @worker_run(ptr noundef %1, ptr noundef %3) #4, !dbg !3444
  ret void, !dbg !3445
}

declare dso_local void @mthread_block(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @worker_wakeup(i32 noundef %user, i32 noundef %status) #0 !dbg !3446 {
entry:
  %user.addr = alloca i32, align 4
  %status.addr = alloca i32, align 4
  %w = alloca ptr, align 4
  store i32 %user, ptr %user.addr, align 4
    #dbg_declare(ptr %user.addr, !3449, !DIExpression(), !3450)
  store i32 %status, ptr %status.addr, align 4
    #dbg_declare(ptr %status.addr, !3451, !DIExpression(), !3452)
    #dbg_declare(ptr %w, !3453, !DIExpression(), !3454)
  store ptr @workers, ptr %w, align 4, !dbg !3455
  br label %for.cond, !dbg !3457

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load ptr, ptr %w, align 4, !dbg !3458
  %cmp = icmp ult ptr %0, getelementptr inbounds ([4 x %struct.worker_thread], ptr @workers, i32 0, i32 4), !dbg !3460
  br i1 %cmp, label %for.body, label %for.end, !dbg !3461

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %w, align 4, !dbg !3462
  %w_waiting = getelementptr inbounds %struct.worker_thread, ptr %1, i32 0, i32 3, !dbg !3465
  %2 = load i32, ptr %w_waiting, align 4, !dbg !3465
  %tobool = icmp ne i32 %2, 0, !dbg !3462
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !3466

land.lhs.true:                                    ; preds = %for.body
  %3 = load ptr, ptr %w, align 4, !dbg !3467
  %w_fp = getelementptr inbounds %struct.worker_thread, ptr %3, i32 0, i32 5, !dbg !3468
  %4 = load ptr, ptr %w_fp, align 4, !dbg !3468
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %4, i32 0, i32 0, !dbg !3469
  %5 = load i32, ptr %fp_endpoint, align 4, !dbg !3469
  %6 = load i32, ptr %user.addr, align 4, !dbg !3470
  %cmp1 = icmp eq i32 %5, %6, !dbg !3471
  br i1 %cmp1, label %if.then, label %if.end, !dbg !3472

if.then:                                          ; preds = %land.lhs.true
  %7 = load i32, ptr %status.addr, align 4, !dbg !3473
  %8 = load ptr, ptr %w, align 4, !dbg !3475
  %w_drv_status = getelementptr inbounds %struct.worker_thread, ptr %8, i32 0, i32 4, !dbg !3476
  store i32 %7, ptr %w_drv_status, align 4, !dbg !3477
  %9 = load ptr, ptr %w, align 4, !dbg !3478
  %w_waiting2 = getelementptr inbounds %struct.worker_thread, ptr %9, i32 0, i32 3, !dbg !3479
  store i32 0, ptr %w_waiting2, align 4, !dbg !3480
  %10 = load ptr, ptr %w, align 4, !dbg !3481
  %w_tid = getelementptr inbounds %struct.worker_thread, ptr %10, i32 0, i32 0, !dbg !3482
  %11 = load i32, ptr %w_tid, align 4, !dbg !3482
  call void @mthread_wakeup(i32 noundef %11) #4, !dbg !3483
  br label %for.end, !dbg !3484

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !3485

for.inc:                                          ; preds = %if.end
  %12 = load ptr, ptr %w, align 4, !dbg !3486
  %incdec.ptr = getelementptr inbounds %struct.worker_thread, ptr %12, i32 1, !dbg !3486
  store ptr %incdec.ptr, ptr %w, align 4, !dbg !3486
  br label %for.cond, !dbg !3487, !llvm.loop !3488

for.end:                                          ; preds = %if.then, %for.cond
  ret void, !dbg !3490
}

declare dso_local void @mthread_wakeup(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @worker_yield() #0 !dbg !3491 {
entry:
  call void @mthread_yield_all() #4, !dbg !3492
  ret void, !dbg !3493
}

declare dso_local void @mthread_yield_all() #1

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!536, !538, !540, !9, !542, !544, !547, !550, !101, !553, !313}
!llvm.ident = !{!555, !555, !555, !555, !555, !555, !555, !555, !555, !555, !555}
!llvm.module.flags = !{!556, !557, !558, !559, !560}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 103, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/vfs/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "f82156f5581ccc92d89ef44fa482e492")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 20)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "fdtable", scope: !9, file: !2, line: 12, type: !82, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !10, globals: !14, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11, !12, !13}
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 32)
!12 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!14 = !{!0, !15, !7, !46, !60, !62, !67, !72, !77}
!15 = !DIGlobalVariableExpression(var: !16, expr: !DIExpression())
!16 = distinct !DIGlobalVariable(name: "files", scope: !9, file: !2, line: 11, type: !17, isLocal: false, isDefinition: true)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !18, size: 70656, elements: !44)
!18 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !19, line: 31, size: 4416, elements: !20)
!19 = !DIFile(filename: "servers/vfs/vfs.h", directory: ".", checksumkind: CSK_MD5, checksum: "cd1b818c6eceb0a14ca9f3673845c6d7")
!20 = !{!21, !23, !24, !27, !31, !33, !34, !38}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !18, file: !19, line: 32, baseType: !22, size: 32)
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !18, file: !19, line: 33, baseType: !22, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !18, file: !19, line: 34, baseType: !25, size: 32, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !26, line: 27, baseType: !22)
!26 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "c8f32de56e8cf8d6442cc00e5d71420e")
!27 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !18, file: !19, line: 35, baseType: !28, size: 16, offset: 96)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !26, line: 28, baseType: !29)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 20, baseType: !30)
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !18, file: !19, line: 36, baseType: !32, size: 32, offset: 128)
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !26, line: 23, baseType: !12)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "f_cdev", scope: !18, file: !19, line: 37, baseType: !22, size: 32, offset: 160)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !18, file: !19, line: 38, baseType: !35, size: 120, offset: 192)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 15)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !18, file: !19, line: 39, baseType: !39, size: 4096, offset: 312)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 4096, elements: !42)
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !26, line: 18, baseType: !41)
!41 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!42 = !{!43}
!43 = !DISubrange(count: 512)
!44 = !{!45}
!45 = !DISubrange(count: 16)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "fproc", scope: !9, file: !2, line: 13, type: !48, isLocal: false, isDefinition: true)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 5120, elements: !58)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fproc", file: !19, line: 59, size: 160, elements: !50)
!50 = !{!51, !53, !54, !56, !57}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "fp_endpoint", scope: !49, file: !19, line: 60, baseType: !52, size: 32)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !26, line: 25, baseType: !22)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "fp_parent", scope: !49, file: !19, line: 61, baseType: !52, size: 32, offset: 32)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "fp_pid", scope: !49, file: !19, line: 62, baseType: !55, size: 32, offset: 64)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !26, line: 26, baseType: !22)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "fp_uid", scope: !49, file: !19, line: 63, baseType: !25, size: 32, offset: 96)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "fp_program", scope: !49, file: !19, line: 64, baseType: !22, size: 32, offset: 128)
!58 = !{!59}
!59 = !DISubrange(count: 32)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "vfs_shutting_down", scope: !9, file: !2, line: 14, type: !22, isLocal: false, isDefinition: true)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !64, isLocal: true, isDefinition: true)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 3)
!67 = !DIGlobalVariableExpression(var: !68, expr: !DIExpression())
!68 = distinct !DIGlobalVariable(scope: null, file: !2, line: 30, type: !69, isLocal: true, isDefinition: true)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 5)
!72 = !DIGlobalVariableExpression(var: !73, expr: !DIExpression())
!73 = distinct !DIGlobalVariable(scope: null, file: !2, line: 31, type: !74, isLocal: true, isDefinition: true)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 19)
!77 = !DIGlobalVariableExpression(var: !78, expr: !DIExpression())
!78 = distinct !DIGlobalVariable(scope: null, file: !2, line: 33, type: !79, isLocal: true, isDefinition: true)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 4)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !83, size: 34816, elements: !58)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !19, line: 53, size: 1088, elements: !84)
!84 = !{!85, !86, !87}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !83, file: !19, line: 54, baseType: !52, size: 32)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !83, file: !19, line: 55, baseType: !28, size: 16, offset: 32)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !83, file: !19, line: 56, baseType: !88, size: 1024, offset: 64)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !89, size: 1024, elements: !97)
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !19, line: 42, size: 128, elements: !90)
!90 = !{!91, !92, !93, !96}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !89, file: !19, line: 43, baseType: !22, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !89, file: !19, line: 44, baseType: !22, size: 32, offset: 32)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !89, file: !19, line: 45, baseType: !94, size: 32, offset: 64)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !26, line: 29, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !26, line: 21, baseType: !22)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !89, file: !19, line: 46, baseType: !22, size: 32, offset: 96)
!97 = !{!98}
!98 = !DISubrange(count: 8)
!99 = !DIGlobalVariableExpression(var: !100, expr: !DIExpression())
!100 = distinct !DIGlobalVariable(name: "call_vec", scope: !101, file: !102, line: 6, type: !104, isLocal: false, isDefinition: true)
!101 = distinct !DICompileUnit(language: DW_LANG_C11, file: !102, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !103, splitDebugInlining: false, nameTableKind: None)
!102 = !DIFile(filename: "servers/vfs/table.c", directory: ".", checksumkind: CSK_MD5, checksum: "a2f313d8ebdfee58228bb831940ffeb6")
!103 = !{!99}
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !105, size: 1056, elements: !309)
!105 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !106)
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !107, size: 32)
!107 = !DISubroutineType(types: !108)
!108 = !{!22, !22, !109}
!109 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !110, size: 32)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !112)
!111 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "9689c3b4a6248f8a3cfc4937dcf41d65")
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !113)
!113 = !{!114, !115, !116}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !112, file: !111, line: 71, baseType: !52, size: 32)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !112, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !112, file: !111, line: 104, baseType: !117, size: 448, offset: 64)
!117 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !112, file: !111, line: 73, size: 448, elements: !118)
!118 = !{!119, !124, !132, !138, !143, !148, !154, !162, !169, !177, !182, !189, !196, !201, !208, !213, !220, !227, !232, !238, !246, !253, !261, !267, !272, !279, !285, !294, !299, !305}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !117, file: !111, line: 74, baseType: !120, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !121)
!121 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !122)
!122 = !{!123}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !121, file: !111, line: 15, baseType: !22, size: 32)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !117, file: !111, line: 75, baseType: !125, size: 64)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !126)
!126 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !127)
!127 = !{!128, !131}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !126, file: !111, line: 16, baseType: !129, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !26, line: 30, baseType: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 22, baseType: !12)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !126, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !117, file: !111, line: 76, baseType: !133, size: 64)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !134)
!134 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !135)
!135 = !{!136, !137}
!136 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !134, file: !111, line: 17, baseType: !55, size: 32)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !134, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !117, file: !111, line: 77, baseType: !139, size: 32)
!139 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !140)
!140 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !141)
!141 = !{!142}
!142 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !140, file: !111, line: 18, baseType: !25, size: 32)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !117, file: !111, line: 78, baseType: !144, size: 32)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !145)
!145 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !146)
!146 = !{!147}
!147 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !145, file: !111, line: 19, baseType: !22, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !117, file: !111, line: 79, baseType: !149, size: 64)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !150)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !151)
!151 = !{!152, !153}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !150, file: !111, line: 20, baseType: !22, size: 32)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !150, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !117, file: !111, line: 80, baseType: !155, size: 128)
!155 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !156)
!156 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !157)
!157 = !{!158, !159, !160, !161}
!158 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !156, file: !111, line: 24, baseType: !52, size: 32)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !156, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !156, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !156, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !117, file: !111, line: 81, baseType: !163, size: 96)
!163 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !164)
!164 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !165)
!165 = !{!166, !167, !168}
!166 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !164, file: !111, line: 29, baseType: !52, size: 32)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !164, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !164, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !117, file: !111, line: 82, baseType: !170, size: 128)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !171)
!171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !172)
!172 = !{!173, !174, !175, !176}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !171, file: !111, line: 32, baseType: !129, size: 32)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !171, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !171, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !171, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !117, file: !111, line: 83, baseType: !178, size: 32)
!178 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !179)
!179 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !180)
!180 = !{!181}
!181 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !179, file: !111, line: 33, baseType: !22, size: 32)
!182 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !117, file: !111, line: 84, baseType: !183, size: 96)
!183 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !184)
!184 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !185)
!185 = !{!186, !187, !188}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !184, file: !111, line: 34, baseType: !22, size: 32)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !184, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !184, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!189 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !117, file: !111, line: 85, baseType: !190, size: 96)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !191)
!191 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !192)
!192 = !{!193, !194, !195}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !191, file: !111, line: 35, baseType: !22, size: 32)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !191, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !191, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!196 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !117, file: !111, line: 86, baseType: !197, size: 16)
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !198)
!198 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !199)
!199 = !{!200}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !198, file: !111, line: 36, baseType: !28, size: 16)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !117, file: !111, line: 87, baseType: !202, size: 96)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !203)
!203 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !204)
!204 = !{!205, !206, !207}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !203, file: !111, line: 39, baseType: !52, size: 32)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !203, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !203, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !117, file: !111, line: 88, baseType: !209, size: 32)
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !210)
!210 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !211)
!211 = !{!212}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !210, file: !111, line: 40, baseType: !52, size: 32)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !117, file: !111, line: 89, baseType: !214, size: 96)
!214 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !215)
!215 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !216)
!216 = !{!217, !218, !219}
!217 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !215, file: !111, line: 41, baseType: !52, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !215, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !215, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !117, file: !111, line: 90, baseType: !221, size: 96)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !222)
!222 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !223)
!223 = !{!224, !225, !226}
!224 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !222, file: !111, line: 42, baseType: !52, size: 32)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !222, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !222, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !117, file: !111, line: 91, baseType: !228, size: 32)
!228 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !229)
!229 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !230)
!230 = !{!231}
!231 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !229, file: !111, line: 45, baseType: !129, size: 32)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !117, file: !111, line: 92, baseType: !233, size: 64)
!233 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !234)
!234 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !235)
!235 = !{!236, !237}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !234, file: !111, line: 46, baseType: !32, size: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !234, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!238 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !117, file: !111, line: 93, baseType: !239, size: 192)
!239 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !240)
!240 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !241)
!241 = !{!242, !244, !245}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !240, file: !111, line: 49, baseType: !243, size: 128)
!243 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !44)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !240, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !240, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !117, file: !111, line: 94, baseType: !247, size: 192)
!247 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !248)
!248 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !249)
!249 = !{!250, !251, !252}
!250 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !248, file: !111, line: 50, baseType: !243, size: 128)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !248, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !248, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !117, file: !111, line: 95, baseType: !254, size: 128)
!254 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !255)
!255 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !256)
!256 = !{!257, !258, !259, !260}
!257 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !255, file: !111, line: 53, baseType: !52, size: 32)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !255, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !255, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !255, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !117, file: !111, line: 96, baseType: !262, size: 64)
!262 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !263)
!263 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !264)
!264 = !{!265, !266}
!265 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !263, file: !111, line: 54, baseType: !52, size: 32)
!266 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !263, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !117, file: !111, line: 97, baseType: !268, size: 32)
!268 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !269)
!269 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !270)
!270 = !{!271}
!271 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !269, file: !111, line: 57, baseType: !22, size: 32)
!272 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !117, file: !111, line: 98, baseType: !273, size: 96)
!273 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !274)
!274 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !275)
!275 = !{!276, !277, !278}
!276 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !274, file: !111, line: 60, baseType: !52, size: 32)
!277 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !274, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !274, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!279 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !117, file: !111, line: 99, baseType: !280, size: 64)
!280 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !281)
!281 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !282)
!282 = !{!283, !284}
!283 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !281, file: !111, line: 61, baseType: !52, size: 32)
!284 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !281, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!285 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !117, file: !111, line: 100, baseType: !286, size: 160)
!286 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !287)
!287 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !288)
!288 = !{!289, !290, !291, !292, !293}
!289 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !287, file: !111, line: 63, baseType: !52, size: 32)
!290 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !287, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !287, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !287, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!293 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !287, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !117, file: !111, line: 101, baseType: !295, size: 32)
!295 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !296)
!296 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !297)
!297 = !{!298}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !296, file: !111, line: 67, baseType: !22, size: 32)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !117, file: !111, line: 102, baseType: !300, size: 32)
!300 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !301)
!301 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !302)
!302 = !{!303}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !301, file: !111, line: 68, baseType: !304, size: 32)
!304 = !DIDerivedType(tag: DW_TAG_typedef, name: "clock_t", file: !26, line: 31, baseType: !130)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !117, file: !111, line: 103, baseType: !306, size: 448)
!306 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 448, elements: !307)
!307 = !{!308}
!308 = !DISubrange(count: 56)
!309 = !{!310}
!310 = !DISubrange(count: 33)
!311 = !DIGlobalVariableExpression(var: !312, expr: !DIExpression())
!312 = distinct !DIGlobalVariable(name: "workers", scope: !313, file: !314, line: 9, type: !535, isLocal: false, isDefinition: true)
!313 = distinct !DICompileUnit(language: DW_LANG_C11, file: !314, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !315, globals: !316, splitDebugInlining: false, nameTableKind: None)
!314 = !DIFile(filename: "servers/vfs/worker.c", directory: ".", checksumkind: CSK_MD5, checksum: "2e56fc336dd74805da810b92757183f5")
!315 = !{!13}
!316 = !{!311, !317, !533}
!317 = !DIGlobalVariableExpression(var: !318, expr: !DIExpression())
!318 = distinct !DIGlobalVariable(name: "self", scope: !313, file: !314, line: 10, type: !319, isLocal: false, isDefinition: true)
!319 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !320, size: 32)
!320 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "worker_thread", file: !19, line: 69, size: 704, elements: !321)
!321 = !{!322, !325, !329, !330, !331, !332, !341}
!322 = !DIDerivedType(tag: DW_TAG_member, name: "w_tid", scope: !320, file: !19, line: 70, baseType: !323, size: 32)
!323 = !DIDerivedType(tag: DW_TAG_typedef, name: "mthread_thread_t", file: !324, line: 18, baseType: !22)
!324 = !DIFile(filename: "include/mthread.h", directory: ".", checksumkind: CSK_MD5, checksum: "c3d165e3c902d33d7d163b113e5f4137")
!325 = !DIDerivedType(tag: DW_TAG_member, name: "w_func", scope: !320, file: !19, line: 71, baseType: !326, size: 32, offset: 32)
!326 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !327, size: 32)
!327 = !DISubroutineType(types: !328)
!328 = !{null}
!329 = !DIDerivedType(tag: DW_TAG_member, name: "w_cont", scope: !320, file: !19, line: 72, baseType: !326, size: 32, offset: 64)
!330 = !DIDerivedType(tag: DW_TAG_member, name: "w_waiting", scope: !320, file: !19, line: 73, baseType: !22, size: 32, offset: 96)
!331 = !DIDerivedType(tag: DW_TAG_member, name: "w_drv_status", scope: !320, file: !19, line: 74, baseType: !22, size: 32, offset: 128)
!332 = !DIDerivedType(tag: DW_TAG_member, name: "w_fp", scope: !320, file: !19, line: 75, baseType: !333, size: 32, offset: 160)
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !334, size: 32)
!334 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fproc", file: !19, line: 59, size: 160, elements: !335)
!335 = !{!336, !337, !338, !339, !340}
!336 = !DIDerivedType(tag: DW_TAG_member, name: "fp_endpoint", scope: !334, file: !19, line: 60, baseType: !52, size: 32)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "fp_parent", scope: !334, file: !19, line: 61, baseType: !52, size: 32, offset: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "fp_pid", scope: !334, file: !19, line: 62, baseType: !55, size: 32, offset: 64)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "fp_uid", scope: !334, file: !19, line: 63, baseType: !25, size: 32, offset: 96)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "fp_program", scope: !334, file: !19, line: 64, baseType: !22, size: 32, offset: 128)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "w_m_in", scope: !320, file: !19, line: 76, baseType: !342, size: 512, offset: 192)
!342 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !343)
!343 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !344)
!344 = !{!345, !346, !347}
!345 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !343, file: !111, line: 71, baseType: !52, size: 32)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !343, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !343, file: !111, line: 104, baseType: !348, size: 448, offset: 64)
!348 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !343, file: !111, line: 73, size: 448, elements: !349)
!349 = !{!350, !355, !361, !367, !372, !377, !383, !391, !398, !406, !411, !418, !425, !430, !437, !442, !449, !456, !461, !467, !474, !481, !489, !495, !500, !507, !513, !522, !527, !532}
!350 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !348, file: !111, line: 74, baseType: !351, size: 32)
!351 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !352)
!352 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !353)
!353 = !{!354}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !352, file: !111, line: 15, baseType: !22, size: 32)
!355 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !348, file: !111, line: 75, baseType: !356, size: 64)
!356 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !357)
!357 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !358)
!358 = !{!359, !360}
!359 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !357, file: !111, line: 16, baseType: !129, size: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !357, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!361 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !348, file: !111, line: 76, baseType: !362, size: 64)
!362 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !363)
!363 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !364)
!364 = !{!365, !366}
!365 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !363, file: !111, line: 17, baseType: !55, size: 32)
!366 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !363, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !348, file: !111, line: 77, baseType: !368, size: 32)
!368 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !369)
!369 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !370)
!370 = !{!371}
!371 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !369, file: !111, line: 18, baseType: !25, size: 32)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !348, file: !111, line: 78, baseType: !373, size: 32)
!373 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !374)
!374 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !375)
!375 = !{!376}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !374, file: !111, line: 19, baseType: !22, size: 32)
!377 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !348, file: !111, line: 79, baseType: !378, size: 64)
!378 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !379)
!379 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !380)
!380 = !{!381, !382}
!381 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !379, file: !111, line: 20, baseType: !22, size: 32)
!382 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !379, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!383 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !348, file: !111, line: 80, baseType: !384, size: 128)
!384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !385)
!385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !386)
!386 = !{!387, !388, !389, !390}
!387 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !385, file: !111, line: 24, baseType: !52, size: 32)
!388 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !385, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !385, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !385, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!391 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !348, file: !111, line: 81, baseType: !392, size: 96)
!392 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !393)
!393 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !394)
!394 = !{!395, !396, !397}
!395 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !393, file: !111, line: 29, baseType: !52, size: 32)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !393, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!397 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !393, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!398 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !348, file: !111, line: 82, baseType: !399, size: 128)
!399 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !400)
!400 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !401)
!401 = !{!402, !403, !404, !405}
!402 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !400, file: !111, line: 32, baseType: !129, size: 32)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !400, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!404 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !400, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!405 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !400, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!406 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !348, file: !111, line: 83, baseType: !407, size: 32)
!407 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !408)
!408 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !409)
!409 = !{!410}
!410 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !408, file: !111, line: 33, baseType: !22, size: 32)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !348, file: !111, line: 84, baseType: !412, size: 96)
!412 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !413)
!413 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !414)
!414 = !{!415, !416, !417}
!415 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !413, file: !111, line: 34, baseType: !22, size: 32)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !413, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!417 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !413, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!418 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !348, file: !111, line: 85, baseType: !419, size: 96)
!419 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !420)
!420 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !421)
!421 = !{!422, !423, !424}
!422 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !420, file: !111, line: 35, baseType: !22, size: 32)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !420, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!424 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !420, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !348, file: !111, line: 86, baseType: !426, size: 16)
!426 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !427)
!427 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !428)
!428 = !{!429}
!429 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !427, file: !111, line: 36, baseType: !28, size: 16)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !348, file: !111, line: 87, baseType: !431, size: 96)
!431 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !432)
!432 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !433)
!433 = !{!434, !435, !436}
!434 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !432, file: !111, line: 39, baseType: !52, size: 32)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !432, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !432, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !348, file: !111, line: 88, baseType: !438, size: 32)
!438 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !439)
!439 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !440)
!440 = !{!441}
!441 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !439, file: !111, line: 40, baseType: !52, size: 32)
!442 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !348, file: !111, line: 89, baseType: !443, size: 96)
!443 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !444)
!444 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !445)
!445 = !{!446, !447, !448}
!446 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !444, file: !111, line: 41, baseType: !52, size: 32)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !444, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!448 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !444, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!449 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !348, file: !111, line: 90, baseType: !450, size: 96)
!450 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !451)
!451 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !452)
!452 = !{!453, !454, !455}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !451, file: !111, line: 42, baseType: !52, size: 32)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !451, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !451, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !348, file: !111, line: 91, baseType: !457, size: 32)
!457 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !458)
!458 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !459)
!459 = !{!460}
!460 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !458, file: !111, line: 45, baseType: !129, size: 32)
!461 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !348, file: !111, line: 92, baseType: !462, size: 64)
!462 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !463)
!463 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !464)
!464 = !{!465, !466}
!465 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !463, file: !111, line: 46, baseType: !32, size: 32)
!466 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !463, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!467 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !348, file: !111, line: 93, baseType: !468, size: 192)
!468 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !469)
!469 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !470)
!470 = !{!471, !472, !473}
!471 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !469, file: !111, line: 49, baseType: !243, size: 128)
!472 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !469, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!473 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !469, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!474 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !348, file: !111, line: 94, baseType: !475, size: 192)
!475 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !476)
!476 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !477)
!477 = !{!478, !479, !480}
!478 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !476, file: !111, line: 50, baseType: !243, size: 128)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !476, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!480 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !476, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!481 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !348, file: !111, line: 95, baseType: !482, size: 128)
!482 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !483)
!483 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !484)
!484 = !{!485, !486, !487, !488}
!485 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !483, file: !111, line: 53, baseType: !52, size: 32)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !483, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!487 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !483, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!488 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !483, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!489 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !348, file: !111, line: 96, baseType: !490, size: 64)
!490 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !491)
!491 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !492)
!492 = !{!493, !494}
!493 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !491, file: !111, line: 54, baseType: !52, size: 32)
!494 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !491, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !348, file: !111, line: 97, baseType: !496, size: 32)
!496 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !497)
!497 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !498)
!498 = !{!499}
!499 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !497, file: !111, line: 57, baseType: !22, size: 32)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !348, file: !111, line: 98, baseType: !501, size: 96)
!501 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !502)
!502 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !503)
!503 = !{!504, !505, !506}
!504 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !502, file: !111, line: 60, baseType: !52, size: 32)
!505 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !502, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !502, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!507 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !348, file: !111, line: 99, baseType: !508, size: 64)
!508 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !509)
!509 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !510)
!510 = !{!511, !512}
!511 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !509, file: !111, line: 61, baseType: !52, size: 32)
!512 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !509, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!513 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !348, file: !111, line: 100, baseType: !514, size: 160)
!514 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !515)
!515 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !516)
!516 = !{!517, !518, !519, !520, !521}
!517 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !515, file: !111, line: 63, baseType: !52, size: 32)
!518 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !515, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!519 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !515, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !515, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !515, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!522 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !348, file: !111, line: 101, baseType: !523, size: 32)
!523 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !524)
!524 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !525)
!525 = !{!526}
!526 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !524, file: !111, line: 67, baseType: !22, size: 32)
!527 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !348, file: !111, line: 102, baseType: !528, size: 32)
!528 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !529)
!529 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !530)
!530 = !{!531}
!531 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !529, file: !111, line: 68, baseType: !304, size: 32)
!532 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !348, file: !111, line: 103, baseType: !306, size: 448)
!533 = !DIGlobalVariableExpression(var: !534, expr: !DIExpression())
!534 = distinct !DIGlobalVariable(name: "fp", scope: !313, file: !314, line: 11, type: !333, isLocal: false, isDefinition: true)
!535 = !DICompositeType(tag: DW_TAG_array_type, baseType: !320, size: 2816, elements: !80)
!536 = distinct !DICompileUnit(language: DW_LANG_C11, file: !537, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!537 = !DIFile(filename: "servers/vfs/device.c", directory: ".", checksumkind: CSK_MD5, checksum: "555c48131df9a016a6041b33961f97fb")
!538 = distinct !DICompileUnit(language: DW_LANG_C11, file: !539, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!539 = !DIFile(filename: "servers/vfs/file.c", directory: ".", checksumkind: CSK_MD5, checksum: "6b30036dc3875661c53a4a1e84eb21f8")
!540 = distinct !DICompileUnit(language: DW_LANG_C11, file: !541, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!541 = !DIFile(filename: "servers/vfs/filedes.c", directory: ".", checksumkind: CSK_MD5, checksum: "3072cf3ab36e9ab2d6e1858c4d7eb49a")
!542 = distinct !DICompileUnit(language: DW_LANG_C11, file: !543, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!543 = !DIFile(filename: "servers/vfs/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "fbb53ea8bbd9102e893ec36fc48180b1")
!544 = distinct !DICompileUnit(language: DW_LANG_C11, file: !545, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !546, splitDebugInlining: false, nameTableKind: None)
!545 = !DIFile(filename: "servers/vfs/open.c", directory: ".", checksumkind: CSK_MD5, checksum: "50b263ab51c0b08c382ecbfd9ee0978a")
!546 = !{!129, !13}
!547 = distinct !DICompileUnit(language: DW_LANG_C11, file: !548, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !549, splitDebugInlining: false, nameTableKind: None)
!548 = !DIFile(filename: "servers/vfs/pm_calls.c", directory: ".", checksumkind: CSK_MD5, checksum: "957eb0c98eb9c0cbbe15e901d9ed0473")
!549 = !{!129}
!550 = distinct !DICompileUnit(language: DW_LANG_C11, file: !551, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !552, splitDebugInlining: false, nameTableKind: None)
!551 = !DIFile(filename: "servers/vfs/read.c", directory: ".", checksumkind: CSK_MD5, checksum: "38f4b7c26e9b15b4159e2475bd2e2ba4")
!552 = !{!13, !32, !129}
!553 = distinct !DICompileUnit(language: DW_LANG_C11, file: !554, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!554 = !DIFile(filename: "servers/vfs/utility.c", directory: ".", checksumkind: CSK_MD5, checksum: "c7a37789bf56faa854b438bddbb2fba3")
!555 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!556 = !{i32 1, !"NumRegisterParameters", i32 0}
!557 = !{i32 7, !"Dwarf Version", i32 5}
!558 = !{i32 2, !"Debug Info Version", i32 3}
!559 = !{i32 1, !"wchar_size", i32 4}
!560 = !{i32 7, !"frame-pointer", i32 2}
!561 = distinct !DISubprogram(name: "cdev_read", scope: !537, file: !537, line: 11, type: !562, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !536, retainedNodes: !564)
!562 = !DISubroutineType(types: !563)
!563 = !{!22, !22, !52, !129, !32}
!564 = !{}
!565 = !DILocalVariable(name: "minor", arg: 1, scope: !561, file: !537, line: 11, type: !22)
!566 = !DILocation(line: 11, column: 19, scope: !561)
!567 = !DILocalVariable(name: "user", arg: 2, scope: !561, file: !537, line: 11, type: !52)
!568 = !DILocation(line: 11, column: 37, scope: !561)
!569 = !DILocalVariable(name: "buf", arg: 3, scope: !561, file: !537, line: 11, type: !129)
!570 = !DILocation(line: 11, column: 53, scope: !561)
!571 = !DILocalVariable(name: "len", arg: 4, scope: !561, file: !537, line: 11, type: !32)
!572 = !DILocation(line: 11, column: 65, scope: !561)
!573 = !DILocalVariable(name: "dev_m", scope: !561, file: !537, line: 13, type: !574)
!574 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !575)
!575 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !576)
!576 = !{!577, !578, !579}
!577 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !575, file: !111, line: 71, baseType: !52, size: 32)
!578 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !575, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !575, file: !111, line: 104, baseType: !580, size: 448, offset: 64)
!580 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !575, file: !111, line: 73, size: 448, elements: !581)
!581 = !{!582, !587, !593, !599, !604, !609, !615, !623, !630, !638, !643, !650, !657, !662, !669, !674, !681, !688, !693, !699, !706, !713, !721, !727, !732, !739, !745, !754, !759, !764}
!582 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !580, file: !111, line: 74, baseType: !583, size: 32)
!583 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !584)
!584 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !585)
!585 = !{!586}
!586 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !584, file: !111, line: 15, baseType: !22, size: 32)
!587 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !580, file: !111, line: 75, baseType: !588, size: 64)
!588 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !589)
!589 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !590)
!590 = !{!591, !592}
!591 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !589, file: !111, line: 16, baseType: !129, size: 32)
!592 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !589, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!593 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !580, file: !111, line: 76, baseType: !594, size: 64)
!594 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !595)
!595 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !596)
!596 = !{!597, !598}
!597 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !595, file: !111, line: 17, baseType: !55, size: 32)
!598 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !595, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!599 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !580, file: !111, line: 77, baseType: !600, size: 32)
!600 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !601)
!601 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !602)
!602 = !{!603}
!603 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !601, file: !111, line: 18, baseType: !25, size: 32)
!604 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !580, file: !111, line: 78, baseType: !605, size: 32)
!605 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !606)
!606 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !607)
!607 = !{!608}
!608 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !606, file: !111, line: 19, baseType: !22, size: 32)
!609 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !580, file: !111, line: 79, baseType: !610, size: 64)
!610 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !611)
!611 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !612)
!612 = !{!613, !614}
!613 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !611, file: !111, line: 20, baseType: !22, size: 32)
!614 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !611, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!615 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !580, file: !111, line: 80, baseType: !616, size: 128)
!616 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !617)
!617 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !618)
!618 = !{!619, !620, !621, !622}
!619 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !617, file: !111, line: 24, baseType: !52, size: 32)
!620 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !617, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!621 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !617, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!622 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !617, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!623 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !580, file: !111, line: 81, baseType: !624, size: 96)
!624 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !625)
!625 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !626)
!626 = !{!627, !628, !629}
!627 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !625, file: !111, line: 29, baseType: !52, size: 32)
!628 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !625, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!629 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !625, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!630 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !580, file: !111, line: 82, baseType: !631, size: 128)
!631 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !632)
!632 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !633)
!633 = !{!634, !635, !636, !637}
!634 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !632, file: !111, line: 32, baseType: !129, size: 32)
!635 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !632, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!636 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !632, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!637 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !632, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!638 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !580, file: !111, line: 83, baseType: !639, size: 32)
!639 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !640)
!640 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !641)
!641 = !{!642}
!642 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !640, file: !111, line: 33, baseType: !22, size: 32)
!643 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !580, file: !111, line: 84, baseType: !644, size: 96)
!644 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !645)
!645 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !646)
!646 = !{!647, !648, !649}
!647 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !645, file: !111, line: 34, baseType: !22, size: 32)
!648 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !645, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!649 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !645, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!650 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !580, file: !111, line: 85, baseType: !651, size: 96)
!651 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !652)
!652 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !653)
!653 = !{!654, !655, !656}
!654 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !652, file: !111, line: 35, baseType: !22, size: 32)
!655 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !652, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!656 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !652, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !580, file: !111, line: 86, baseType: !658, size: 16)
!658 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !659)
!659 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !660)
!660 = !{!661}
!661 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !659, file: !111, line: 36, baseType: !28, size: 16)
!662 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !580, file: !111, line: 87, baseType: !663, size: 96)
!663 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !664)
!664 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !665)
!665 = !{!666, !667, !668}
!666 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !664, file: !111, line: 39, baseType: !52, size: 32)
!667 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !664, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!668 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !664, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!669 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !580, file: !111, line: 88, baseType: !670, size: 32)
!670 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !671)
!671 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !672)
!672 = !{!673}
!673 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !671, file: !111, line: 40, baseType: !52, size: 32)
!674 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !580, file: !111, line: 89, baseType: !675, size: 96)
!675 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !676)
!676 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !677)
!677 = !{!678, !679, !680}
!678 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !676, file: !111, line: 41, baseType: !52, size: 32)
!679 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !676, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!680 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !676, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!681 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !580, file: !111, line: 90, baseType: !682, size: 96)
!682 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !683)
!683 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !684)
!684 = !{!685, !686, !687}
!685 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !683, file: !111, line: 42, baseType: !52, size: 32)
!686 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !683, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!687 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !683, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!688 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !580, file: !111, line: 91, baseType: !689, size: 32)
!689 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !690)
!690 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !691)
!691 = !{!692}
!692 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !690, file: !111, line: 45, baseType: !129, size: 32)
!693 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !580, file: !111, line: 92, baseType: !694, size: 64)
!694 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !695)
!695 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !696)
!696 = !{!697, !698}
!697 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !695, file: !111, line: 46, baseType: !32, size: 32)
!698 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !695, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!699 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !580, file: !111, line: 93, baseType: !700, size: 192)
!700 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !701)
!701 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !702)
!702 = !{!703, !704, !705}
!703 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !701, file: !111, line: 49, baseType: !243, size: 128)
!704 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !701, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!705 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !701, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!706 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !580, file: !111, line: 94, baseType: !707, size: 192)
!707 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !708)
!708 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !709)
!709 = !{!710, !711, !712}
!710 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !708, file: !111, line: 50, baseType: !243, size: 128)
!711 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !708, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!712 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !708, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!713 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !580, file: !111, line: 95, baseType: !714, size: 128)
!714 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !715)
!715 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !716)
!716 = !{!717, !718, !719, !720}
!717 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !715, file: !111, line: 53, baseType: !52, size: 32)
!718 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !715, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!719 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !715, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!720 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !715, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!721 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !580, file: !111, line: 96, baseType: !722, size: 64)
!722 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !723)
!723 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !724)
!724 = !{!725, !726}
!725 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !723, file: !111, line: 54, baseType: !52, size: 32)
!726 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !723, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!727 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !580, file: !111, line: 97, baseType: !728, size: 32)
!728 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !729)
!729 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !730)
!730 = !{!731}
!731 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !729, file: !111, line: 57, baseType: !22, size: 32)
!732 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !580, file: !111, line: 98, baseType: !733, size: 96)
!733 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !734)
!734 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !735)
!735 = !{!736, !737, !738}
!736 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !734, file: !111, line: 60, baseType: !52, size: 32)
!737 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !734, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!738 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !734, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!739 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !580, file: !111, line: 99, baseType: !740, size: 64)
!740 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !741)
!741 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !742)
!742 = !{!743, !744}
!743 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !741, file: !111, line: 61, baseType: !52, size: 32)
!744 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !741, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!745 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !580, file: !111, line: 100, baseType: !746, size: 160)
!746 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !747)
!747 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !748)
!748 = !{!749, !750, !751, !752, !753}
!749 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !747, file: !111, line: 63, baseType: !52, size: 32)
!750 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !747, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!751 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !747, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!752 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !747, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!753 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !747, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !580, file: !111, line: 101, baseType: !755, size: 32)
!755 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !756)
!756 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !757)
!757 = !{!758}
!758 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !756, file: !111, line: 67, baseType: !22, size: 32)
!759 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !580, file: !111, line: 102, baseType: !760, size: 32)
!760 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !761)
!761 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !762)
!762 = !{!763}
!763 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !761, file: !111, line: 68, baseType: !304, size: 32)
!764 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !580, file: !111, line: 103, baseType: !306, size: 448)
!765 = !DILocation(line: 13, column: 10, scope: !561)
!766 = !DILocation(line: 15, column: 2, scope: !561)
!767 = !DILocation(line: 16, column: 8, scope: !561)
!768 = !DILocation(line: 16, column: 15, scope: !561)
!769 = !DILocation(line: 17, column: 36, scope: !561)
!770 = !DILocation(line: 17, column: 8, scope: !561)
!771 = !DILocation(line: 17, column: 28, scope: !561)
!772 = !DILocation(line: 17, column: 34, scope: !561)
!773 = !DILocation(line: 18, column: 35, scope: !561)
!774 = !DILocation(line: 18, column: 8, scope: !561)
!775 = !DILocation(line: 18, column: 28, scope: !561)
!776 = !DILocation(line: 18, column: 33, scope: !561)
!777 = !DILocation(line: 19, column: 34, scope: !561)
!778 = !DILocation(line: 19, column: 8, scope: !561)
!779 = !DILocation(line: 19, column: 28, scope: !561)
!780 = !DILocation(line: 19, column: 32, scope: !561)
!781 = !DILocation(line: 20, column: 34, scope: !561)
!782 = !DILocation(line: 20, column: 8, scope: !561)
!783 = !DILocation(line: 20, column: 28, scope: !561)
!784 = !DILocation(line: 20, column: 32, scope: !561)
!785 = !DILocation(line: 21, column: 6, scope: !786)
!786 = distinct !DILexicalBlock(scope: !561, file: !537, line: 21, column: 6)
!787 = !DILocation(line: 21, column: 40, scope: !786)
!788 = !DILocation(line: 21, column: 6, scope: !561)
!789 = !DILocation(line: 22, column: 3, scope: !786)
!790 = !DILocation(line: 23, column: 2, scope: !561)
!791 = !DILocation(line: 24, column: 1, scope: !561)
!792 = distinct !DISubprogram(name: "cdev_reply", scope: !537, file: !537, line: 28, type: !793, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !536, retainedNodes: !564)
!793 = !DISubroutineType(types: !794)
!794 = !{null, !795}
!795 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !574, size: 32)
!796 = !DILocalVariable(name: "m", arg: 1, scope: !792, file: !537, line: 28, type: !795)
!797 = !DILocation(line: 28, column: 26, scope: !792)
!798 = !DILocation(line: 30, column: 16, scope: !792)
!799 = !DILocation(line: 30, column: 19, scope: !792)
!800 = !DILocation(line: 30, column: 40, scope: !792)
!801 = !DILocation(line: 30, column: 46, scope: !792)
!802 = !DILocation(line: 30, column: 49, scope: !792)
!803 = !DILocation(line: 30, column: 70, scope: !792)
!804 = !DILocation(line: 30, column: 2, scope: !792)
!805 = !DILocation(line: 31, column: 1, scope: !792)
!806 = distinct !DISubprogram(name: "find_file", scope: !539, file: !539, line: 4, type: !807, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !538, retainedNodes: !564)
!807 = !DISubroutineType(types: !808)
!808 = !{!22, !809}
!809 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !810, size: 32)
!810 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!811 = !DILocalVariable(name: "name", arg: 1, scope: !806, file: !539, line: 4, type: !809)
!812 = !DILocation(line: 4, column: 27, scope: !806)
!813 = !DILocalVariable(name: "f", scope: !806, file: !539, line: 6, type: !22)
!814 = !DILocation(line: 6, column: 6, scope: !806)
!815 = !DILocation(line: 8, column: 9, scope: !816)
!816 = distinct !DILexicalBlock(scope: !806, file: !539, line: 8, column: 2)
!817 = !DILocation(line: 8, column: 7, scope: !816)
!818 = !DILocation(line: 8, column: 14, scope: !819)
!819 = distinct !DILexicalBlock(scope: !816, file: !539, line: 8, column: 2)
!820 = !DILocation(line: 8, column: 16, scope: !819)
!821 = !DILocation(line: 8, column: 2, scope: !816)
!822 = !DILocation(line: 9, column: 13, scope: !823)
!823 = distinct !DILexicalBlock(scope: !819, file: !539, line: 9, column: 7)
!824 = !DILocation(line: 9, column: 7, scope: !823)
!825 = !DILocation(line: 9, column: 16, scope: !823)
!826 = !DILocation(line: 9, column: 25, scope: !823)
!827 = !DILocation(line: 9, column: 42, scope: !823)
!828 = !DILocation(line: 9, column: 36, scope: !823)
!829 = !DILocation(line: 9, column: 45, scope: !823)
!830 = !DILocation(line: 9, column: 53, scope: !823)
!831 = !DILocation(line: 9, column: 28, scope: !823)
!832 = !DILocation(line: 9, column: 73, scope: !823)
!833 = !DILocation(line: 9, column: 7, scope: !819)
!834 = !DILocation(line: 10, column: 11, scope: !823)
!835 = !DILocation(line: 10, column: 4, scope: !823)
!836 = !DILocation(line: 9, column: 76, scope: !823)
!837 = !DILocation(line: 8, column: 29, scope: !819)
!838 = !DILocation(line: 8, column: 2, scope: !819)
!839 = distinct !{!839, !821, !840, !841}
!840 = !DILocation(line: 10, column: 11, scope: !816)
!841 = !{!"llvm.loop.mustprogress"}
!842 = !DILocation(line: 11, column: 2, scope: !806)
!843 = !DILocation(line: 12, column: 1, scope: !806)
!844 = distinct !DISubprogram(name: "create_file", scope: !539, file: !539, line: 14, type: !845, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !538, retainedNodes: !564)
!845 = !DISubroutineType(types: !846)
!846 = !{!22, !809, !25, !28}
!847 = !DILocalVariable(name: "name", arg: 1, scope: !844, file: !539, line: 14, type: !809)
!848 = !DILocation(line: 14, column: 29, scope: !844)
!849 = !DILocalVariable(name: "owner", arg: 2, scope: !844, file: !539, line: 14, type: !25)
!850 = !DILocation(line: 14, column: 41, scope: !844)
!851 = !DILocalVariable(name: "mode", arg: 3, scope: !844, file: !539, line: 14, type: !28)
!852 = !DILocation(line: 14, column: 55, scope: !844)
!853 = !DILocalVariable(name: "vf", scope: !844, file: !539, line: 16, type: !854)
!854 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !855, size: 32)
!855 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !19, line: 31, size: 4416, elements: !856)
!856 = !{!857, !858, !859, !860, !861, !862, !863, !864}
!857 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !855, file: !19, line: 32, baseType: !22, size: 32)
!858 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !855, file: !19, line: 33, baseType: !22, size: 32, offset: 32)
!859 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !855, file: !19, line: 34, baseType: !25, size: 32, offset: 64)
!860 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !855, file: !19, line: 35, baseType: !28, size: 16, offset: 96)
!861 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !855, file: !19, line: 36, baseType: !32, size: 32, offset: 128)
!862 = !DIDerivedType(tag: DW_TAG_member, name: "f_cdev", scope: !855, file: !19, line: 37, baseType: !22, size: 32, offset: 160)
!863 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !855, file: !19, line: 38, baseType: !35, size: 120, offset: 192)
!864 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !855, file: !19, line: 39, baseType: !39, size: 4096, offset: 312)
!865 = !DILocation(line: 16, column: 16, scope: !844)
!866 = !DILocalVariable(name: "f", scope: !844, file: !539, line: 17, type: !22)
!867 = !DILocation(line: 17, column: 6, scope: !844)
!868 = !DILocation(line: 19, column: 9, scope: !869)
!869 = distinct !DILexicalBlock(scope: !844, file: !539, line: 19, column: 2)
!870 = !DILocation(line: 19, column: 7, scope: !869)
!871 = !DILocation(line: 19, column: 14, scope: !872)
!872 = distinct !DILexicalBlock(scope: !869, file: !539, line: 19, column: 2)
!873 = !DILocation(line: 19, column: 16, scope: !872)
!874 = !DILocation(line: 19, column: 2, scope: !869)
!875 = !DILocation(line: 20, column: 15, scope: !876)
!876 = distinct !DILexicalBlock(scope: !872, file: !539, line: 19, column: 33)
!877 = !DILocation(line: 20, column: 9, scope: !876)
!878 = !DILocation(line: 20, column: 6, scope: !876)
!879 = !DILocation(line: 21, column: 7, scope: !880)
!880 = distinct !DILexicalBlock(scope: !876, file: !539, line: 21, column: 7)
!881 = !DILocation(line: 21, column: 11, scope: !880)
!882 = !DILocation(line: 21, column: 7, scope: !876)
!883 = !DILocation(line: 22, column: 4, scope: !880)
!884 = !DILocation(line: 23, column: 3, scope: !876)
!885 = !DILocation(line: 23, column: 7, scope: !876)
!886 = !DILocation(line: 23, column: 16, scope: !876)
!887 = !DILocation(line: 24, column: 3, scope: !876)
!888 = !DILocation(line: 24, column: 7, scope: !876)
!889 = !DILocation(line: 24, column: 15, scope: !876)
!890 = !DILocation(line: 25, column: 17, scope: !876)
!891 = !DILocation(line: 25, column: 3, scope: !876)
!892 = !DILocation(line: 25, column: 7, scope: !876)
!893 = !DILocation(line: 25, column: 15, scope: !876)
!894 = !DILocation(line: 26, column: 16, scope: !876)
!895 = !DILocation(line: 26, column: 21, scope: !876)
!896 = !DILocation(line: 26, column: 3, scope: !876)
!897 = !DILocation(line: 26, column: 7, scope: !876)
!898 = !DILocation(line: 26, column: 14, scope: !876)
!899 = !DILocation(line: 27, column: 3, scope: !876)
!900 = !DILocation(line: 27, column: 7, scope: !876)
!901 = !DILocation(line: 27, column: 14, scope: !876)
!902 = !DILocation(line: 28, column: 11, scope: !876)
!903 = !DILocation(line: 28, column: 15, scope: !876)
!904 = !DILocation(line: 28, column: 23, scope: !876)
!905 = !DILocation(line: 28, column: 3, scope: !876)
!906 = !DILocation(line: 29, column: 10, scope: !876)
!907 = !DILocation(line: 29, column: 3, scope: !876)
!908 = !DILocation(line: 19, column: 29, scope: !872)
!909 = !DILocation(line: 19, column: 2, scope: !872)
!910 = distinct !{!910, !874, !911, !841}
!911 = !DILocation(line: 30, column: 2, scope: !869)
!912 = !DILocation(line: 31, column: 2, scope: !844)
!913 = !DILocation(line: 32, column: 1, scope: !844)
!914 = distinct !DISubprogram(name: "may_access", scope: !539, file: !539, line: 34, type: !915, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !538, retainedNodes: !564)
!915 = !DISubroutineType(types: !916)
!916 = !{!22, !917, !25, !22}
!917 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !918, size: 32)
!918 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !855)
!919 = !DILocalVariable(name: "f", arg: 1, scope: !914, file: !539, line: 34, type: !917)
!920 = !DILocation(line: 34, column: 36, scope: !914)
!921 = !DILocalVariable(name: "uid", arg: 2, scope: !914, file: !539, line: 34, type: !25)
!922 = !DILocation(line: 34, column: 45, scope: !914)
!923 = !DILocalVariable(name: "bits", arg: 3, scope: !914, file: !539, line: 34, type: !22)
!924 = !DILocation(line: 34, column: 54, scope: !914)
!925 = !DILocation(line: 36, column: 6, scope: !926)
!926 = distinct !DILexicalBlock(scope: !914, file: !539, line: 36, column: 6)
!927 = !DILocation(line: 36, column: 10, scope: !926)
!928 = !DILocation(line: 36, column: 6, scope: !914)
!929 = !DILocation(line: 37, column: 3, scope: !926)
!930 = !DILocation(line: 38, column: 6, scope: !931)
!931 = distinct !DILexicalBlock(scope: !914, file: !539, line: 38, column: 6)
!932 = !DILocation(line: 38, column: 13, scope: !931)
!933 = !DILocation(line: 38, column: 16, scope: !931)
!934 = !DILocation(line: 38, column: 10, scope: !931)
!935 = !DILocation(line: 38, column: 6, scope: !914)
!936 = !DILocation(line: 39, column: 12, scope: !931)
!937 = !DILocation(line: 39, column: 15, scope: !931)
!938 = !DILocation(line: 39, column: 22, scope: !931)
!939 = !DILocation(line: 39, column: 30, scope: !931)
!940 = !DILocation(line: 39, column: 28, scope: !931)
!941 = !DILocation(line: 39, column: 39, scope: !931)
!942 = !DILocation(line: 39, column: 36, scope: !931)
!943 = !DILocation(line: 39, column: 3, scope: !931)
!944 = !DILocation(line: 40, column: 10, scope: !914)
!945 = !DILocation(line: 40, column: 13, scope: !914)
!946 = !DILocation(line: 40, column: 22, scope: !914)
!947 = !DILocation(line: 40, column: 20, scope: !914)
!948 = !DILocation(line: 40, column: 31, scope: !914)
!949 = !DILocation(line: 40, column: 28, scope: !914)
!950 = !DILocation(line: 40, column: 2, scope: !914)
!951 = !DILocation(line: 41, column: 1, scope: !914)
!952 = distinct !DISubprogram(name: "sync_files", scope: !539, file: !539, line: 45, type: !953, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !538, retainedNodes: !564)
!953 = !DISubroutineType(types: !954)
!954 = !{!22}
!955 = !DILocalVariable(name: "f", scope: !952, file: !539, line: 47, type: !22)
!956 = !DILocation(line: 47, column: 6, scope: !952)
!957 = !DILocalVariable(name: "n", scope: !952, file: !539, line: 47, type: !22)
!958 = !DILocation(line: 47, column: 9, scope: !952)
!959 = !DILocation(line: 49, column: 9, scope: !960)
!960 = distinct !DILexicalBlock(scope: !952, file: !539, line: 49, column: 2)
!961 = !DILocation(line: 49, column: 7, scope: !960)
!962 = !DILocation(line: 49, column: 14, scope: !963)
!963 = distinct !DILexicalBlock(scope: !960, file: !539, line: 49, column: 2)
!964 = !DILocation(line: 49, column: 16, scope: !963)
!965 = !DILocation(line: 49, column: 2, scope: !960)
!966 = !DILocation(line: 50, column: 13, scope: !967)
!967 = distinct !DILexicalBlock(scope: !968, file: !539, line: 50, column: 7)
!968 = distinct !DILexicalBlock(scope: !963, file: !539, line: 49, column: 33)
!969 = !DILocation(line: 50, column: 7, scope: !967)
!970 = !DILocation(line: 50, column: 16, scope: !967)
!971 = !DILocation(line: 50, column: 25, scope: !967)
!972 = !DILocation(line: 50, column: 34, scope: !967)
!973 = !DILocation(line: 50, column: 28, scope: !967)
!974 = !DILocation(line: 50, column: 37, scope: !967)
!975 = !DILocation(line: 50, column: 7, scope: !968)
!976 = !DILocation(line: 51, column: 10, scope: !977)
!977 = distinct !DILexicalBlock(scope: !967, file: !539, line: 50, column: 46)
!978 = !DILocation(line: 51, column: 4, scope: !977)
!979 = !DILocation(line: 51, column: 13, scope: !977)
!980 = !DILocation(line: 51, column: 21, scope: !977)
!981 = !DILocation(line: 52, column: 5, scope: !977)
!982 = !DILocation(line: 53, column: 3, scope: !977)
!983 = !DILocation(line: 54, column: 2, scope: !968)
!984 = !DILocation(line: 49, column: 29, scope: !963)
!985 = !DILocation(line: 49, column: 2, scope: !963)
!986 = distinct !{!986, !965, !987, !841}
!987 = !DILocation(line: 54, column: 2, scope: !960)
!988 = !DILocation(line: 55, column: 9, scope: !952)
!989 = !DILocation(line: 55, column: 2, scope: !952)
!990 = distinct !DISubprogram(name: "get_fdtable", scope: !541, file: !541, line: 6, type: !991, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !540, retainedNodes: !564)
!991 = !DISubroutineType(types: !992)
!992 = !{!993, !22, !52}
!993 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !994, size: 32)
!994 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !19, line: 53, size: 1088, elements: !995)
!995 = !{!996, !997, !998}
!996 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !994, file: !19, line: 54, baseType: !52, size: 32)
!997 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !994, file: !19, line: 55, baseType: !28, size: 16, offset: 32)
!998 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !994, file: !19, line: 56, baseType: !999, size: 1024, offset: 64)
!999 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1000, size: 1024, elements: !97)
!1000 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !19, line: 42, size: 128, elements: !1001)
!1001 = !{!1002, !1003, !1004, !1005}
!1002 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !1000, file: !19, line: 43, baseType: !22, size: 32)
!1003 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !1000, file: !19, line: 44, baseType: !22, size: 32, offset: 32)
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !1000, file: !19, line: 45, baseType: !94, size: 32, offset: 64)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !1000, file: !19, line: 46, baseType: !22, size: 32, offset: 96)
!1006 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !990, file: !541, line: 6, type: !22)
!1007 = !DILocation(line: 6, column: 39, scope: !990)
!1008 = !DILocalVariable(name: "caller", arg: 2, scope: !990, file: !541, line: 6, type: !52)
!1009 = !DILocation(line: 6, column: 61, scope: !990)
!1010 = !DILocalVariable(name: "fdt", scope: !990, file: !541, line: 8, type: !993)
!1011 = !DILocation(line: 8, column: 24, scope: !990)
!1012 = !DILocation(line: 8, column: 39, scope: !990)
!1013 = !DILocation(line: 8, column: 31, scope: !990)
!1014 = !DILocalVariable(name: "fd", scope: !990, file: !541, line: 9, type: !22)
!1015 = !DILocation(line: 9, column: 6, scope: !990)
!1016 = !DILocation(line: 11, column: 6, scope: !1017)
!1017 = distinct !DILexicalBlock(scope: !990, file: !541, line: 11, column: 6)
!1018 = !DILocation(line: 11, column: 11, scope: !1017)
!1019 = !DILocation(line: 11, column: 24, scope: !1017)
!1020 = !DILocation(line: 11, column: 21, scope: !1017)
!1021 = !DILocation(line: 11, column: 6, scope: !990)
!1022 = !DILocation(line: 13, column: 20, scope: !1023)
!1023 = distinct !DILexicalBlock(scope: !1017, file: !541, line: 11, column: 32)
!1024 = !DILocation(line: 13, column: 3, scope: !1023)
!1025 = !DILocation(line: 13, column: 8, scope: !1023)
!1026 = !DILocation(line: 13, column: 18, scope: !1023)
!1027 = !DILocation(line: 14, column: 3, scope: !1023)
!1028 = !DILocation(line: 14, column: 8, scope: !1023)
!1029 = !DILocation(line: 14, column: 18, scope: !1023)
!1030 = !DILocation(line: 15, column: 11, scope: !1031)
!1031 = distinct !DILexicalBlock(scope: !1023, file: !541, line: 15, column: 3)
!1032 = !DILocation(line: 15, column: 8, scope: !1031)
!1033 = !DILocation(line: 15, column: 16, scope: !1034)
!1034 = distinct !DILexicalBlock(scope: !1031, file: !541, line: 15, column: 3)
!1035 = !DILocation(line: 15, column: 19, scope: !1034)
!1036 = !DILocation(line: 15, column: 3, scope: !1031)
!1037 = !DILocation(line: 16, column: 4, scope: !1034)
!1038 = !DILocation(line: 16, column: 9, scope: !1034)
!1039 = !DILocation(line: 16, column: 16, scope: !1034)
!1040 = !DILocation(line: 16, column: 20, scope: !1034)
!1041 = !DILocation(line: 16, column: 30, scope: !1034)
!1042 = !DILocation(line: 15, column: 33, scope: !1034)
!1043 = !DILocation(line: 15, column: 3, scope: !1034)
!1044 = distinct !{!1044, !1036, !1045, !841}
!1045 = !DILocation(line: 16, column: 32, scope: !1031)
!1046 = !DILocation(line: 17, column: 2, scope: !1023)
!1047 = !DILocation(line: 18, column: 9, scope: !990)
!1048 = !DILocation(line: 18, column: 2, scope: !990)
!1049 = distinct !DISubprogram(name: "get_filedesc", scope: !541, file: !541, line: 21, type: !1050, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !540, retainedNodes: !564)
!1050 = !DISubroutineType(types: !1051)
!1051 = !{!1052, !993, !22}
!1052 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1000, size: 32)
!1053 = !DILocalVariable(name: "fdt", arg: 1, scope: !1049, file: !541, line: 21, type: !993)
!1054 = !DILocation(line: 21, column: 53, scope: !1049)
!1055 = !DILocalVariable(name: "fd", arg: 2, scope: !1049, file: !541, line: 21, type: !22)
!1056 = !DILocation(line: 21, column: 62, scope: !1049)
!1057 = !DILocation(line: 23, column: 6, scope: !1058)
!1058 = distinct !DILexicalBlock(scope: !1049, file: !541, line: 23, column: 6)
!1059 = !DILocation(line: 23, column: 9, scope: !1058)
!1060 = !DILocation(line: 23, column: 13, scope: !1058)
!1061 = !DILocation(line: 23, column: 16, scope: !1058)
!1062 = !DILocation(line: 23, column: 19, scope: !1058)
!1063 = !DILocation(line: 23, column: 31, scope: !1058)
!1064 = !DILocation(line: 23, column: 35, scope: !1058)
!1065 = !DILocation(line: 23, column: 40, scope: !1058)
!1066 = !DILocation(line: 23, column: 47, scope: !1058)
!1067 = !DILocation(line: 23, column: 51, scope: !1058)
!1068 = !DILocation(line: 23, column: 6, scope: !1049)
!1069 = !DILocation(line: 24, column: 3, scope: !1058)
!1070 = !DILocation(line: 25, column: 10, scope: !1049)
!1071 = !DILocation(line: 25, column: 15, scope: !1049)
!1072 = !DILocation(line: 25, column: 22, scope: !1049)
!1073 = !DILocation(line: 25, column: 2, scope: !1049)
!1074 = !DILocation(line: 26, column: 1, scope: !1049)
!1075 = distinct !DISubprogram(name: "get_free_fd", scope: !541, file: !541, line: 28, type: !1076, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !540, retainedNodes: !564)
!1076 = !DISubroutineType(types: !1077)
!1077 = !{!22, !993}
!1078 = !DILocalVariable(name: "fdt", arg: 1, scope: !1075, file: !541, line: 28, type: !993)
!1079 = !DILocation(line: 28, column: 39, scope: !1075)
!1080 = !DILocalVariable(name: "fd", scope: !1075, file: !541, line: 30, type: !22)
!1081 = !DILocation(line: 30, column: 6, scope: !1075)
!1082 = !DILocation(line: 32, column: 10, scope: !1083)
!1083 = distinct !DILexicalBlock(scope: !1075, file: !541, line: 32, column: 2)
!1084 = !DILocation(line: 32, column: 7, scope: !1083)
!1085 = !DILocation(line: 32, column: 15, scope: !1086)
!1086 = distinct !DILexicalBlock(scope: !1083, file: !541, line: 32, column: 2)
!1087 = !DILocation(line: 32, column: 18, scope: !1086)
!1088 = !DILocation(line: 32, column: 2, scope: !1083)
!1089 = !DILocation(line: 33, column: 8, scope: !1090)
!1090 = distinct !DILexicalBlock(scope: !1086, file: !541, line: 33, column: 7)
!1091 = !DILocation(line: 33, column: 13, scope: !1090)
!1092 = !DILocation(line: 33, column: 20, scope: !1090)
!1093 = !DILocation(line: 33, column: 24, scope: !1090)
!1094 = !DILocation(line: 33, column: 7, scope: !1086)
!1095 = !DILocation(line: 34, column: 11, scope: !1090)
!1096 = !DILocation(line: 34, column: 4, scope: !1090)
!1097 = !DILocation(line: 32, column: 32, scope: !1086)
!1098 = !DILocation(line: 32, column: 2, scope: !1086)
!1099 = distinct !{!1099, !1088, !1100, !841}
!1100 = !DILocation(line: 34, column: 11, scope: !1083)
!1101 = !DILocation(line: 35, column: 2, scope: !1075)
!1102 = !DILocation(line: 36, column: 1, scope: !1075)
!1103 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 93, type: !953, scopeLine: 94, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !564)
!1104 = !DILocalVariable(name: "m", scope: !1103, file: !2, line: 95, type: !1105)
!1105 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !1106)
!1106 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !1107)
!1107 = !{!1108, !1109, !1110}
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1106, file: !111, line: 71, baseType: !52, size: 32)
!1109 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1106, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!1110 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1106, file: !111, line: 104, baseType: !1111, size: 448, offset: 64)
!1111 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1106, file: !111, line: 73, size: 448, elements: !1112)
!1112 = !{!1113, !1118, !1124, !1130, !1135, !1140, !1146, !1154, !1161, !1169, !1174, !1181, !1188, !1193, !1200, !1205, !1212, !1219, !1224, !1230, !1237, !1244, !1252, !1258, !1263, !1270, !1276, !1285, !1290, !1295}
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1111, file: !111, line: 74, baseType: !1114, size: 32)
!1114 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !1115)
!1115 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !1116)
!1116 = !{!1117}
!1117 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1115, file: !111, line: 15, baseType: !22, size: 32)
!1118 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1111, file: !111, line: 75, baseType: !1119, size: 64)
!1119 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !1120)
!1120 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !1121)
!1121 = !{!1122, !1123}
!1122 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1120, file: !111, line: 16, baseType: !129, size: 32)
!1123 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1120, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!1124 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1111, file: !111, line: 76, baseType: !1125, size: 64)
!1125 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !1126)
!1126 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !1127)
!1127 = !{!1128, !1129}
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1126, file: !111, line: 17, baseType: !55, size: 32)
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1126, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1111, file: !111, line: 77, baseType: !1131, size: 32)
!1131 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !1132)
!1132 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !1133)
!1133 = !{!1134}
!1134 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1132, file: !111, line: 18, baseType: !25, size: 32)
!1135 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1111, file: !111, line: 78, baseType: !1136, size: 32)
!1136 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !1137)
!1137 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !1138)
!1138 = !{!1139}
!1139 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1137, file: !111, line: 19, baseType: !22, size: 32)
!1140 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1111, file: !111, line: 79, baseType: !1141, size: 64)
!1141 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !1142)
!1142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !1143)
!1143 = !{!1144, !1145}
!1144 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1142, file: !111, line: 20, baseType: !22, size: 32)
!1145 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1142, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1111, file: !111, line: 80, baseType: !1147, size: 128)
!1147 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !1148)
!1148 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !1149)
!1149 = !{!1150, !1151, !1152, !1153}
!1150 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1148, file: !111, line: 24, baseType: !52, size: 32)
!1151 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1148, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!1152 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1148, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!1153 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1148, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!1154 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1111, file: !111, line: 81, baseType: !1155, size: 96)
!1155 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !1156)
!1156 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !1157)
!1157 = !{!1158, !1159, !1160}
!1158 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1156, file: !111, line: 29, baseType: !52, size: 32)
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1156, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!1160 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1156, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!1161 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1111, file: !111, line: 82, baseType: !1162, size: 128)
!1162 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !1163)
!1163 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !1164)
!1164 = !{!1165, !1166, !1167, !1168}
!1165 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1163, file: !111, line: 32, baseType: !129, size: 32)
!1166 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1163, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!1167 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1163, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!1168 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1163, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!1169 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1111, file: !111, line: 83, baseType: !1170, size: 32)
!1170 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !1171)
!1171 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !1172)
!1172 = !{!1173}
!1173 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1171, file: !111, line: 33, baseType: !22, size: 32)
!1174 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1111, file: !111, line: 84, baseType: !1175, size: 96)
!1175 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !1176)
!1176 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !1177)
!1177 = !{!1178, !1179, !1180}
!1178 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1176, file: !111, line: 34, baseType: !22, size: 32)
!1179 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1176, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!1180 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1176, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!1181 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1111, file: !111, line: 85, baseType: !1182, size: 96)
!1182 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !1183)
!1183 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !1184)
!1184 = !{!1185, !1186, !1187}
!1185 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1183, file: !111, line: 35, baseType: !22, size: 32)
!1186 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1183, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1183, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1111, file: !111, line: 86, baseType: !1189, size: 16)
!1189 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !1190)
!1190 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !1191)
!1191 = !{!1192}
!1192 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1190, file: !111, line: 36, baseType: !28, size: 16)
!1193 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1111, file: !111, line: 87, baseType: !1194, size: 96)
!1194 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !1195)
!1195 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !1196)
!1196 = !{!1197, !1198, !1199}
!1197 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1195, file: !111, line: 39, baseType: !52, size: 32)
!1198 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1195, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!1199 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1195, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!1200 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1111, file: !111, line: 88, baseType: !1201, size: 32)
!1201 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !1202)
!1202 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !1203)
!1203 = !{!1204}
!1204 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1202, file: !111, line: 40, baseType: !52, size: 32)
!1205 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1111, file: !111, line: 89, baseType: !1206, size: 96)
!1206 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !1207)
!1207 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !1208)
!1208 = !{!1209, !1210, !1211}
!1209 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1207, file: !111, line: 41, baseType: !52, size: 32)
!1210 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1207, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!1211 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1207, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!1212 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1111, file: !111, line: 90, baseType: !1213, size: 96)
!1213 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !1214)
!1214 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !1215)
!1215 = !{!1216, !1217, !1218}
!1216 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1214, file: !111, line: 42, baseType: !52, size: 32)
!1217 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1214, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!1218 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1214, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!1219 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1111, file: !111, line: 91, baseType: !1220, size: 32)
!1220 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !1221)
!1221 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !1222)
!1222 = !{!1223}
!1223 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1221, file: !111, line: 45, baseType: !129, size: 32)
!1224 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1111, file: !111, line: 92, baseType: !1225, size: 64)
!1225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !1226)
!1226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !1227)
!1227 = !{!1228, !1229}
!1228 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1226, file: !111, line: 46, baseType: !32, size: 32)
!1229 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1226, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!1230 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1111, file: !111, line: 93, baseType: !1231, size: 192)
!1231 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !1232)
!1232 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !1233)
!1233 = !{!1234, !1235, !1236}
!1234 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1232, file: !111, line: 49, baseType: !243, size: 128)
!1235 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1232, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!1236 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1232, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!1237 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1111, file: !111, line: 94, baseType: !1238, size: 192)
!1238 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !1239)
!1239 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !1240)
!1240 = !{!1241, !1242, !1243}
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1239, file: !111, line: 50, baseType: !243, size: 128)
!1242 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1239, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!1243 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1239, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!1244 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1111, file: !111, line: 95, baseType: !1245, size: 128)
!1245 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !1246)
!1246 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !1247)
!1247 = !{!1248, !1249, !1250, !1251}
!1248 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1246, file: !111, line: 53, baseType: !52, size: 32)
!1249 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1246, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!1250 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1246, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!1251 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1246, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1111, file: !111, line: 96, baseType: !1253, size: 64)
!1253 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !1254)
!1254 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !1255)
!1255 = !{!1256, !1257}
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1254, file: !111, line: 54, baseType: !52, size: 32)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1254, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!1258 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1111, file: !111, line: 97, baseType: !1259, size: 32)
!1259 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !1260)
!1260 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !1261)
!1261 = !{!1262}
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1260, file: !111, line: 57, baseType: !22, size: 32)
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1111, file: !111, line: 98, baseType: !1264, size: 96)
!1264 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !1265)
!1265 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !1266)
!1266 = !{!1267, !1268, !1269}
!1267 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1265, file: !111, line: 60, baseType: !52, size: 32)
!1268 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1265, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!1269 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1265, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!1270 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1111, file: !111, line: 99, baseType: !1271, size: 64)
!1271 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !1272)
!1272 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !1273)
!1273 = !{!1274, !1275}
!1274 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1272, file: !111, line: 61, baseType: !52, size: 32)
!1275 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1272, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!1276 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1111, file: !111, line: 100, baseType: !1277, size: 160)
!1277 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !1278)
!1278 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !1279)
!1279 = !{!1280, !1281, !1282, !1283, !1284}
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1278, file: !111, line: 63, baseType: !52, size: 32)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1278, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!1282 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1278, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!1283 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1278, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!1284 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1278, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1111, file: !111, line: 101, baseType: !1286, size: 32)
!1286 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !1287)
!1287 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !1288)
!1288 = !{!1289}
!1289 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1287, file: !111, line: 67, baseType: !22, size: 32)
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1111, file: !111, line: 102, baseType: !1291, size: 32)
!1291 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !1292)
!1292 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !1293)
!1293 = !{!1294}
!1294 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1292, file: !111, line: 68, baseType: !304, size: 32)
!1295 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1111, file: !111, line: 103, baseType: !306, size: 448)
!1296 = !DILocation(line: 95, column: 10, scope: !1103)
!1297 = !DILocalVariable(name: "ipc_status", scope: !1103, file: !2, line: 96, type: !22)
!1298 = !DILocation(line: 96, column: 6, scope: !1103)
!1299 = !DILocalVariable(name: "r", scope: !1103, file: !2, line: 96, type: !22)
!1300 = !DILocation(line: 96, column: 18, scope: !1103)
!1301 = !DILocalVariable(name: "rfp", scope: !1103, file: !2, line: 97, type: !1302)
!1302 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 32)
!1303 = !DILocation(line: 97, column: 16, scope: !1103)
!1304 = !DILocation(line: 99, column: 2, scope: !1103)
!1305 = !DILocation(line: 100, column: 2, scope: !1103)
!1306 = !DILocation(line: 101, column: 3, scope: !1307)
!1307 = distinct !DILexicalBlock(scope: !1308, file: !2, line: 100, column: 11)
!1308 = distinct !DILexicalBlock(scope: !1309, file: !2, line: 100, column: 2)
!1309 = distinct !DILexicalBlock(scope: !1103, file: !2, line: 100, column: 2)
!1310 = !DILocation(line: 102, column: 7, scope: !1311)
!1311 = distinct !DILexicalBlock(scope: !1307, file: !2, line: 102, column: 7)
!1312 = !DILocation(line: 102, column: 48, scope: !1311)
!1313 = !DILocation(line: 102, column: 7, scope: !1307)
!1314 = !DILocation(line: 103, column: 4, scope: !1311)
!1315 = !DILocation(line: 105, column: 9, scope: !1316)
!1316 = distinct !DILexicalBlock(scope: !1307, file: !2, line: 105, column: 7)
!1317 = !DILocation(line: 105, column: 18, scope: !1316)
!1318 = !DILocation(line: 105, column: 7, scope: !1307)
!1319 = !DILocation(line: 106, column: 4, scope: !1320)
!1320 = distinct !DILexicalBlock(scope: !1316, file: !2, line: 105, column: 34)
!1321 = !DILocation(line: 107, column: 4, scope: !1320)
!1322 = distinct !{!1322, !1323, !1324}
!1323 = !DILocation(line: 100, column: 2, scope: !1309)
!1324 = !DILocation(line: 121, column: 2, scope: !1309)
!1325 = !DILocation(line: 111, column: 16, scope: !1307)
!1326 = !DILocation(line: 111, column: 10, scope: !1307)
!1327 = !DILocation(line: 111, column: 7, scope: !1307)
!1328 = !DILocation(line: 112, column: 7, scope: !1329)
!1329 = distinct !DILexicalBlock(scope: !1307, file: !2, line: 112, column: 7)
!1330 = !DILocation(line: 112, column: 12, scope: !1329)
!1331 = !DILocation(line: 112, column: 29, scope: !1329)
!1332 = !DILocation(line: 112, column: 24, scope: !1329)
!1333 = !DILocation(line: 112, column: 7, scope: !1307)
!1334 = !DILocation(line: 113, column: 4, scope: !1329)
!1335 = !DILocation(line: 115, column: 9, scope: !1336)
!1336 = distinct !DILexicalBlock(scope: !1307, file: !2, line: 115, column: 7)
!1337 = !DILocation(line: 115, column: 18, scope: !1336)
!1338 = !DILocation(line: 115, column: 7, scope: !1307)
!1339 = !DILocation(line: 116, column: 21, scope: !1336)
!1340 = !DILocation(line: 116, column: 8, scope: !1336)
!1341 = !DILocation(line: 116, column: 6, scope: !1336)
!1342 = !DILocation(line: 116, column: 4, scope: !1336)
!1343 = !DILocation(line: 118, column: 21, scope: !1336)
!1344 = !DILocation(line: 118, column: 8, scope: !1336)
!1345 = !DILocation(line: 118, column: 6, scope: !1336)
!1346 = !DILocation(line: 119, column: 7, scope: !1347)
!1347 = distinct !DILexicalBlock(scope: !1307, file: !2, line: 119, column: 7)
!1348 = !DILocation(line: 119, column: 9, scope: !1347)
!1349 = !DILocation(line: 119, column: 7, scope: !1307)
!1350 = !DILocation(line: 120, column: 16, scope: !1347)
!1351 = !DILocation(line: 120, column: 4, scope: !1347)
!1352 = !DILocation(line: 100, column: 2, scope: !1308)
!1353 = distinct !DISubprogram(name: "vfs_init", scope: !2, file: !2, line: 16, type: !327, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !564)
!1354 = !DILocalVariable(name: "i", scope: !1353, file: !2, line: 18, type: !22)
!1355 = !DILocation(line: 18, column: 6, scope: !1353)
!1356 = !DILocalVariable(name: "f", scope: !1353, file: !2, line: 18, type: !22)
!1357 = !DILocation(line: 18, column: 9, scope: !1353)
!1358 = !DILocation(line: 20, column: 9, scope: !1359)
!1359 = distinct !DILexicalBlock(scope: !1353, file: !2, line: 20, column: 2)
!1360 = !DILocation(line: 20, column: 7, scope: !1359)
!1361 = !DILocation(line: 20, column: 14, scope: !1362)
!1362 = distinct !DILexicalBlock(scope: !1359, file: !2, line: 20, column: 2)
!1363 = !DILocation(line: 20, column: 16, scope: !1362)
!1364 = !DILocation(line: 20, column: 2, scope: !1359)
!1365 = !DILocation(line: 21, column: 26, scope: !1366)
!1366 = distinct !DILexicalBlock(scope: !1362, file: !2, line: 20, column: 33)
!1367 = !DILocation(line: 21, column: 28, scope: !1366)
!1368 = !DILocation(line: 21, column: 46, scope: !1366)
!1369 = !DILocation(line: 21, column: 9, scope: !1366)
!1370 = !DILocation(line: 21, column: 3, scope: !1366)
!1371 = !DILocation(line: 21, column: 12, scope: !1366)
!1372 = !DILocation(line: 21, column: 24, scope: !1366)
!1373 = !DILocation(line: 22, column: 9, scope: !1366)
!1374 = !DILocation(line: 22, column: 3, scope: !1366)
!1375 = !DILocation(line: 22, column: 12, scope: !1366)
!1376 = !DILocation(line: 22, column: 23, scope: !1366)
!1377 = !DILocation(line: 23, column: 2, scope: !1366)
!1378 = !DILocation(line: 20, column: 29, scope: !1362)
!1379 = !DILocation(line: 20, column: 2, scope: !1362)
!1380 = distinct !{!1380, !1364, !1381, !841}
!1381 = !DILocation(line: 23, column: 2, scope: !1359)
!1382 = !DILocation(line: 24, column: 34, scope: !1353)
!1383 = !DILocation(line: 25, column: 29, scope: !1353)
!1384 = !DILocation(line: 28, column: 11, scope: !1385)
!1385 = distinct !DILexicalBlock(scope: !1353, file: !2, line: 28, column: 6)
!1386 = !DILocation(line: 28, column: 9, scope: !1385)
!1387 = !DILocation(line: 28, column: 48, scope: !1385)
!1388 = !DILocation(line: 28, column: 6, scope: !1353)
!1389 = !DILocation(line: 29, column: 9, scope: !1385)
!1390 = !DILocation(line: 29, column: 3, scope: !1385)
!1391 = !DILocation(line: 29, column: 12, scope: !1385)
!1392 = !DILocation(line: 29, column: 19, scope: !1385)
!1393 = !DILocation(line: 30, column: 11, scope: !1394)
!1394 = distinct !DILexicalBlock(scope: !1353, file: !2, line: 30, column: 6)
!1395 = !DILocation(line: 30, column: 9, scope: !1394)
!1396 = !DILocation(line: 30, column: 50, scope: !1394)
!1397 = !DILocation(line: 30, column: 6, scope: !1353)
!1398 = !DILocation(line: 31, column: 44, scope: !1394)
!1399 = !DILocation(line: 31, column: 38, scope: !1394)
!1400 = !DILocation(line: 31, column: 47, scope: !1394)
!1401 = !DILocation(line: 31, column: 21, scope: !1394)
!1402 = !DILocation(line: 31, column: 9, scope: !1394)
!1403 = !DILocation(line: 31, column: 3, scope: !1394)
!1404 = !DILocation(line: 31, column: 12, scope: !1394)
!1405 = !DILocation(line: 31, column: 19, scope: !1394)
!1406 = !DILocation(line: 33, column: 11, scope: !1407)
!1407 = distinct !DILexicalBlock(scope: !1353, file: !2, line: 33, column: 6)
!1408 = !DILocation(line: 33, column: 9, scope: !1407)
!1409 = !DILocation(line: 33, column: 49, scope: !1407)
!1410 = !DILocation(line: 33, column: 6, scope: !1353)
!1411 = !DILocation(line: 34, column: 9, scope: !1407)
!1412 = !DILocation(line: 34, column: 3, scope: !1407)
!1413 = !DILocation(line: 34, column: 12, scope: !1407)
!1414 = !DILocation(line: 34, column: 19, scope: !1407)
!1415 = !DILocation(line: 35, column: 1, scope: !1353)
!1416 = distinct !DISubprogram(name: "service_pm", scope: !2, file: !2, line: 38, type: !327, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !564)
!1417 = !DILocalVariable(name: "m", scope: !1416, file: !2, line: 40, type: !1418)
!1418 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1105, size: 32)
!1419 = !DILocation(line: 40, column: 11, scope: !1416)
!1420 = !DILocation(line: 40, column: 16, scope: !1416)
!1421 = !DILocation(line: 40, column: 22, scope: !1416)
!1422 = !DILocalVariable(name: "r", scope: !1416, file: !2, line: 41, type: !22)
!1423 = !DILocation(line: 41, column: 6, scope: !1416)
!1424 = !DILocation(line: 43, column: 10, scope: !1416)
!1425 = !DILocation(line: 43, column: 13, scope: !1416)
!1426 = !DILocation(line: 43, column: 2, scope: !1416)
!1427 = !DILocation(line: 44, column: 35, scope: !1428)
!1428 = distinct !DILexicalBlock(scope: !1416, file: !2, line: 43, column: 21)
!1429 = !DILocation(line: 44, column: 24, scope: !1428)
!1430 = !DILocation(line: 44, column: 22, scope: !1428)
!1431 = !DILocation(line: 44, column: 39, scope: !1428)
!1432 = !DILocation(line: 45, column: 35, scope: !1428)
!1433 = !DILocation(line: 45, column: 24, scope: !1428)
!1434 = !DILocation(line: 45, column: 22, scope: !1428)
!1435 = !DILocation(line: 45, column: 39, scope: !1428)
!1436 = !DILocation(line: 46, column: 35, scope: !1428)
!1437 = !DILocation(line: 46, column: 24, scope: !1428)
!1438 = !DILocation(line: 46, column: 22, scope: !1428)
!1439 = !DILocation(line: 46, column: 39, scope: !1428)
!1440 = !DILocation(line: 47, column: 39, scope: !1428)
!1441 = !DILocation(line: 47, column: 26, scope: !1428)
!1442 = !DILocation(line: 47, column: 24, scope: !1428)
!1443 = !DILocation(line: 47, column: 43, scope: !1428)
!1444 = !DILocation(line: 48, column: 40, scope: !1428)
!1445 = !DILocation(line: 48, column: 28, scope: !1428)
!1446 = !DILocation(line: 48, column: 26, scope: !1428)
!1447 = !DILocation(line: 48, column: 44, scope: !1428)
!1448 = !DILocation(line: 49, column: 14, scope: !1428)
!1449 = !DILocation(line: 49, column: 24, scope: !1428)
!1450 = !DILocation(line: 52, column: 6, scope: !1451)
!1451 = distinct !DILexicalBlock(scope: !1416, file: !2, line: 52, column: 6)
!1452 = !DILocation(line: 52, column: 8, scope: !1451)
!1453 = !DILocation(line: 52, column: 6, scope: !1416)
!1454 = !DILocation(line: 53, column: 9, scope: !1451)
!1455 = !DILocation(line: 53, column: 12, scope: !1451)
!1456 = !DILocation(line: 53, column: 16, scope: !1451)
!1457 = !DILocation(line: 53, column: 29, scope: !1451)
!1458 = !DILocation(line: 53, column: 3, scope: !1451)
!1459 = !DILocation(line: 54, column: 1, scope: !1416)
!1460 = distinct !DISubprogram(name: "do_work", scope: !2, file: !2, line: 65, type: !327, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !564)
!1461 = !DILocalVariable(name: "m", scope: !1460, file: !2, line: 67, type: !1418)
!1462 = !DILocation(line: 67, column: 11, scope: !1460)
!1463 = !DILocation(line: 67, column: 16, scope: !1460)
!1464 = !DILocation(line: 67, column: 22, scope: !1460)
!1465 = !DILocalVariable(name: "proc_slot", scope: !1460, file: !2, line: 68, type: !22)
!1466 = !DILocation(line: 68, column: 6, scope: !1460)
!1467 = !DILocation(line: 68, column: 18, scope: !1460)
!1468 = !DILocalVariable(name: "call_index", scope: !1460, file: !2, line: 69, type: !12)
!1469 = !DILocation(line: 69, column: 15, scope: !1460)
!1470 = !DILocalVariable(name: "r", scope: !1460, file: !2, line: 70, type: !22)
!1471 = !DILocation(line: 70, column: 6, scope: !1460)
!1472 = !DILocation(line: 72, column: 6, scope: !1473)
!1473 = distinct !DILexicalBlock(scope: !1460, file: !2, line: 72, column: 6)
!1474 = !DILocation(line: 72, column: 9, scope: !1473)
!1475 = !DILocation(line: 72, column: 16, scope: !1473)
!1476 = !DILocation(line: 72, column: 6, scope: !1460)
!1477 = !DILocation(line: 73, column: 20, scope: !1478)
!1478 = distinct !DILexicalBlock(scope: !1473, file: !2, line: 72, column: 37)
!1479 = !DILocation(line: 73, column: 7, scope: !1478)
!1480 = !DILocation(line: 73, column: 5, scope: !1478)
!1481 = !DILocation(line: 74, column: 2, scope: !1478)
!1482 = !DILocation(line: 74, column: 13, scope: !1483)
!1483 = distinct !DILexicalBlock(scope: !1473, file: !2, line: 74, column: 13)
!1484 = !DILocation(line: 74, column: 16, scope: !1483)
!1485 = !DILocation(line: 74, column: 23, scope: !1483)
!1486 = !DILocation(line: 74, column: 13, scope: !1473)
!1487 = !DILocation(line: 75, column: 19, scope: !1488)
!1488 = distinct !DILexicalBlock(scope: !1483, file: !2, line: 74, column: 43)
!1489 = !DILocation(line: 75, column: 7, scope: !1488)
!1490 = !DILocation(line: 75, column: 5, scope: !1488)
!1491 = !DILocation(line: 76, column: 2, scope: !1488)
!1492 = !DILocation(line: 76, column: 13, scope: !1493)
!1493 = distinct !DILexicalBlock(scope: !1483, file: !2, line: 76, column: 13)
!1494 = !DILocation(line: 76, column: 13, scope: !1483)
!1495 = !DILocation(line: 77, column: 32, scope: !1496)
!1496 = distinct !DILexicalBlock(scope: !1493, file: !2, line: 76, column: 37)
!1497 = !DILocation(line: 77, column: 35, scope: !1496)
!1498 = !DILocation(line: 77, column: 42, scope: !1496)
!1499 = !DILocation(line: 77, column: 14, scope: !1496)
!1500 = !DILocation(line: 78, column: 7, scope: !1501)
!1501 = distinct !DILexicalBlock(scope: !1496, file: !2, line: 78, column: 7)
!1502 = !DILocation(line: 78, column: 18, scope: !1501)
!1503 = !DILocation(line: 78, column: 33, scope: !1501)
!1504 = !DILocation(line: 78, column: 45, scope: !1501)
!1505 = !DILocation(line: 78, column: 36, scope: !1501)
!1506 = !DILocation(line: 78, column: 57, scope: !1501)
!1507 = !DILocation(line: 78, column: 7, scope: !1496)
!1508 = !DILocation(line: 79, column: 19, scope: !1501)
!1509 = !DILocation(line: 79, column: 10, scope: !1501)
!1510 = !DILocation(line: 79, column: 32, scope: !1501)
!1511 = !DILocation(line: 79, column: 43, scope: !1501)
!1512 = !DILocation(line: 79, column: 8, scope: !1501)
!1513 = !DILocation(line: 79, column: 6, scope: !1501)
!1514 = !DILocation(line: 79, column: 4, scope: !1501)
!1515 = !DILocation(line: 81, column: 6, scope: !1501)
!1516 = !DILocation(line: 82, column: 2, scope: !1496)
!1517 = !DILocation(line: 83, column: 5, scope: !1518)
!1518 = distinct !DILexicalBlock(scope: !1493, file: !2, line: 82, column: 9)
!1519 = !DILocation(line: 86, column: 6, scope: !1520)
!1520 = distinct !DILexicalBlock(scope: !1460, file: !2, line: 86, column: 6)
!1521 = !DILocation(line: 86, column: 8, scope: !1520)
!1522 = !DILocation(line: 86, column: 6, scope: !1460)
!1523 = !DILocation(line: 87, column: 3, scope: !1520)
!1524 = !DILocation(line: 88, column: 11, scope: !1525)
!1525 = distinct !DILexicalBlock(scope: !1520, file: !2, line: 88, column: 11)
!1526 = !DILocation(line: 88, column: 13, scope: !1525)
!1527 = !DILocation(line: 88, column: 11, scope: !1520)
!1528 = !DILocation(line: 89, column: 9, scope: !1525)
!1529 = !DILocation(line: 89, column: 12, scope: !1525)
!1530 = !DILocation(line: 89, column: 16, scope: !1525)
!1531 = !DILocation(line: 89, column: 29, scope: !1525)
!1532 = !DILocation(line: 89, column: 3, scope: !1525)
!1533 = !DILocation(line: 90, column: 1, scope: !1460)
!1534 = distinct !DISubprogram(name: "do_work_done", scope: !2, file: !2, line: 58, type: !327, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9)
!1535 = !DILocation(line: 60, column: 9, scope: !1534)
!1536 = !DILocation(line: 60, column: 15, scope: !1534)
!1537 = !DILocation(line: 60, column: 23, scope: !1534)
!1538 = !DILocation(line: 60, column: 27, scope: !1534)
!1539 = !DILocation(line: 60, column: 40, scope: !1534)
!1540 = !DILocation(line: 60, column: 46, scope: !1534)
!1541 = !DILocation(line: 60, column: 2, scope: !1534)
!1542 = !DILocation(line: 61, column: 1, scope: !1534)
!1543 = distinct !DISubprogram(name: "do_umask", scope: !543, file: !543, line: 4, type: !1544, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !542, retainedNodes: !564)
!1544 = !DISubroutineType(types: !1545)
!1545 = !{!22, !22, !1546}
!1546 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1547, size: 32)
!1547 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !1548)
!1548 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !1549)
!1549 = !{!1550, !1551, !1552}
!1550 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1548, file: !111, line: 71, baseType: !52, size: 32)
!1551 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1548, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!1552 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1548, file: !111, line: 104, baseType: !1553, size: 448, offset: 64)
!1553 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1548, file: !111, line: 73, size: 448, elements: !1554)
!1554 = !{!1555, !1560, !1566, !1572, !1577, !1582, !1588, !1596, !1603, !1611, !1616, !1623, !1630, !1635, !1642, !1647, !1654, !1661, !1666, !1672, !1679, !1686, !1694, !1700, !1705, !1712, !1718, !1727, !1732, !1737}
!1555 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1553, file: !111, line: 74, baseType: !1556, size: 32)
!1556 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !1557)
!1557 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !1558)
!1558 = !{!1559}
!1559 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1557, file: !111, line: 15, baseType: !22, size: 32)
!1560 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1553, file: !111, line: 75, baseType: !1561, size: 64)
!1561 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !1562)
!1562 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !1563)
!1563 = !{!1564, !1565}
!1564 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1562, file: !111, line: 16, baseType: !129, size: 32)
!1565 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1562, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!1566 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1553, file: !111, line: 76, baseType: !1567, size: 64)
!1567 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !1568)
!1568 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !1569)
!1569 = !{!1570, !1571}
!1570 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1568, file: !111, line: 17, baseType: !55, size: 32)
!1571 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1568, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!1572 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1553, file: !111, line: 77, baseType: !1573, size: 32)
!1573 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !1574)
!1574 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !1575)
!1575 = !{!1576}
!1576 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1574, file: !111, line: 18, baseType: !25, size: 32)
!1577 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1553, file: !111, line: 78, baseType: !1578, size: 32)
!1578 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !1579)
!1579 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !1580)
!1580 = !{!1581}
!1581 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1579, file: !111, line: 19, baseType: !22, size: 32)
!1582 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1553, file: !111, line: 79, baseType: !1583, size: 64)
!1583 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !1584)
!1584 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !1585)
!1585 = !{!1586, !1587}
!1586 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1584, file: !111, line: 20, baseType: !22, size: 32)
!1587 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1584, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!1588 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1553, file: !111, line: 80, baseType: !1589, size: 128)
!1589 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !1590)
!1590 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !1591)
!1591 = !{!1592, !1593, !1594, !1595}
!1592 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1590, file: !111, line: 24, baseType: !52, size: 32)
!1593 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1590, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!1594 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1590, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!1595 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1590, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!1596 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1553, file: !111, line: 81, baseType: !1597, size: 96)
!1597 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !1598)
!1598 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !1599)
!1599 = !{!1600, !1601, !1602}
!1600 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1598, file: !111, line: 29, baseType: !52, size: 32)
!1601 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1598, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!1602 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1598, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!1603 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1553, file: !111, line: 82, baseType: !1604, size: 128)
!1604 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !1605)
!1605 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !1606)
!1606 = !{!1607, !1608, !1609, !1610}
!1607 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1605, file: !111, line: 32, baseType: !129, size: 32)
!1608 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1605, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!1609 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1605, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!1610 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1605, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!1611 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1553, file: !111, line: 83, baseType: !1612, size: 32)
!1612 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !1613)
!1613 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !1614)
!1614 = !{!1615}
!1615 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1613, file: !111, line: 33, baseType: !22, size: 32)
!1616 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1553, file: !111, line: 84, baseType: !1617, size: 96)
!1617 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !1618)
!1618 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !1619)
!1619 = !{!1620, !1621, !1622}
!1620 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1618, file: !111, line: 34, baseType: !22, size: 32)
!1621 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1618, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!1622 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1618, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!1623 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1553, file: !111, line: 85, baseType: !1624, size: 96)
!1624 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !1625)
!1625 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !1626)
!1626 = !{!1627, !1628, !1629}
!1627 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1625, file: !111, line: 35, baseType: !22, size: 32)
!1628 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1625, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!1629 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1625, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!1630 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1553, file: !111, line: 86, baseType: !1631, size: 16)
!1631 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !1632)
!1632 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !1633)
!1633 = !{!1634}
!1634 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1632, file: !111, line: 36, baseType: !28, size: 16)
!1635 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1553, file: !111, line: 87, baseType: !1636, size: 96)
!1636 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !1637)
!1637 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !1638)
!1638 = !{!1639, !1640, !1641}
!1639 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1637, file: !111, line: 39, baseType: !52, size: 32)
!1640 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1637, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!1641 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1637, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!1642 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1553, file: !111, line: 88, baseType: !1643, size: 32)
!1643 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !1644)
!1644 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !1645)
!1645 = !{!1646}
!1646 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1644, file: !111, line: 40, baseType: !52, size: 32)
!1647 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1553, file: !111, line: 89, baseType: !1648, size: 96)
!1648 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !1649)
!1649 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !1650)
!1650 = !{!1651, !1652, !1653}
!1651 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1649, file: !111, line: 41, baseType: !52, size: 32)
!1652 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1649, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!1653 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1649, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!1654 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1553, file: !111, line: 90, baseType: !1655, size: 96)
!1655 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !1656)
!1656 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !1657)
!1657 = !{!1658, !1659, !1660}
!1658 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1656, file: !111, line: 42, baseType: !52, size: 32)
!1659 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1656, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!1660 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1656, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!1661 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1553, file: !111, line: 91, baseType: !1662, size: 32)
!1662 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !1663)
!1663 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !1664)
!1664 = !{!1665}
!1665 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1663, file: !111, line: 45, baseType: !129, size: 32)
!1666 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1553, file: !111, line: 92, baseType: !1667, size: 64)
!1667 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !1668)
!1668 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !1669)
!1669 = !{!1670, !1671}
!1670 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1668, file: !111, line: 46, baseType: !32, size: 32)
!1671 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1668, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!1672 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1553, file: !111, line: 93, baseType: !1673, size: 192)
!1673 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !1674)
!1674 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !1675)
!1675 = !{!1676, !1677, !1678}
!1676 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1674, file: !111, line: 49, baseType: !243, size: 128)
!1677 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1674, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!1678 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1674, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!1679 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1553, file: !111, line: 94, baseType: !1680, size: 192)
!1680 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !1681)
!1681 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !1682)
!1682 = !{!1683, !1684, !1685}
!1683 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1681, file: !111, line: 50, baseType: !243, size: 128)
!1684 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1681, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!1685 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1681, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!1686 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1553, file: !111, line: 95, baseType: !1687, size: 128)
!1687 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !1688)
!1688 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !1689)
!1689 = !{!1690, !1691, !1692, !1693}
!1690 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1688, file: !111, line: 53, baseType: !52, size: 32)
!1691 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1688, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!1692 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1688, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!1693 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1688, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!1694 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1553, file: !111, line: 96, baseType: !1695, size: 64)
!1695 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !1696)
!1696 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !1697)
!1697 = !{!1698, !1699}
!1698 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1696, file: !111, line: 54, baseType: !52, size: 32)
!1699 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1696, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!1700 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1553, file: !111, line: 97, baseType: !1701, size: 32)
!1701 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !1702)
!1702 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !1703)
!1703 = !{!1704}
!1704 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1702, file: !111, line: 57, baseType: !22, size: 32)
!1705 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1553, file: !111, line: 98, baseType: !1706, size: 96)
!1706 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !1707)
!1707 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !1708)
!1708 = !{!1709, !1710, !1711}
!1709 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1707, file: !111, line: 60, baseType: !52, size: 32)
!1710 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1707, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!1711 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1707, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!1712 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1553, file: !111, line: 99, baseType: !1713, size: 64)
!1713 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !1714)
!1714 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !1715)
!1715 = !{!1716, !1717}
!1716 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1714, file: !111, line: 61, baseType: !52, size: 32)
!1717 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1714, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!1718 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1553, file: !111, line: 100, baseType: !1719, size: 160)
!1719 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !1720)
!1720 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !1721)
!1721 = !{!1722, !1723, !1724, !1725, !1726}
!1722 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1720, file: !111, line: 63, baseType: !52, size: 32)
!1723 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1720, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!1724 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1720, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!1725 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1720, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!1726 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1720, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!1727 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1553, file: !111, line: 101, baseType: !1728, size: 32)
!1728 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !1729)
!1729 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !1730)
!1730 = !{!1731}
!1731 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1729, file: !111, line: 67, baseType: !22, size: 32)
!1732 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1553, file: !111, line: 102, baseType: !1733, size: 32)
!1733 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !1734)
!1734 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !1735)
!1735 = !{!1736}
!1736 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !1734, file: !111, line: 68, baseType: !304, size: 32)
!1737 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1553, file: !111, line: 103, baseType: !306, size: 448)
!1738 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !1543, file: !543, line: 4, type: !22)
!1739 = !DILocation(line: 4, column: 18, scope: !1543)
!1740 = !DILocalVariable(name: "m", arg: 2, scope: !1543, file: !543, line: 4, type: !1546)
!1741 = !DILocation(line: 4, column: 38, scope: !1543)
!1742 = !DILocalVariable(name: "fdt", scope: !1543, file: !543, line: 6, type: !1743)
!1743 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1744, size: 32)
!1744 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !19, line: 53, size: 1088, elements: !1745)
!1745 = !{!1746, !1747, !1748}
!1746 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !1744, file: !19, line: 54, baseType: !52, size: 32)
!1747 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !1744, file: !19, line: 55, baseType: !28, size: 16, offset: 32)
!1748 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !1744, file: !19, line: 56, baseType: !1749, size: 1024, offset: 64)
!1749 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1750, size: 1024, elements: !97)
!1750 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !19, line: 42, size: 128, elements: !1751)
!1751 = !{!1752, !1753, !1754, !1755}
!1752 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !1750, file: !19, line: 43, baseType: !22, size: 32)
!1753 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !1750, file: !19, line: 44, baseType: !22, size: 32, offset: 32)
!1754 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !1750, file: !19, line: 45, baseType: !94, size: 32, offset: 64)
!1755 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !1750, file: !19, line: 46, baseType: !22, size: 32, offset: 96)
!1756 = !DILocation(line: 6, column: 24, scope: !1543)
!1757 = !DILocation(line: 6, column: 42, scope: !1543)
!1758 = !DILocation(line: 6, column: 53, scope: !1543)
!1759 = !DILocation(line: 6, column: 56, scope: !1543)
!1760 = !DILocation(line: 6, column: 30, scope: !1543)
!1761 = !DILocalVariable(name: "old", scope: !1543, file: !543, line: 7, type: !28)
!1762 = !DILocation(line: 7, column: 9, scope: !1543)
!1763 = !DILocation(line: 7, column: 15, scope: !1543)
!1764 = !DILocation(line: 7, column: 20, scope: !1543)
!1765 = !DILocation(line: 9, column: 19, scope: !1543)
!1766 = !DILocation(line: 9, column: 22, scope: !1543)
!1767 = !DILocation(line: 9, column: 41, scope: !1543)
!1768 = !DILocation(line: 9, column: 46, scope: !1543)
!1769 = !DILocation(line: 9, column: 2, scope: !1543)
!1770 = !DILocation(line: 9, column: 7, scope: !1543)
!1771 = !DILocation(line: 9, column: 17, scope: !1543)
!1772 = !DILocation(line: 10, column: 9, scope: !1543)
!1773 = !DILocation(line: 10, column: 2, scope: !1543)
!1774 = distinct !DISubprogram(name: "do_sync", scope: !543, file: !543, line: 13, type: !1544, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !542, retainedNodes: !564)
!1775 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !1774, file: !543, line: 13, type: !22)
!1776 = !DILocation(line: 13, column: 17, scope: !1774)
!1777 = !DILocalVariable(name: "m", arg: 2, scope: !1774, file: !543, line: 13, type: !1546)
!1778 = !DILocation(line: 13, column: 37, scope: !1774)
!1779 = !DILocation(line: 15, column: 9, scope: !1774)
!1780 = !DILocation(line: 16, column: 9, scope: !1774)
!1781 = !DILocation(line: 17, column: 9, scope: !1774)
!1782 = !DILocation(line: 17, column: 2, scope: !1774)
!1783 = distinct !DISubprogram(name: "do_shutdown", scope: !543, file: !543, line: 20, type: !1784, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !542, retainedNodes: !564)
!1784 = !DISubroutineType(types: !1785)
!1785 = !{!22, !1546}
!1786 = !DILocalVariable(name: "m", arg: 1, scope: !1783, file: !543, line: 20, type: !1546)
!1787 = !DILocation(line: 20, column: 26, scope: !1783)
!1788 = !DILocation(line: 22, column: 6, scope: !1789)
!1789 = distinct !DILexicalBlock(scope: !1783, file: !543, line: 22, column: 6)
!1790 = !DILocation(line: 22, column: 9, scope: !1789)
!1791 = !DILocation(line: 22, column: 18, scope: !1789)
!1792 = !DILocation(line: 22, column: 32, scope: !1789)
!1793 = !DILocation(line: 22, column: 35, scope: !1789)
!1794 = !DILocation(line: 22, column: 38, scope: !1789)
!1795 = !DILocation(line: 22, column: 47, scope: !1789)
!1796 = !DILocation(line: 22, column: 6, scope: !1783)
!1797 = !DILocation(line: 23, column: 3, scope: !1789)
!1798 = !DILocation(line: 24, column: 2, scope: !1783)
!1799 = !DILocation(line: 25, column: 20, scope: !1783)
!1800 = !DILocation(line: 26, column: 2, scope: !1783)
!1801 = !DILocation(line: 27, column: 1, scope: !1783)
!1802 = distinct !DISubprogram(name: "do_getstatus", scope: !543, file: !543, line: 29, type: !1784, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !542, retainedNodes: !564)
!1803 = !DILocalVariable(name: "m", arg: 1, scope: !1802, file: !543, line: 29, type: !1546)
!1804 = !DILocation(line: 29, column: 27, scope: !1802)
!1805 = !DILocalVariable(name: "f", scope: !1802, file: !543, line: 31, type: !22)
!1806 = !DILocation(line: 31, column: 6, scope: !1802)
!1807 = !DILocalVariable(name: "n", scope: !1802, file: !543, line: 31, type: !22)
!1808 = !DILocation(line: 31, column: 9, scope: !1802)
!1809 = !DILocation(line: 33, column: 9, scope: !1802)
!1810 = !DILocation(line: 34, column: 9, scope: !1811)
!1811 = distinct !DILexicalBlock(scope: !1802, file: !543, line: 34, column: 2)
!1812 = !DILocation(line: 34, column: 7, scope: !1811)
!1813 = !DILocation(line: 34, column: 14, scope: !1814)
!1814 = distinct !DILexicalBlock(scope: !1811, file: !543, line: 34, column: 2)
!1815 = !DILocation(line: 34, column: 16, scope: !1814)
!1816 = !DILocation(line: 34, column: 2, scope: !1811)
!1817 = !DILocation(line: 35, column: 13, scope: !1818)
!1818 = distinct !DILexicalBlock(scope: !1814, file: !543, line: 35, column: 7)
!1819 = !DILocation(line: 35, column: 7, scope: !1818)
!1820 = !DILocation(line: 35, column: 16, scope: !1818)
!1821 = !DILocation(line: 35, column: 7, scope: !1814)
!1822 = !DILocation(line: 36, column: 5, scope: !1818)
!1823 = !DILocation(line: 36, column: 4, scope: !1818)
!1824 = !DILocation(line: 34, column: 29, scope: !1814)
!1825 = !DILocation(line: 34, column: 2, scope: !1814)
!1826 = distinct !{!1826, !1816, !1827, !841}
!1827 = !DILocation(line: 36, column: 5, scope: !1811)
!1828 = !DILocation(line: 37, column: 9, scope: !1802)
!1829 = !DILocation(line: 37, column: 2, scope: !1802)
!1830 = distinct !DISubprogram(name: "do_open", scope: !545, file: !545, line: 13, type: !1831, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !544, retainedNodes: !564)
!1831 = !DISubroutineType(types: !1832)
!1832 = !{!22, !22, !1833}
!1833 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1834, size: 32)
!1834 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !1835)
!1835 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !1836)
!1836 = !{!1837, !1838, !1839}
!1837 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1835, file: !111, line: 71, baseType: !52, size: 32)
!1838 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1835, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!1839 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1835, file: !111, line: 104, baseType: !1840, size: 448, offset: 64)
!1840 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1835, file: !111, line: 73, size: 448, elements: !1841)
!1841 = !{!1842, !1847, !1853, !1859, !1864, !1869, !1875, !1883, !1890, !1898, !1903, !1910, !1917, !1922, !1929, !1934, !1941, !1948, !1953, !1959, !1966, !1973, !1981, !1987, !1992, !1999, !2005, !2014, !2019, !2024}
!1842 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1840, file: !111, line: 74, baseType: !1843, size: 32)
!1843 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !1844)
!1844 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !1845)
!1845 = !{!1846}
!1846 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1844, file: !111, line: 15, baseType: !22, size: 32)
!1847 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1840, file: !111, line: 75, baseType: !1848, size: 64)
!1848 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !1849)
!1849 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !1850)
!1850 = !{!1851, !1852}
!1851 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1849, file: !111, line: 16, baseType: !129, size: 32)
!1852 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1849, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!1853 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1840, file: !111, line: 76, baseType: !1854, size: 64)
!1854 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !1855)
!1855 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !1856)
!1856 = !{!1857, !1858}
!1857 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1855, file: !111, line: 17, baseType: !55, size: 32)
!1858 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1855, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!1859 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1840, file: !111, line: 77, baseType: !1860, size: 32)
!1860 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !1861)
!1861 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !1862)
!1862 = !{!1863}
!1863 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1861, file: !111, line: 18, baseType: !25, size: 32)
!1864 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1840, file: !111, line: 78, baseType: !1865, size: 32)
!1865 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !1866)
!1866 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !1867)
!1867 = !{!1868}
!1868 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1866, file: !111, line: 19, baseType: !22, size: 32)
!1869 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1840, file: !111, line: 79, baseType: !1870, size: 64)
!1870 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !1871)
!1871 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !1872)
!1872 = !{!1873, !1874}
!1873 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1871, file: !111, line: 20, baseType: !22, size: 32)
!1874 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1871, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!1875 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1840, file: !111, line: 80, baseType: !1876, size: 128)
!1876 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !1877)
!1877 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !1878)
!1878 = !{!1879, !1880, !1881, !1882}
!1879 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1877, file: !111, line: 24, baseType: !52, size: 32)
!1880 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1877, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!1881 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1877, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!1882 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1877, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!1883 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1840, file: !111, line: 81, baseType: !1884, size: 96)
!1884 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !1885)
!1885 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !1886)
!1886 = !{!1887, !1888, !1889}
!1887 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1885, file: !111, line: 29, baseType: !52, size: 32)
!1888 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1885, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!1889 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1885, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!1890 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1840, file: !111, line: 82, baseType: !1891, size: 128)
!1891 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !1892)
!1892 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !1893)
!1893 = !{!1894, !1895, !1896, !1897}
!1894 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1892, file: !111, line: 32, baseType: !129, size: 32)
!1895 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1892, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!1896 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1892, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!1897 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1892, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!1898 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1840, file: !111, line: 83, baseType: !1899, size: 32)
!1899 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !1900)
!1900 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !1901)
!1901 = !{!1902}
!1902 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1900, file: !111, line: 33, baseType: !22, size: 32)
!1903 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1840, file: !111, line: 84, baseType: !1904, size: 96)
!1904 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !1905)
!1905 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !1906)
!1906 = !{!1907, !1908, !1909}
!1907 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1905, file: !111, line: 34, baseType: !22, size: 32)
!1908 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1905, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!1909 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1905, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!1910 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1840, file: !111, line: 85, baseType: !1911, size: 96)
!1911 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !1912)
!1912 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !1913)
!1913 = !{!1914, !1915, !1916}
!1914 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1912, file: !111, line: 35, baseType: !22, size: 32)
!1915 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1912, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!1916 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1912, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!1917 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1840, file: !111, line: 86, baseType: !1918, size: 16)
!1918 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !1919)
!1919 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !1920)
!1920 = !{!1921}
!1921 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1919, file: !111, line: 36, baseType: !28, size: 16)
!1922 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1840, file: !111, line: 87, baseType: !1923, size: 96)
!1923 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !1924)
!1924 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !1925)
!1925 = !{!1926, !1927, !1928}
!1926 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1924, file: !111, line: 39, baseType: !52, size: 32)
!1927 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1924, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!1928 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1924, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!1929 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1840, file: !111, line: 88, baseType: !1930, size: 32)
!1930 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !1931)
!1931 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !1932)
!1932 = !{!1933}
!1933 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1931, file: !111, line: 40, baseType: !52, size: 32)
!1934 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1840, file: !111, line: 89, baseType: !1935, size: 96)
!1935 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !1936)
!1936 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !1937)
!1937 = !{!1938, !1939, !1940}
!1938 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1936, file: !111, line: 41, baseType: !52, size: 32)
!1939 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1936, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!1940 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1936, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!1941 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1840, file: !111, line: 90, baseType: !1942, size: 96)
!1942 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !1943)
!1943 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !1944)
!1944 = !{!1945, !1946, !1947}
!1945 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1943, file: !111, line: 42, baseType: !52, size: 32)
!1946 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1943, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!1947 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1943, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!1948 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1840, file: !111, line: 91, baseType: !1949, size: 32)
!1949 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !1950)
!1950 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !1951)
!1951 = !{!1952}
!1952 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1950, file: !111, line: 45, baseType: !129, size: 32)
!1953 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1840, file: !111, line: 92, baseType: !1954, size: 64)
!1954 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !1955)
!1955 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !1956)
!1956 = !{!1957, !1958}
!1957 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1955, file: !111, line: 46, baseType: !32, size: 32)
!1958 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1955, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!1959 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1840, file: !111, line: 93, baseType: !1960, size: 192)
!1960 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !1961)
!1961 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !1962)
!1962 = !{!1963, !1964, !1965}
!1963 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1961, file: !111, line: 49, baseType: !243, size: 128)
!1964 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1961, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!1965 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1961, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!1966 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1840, file: !111, line: 94, baseType: !1967, size: 192)
!1967 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !1968)
!1968 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !1969)
!1969 = !{!1970, !1971, !1972}
!1970 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1968, file: !111, line: 50, baseType: !243, size: 128)
!1971 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1968, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!1972 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1968, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!1973 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !1840, file: !111, line: 95, baseType: !1974, size: 128)
!1974 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !1975)
!1975 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !1976)
!1976 = !{!1977, !1978, !1979, !1980}
!1977 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1975, file: !111, line: 53, baseType: !52, size: 32)
!1978 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1975, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!1979 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1975, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!1980 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !1975, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!1981 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !1840, file: !111, line: 96, baseType: !1982, size: 64)
!1982 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !1983)
!1983 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !1984)
!1984 = !{!1985, !1986}
!1985 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !1983, file: !111, line: 54, baseType: !52, size: 32)
!1986 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1983, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!1987 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1840, file: !111, line: 97, baseType: !1988, size: 32)
!1988 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !1989)
!1989 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !1990)
!1990 = !{!1991}
!1991 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1989, file: !111, line: 57, baseType: !22, size: 32)
!1992 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1840, file: !111, line: 98, baseType: !1993, size: 96)
!1993 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !1994)
!1994 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !1995)
!1995 = !{!1996, !1997, !1998}
!1996 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1994, file: !111, line: 60, baseType: !52, size: 32)
!1997 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1994, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!1998 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1994, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!1999 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1840, file: !111, line: 99, baseType: !2000, size: 64)
!2000 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !2001)
!2001 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !2002)
!2002 = !{!2003, !2004}
!2003 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2001, file: !111, line: 61, baseType: !52, size: 32)
!2004 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2001, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!2005 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1840, file: !111, line: 100, baseType: !2006, size: 160)
!2006 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !2007)
!2007 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !2008)
!2008 = !{!2009, !2010, !2011, !2012, !2013}
!2009 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2007, file: !111, line: 63, baseType: !52, size: 32)
!2010 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2007, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!2011 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2007, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!2012 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2007, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!2013 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2007, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!2014 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1840, file: !111, line: 101, baseType: !2015, size: 32)
!2015 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !2016)
!2016 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !2017)
!2017 = !{!2018}
!2018 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2016, file: !111, line: 67, baseType: !22, size: 32)
!2019 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !1840, file: !111, line: 102, baseType: !2020, size: 32)
!2020 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !2021)
!2021 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !2022)
!2022 = !{!2023}
!2023 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2021, file: !111, line: 68, baseType: !304, size: 32)
!2024 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1840, file: !111, line: 103, baseType: !306, size: 448)
!2025 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !1830, file: !545, line: 13, type: !22)
!2026 = !DILocation(line: 13, column: 17, scope: !1830)
!2027 = !DILocalVariable(name: "m", arg: 2, scope: !1830, file: !545, line: 13, type: !1833)
!2028 = !DILocation(line: 13, column: 37, scope: !1830)
!2029 = !DILocalVariable(name: "fdt", scope: !1830, file: !545, line: 15, type: !2030)
!2030 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2031, size: 32)
!2031 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !19, line: 53, size: 1088, elements: !2032)
!2032 = !{!2033, !2034, !2035}
!2033 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !2031, file: !19, line: 54, baseType: !52, size: 32)
!2034 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !2031, file: !19, line: 55, baseType: !28, size: 16, offset: 32)
!2035 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !2031, file: !19, line: 56, baseType: !2036, size: 1024, offset: 64)
!2036 = !DICompositeType(tag: DW_TAG_array_type, baseType: !2037, size: 1024, elements: !97)
!2037 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !19, line: 42, size: 128, elements: !2038)
!2038 = !{!2039, !2040, !2041, !2042}
!2039 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !2037, file: !19, line: 43, baseType: !22, size: 32)
!2040 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !2037, file: !19, line: 44, baseType: !22, size: 32, offset: 32)
!2041 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !2037, file: !19, line: 45, baseType: !94, size: 32, offset: 64)
!2042 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !2037, file: !19, line: 46, baseType: !22, size: 32, offset: 96)
!2043 = !DILocation(line: 15, column: 24, scope: !1830)
!2044 = !DILocation(line: 15, column: 42, scope: !1830)
!2045 = !DILocation(line: 15, column: 53, scope: !1830)
!2046 = !DILocation(line: 15, column: 56, scope: !1830)
!2047 = !DILocation(line: 15, column: 30, scope: !1830)
!2048 = !DILocalVariable(name: "flags", scope: !1830, file: !545, line: 16, type: !22)
!2049 = !DILocation(line: 16, column: 6, scope: !1830)
!2050 = !DILocation(line: 16, column: 14, scope: !1830)
!2051 = !DILocation(line: 16, column: 17, scope: !1830)
!2052 = !DILocation(line: 16, column: 35, scope: !1830)
!2053 = !DILocalVariable(name: "len", scope: !1830, file: !545, line: 17, type: !32)
!2054 = !DILocation(line: 17, column: 9, scope: !1830)
!2055 = !DILocation(line: 17, column: 15, scope: !1830)
!2056 = !DILocation(line: 17, column: 18, scope: !1830)
!2057 = !DILocation(line: 17, column: 36, scope: !1830)
!2058 = !DILocalVariable(name: "uid", scope: !1830, file: !545, line: 18, type: !25)
!2059 = !DILocation(line: 18, column: 8, scope: !1830)
!2060 = !DILocation(line: 18, column: 20, scope: !1830)
!2061 = !DILocation(line: 18, column: 14, scope: !1830)
!2062 = !DILocation(line: 18, column: 31, scope: !1830)
!2063 = !DILocalVariable(name: "name", scope: !1830, file: !545, line: 19, type: !35)
!2064 = !DILocation(line: 19, column: 7, scope: !1830)
!2065 = !DILocalVariable(name: "fdp", scope: !1830, file: !545, line: 20, type: !2066)
!2066 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2037, size: 32)
!2067 = !DILocation(line: 20, column: 19, scope: !1830)
!2068 = !DILocalVariable(name: "f", scope: !1830, file: !545, line: 21, type: !22)
!2069 = !DILocation(line: 21, column: 6, scope: !1830)
!2070 = !DILocalVariable(name: "fd", scope: !1830, file: !545, line: 21, type: !22)
!2071 = !DILocation(line: 21, column: 9, scope: !1830)
!2072 = !DILocalVariable(name: "r", scope: !1830, file: !545, line: 21, type: !22)
!2073 = !DILocation(line: 21, column: 13, scope: !1830)
!2074 = !DILocation(line: 23, column: 6, scope: !2075)
!2075 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 23, column: 6)
!2076 = !DILocation(line: 23, column: 6, scope: !1830)
!2077 = !DILocation(line: 24, column: 3, scope: !2075)
!2078 = !DILocation(line: 25, column: 6, scope: !2079)
!2079 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 25, column: 6)
!2080 = !DILocation(line: 25, column: 10, scope: !2079)
!2081 = !DILocation(line: 25, column: 15, scope: !2079)
!2082 = !DILocation(line: 25, column: 18, scope: !2079)
!2083 = !DILocation(line: 25, column: 22, scope: !2079)
!2084 = !DILocation(line: 25, column: 6, scope: !1830)
!2085 = !DILocation(line: 26, column: 3, scope: !2079)
!2086 = !DILocation(line: 27, column: 24, scope: !2087)
!2087 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 27, column: 6)
!2088 = !DILocation(line: 27, column: 27, scope: !2087)
!2089 = !DILocation(line: 27, column: 37, scope: !2087)
!2090 = !DILocation(line: 27, column: 40, scope: !2087)
!2091 = !DILocation(line: 27, column: 58, scope: !2087)
!2092 = !DILocation(line: 28, column: 18, scope: !2087)
!2093 = !DILocation(line: 28, column: 6, scope: !2087)
!2094 = !DILocation(line: 28, column: 24, scope: !2087)
!2095 = !DILocation(line: 27, column: 11, scope: !2087)
!2096 = !DILocation(line: 27, column: 9, scope: !2087)
!2097 = !DILocation(line: 28, column: 30, scope: !2087)
!2098 = !DILocation(line: 27, column: 6, scope: !1830)
!2099 = !DILocation(line: 29, column: 10, scope: !2087)
!2100 = !DILocation(line: 29, column: 3, scope: !2087)
!2101 = !DILocation(line: 30, column: 7, scope: !1830)
!2102 = !DILocation(line: 30, column: 2, scope: !1830)
!2103 = !DILocation(line: 30, column: 12, scope: !1830)
!2104 = !DILocation(line: 32, column: 24, scope: !2105)
!2105 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 32, column: 6)
!2106 = !DILocation(line: 32, column: 12, scope: !2105)
!2107 = !DILocation(line: 32, column: 10, scope: !2105)
!2108 = !DILocation(line: 32, column: 30, scope: !2105)
!2109 = !DILocation(line: 32, column: 6, scope: !1830)
!2110 = !DILocation(line: 33, column: 3, scope: !2105)
!2111 = !DILocation(line: 34, column: 21, scope: !2112)
!2112 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 34, column: 6)
!2113 = !DILocation(line: 34, column: 11, scope: !2112)
!2114 = !DILocation(line: 34, column: 9, scope: !2112)
!2115 = !DILocation(line: 34, column: 28, scope: !2112)
!2116 = !DILocation(line: 34, column: 6, scope: !1830)
!2117 = !DILocation(line: 35, column: 9, scope: !2118)
!2118 = distinct !DILexicalBlock(scope: !2119, file: !545, line: 35, column: 7)
!2119 = distinct !DILexicalBlock(scope: !2112, file: !545, line: 34, column: 33)
!2120 = !DILocation(line: 35, column: 15, scope: !2118)
!2121 = !DILocation(line: 35, column: 7, scope: !2119)
!2122 = !DILocation(line: 36, column: 4, scope: !2118)
!2123 = !DILocation(line: 37, column: 19, scope: !2119)
!2124 = !DILocation(line: 37, column: 25, scope: !2119)
!2125 = !DILocation(line: 37, column: 30, scope: !2119)
!2126 = !DILocation(line: 37, column: 33, scope: !2119)
!2127 = !DILocation(line: 37, column: 51, scope: !2119)
!2128 = !DILocation(line: 37, column: 59, scope: !2119)
!2129 = !DILocation(line: 37, column: 64, scope: !2119)
!2130 = !DILocation(line: 37, column: 58, scope: !2119)
!2131 = !DILocation(line: 37, column: 56, scope: !2119)
!2132 = !DILocation(line: 37, column: 7, scope: !2119)
!2133 = !DILocation(line: 37, column: 5, scope: !2119)
!2134 = !DILocation(line: 38, column: 7, scope: !2135)
!2135 = distinct !DILexicalBlock(scope: !2119, file: !545, line: 38, column: 7)
!2136 = !DILocation(line: 38, column: 9, scope: !2135)
!2137 = !DILocation(line: 38, column: 7, scope: !2119)
!2138 = !DILocation(line: 39, column: 11, scope: !2135)
!2139 = !DILocation(line: 39, column: 4, scope: !2135)
!2140 = !DILocation(line: 40, column: 2, scope: !2119)
!2141 = !DILocation(line: 40, column: 32, scope: !2142)
!2142 = distinct !DILexicalBlock(scope: !2112, file: !545, line: 40, column: 13)
!2143 = !DILocation(line: 40, column: 26, scope: !2142)
!2144 = !DILocation(line: 40, column: 36, scope: !2142)
!2145 = !DILocation(line: 40, column: 53, scope: !2142)
!2146 = !DILocation(line: 40, column: 41, scope: !2142)
!2147 = !DILocation(line: 40, column: 14, scope: !2142)
!2148 = !DILocation(line: 40, column: 13, scope: !2112)
!2149 = !DILocation(line: 41, column: 3, scope: !2150)
!2150 = distinct !DILexicalBlock(scope: !2142, file: !545, line: 40, column: 62)
!2151 = !DILocation(line: 43, column: 7, scope: !2152)
!2152 = distinct !DILexicalBlock(scope: !1830, file: !545, line: 43, column: 6)
!2153 = !DILocation(line: 43, column: 13, scope: !2152)
!2154 = !DILocation(line: 43, column: 24, scope: !2152)
!2155 = !DILocation(line: 43, column: 28, scope: !2152)
!2156 = !DILocation(line: 43, column: 34, scope: !2152)
!2157 = !DILocation(line: 43, column: 47, scope: !2152)
!2158 = !DILocation(line: 43, column: 6, scope: !1830)
!2159 = !DILocation(line: 44, column: 9, scope: !2160)
!2160 = distinct !DILexicalBlock(scope: !2152, file: !545, line: 43, column: 60)
!2161 = !DILocation(line: 44, column: 3, scope: !2160)
!2162 = !DILocation(line: 44, column: 12, scope: !2160)
!2163 = !DILocation(line: 44, column: 19, scope: !2160)
!2164 = !DILocation(line: 45, column: 9, scope: !2160)
!2165 = !DILocation(line: 45, column: 3, scope: !2160)
!2166 = !DILocation(line: 45, column: 12, scope: !2160)
!2167 = !DILocation(line: 45, column: 20, scope: !2160)
!2168 = !DILocation(line: 46, column: 2, scope: !2160)
!2169 = !DILocation(line: 48, column: 9, scope: !1830)
!2170 = !DILocation(line: 48, column: 14, scope: !1830)
!2171 = !DILocation(line: 48, column: 21, scope: !1830)
!2172 = !DILocation(line: 48, column: 6, scope: !1830)
!2173 = !DILocation(line: 49, column: 2, scope: !1830)
!2174 = !DILocation(line: 49, column: 7, scope: !1830)
!2175 = !DILocation(line: 49, column: 17, scope: !1830)
!2176 = !DILocation(line: 50, column: 17, scope: !1830)
!2177 = !DILocation(line: 50, column: 2, scope: !1830)
!2178 = !DILocation(line: 50, column: 7, scope: !1830)
!2179 = !DILocation(line: 50, column: 15, scope: !1830)
!2180 = !DILocation(line: 51, column: 2, scope: !1830)
!2181 = !DILocation(line: 51, column: 7, scope: !1830)
!2182 = !DILocation(line: 51, column: 14, scope: !1830)
!2183 = !DILocation(line: 52, column: 18, scope: !1830)
!2184 = !DILocation(line: 52, column: 24, scope: !1830)
!2185 = !DILocation(line: 52, column: 2, scope: !1830)
!2186 = !DILocation(line: 52, column: 7, scope: !1830)
!2187 = !DILocation(line: 52, column: 16, scope: !1830)
!2188 = !DILocation(line: 53, column: 9, scope: !1830)
!2189 = !DILocation(line: 53, column: 2, scope: !1830)
!2190 = !DILocation(line: 54, column: 1, scope: !1830)
!2191 = distinct !DISubprogram(name: "access_bits", scope: !545, file: !545, line: 4, type: !2192, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !544, retainedNodes: !564)
!2192 = !DISubroutineType(types: !2193)
!2193 = !{!22, !22}
!2194 = !DILocalVariable(name: "flags", arg: 1, scope: !2191, file: !545, line: 4, type: !22)
!2195 = !DILocation(line: 4, column: 28, scope: !2191)
!2196 = !DILocation(line: 6, column: 10, scope: !2191)
!2197 = !DILocation(line: 6, column: 16, scope: !2191)
!2198 = !DILocation(line: 6, column: 2, scope: !2191)
!2199 = !DILocation(line: 7, column: 17, scope: !2200)
!2200 = distinct !DILexicalBlock(scope: !2191, file: !545, line: 6, column: 29)
!2201 = !DILocation(line: 8, column: 17, scope: !2200)
!2202 = !DILocation(line: 9, column: 11, scope: !2200)
!2203 = !DILocation(line: 11, column: 1, scope: !2191)
!2204 = distinct !DISubprogram(name: "do_close", scope: !545, file: !545, line: 56, type: !1831, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !544, retainedNodes: !564)
!2205 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !2204, file: !545, line: 56, type: !22)
!2206 = !DILocation(line: 56, column: 18, scope: !2204)
!2207 = !DILocalVariable(name: "m", arg: 2, scope: !2204, file: !545, line: 56, type: !1833)
!2208 = !DILocation(line: 56, column: 38, scope: !2204)
!2209 = !DILocalVariable(name: "fdt", scope: !2204, file: !545, line: 58, type: !2030)
!2210 = !DILocation(line: 58, column: 24, scope: !2204)
!2211 = !DILocation(line: 58, column: 42, scope: !2204)
!2212 = !DILocation(line: 58, column: 53, scope: !2204)
!2213 = !DILocation(line: 58, column: 56, scope: !2204)
!2214 = !DILocation(line: 58, column: 30, scope: !2204)
!2215 = !DILocalVariable(name: "fdp", scope: !2204, file: !545, line: 59, type: !2066)
!2216 = !DILocation(line: 59, column: 19, scope: !2204)
!2217 = !DILocation(line: 59, column: 38, scope: !2204)
!2218 = !DILocation(line: 59, column: 43, scope: !2204)
!2219 = !DILocation(line: 59, column: 46, scope: !2204)
!2220 = !DILocation(line: 59, column: 65, scope: !2204)
!2221 = !DILocation(line: 59, column: 25, scope: !2204)
!2222 = !DILocation(line: 61, column: 6, scope: !2223)
!2223 = distinct !DILexicalBlock(scope: !2204, file: !545, line: 61, column: 6)
!2224 = !DILocation(line: 61, column: 10, scope: !2223)
!2225 = !DILocation(line: 61, column: 6, scope: !2204)
!2226 = !DILocation(line: 62, column: 3, scope: !2223)
!2227 = !DILocation(line: 63, column: 2, scope: !2204)
!2228 = !DILocation(line: 63, column: 7, scope: !2204)
!2229 = !DILocation(line: 63, column: 17, scope: !2204)
!2230 = !DILocation(line: 64, column: 2, scope: !2204)
!2231 = !DILocation(line: 65, column: 1, scope: !2204)
!2232 = distinct !DISubprogram(name: "do_pm_fork", scope: !548, file: !548, line: 5, type: !2233, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !547, retainedNodes: !564)
!2233 = !DISubroutineType(types: !2234)
!2234 = !{!22, !2235}
!2235 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2236, size: 32)
!2236 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !2237)
!2237 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !2238)
!2238 = !{!2239, !2240, !2241}
!2239 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2237, file: !111, line: 71, baseType: !52, size: 32)
!2240 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2237, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!2241 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2237, file: !111, line: 104, baseType: !2242, size: 448, offset: 64)
!2242 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2237, file: !111, line: 73, size: 448, elements: !2243)
!2243 = !{!2244, !2249, !2255, !2261, !2266, !2271, !2277, !2285, !2292, !2300, !2305, !2312, !2319, !2324, !2331, !2336, !2343, !2350, !2355, !2361, !2368, !2375, !2383, !2389, !2394, !2401, !2407, !2416, !2421, !2426}
!2244 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2242, file: !111, line: 74, baseType: !2245, size: 32)
!2245 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !2246)
!2246 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !2247)
!2247 = !{!2248}
!2248 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2246, file: !111, line: 15, baseType: !22, size: 32)
!2249 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2242, file: !111, line: 75, baseType: !2250, size: 64)
!2250 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !2251)
!2251 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !2252)
!2252 = !{!2253, !2254}
!2253 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2251, file: !111, line: 16, baseType: !129, size: 32)
!2254 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2251, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!2255 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2242, file: !111, line: 76, baseType: !2256, size: 64)
!2256 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !2257)
!2257 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !2258)
!2258 = !{!2259, !2260}
!2259 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2257, file: !111, line: 17, baseType: !55, size: 32)
!2260 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2257, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!2261 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2242, file: !111, line: 77, baseType: !2262, size: 32)
!2262 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !2263)
!2263 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !2264)
!2264 = !{!2265}
!2265 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2263, file: !111, line: 18, baseType: !25, size: 32)
!2266 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2242, file: !111, line: 78, baseType: !2267, size: 32)
!2267 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !2268)
!2268 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !2269)
!2269 = !{!2270}
!2270 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2268, file: !111, line: 19, baseType: !22, size: 32)
!2271 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2242, file: !111, line: 79, baseType: !2272, size: 64)
!2272 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !2273)
!2273 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !2274)
!2274 = !{!2275, !2276}
!2275 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2273, file: !111, line: 20, baseType: !22, size: 32)
!2276 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2273, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!2277 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2242, file: !111, line: 80, baseType: !2278, size: 128)
!2278 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !2279)
!2279 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !2280)
!2280 = !{!2281, !2282, !2283, !2284}
!2281 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2279, file: !111, line: 24, baseType: !52, size: 32)
!2282 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2279, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!2283 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2279, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!2284 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2279, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!2285 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2242, file: !111, line: 81, baseType: !2286, size: 96)
!2286 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !2287)
!2287 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !2288)
!2288 = !{!2289, !2290, !2291}
!2289 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2287, file: !111, line: 29, baseType: !52, size: 32)
!2290 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2287, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!2291 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2287, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!2292 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2242, file: !111, line: 82, baseType: !2293, size: 128)
!2293 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !2294)
!2294 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !2295)
!2295 = !{!2296, !2297, !2298, !2299}
!2296 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2294, file: !111, line: 32, baseType: !129, size: 32)
!2297 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2294, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!2298 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2294, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!2299 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2294, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!2300 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2242, file: !111, line: 83, baseType: !2301, size: 32)
!2301 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !2302)
!2302 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !2303)
!2303 = !{!2304}
!2304 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2302, file: !111, line: 33, baseType: !22, size: 32)
!2305 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2242, file: !111, line: 84, baseType: !2306, size: 96)
!2306 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !2307)
!2307 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !2308)
!2308 = !{!2309, !2310, !2311}
!2309 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2307, file: !111, line: 34, baseType: !22, size: 32)
!2310 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2307, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!2311 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2307, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!2312 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2242, file: !111, line: 85, baseType: !2313, size: 96)
!2313 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !2314)
!2314 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !2315)
!2315 = !{!2316, !2317, !2318}
!2316 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2314, file: !111, line: 35, baseType: !22, size: 32)
!2317 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2314, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!2318 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2314, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!2319 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2242, file: !111, line: 86, baseType: !2320, size: 16)
!2320 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !2321)
!2321 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !2322)
!2322 = !{!2323}
!2323 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2321, file: !111, line: 36, baseType: !28, size: 16)
!2324 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2242, file: !111, line: 87, baseType: !2325, size: 96)
!2325 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !2326)
!2326 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !2327)
!2327 = !{!2328, !2329, !2330}
!2328 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2326, file: !111, line: 39, baseType: !52, size: 32)
!2329 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2326, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!2330 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2326, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!2331 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2242, file: !111, line: 88, baseType: !2332, size: 32)
!2332 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !2333)
!2333 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !2334)
!2334 = !{!2335}
!2335 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2333, file: !111, line: 40, baseType: !52, size: 32)
!2336 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2242, file: !111, line: 89, baseType: !2337, size: 96)
!2337 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !2338)
!2338 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !2339)
!2339 = !{!2340, !2341, !2342}
!2340 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2338, file: !111, line: 41, baseType: !52, size: 32)
!2341 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2338, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!2342 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2338, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!2343 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2242, file: !111, line: 90, baseType: !2344, size: 96)
!2344 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !2345)
!2345 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !2346)
!2346 = !{!2347, !2348, !2349}
!2347 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2345, file: !111, line: 42, baseType: !52, size: 32)
!2348 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2345, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!2349 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2345, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!2350 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2242, file: !111, line: 91, baseType: !2351, size: 32)
!2351 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !2352)
!2352 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !2353)
!2353 = !{!2354}
!2354 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2352, file: !111, line: 45, baseType: !129, size: 32)
!2355 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2242, file: !111, line: 92, baseType: !2356, size: 64)
!2356 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !2357)
!2357 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !2358)
!2358 = !{!2359, !2360}
!2359 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2357, file: !111, line: 46, baseType: !32, size: 32)
!2360 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2357, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!2361 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2242, file: !111, line: 93, baseType: !2362, size: 192)
!2362 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !2363)
!2363 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !2364)
!2364 = !{!2365, !2366, !2367}
!2365 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2363, file: !111, line: 49, baseType: !243, size: 128)
!2366 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2363, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!2367 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2363, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!2368 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2242, file: !111, line: 94, baseType: !2369, size: 192)
!2369 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !2370)
!2370 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !2371)
!2371 = !{!2372, !2373, !2374}
!2372 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2370, file: !111, line: 50, baseType: !243, size: 128)
!2373 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2370, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!2374 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2370, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!2375 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !2242, file: !111, line: 95, baseType: !2376, size: 128)
!2376 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !2377)
!2377 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !2378)
!2378 = !{!2379, !2380, !2381, !2382}
!2379 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2377, file: !111, line: 53, baseType: !52, size: 32)
!2380 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2377, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!2381 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2377, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!2382 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2377, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!2383 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !2242, file: !111, line: 96, baseType: !2384, size: 64)
!2384 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !2385)
!2385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !2386)
!2386 = !{!2387, !2388}
!2387 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2385, file: !111, line: 54, baseType: !52, size: 32)
!2388 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2385, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!2389 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2242, file: !111, line: 97, baseType: !2390, size: 32)
!2390 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !2391)
!2391 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !2392)
!2392 = !{!2393}
!2393 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2391, file: !111, line: 57, baseType: !22, size: 32)
!2394 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2242, file: !111, line: 98, baseType: !2395, size: 96)
!2395 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !2396)
!2396 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !2397)
!2397 = !{!2398, !2399, !2400}
!2398 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2396, file: !111, line: 60, baseType: !52, size: 32)
!2399 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2396, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!2400 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2396, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!2401 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2242, file: !111, line: 99, baseType: !2402, size: 64)
!2402 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !2403)
!2403 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !2404)
!2404 = !{!2405, !2406}
!2405 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2403, file: !111, line: 61, baseType: !52, size: 32)
!2406 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2403, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!2407 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2242, file: !111, line: 100, baseType: !2408, size: 160)
!2408 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !2409)
!2409 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !2410)
!2410 = !{!2411, !2412, !2413, !2414, !2415}
!2411 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2409, file: !111, line: 63, baseType: !52, size: 32)
!2412 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2409, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!2413 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2409, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!2414 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2409, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!2415 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2409, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!2416 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2242, file: !111, line: 101, baseType: !2417, size: 32)
!2417 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !2418)
!2418 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !2419)
!2419 = !{!2420}
!2420 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2418, file: !111, line: 67, baseType: !22, size: 32)
!2421 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !2242, file: !111, line: 102, baseType: !2422, size: 32)
!2422 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !2423)
!2423 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !2424)
!2424 = !{!2425}
!2425 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2423, file: !111, line: 68, baseType: !304, size: 32)
!2426 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2242, file: !111, line: 103, baseType: !306, size: 448)
!2427 = !DILocalVariable(name: "m", arg: 1, scope: !2232, file: !548, line: 5, type: !2235)
!2428 = !DILocation(line: 5, column: 25, scope: !2232)
!2429 = !DILocalVariable(name: "rfp", scope: !2232, file: !548, line: 7, type: !2430)
!2430 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2431, size: 32)
!2431 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fproc", file: !19, line: 59, size: 160, elements: !2432)
!2432 = !{!2433, !2434, !2435, !2436, !2437}
!2433 = !DIDerivedType(tag: DW_TAG_member, name: "fp_endpoint", scope: !2431, file: !19, line: 60, baseType: !52, size: 32)
!2434 = !DIDerivedType(tag: DW_TAG_member, name: "fp_parent", scope: !2431, file: !19, line: 61, baseType: !52, size: 32, offset: 32)
!2435 = !DIDerivedType(tag: DW_TAG_member, name: "fp_pid", scope: !2431, file: !19, line: 62, baseType: !55, size: 32, offset: 64)
!2436 = !DIDerivedType(tag: DW_TAG_member, name: "fp_uid", scope: !2431, file: !19, line: 63, baseType: !25, size: 32, offset: 96)
!2437 = !DIDerivedType(tag: DW_TAG_member, name: "fp_program", scope: !2431, file: !19, line: 64, baseType: !22, size: 32, offset: 128)
!2438 = !DILocation(line: 7, column: 16, scope: !2232)
!2439 = !DILocation(line: 9, column: 6, scope: !2440)
!2440 = distinct !DILexicalBlock(scope: !2232, file: !548, line: 9, column: 6)
!2441 = !DILocation(line: 9, column: 9, scope: !2440)
!2442 = !DILocation(line: 9, column: 18, scope: !2440)
!2443 = !DILocation(line: 9, column: 6, scope: !2232)
!2444 = !DILocation(line: 10, column: 3, scope: !2440)
!2445 = !DILocation(line: 11, column: 15, scope: !2232)
!2446 = !DILocation(line: 11, column: 9, scope: !2232)
!2447 = !DILocation(line: 11, column: 6, scope: !2232)
!2448 = !DILocation(line: 12, column: 21, scope: !2232)
!2449 = !DILocation(line: 12, column: 24, scope: !2232)
!2450 = !DILocation(line: 12, column: 42, scope: !2232)
!2451 = !DILocation(line: 12, column: 2, scope: !2232)
!2452 = !DILocation(line: 12, column: 7, scope: !2232)
!2453 = !DILocation(line: 12, column: 19, scope: !2232)
!2454 = !DILocation(line: 13, column: 19, scope: !2232)
!2455 = !DILocation(line: 13, column: 22, scope: !2232)
!2456 = !DILocation(line: 13, column: 40, scope: !2232)
!2457 = !DILocation(line: 13, column: 2, scope: !2232)
!2458 = !DILocation(line: 13, column: 7, scope: !2232)
!2459 = !DILocation(line: 13, column: 17, scope: !2232)
!2460 = !DILocation(line: 14, column: 16, scope: !2232)
!2461 = !DILocation(line: 14, column: 19, scope: !2232)
!2462 = !DILocation(line: 14, column: 37, scope: !2232)
!2463 = !DILocation(line: 14, column: 2, scope: !2232)
!2464 = !DILocation(line: 14, column: 7, scope: !2232)
!2465 = !DILocation(line: 14, column: 14, scope: !2232)
!2466 = !DILocation(line: 15, column: 16, scope: !2232)
!2467 = !DILocation(line: 15, column: 19, scope: !2232)
!2468 = !DILocation(line: 15, column: 37, scope: !2232)
!2469 = !DILocation(line: 15, column: 2, scope: !2232)
!2470 = !DILocation(line: 15, column: 7, scope: !2232)
!2471 = !DILocation(line: 15, column: 14, scope: !2232)
!2472 = !DILocation(line: 16, column: 26, scope: !2232)
!2473 = !DILocation(line: 16, column: 20, scope: !2232)
!2474 = !DILocation(line: 16, column: 55, scope: !2232)
!2475 = !DILocation(line: 16, column: 2, scope: !2232)
!2476 = !DILocation(line: 16, column: 7, scope: !2232)
!2477 = !DILocation(line: 16, column: 18, scope: !2232)
!2478 = !DILocation(line: 17, column: 2, scope: !2232)
!2479 = !DILocation(line: 18, column: 1, scope: !2232)
!2480 = distinct !DISubprogram(name: "do_pm_exit", scope: !548, file: !548, line: 20, type: !2233, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !547, retainedNodes: !564)
!2481 = !DILocalVariable(name: "m", arg: 1, scope: !2480, file: !548, line: 20, type: !2235)
!2482 = !DILocation(line: 20, column: 25, scope: !2480)
!2483 = !DILocalVariable(name: "rfp", scope: !2480, file: !548, line: 22, type: !2430)
!2484 = !DILocation(line: 22, column: 16, scope: !2480)
!2485 = !DILocation(line: 24, column: 6, scope: !2486)
!2486 = distinct !DILexicalBlock(scope: !2480, file: !548, line: 24, column: 6)
!2487 = !DILocation(line: 24, column: 9, scope: !2486)
!2488 = !DILocation(line: 24, column: 18, scope: !2486)
!2489 = !DILocation(line: 24, column: 6, scope: !2480)
!2490 = !DILocation(line: 25, column: 3, scope: !2486)
!2491 = !DILocation(line: 26, column: 15, scope: !2480)
!2492 = !DILocation(line: 26, column: 9, scope: !2480)
!2493 = !DILocation(line: 26, column: 6, scope: !2480)
!2494 = !DILocation(line: 27, column: 2, scope: !2480)
!2495 = !DILocation(line: 27, column: 7, scope: !2480)
!2496 = !DILocation(line: 27, column: 19, scope: !2480)
!2497 = !DILocation(line: 28, column: 2, scope: !2480)
!2498 = !DILocation(line: 28, column: 7, scope: !2480)
!2499 = !DILocation(line: 28, column: 14, scope: !2480)
!2500 = !DILocation(line: 29, column: 2, scope: !2480)
!2501 = !DILocation(line: 29, column: 7, scope: !2480)
!2502 = !DILocation(line: 29, column: 18, scope: !2480)
!2503 = !DILocation(line: 30, column: 2, scope: !2480)
!2504 = !DILocation(line: 31, column: 1, scope: !2480)
!2505 = distinct !DISubprogram(name: "do_pm_setuid", scope: !548, file: !548, line: 33, type: !2233, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !547, retainedNodes: !564)
!2506 = !DILocalVariable(name: "m", arg: 1, scope: !2505, file: !548, line: 33, type: !2235)
!2507 = !DILocation(line: 33, column: 27, scope: !2505)
!2508 = !DILocation(line: 35, column: 6, scope: !2509)
!2509 = distinct !DILexicalBlock(scope: !2505, file: !548, line: 35, column: 6)
!2510 = !DILocation(line: 35, column: 9, scope: !2509)
!2511 = !DILocation(line: 35, column: 18, scope: !2509)
!2512 = !DILocation(line: 35, column: 6, scope: !2505)
!2513 = !DILocation(line: 36, column: 3, scope: !2509)
!2514 = !DILocation(line: 37, column: 58, scope: !2505)
!2515 = !DILocation(line: 37, column: 61, scope: !2505)
!2516 = !DILocation(line: 37, column: 79, scope: !2505)
!2517 = !DILocation(line: 37, column: 8, scope: !2505)
!2518 = !DILocation(line: 37, column: 2, scope: !2505)
!2519 = !DILocation(line: 37, column: 49, scope: !2505)
!2520 = !DILocation(line: 37, column: 56, scope: !2505)
!2521 = !DILocation(line: 38, column: 2, scope: !2505)
!2522 = !DILocation(line: 39, column: 1, scope: !2505)
!2523 = distinct !DISubprogram(name: "do_pm_exec", scope: !548, file: !548, line: 43, type: !2233, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !547, retainedNodes: !564)
!2524 = !DILocalVariable(name: "m", arg: 1, scope: !2523, file: !548, line: 43, type: !2235)
!2525 = !DILocation(line: 43, column: 25, scope: !2523)
!2526 = !DILocalVariable(name: "endpt", scope: !2523, file: !548, line: 45, type: !52)
!2527 = !DILocation(line: 45, column: 13, scope: !2523)
!2528 = !DILocation(line: 45, column: 21, scope: !2523)
!2529 = !DILocation(line: 45, column: 24, scope: !2523)
!2530 = !DILocation(line: 45, column: 42, scope: !2523)
!2531 = !DILocalVariable(name: "len", scope: !2523, file: !548, line: 46, type: !32)
!2532 = !DILocation(line: 46, column: 9, scope: !2523)
!2533 = !DILocation(line: 46, column: 15, scope: !2523)
!2534 = !DILocation(line: 46, column: 18, scope: !2523)
!2535 = !DILocation(line: 46, column: 36, scope: !2523)
!2536 = !DILocalVariable(name: "rfp", scope: !2523, file: !548, line: 47, type: !2430)
!2537 = !DILocation(line: 47, column: 16, scope: !2523)
!2538 = !DILocation(line: 47, column: 29, scope: !2523)
!2539 = !DILocation(line: 47, column: 23, scope: !2523)
!2540 = !DILocalVariable(name: "name", scope: !2523, file: !548, line: 48, type: !35)
!2541 = !DILocation(line: 48, column: 7, scope: !2523)
!2542 = !DILocalVariable(name: "base", scope: !2523, file: !548, line: 49, type: !129)
!2543 = !DILocation(line: 49, column: 12, scope: !2523)
!2544 = !DILocalVariable(name: "f", scope: !2523, file: !548, line: 50, type: !22)
!2545 = !DILocation(line: 50, column: 6, scope: !2523)
!2546 = !DILocalVariable(name: "r", scope: !2523, file: !548, line: 50, type: !22)
!2547 = !DILocation(line: 50, column: 9, scope: !2523)
!2548 = !DILocation(line: 52, column: 6, scope: !2549)
!2549 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 52, column: 6)
!2550 = !DILocation(line: 52, column: 9, scope: !2549)
!2551 = !DILocation(line: 52, column: 18, scope: !2549)
!2552 = !DILocation(line: 52, column: 6, scope: !2523)
!2553 = !DILocation(line: 53, column: 3, scope: !2549)
!2554 = !DILocation(line: 54, column: 6, scope: !2555)
!2555 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 54, column: 6)
!2556 = !DILocation(line: 54, column: 10, scope: !2555)
!2557 = !DILocation(line: 54, column: 15, scope: !2555)
!2558 = !DILocation(line: 54, column: 18, scope: !2555)
!2559 = !DILocation(line: 54, column: 22, scope: !2555)
!2560 = !DILocation(line: 54, column: 6, scope: !2523)
!2561 = !DILocation(line: 55, column: 3, scope: !2555)
!2562 = !DILocation(line: 56, column: 24, scope: !2563)
!2563 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 56, column: 6)
!2564 = !DILocation(line: 56, column: 31, scope: !2563)
!2565 = !DILocation(line: 56, column: 34, scope: !2563)
!2566 = !DILocation(line: 56, column: 52, scope: !2563)
!2567 = !DILocation(line: 57, column: 18, scope: !2563)
!2568 = !DILocation(line: 57, column: 6, scope: !2563)
!2569 = !DILocation(line: 57, column: 24, scope: !2563)
!2570 = !DILocation(line: 56, column: 11, scope: !2563)
!2571 = !DILocation(line: 56, column: 9, scope: !2563)
!2572 = !DILocation(line: 57, column: 30, scope: !2563)
!2573 = !DILocation(line: 56, column: 6, scope: !2523)
!2574 = !DILocation(line: 58, column: 10, scope: !2563)
!2575 = !DILocation(line: 58, column: 3, scope: !2563)
!2576 = !DILocation(line: 59, column: 7, scope: !2523)
!2577 = !DILocation(line: 59, column: 2, scope: !2523)
!2578 = !DILocation(line: 59, column: 12, scope: !2523)
!2579 = !DILocation(line: 60, column: 21, scope: !2580)
!2580 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 60, column: 6)
!2581 = !DILocation(line: 60, column: 11, scope: !2580)
!2582 = !DILocation(line: 60, column: 9, scope: !2580)
!2583 = !DILocation(line: 60, column: 28, scope: !2580)
!2584 = !DILocation(line: 60, column: 6, scope: !2523)
!2585 = !DILocation(line: 61, column: 3, scope: !2580)
!2586 = !DILocation(line: 62, column: 25, scope: !2587)
!2587 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 62, column: 6)
!2588 = !DILocation(line: 62, column: 19, scope: !2587)
!2589 = !DILocation(line: 62, column: 29, scope: !2587)
!2590 = !DILocation(line: 62, column: 34, scope: !2587)
!2591 = !DILocation(line: 62, column: 7, scope: !2587)
!2592 = !DILocation(line: 62, column: 6, scope: !2523)
!2593 = !DILocation(line: 63, column: 3, scope: !2587)
!2594 = !DILocation(line: 65, column: 26, scope: !2595)
!2595 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 65, column: 6)
!2596 = !DILocation(line: 65, column: 39, scope: !2595)
!2597 = !DILocation(line: 65, column: 33, scope: !2595)
!2598 = !DILocation(line: 65, column: 42, scope: !2595)
!2599 = !DILocation(line: 65, column: 11, scope: !2595)
!2600 = !DILocation(line: 65, column: 9, scope: !2595)
!2601 = !DILocation(line: 65, column: 58, scope: !2595)
!2602 = !DILocation(line: 65, column: 6, scope: !2523)
!2603 = !DILocation(line: 66, column: 10, scope: !2595)
!2604 = !DILocation(line: 66, column: 3, scope: !2595)
!2605 = !DILocation(line: 67, column: 48, scope: !2606)
!2606 = distinct !DILexicalBlock(scope: !2523, file: !548, line: 67, column: 6)
!2607 = !DILocation(line: 67, column: 42, scope: !2606)
!2608 = !DILocation(line: 67, column: 51, scope: !2606)
!2609 = !DILocation(line: 67, column: 30, scope: !2606)
!2610 = !DILocation(line: 67, column: 59, scope: !2606)
!2611 = !DILocation(line: 67, column: 66, scope: !2606)
!2612 = !DILocation(line: 68, column: 12, scope: !2606)
!2613 = !DILocation(line: 68, column: 6, scope: !2606)
!2614 = !DILocation(line: 68, column: 15, scope: !2606)
!2615 = !DILocation(line: 67, column: 11, scope: !2606)
!2616 = !DILocation(line: 67, column: 9, scope: !2606)
!2617 = !DILocation(line: 68, column: 24, scope: !2606)
!2618 = !DILocation(line: 67, column: 6, scope: !2523)
!2619 = !DILocation(line: 69, column: 10, scope: !2606)
!2620 = !DILocation(line: 69, column: 3, scope: !2606)
!2621 = !DILocation(line: 70, column: 20, scope: !2523)
!2622 = !DILocation(line: 70, column: 2, scope: !2523)
!2623 = !DILocation(line: 70, column: 7, scope: !2523)
!2624 = !DILocation(line: 70, column: 18, scope: !2523)
!2625 = !DILocation(line: 71, column: 2, scope: !2523)
!2626 = !DILocation(line: 72, column: 1, scope: !2523)
!2627 = distinct !DISubprogram(name: "do_read", scope: !551, file: !551, line: 6, type: !2628, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !550, retainedNodes: !564)
!2628 = !DISubroutineType(types: !2629)
!2629 = !{!22, !22, !2630}
!2630 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2631, size: 32)
!2631 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !2632)
!2632 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !2633)
!2633 = !{!2634, !2635, !2636}
!2634 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !2632, file: !111, line: 71, baseType: !52, size: 32)
!2635 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !2632, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!2636 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !2632, file: !111, line: 104, baseType: !2637, size: 448, offset: 64)
!2637 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !2632, file: !111, line: 73, size: 448, elements: !2638)
!2638 = !{!2639, !2644, !2650, !2656, !2661, !2666, !2672, !2680, !2687, !2695, !2700, !2707, !2714, !2719, !2726, !2731, !2738, !2745, !2750, !2756, !2763, !2770, !2778, !2784, !2789, !2796, !2802, !2811, !2816, !2821}
!2639 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !2637, file: !111, line: 74, baseType: !2640, size: 32)
!2640 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !2641)
!2641 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !2642)
!2642 = !{!2643}
!2643 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2641, file: !111, line: 15, baseType: !22, size: 32)
!2644 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !2637, file: !111, line: 75, baseType: !2645, size: 64)
!2645 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !2646)
!2646 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !2647)
!2647 = !{!2648, !2649}
!2648 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2646, file: !111, line: 16, baseType: !129, size: 32)
!2649 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2646, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!2650 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !2637, file: !111, line: 76, baseType: !2651, size: 64)
!2651 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !2652)
!2652 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !2653)
!2653 = !{!2654, !2655}
!2654 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2652, file: !111, line: 17, baseType: !55, size: 32)
!2655 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !2652, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!2656 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !2637, file: !111, line: 77, baseType: !2657, size: 32)
!2657 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !2658)
!2658 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !2659)
!2659 = !{!2660}
!2660 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2658, file: !111, line: 18, baseType: !25, size: 32)
!2661 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !2637, file: !111, line: 78, baseType: !2662, size: 32)
!2662 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !2663)
!2663 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !2664)
!2664 = !{!2665}
!2665 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2663, file: !111, line: 19, baseType: !22, size: 32)
!2666 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !2637, file: !111, line: 79, baseType: !2667, size: 64)
!2667 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !2668)
!2668 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !2669)
!2669 = !{!2670, !2671}
!2670 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !2668, file: !111, line: 20, baseType: !22, size: 32)
!2671 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2668, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!2672 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !2637, file: !111, line: 80, baseType: !2673, size: 128)
!2673 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !2674)
!2674 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !2675)
!2675 = !{!2676, !2677, !2678, !2679}
!2676 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2674, file: !111, line: 24, baseType: !52, size: 32)
!2677 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !2674, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!2678 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !2674, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!2679 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !2674, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!2680 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !2637, file: !111, line: 81, baseType: !2681, size: 96)
!2681 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !2682)
!2682 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !2683)
!2683 = !{!2684, !2685, !2686}
!2684 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2682, file: !111, line: 29, baseType: !52, size: 32)
!2685 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2682, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!2686 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2682, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!2687 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !2637, file: !111, line: 82, baseType: !2688, size: 128)
!2688 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !2689)
!2689 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !2690)
!2690 = !{!2691, !2692, !2693, !2694}
!2691 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !2689, file: !111, line: 32, baseType: !129, size: 32)
!2692 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !2689, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!2693 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2689, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!2694 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !2689, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!2695 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !2637, file: !111, line: 83, baseType: !2696, size: 32)
!2696 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !2697)
!2697 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !2698)
!2698 = !{!2699}
!2699 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2697, file: !111, line: 33, baseType: !22, size: 32)
!2700 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !2637, file: !111, line: 84, baseType: !2701, size: 96)
!2701 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !2702)
!2702 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !2703)
!2703 = !{!2704, !2705, !2706}
!2704 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2702, file: !111, line: 34, baseType: !22, size: 32)
!2705 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2702, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!2706 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2702, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!2707 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !2637, file: !111, line: 85, baseType: !2708, size: 96)
!2708 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !2709)
!2709 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !2710)
!2710 = !{!2711, !2712, !2713}
!2711 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !2709, file: !111, line: 35, baseType: !22, size: 32)
!2712 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !2709, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!2713 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !2709, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!2714 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !2637, file: !111, line: 86, baseType: !2715, size: 16)
!2715 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !2716)
!2716 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !2717)
!2717 = !{!2718}
!2718 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !2716, file: !111, line: 36, baseType: !28, size: 16)
!2719 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !2637, file: !111, line: 87, baseType: !2720, size: 96)
!2720 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !2721)
!2721 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !2722)
!2722 = !{!2723, !2724, !2725}
!2723 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2721, file: !111, line: 39, baseType: !52, size: 32)
!2724 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2721, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!2725 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !2721, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!2726 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !2637, file: !111, line: 88, baseType: !2727, size: 32)
!2727 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !2728)
!2728 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !2729)
!2729 = !{!2730}
!2730 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2728, file: !111, line: 40, baseType: !52, size: 32)
!2731 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !2637, file: !111, line: 89, baseType: !2732, size: 96)
!2732 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !2733)
!2733 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !2734)
!2734 = !{!2735, !2736, !2737}
!2735 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2733, file: !111, line: 41, baseType: !52, size: 32)
!2736 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !2733, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!2737 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !2733, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!2738 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !2637, file: !111, line: 90, baseType: !2739, size: 96)
!2739 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !2740)
!2740 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !2741)
!2741 = !{!2742, !2743, !2744}
!2742 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2740, file: !111, line: 42, baseType: !52, size: 32)
!2743 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !2740, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!2744 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !2740, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!2745 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !2637, file: !111, line: 91, baseType: !2746, size: 32)
!2746 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !2747)
!2747 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !2748)
!2748 = !{!2749}
!2749 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2747, file: !111, line: 45, baseType: !129, size: 32)
!2750 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !2637, file: !111, line: 92, baseType: !2751, size: 64)
!2751 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !2752)
!2752 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !2753)
!2753 = !{!2754, !2755}
!2754 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2752, file: !111, line: 46, baseType: !32, size: 32)
!2755 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !2752, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!2756 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !2637, file: !111, line: 93, baseType: !2757, size: 192)
!2757 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !2758)
!2758 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !2759)
!2759 = !{!2760, !2761, !2762}
!2760 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !2758, file: !111, line: 49, baseType: !243, size: 128)
!2761 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2758, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!2762 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !2758, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!2763 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !2637, file: !111, line: 94, baseType: !2764, size: 192)
!2764 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !2765)
!2765 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !2766)
!2766 = !{!2767, !2768, !2769}
!2767 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !2765, file: !111, line: 50, baseType: !243, size: 128)
!2768 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2765, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!2769 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !2765, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!2770 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !2637, file: !111, line: 95, baseType: !2771, size: 128)
!2771 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !2772)
!2772 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !2773)
!2773 = !{!2774, !2775, !2776, !2777}
!2774 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2772, file: !111, line: 53, baseType: !52, size: 32)
!2775 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !2772, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!2776 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !2772, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!2777 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !2772, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!2778 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !2637, file: !111, line: 96, baseType: !2779, size: 64)
!2779 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !2780)
!2780 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !2781)
!2781 = !{!2782, !2783}
!2782 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !2780, file: !111, line: 54, baseType: !52, size: 32)
!2783 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !2780, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!2784 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !2637, file: !111, line: 97, baseType: !2785, size: 32)
!2785 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !2786)
!2786 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !2787)
!2787 = !{!2788}
!2788 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2786, file: !111, line: 57, baseType: !22, size: 32)
!2789 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !2637, file: !111, line: 98, baseType: !2790, size: 96)
!2790 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !2791)
!2791 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !2792)
!2792 = !{!2793, !2794, !2795}
!2793 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !2791, file: !111, line: 60, baseType: !52, size: 32)
!2794 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !2791, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!2795 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !2791, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!2796 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !2637, file: !111, line: 99, baseType: !2797, size: 64)
!2797 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !2798)
!2798 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !2799)
!2799 = !{!2800, !2801}
!2800 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !2798, file: !111, line: 61, baseType: !52, size: 32)
!2801 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !2798, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!2802 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !2637, file: !111, line: 100, baseType: !2803, size: 160)
!2803 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !2804)
!2804 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !2805)
!2805 = !{!2806, !2807, !2808, !2809, !2810}
!2806 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !2804, file: !111, line: 63, baseType: !52, size: 32)
!2807 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !2804, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!2808 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !2804, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!2809 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !2804, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!2810 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !2804, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!2811 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !2637, file: !111, line: 101, baseType: !2812, size: 32)
!2812 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !2813)
!2813 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !2814)
!2814 = !{!2815}
!2815 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !2813, file: !111, line: 67, baseType: !22, size: 32)
!2816 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !2637, file: !111, line: 102, baseType: !2817, size: 32)
!2817 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !2818)
!2818 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !2819)
!2819 = !{!2820}
!2820 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !2818, file: !111, line: 68, baseType: !304, size: 32)
!2821 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !2637, file: !111, line: 103, baseType: !306, size: 448)
!2822 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !2627, file: !551, line: 6, type: !22)
!2823 = !DILocation(line: 6, column: 17, scope: !2627)
!2824 = !DILocalVariable(name: "m", arg: 2, scope: !2627, file: !551, line: 6, type: !2630)
!2825 = !DILocation(line: 6, column: 37, scope: !2627)
!2826 = !DILocalVariable(name: "fdt", scope: !2627, file: !551, line: 8, type: !2827)
!2827 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2828, size: 32)
!2828 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !19, line: 53, size: 1088, elements: !2829)
!2829 = !{!2830, !2831, !2832}
!2830 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !2828, file: !19, line: 54, baseType: !52, size: 32)
!2831 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !2828, file: !19, line: 55, baseType: !28, size: 16, offset: 32)
!2832 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !2828, file: !19, line: 56, baseType: !2833, size: 1024, offset: 64)
!2833 = !DICompositeType(tag: DW_TAG_array_type, baseType: !2834, size: 1024, elements: !97)
!2834 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !19, line: 42, size: 128, elements: !2835)
!2835 = !{!2836, !2837, !2838, !2839}
!2836 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !2834, file: !19, line: 43, baseType: !22, size: 32)
!2837 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !2834, file: !19, line: 44, baseType: !22, size: 32, offset: 32)
!2838 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !2834, file: !19, line: 45, baseType: !94, size: 32, offset: 64)
!2839 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !2834, file: !19, line: 46, baseType: !22, size: 32, offset: 96)
!2840 = !DILocation(line: 8, column: 24, scope: !2627)
!2841 = !DILocation(line: 8, column: 42, scope: !2627)
!2842 = !DILocation(line: 8, column: 53, scope: !2627)
!2843 = !DILocation(line: 8, column: 56, scope: !2627)
!2844 = !DILocation(line: 8, column: 30, scope: !2627)
!2845 = !DILocalVariable(name: "fdp", scope: !2627, file: !551, line: 9, type: !2846)
!2846 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2834, size: 32)
!2847 = !DILocation(line: 9, column: 19, scope: !2627)
!2848 = !DILocation(line: 9, column: 38, scope: !2627)
!2849 = !DILocation(line: 9, column: 43, scope: !2627)
!2850 = !DILocation(line: 9, column: 46, scope: !2627)
!2851 = !DILocation(line: 9, column: 69, scope: !2627)
!2852 = !DILocation(line: 9, column: 25, scope: !2627)
!2853 = !DILocalVariable(name: "vf", scope: !2627, file: !551, line: 10, type: !2854)
!2854 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !2855, size: 32)
!2855 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !19, line: 31, size: 4416, elements: !2856)
!2856 = !{!2857, !2858, !2859, !2860, !2861, !2862, !2863, !2864}
!2857 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !2855, file: !19, line: 32, baseType: !22, size: 32)
!2858 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !2855, file: !19, line: 33, baseType: !22, size: 32, offset: 32)
!2859 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !2855, file: !19, line: 34, baseType: !25, size: 32, offset: 64)
!2860 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !2855, file: !19, line: 35, baseType: !28, size: 16, offset: 96)
!2861 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !2855, file: !19, line: 36, baseType: !32, size: 32, offset: 128)
!2862 = !DIDerivedType(tag: DW_TAG_member, name: "f_cdev", scope: !2855, file: !19, line: 37, baseType: !22, size: 32, offset: 160)
!2863 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !2855, file: !19, line: 38, baseType: !35, size: 120, offset: 192)
!2864 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !2855, file: !19, line: 39, baseType: !39, size: 4096, offset: 312)
!2865 = !DILocation(line: 10, column: 16, scope: !2627)
!2866 = !DILocalVariable(name: "n", scope: !2627, file: !551, line: 11, type: !32)
!2867 = !DILocation(line: 11, column: 9, scope: !2627)
!2868 = !DILocation(line: 11, column: 13, scope: !2627)
!2869 = !DILocation(line: 11, column: 16, scope: !2627)
!2870 = !DILocation(line: 11, column: 39, scope: !2627)
!2871 = !DILocalVariable(name: "r", scope: !2627, file: !551, line: 12, type: !22)
!2872 = !DILocation(line: 12, column: 6, scope: !2627)
!2873 = !DILocation(line: 14, column: 6, scope: !2874)
!2874 = distinct !DILexicalBlock(scope: !2627, file: !551, line: 14, column: 6)
!2875 = !DILocation(line: 14, column: 10, scope: !2874)
!2876 = !DILocation(line: 14, column: 18, scope: !2874)
!2877 = !DILocation(line: 14, column: 21, scope: !2874)
!2878 = !DILocation(line: 14, column: 26, scope: !2874)
!2879 = !DILocation(line: 14, column: 35, scope: !2874)
!2880 = !DILocation(line: 14, column: 6, scope: !2627)
!2881 = !DILocation(line: 15, column: 3, scope: !2874)
!2882 = !DILocation(line: 16, column: 14, scope: !2627)
!2883 = !DILocation(line: 16, column: 19, scope: !2627)
!2884 = !DILocation(line: 16, column: 8, scope: !2627)
!2885 = !DILocation(line: 16, column: 5, scope: !2627)
!2886 = !DILocation(line: 17, column: 6, scope: !2887)
!2887 = distinct !DILexicalBlock(scope: !2627, file: !551, line: 17, column: 6)
!2888 = !DILocation(line: 17, column: 10, scope: !2887)
!2889 = !DILocation(line: 17, column: 17, scope: !2887)
!2890 = !DILocation(line: 17, column: 6, scope: !2627)
!2891 = !DILocation(line: 18, column: 20, scope: !2887)
!2892 = !DILocation(line: 18, column: 24, scope: !2887)
!2893 = !DILocation(line: 18, column: 31, scope: !2887)
!2894 = !DILocation(line: 18, column: 36, scope: !2887)
!2895 = !DILocation(line: 18, column: 39, scope: !2887)
!2896 = !DILocation(line: 18, column: 49, scope: !2887)
!2897 = !DILocation(line: 18, column: 52, scope: !2887)
!2898 = !DILocation(line: 18, column: 75, scope: !2887)
!2899 = !DILocation(line: 18, column: 80, scope: !2887)
!2900 = !DILocation(line: 18, column: 10, scope: !2887)
!2901 = !DILocation(line: 18, column: 3, scope: !2887)
!2902 = !DILocation(line: 19, column: 15, scope: !2903)
!2903 = distinct !DILexicalBlock(scope: !2627, file: !551, line: 19, column: 6)
!2904 = !DILocation(line: 19, column: 20, scope: !2903)
!2905 = !DILocation(line: 19, column: 30, scope: !2903)
!2906 = !DILocation(line: 19, column: 34, scope: !2903)
!2907 = !DILocation(line: 19, column: 27, scope: !2903)
!2908 = !DILocation(line: 19, column: 6, scope: !2627)
!2909 = !DILocation(line: 20, column: 5, scope: !2903)
!2910 = !DILocation(line: 20, column: 3, scope: !2903)
!2911 = !DILocation(line: 21, column: 11, scope: !2912)
!2912 = distinct !DILexicalBlock(scope: !2903, file: !551, line: 21, column: 11)
!2913 = !DILocation(line: 21, column: 15, scope: !2912)
!2914 = !DILocation(line: 21, column: 19, scope: !2912)
!2915 = !DILocation(line: 21, column: 28, scope: !2912)
!2916 = !DILocation(line: 21, column: 33, scope: !2912)
!2917 = !DILocation(line: 21, column: 26, scope: !2912)
!2918 = !DILocation(line: 21, column: 13, scope: !2912)
!2919 = !DILocation(line: 21, column: 11, scope: !2903)
!2920 = !DILocation(line: 22, column: 7, scope: !2912)
!2921 = !DILocation(line: 22, column: 11, scope: !2912)
!2922 = !DILocation(line: 22, column: 20, scope: !2912)
!2923 = !DILocation(line: 22, column: 25, scope: !2912)
!2924 = !DILocation(line: 22, column: 18, scope: !2912)
!2925 = !DILocation(line: 22, column: 5, scope: !2912)
!2926 = !DILocation(line: 22, column: 3, scope: !2912)
!2927 = !DILocation(line: 23, column: 6, scope: !2928)
!2928 = distinct !DILexicalBlock(scope: !2627, file: !551, line: 23, column: 6)
!2929 = !DILocation(line: 23, column: 8, scope: !2928)
!2930 = !DILocation(line: 23, column: 12, scope: !2928)
!2931 = !DILocation(line: 23, column: 52, scope: !2928)
!2932 = !DILocation(line: 23, column: 56, scope: !2928)
!2933 = !DILocation(line: 23, column: 63, scope: !2928)
!2934 = !DILocation(line: 23, column: 68, scope: !2928)
!2935 = !DILocation(line: 23, column: 39, scope: !2928)
!2936 = !DILocation(line: 24, column: 6, scope: !2928)
!2937 = !DILocation(line: 24, column: 9, scope: !2928)
!2938 = !DILocation(line: 24, column: 19, scope: !2928)
!2939 = !DILocation(line: 24, column: 22, scope: !2928)
!2940 = !DILocation(line: 24, column: 45, scope: !2928)
!2941 = !DILocation(line: 24, column: 50, scope: !2928)
!2942 = !DILocation(line: 23, column: 20, scope: !2928)
!2943 = !DILocation(line: 23, column: 18, scope: !2928)
!2944 = !DILocation(line: 24, column: 54, scope: !2928)
!2945 = !DILocation(line: 23, column: 6, scope: !2627)
!2946 = !DILocation(line: 25, column: 10, scope: !2928)
!2947 = !DILocation(line: 25, column: 3, scope: !2928)
!2948 = !DILocation(line: 26, column: 17, scope: !2627)
!2949 = !DILocation(line: 26, column: 2, scope: !2627)
!2950 = !DILocation(line: 26, column: 7, scope: !2627)
!2951 = !DILocation(line: 26, column: 14, scope: !2627)
!2952 = !DILocation(line: 27, column: 9, scope: !2627)
!2953 = !DILocation(line: 27, column: 2, scope: !2627)
!2954 = !DILocation(line: 28, column: 1, scope: !2627)
!2955 = distinct !DISubprogram(name: "do_write", scope: !551, file: !551, line: 30, type: !2628, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !550, retainedNodes: !564)
!2956 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !2955, file: !551, line: 30, type: !22)
!2957 = !DILocation(line: 30, column: 18, scope: !2955)
!2958 = !DILocalVariable(name: "m", arg: 2, scope: !2955, file: !551, line: 30, type: !2630)
!2959 = !DILocation(line: 30, column: 38, scope: !2955)
!2960 = !DILocalVariable(name: "fdt", scope: !2955, file: !551, line: 32, type: !2827)
!2961 = !DILocation(line: 32, column: 24, scope: !2955)
!2962 = !DILocation(line: 32, column: 42, scope: !2955)
!2963 = !DILocation(line: 32, column: 53, scope: !2955)
!2964 = !DILocation(line: 32, column: 56, scope: !2955)
!2965 = !DILocation(line: 32, column: 30, scope: !2955)
!2966 = !DILocalVariable(name: "fdp", scope: !2955, file: !551, line: 33, type: !2846)
!2967 = !DILocation(line: 33, column: 19, scope: !2955)
!2968 = !DILocation(line: 33, column: 38, scope: !2955)
!2969 = !DILocation(line: 33, column: 43, scope: !2955)
!2970 = !DILocation(line: 33, column: 46, scope: !2955)
!2971 = !DILocation(line: 33, column: 69, scope: !2955)
!2972 = !DILocation(line: 33, column: 25, scope: !2955)
!2973 = !DILocalVariable(name: "vf", scope: !2955, file: !551, line: 34, type: !2854)
!2974 = !DILocation(line: 34, column: 16, scope: !2955)
!2975 = !DILocalVariable(name: "n", scope: !2955, file: !551, line: 35, type: !32)
!2976 = !DILocation(line: 35, column: 9, scope: !2955)
!2977 = !DILocation(line: 35, column: 13, scope: !2955)
!2978 = !DILocation(line: 35, column: 16, scope: !2955)
!2979 = !DILocation(line: 35, column: 39, scope: !2955)
!2980 = !DILocalVariable(name: "r", scope: !2955, file: !551, line: 36, type: !22)
!2981 = !DILocation(line: 36, column: 6, scope: !2955)
!2982 = !DILocation(line: 38, column: 6, scope: !2983)
!2983 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 38, column: 6)
!2984 = !DILocation(line: 38, column: 10, scope: !2983)
!2985 = !DILocation(line: 38, column: 18, scope: !2983)
!2986 = !DILocation(line: 38, column: 21, scope: !2983)
!2987 = !DILocation(line: 38, column: 26, scope: !2983)
!2988 = !DILocation(line: 38, column: 35, scope: !2983)
!2989 = !DILocation(line: 38, column: 6, scope: !2955)
!2990 = !DILocation(line: 39, column: 3, scope: !2983)
!2991 = !DILocation(line: 40, column: 14, scope: !2955)
!2992 = !DILocation(line: 40, column: 19, scope: !2955)
!2993 = !DILocation(line: 40, column: 8, scope: !2955)
!2994 = !DILocation(line: 40, column: 5, scope: !2955)
!2995 = !DILocation(line: 41, column: 6, scope: !2996)
!2996 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 41, column: 6)
!2997 = !DILocation(line: 41, column: 10, scope: !2996)
!2998 = !DILocation(line: 41, column: 17, scope: !2996)
!2999 = !DILocation(line: 41, column: 6, scope: !2955)
!3000 = !DILocation(line: 42, column: 3, scope: !2996)
!3001 = !DILocation(line: 43, column: 15, scope: !3002)
!3002 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 43, column: 6)
!3003 = !DILocation(line: 43, column: 20, scope: !3002)
!3004 = !DILocation(line: 43, column: 27, scope: !3002)
!3005 = !DILocation(line: 43, column: 6, scope: !2955)
!3006 = !DILocation(line: 44, column: 3, scope: !3002)
!3007 = !DILocation(line: 45, column: 6, scope: !3008)
!3008 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 45, column: 6)
!3009 = !DILocation(line: 45, column: 36, scope: !3008)
!3010 = !DILocation(line: 45, column: 41, scope: !3008)
!3011 = !DILocation(line: 45, column: 34, scope: !3008)
!3012 = !DILocation(line: 45, column: 8, scope: !3008)
!3013 = !DILocation(line: 45, column: 6, scope: !2955)
!3014 = !DILocation(line: 46, column: 23, scope: !3008)
!3015 = !DILocation(line: 46, column: 28, scope: !3008)
!3016 = !DILocation(line: 46, column: 21, scope: !3008)
!3017 = !DILocation(line: 46, column: 5, scope: !3008)
!3018 = !DILocation(line: 46, column: 3, scope: !3008)
!3019 = !DILocation(line: 47, column: 24, scope: !3020)
!3020 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 47, column: 6)
!3021 = !DILocation(line: 47, column: 27, scope: !3020)
!3022 = !DILocation(line: 47, column: 37, scope: !3020)
!3023 = !DILocation(line: 47, column: 40, scope: !3020)
!3024 = !DILocation(line: 47, column: 63, scope: !3020)
!3025 = !DILocation(line: 48, column: 19, scope: !3020)
!3026 = !DILocation(line: 48, column: 23, scope: !3020)
!3027 = !DILocation(line: 48, column: 30, scope: !3020)
!3028 = !DILocation(line: 48, column: 35, scope: !3020)
!3029 = !DILocation(line: 48, column: 6, scope: !3020)
!3030 = !DILocation(line: 48, column: 44, scope: !3020)
!3031 = !DILocation(line: 47, column: 11, scope: !3020)
!3032 = !DILocation(line: 47, column: 9, scope: !3020)
!3033 = !DILocation(line: 48, column: 48, scope: !3020)
!3034 = !DILocation(line: 47, column: 6, scope: !2955)
!3035 = !DILocation(line: 49, column: 10, scope: !3020)
!3036 = !DILocation(line: 49, column: 3, scope: !3020)
!3037 = !DILocation(line: 50, column: 17, scope: !2955)
!3038 = !DILocation(line: 50, column: 2, scope: !2955)
!3039 = !DILocation(line: 50, column: 7, scope: !2955)
!3040 = !DILocation(line: 50, column: 14, scope: !2955)
!3041 = !DILocation(line: 51, column: 15, scope: !3042)
!3042 = distinct !DILexicalBlock(scope: !2955, file: !551, line: 51, column: 6)
!3043 = !DILocation(line: 51, column: 20, scope: !3042)
!3044 = !DILocation(line: 51, column: 29, scope: !3042)
!3045 = !DILocation(line: 51, column: 33, scope: !3042)
!3046 = !DILocation(line: 51, column: 27, scope: !3042)
!3047 = !DILocation(line: 51, column: 6, scope: !2955)
!3048 = !DILocation(line: 52, column: 16, scope: !3042)
!3049 = !DILocation(line: 52, column: 21, scope: !3042)
!3050 = !DILocation(line: 52, column: 3, scope: !3042)
!3051 = !DILocation(line: 52, column: 7, scope: !3042)
!3052 = !DILocation(line: 52, column: 14, scope: !3042)
!3053 = !DILocation(line: 53, column: 2, scope: !2955)
!3054 = !DILocation(line: 53, column: 6, scope: !2955)
!3055 = !DILocation(line: 53, column: 14, scope: !2955)
!3056 = !DILocation(line: 54, column: 9, scope: !2955)
!3057 = !DILocation(line: 54, column: 2, scope: !2955)
!3058 = !DILocation(line: 55, column: 1, scope: !2955)
!3059 = distinct !DISubprogram(name: "do_lseek", scope: !551, file: !551, line: 57, type: !2628, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !550, retainedNodes: !564)
!3060 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !3059, file: !551, line: 57, type: !22)
!3061 = !DILocation(line: 57, column: 18, scope: !3059)
!3062 = !DILocalVariable(name: "m", arg: 2, scope: !3059, file: !551, line: 57, type: !2630)
!3063 = !DILocation(line: 57, column: 38, scope: !3059)
!3064 = !DILocalVariable(name: "fdt", scope: !3059, file: !551, line: 59, type: !2827)
!3065 = !DILocation(line: 59, column: 24, scope: !3059)
!3066 = !DILocation(line: 59, column: 42, scope: !3059)
!3067 = !DILocation(line: 59, column: 53, scope: !3059)
!3068 = !DILocation(line: 59, column: 56, scope: !3059)
!3069 = !DILocation(line: 59, column: 30, scope: !3059)
!3070 = !DILocalVariable(name: "fdp", scope: !3059, file: !551, line: 60, type: !2846)
!3071 = !DILocation(line: 60, column: 19, scope: !3059)
!3072 = !DILocation(line: 60, column: 38, scope: !3059)
!3073 = !DILocation(line: 60, column: 43, scope: !3059)
!3074 = !DILocation(line: 60, column: 46, scope: !3059)
!3075 = !DILocation(line: 60, column: 65, scope: !3059)
!3076 = !DILocation(line: 60, column: 25, scope: !3059)
!3077 = !DILocalVariable(name: "pos", scope: !3059, file: !551, line: 61, type: !94)
!3078 = !DILocation(line: 61, column: 8, scope: !3059)
!3079 = !DILocation(line: 63, column: 6, scope: !3080)
!3080 = distinct !DILexicalBlock(scope: !3059, file: !551, line: 63, column: 6)
!3081 = !DILocation(line: 63, column: 10, scope: !3080)
!3082 = !DILocation(line: 63, column: 6, scope: !3059)
!3083 = !DILocation(line: 64, column: 3, scope: !3080)
!3084 = !DILocation(line: 65, column: 10, scope: !3059)
!3085 = !DILocation(line: 65, column: 13, scope: !3059)
!3086 = !DILocation(line: 65, column: 32, scope: !3059)
!3087 = !DILocation(line: 65, column: 2, scope: !3059)
!3088 = !DILocation(line: 66, column: 21, scope: !3089)
!3089 = distinct !DILexicalBlock(scope: !3059, file: !551, line: 65, column: 40)
!3090 = !DILocation(line: 66, column: 26, scope: !3089)
!3091 = !DILocation(line: 67, column: 23, scope: !3089)
!3092 = !DILocation(line: 67, column: 28, scope: !3089)
!3093 = !DILocation(line: 67, column: 21, scope: !3089)
!3094 = !DILocation(line: 67, column: 36, scope: !3089)
!3095 = !DILocation(line: 68, column: 29, scope: !3089)
!3096 = !DILocation(line: 68, column: 34, scope: !3089)
!3097 = !DILocation(line: 68, column: 23, scope: !3089)
!3098 = !DILocation(line: 68, column: 43, scope: !3089)
!3099 = !DILocation(line: 68, column: 21, scope: !3089)
!3100 = !DILocation(line: 68, column: 51, scope: !3089)
!3101 = !DILocation(line: 69, column: 11, scope: !3089)
!3102 = !DILocation(line: 71, column: 9, scope: !3059)
!3103 = !DILocation(line: 71, column: 12, scope: !3059)
!3104 = !DILocation(line: 71, column: 31, scope: !3059)
!3105 = !DILocation(line: 71, column: 6, scope: !3059)
!3106 = !DILocation(line: 72, column: 6, scope: !3107)
!3107 = distinct !DILexicalBlock(scope: !3059, file: !551, line: 72, column: 6)
!3108 = !DILocation(line: 72, column: 10, scope: !3107)
!3109 = !DILocation(line: 72, column: 14, scope: !3107)
!3110 = !DILocation(line: 72, column: 17, scope: !3107)
!3111 = !DILocation(line: 72, column: 21, scope: !3107)
!3112 = !DILocation(line: 72, column: 6, scope: !3059)
!3113 = !DILocation(line: 73, column: 3, scope: !3107)
!3114 = !DILocation(line: 74, column: 16, scope: !3059)
!3115 = !DILocation(line: 74, column: 2, scope: !3059)
!3116 = !DILocation(line: 74, column: 7, scope: !3059)
!3117 = !DILocation(line: 74, column: 14, scope: !3059)
!3118 = !DILocation(line: 75, column: 33, scope: !3059)
!3119 = !DILocation(line: 75, column: 2, scope: !3059)
!3120 = !DILocation(line: 75, column: 5, scope: !3059)
!3121 = !DILocation(line: 75, column: 24, scope: !3059)
!3122 = !DILocation(line: 75, column: 31, scope: !3059)
!3123 = !DILocation(line: 76, column: 2, scope: !3059)
!3124 = !DILocation(line: 77, column: 1, scope: !3059)
!3125 = distinct !DISubprogram(name: "reply", scope: !554, file: !554, line: 7, type: !3126, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !553, retainedNodes: !564)
!3126 = !DISubroutineType(types: !3127)
!3127 = !{null, !3128, !52, !22}
!3128 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3129, size: 32)
!3129 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !111, line: 105, baseType: !3130)
!3130 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 70, size: 512, elements: !3131)
!3131 = !{!3132, !3133, !3134}
!3132 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !3130, file: !111, line: 71, baseType: !52, size: 32)
!3133 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !3130, file: !111, line: 72, baseType: !22, size: 32, offset: 32)
!3134 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !3130, file: !111, line: 104, baseType: !3135, size: 448, offset: 64)
!3135 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !3130, file: !111, line: 73, size: 448, elements: !3136)
!3136 = !{!3137, !3142, !3148, !3154, !3159, !3164, !3170, !3178, !3185, !3193, !3198, !3205, !3212, !3217, !3224, !3229, !3236, !3243, !3248, !3254, !3261, !3268, !3276, !3282, !3287, !3294, !3300, !3309, !3314, !3319}
!3137 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !3135, file: !111, line: 74, baseType: !3138, size: 32)
!3138 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !111, line: 15, baseType: !3139)
!3139 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 15, size: 32, elements: !3140)
!3140 = !{!3141}
!3141 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !3139, file: !111, line: 15, baseType: !22, size: 32)
!3142 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !3135, file: !111, line: 75, baseType: !3143, size: 64)
!3143 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !111, line: 16, baseType: !3144)
!3144 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 16, size: 64, elements: !3145)
!3145 = !{!3146, !3147}
!3146 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !3144, file: !111, line: 16, baseType: !129, size: 32)
!3147 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !3144, file: !111, line: 16, baseType: !32, size: 32, offset: 32)
!3148 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !3135, file: !111, line: 76, baseType: !3149, size: 64)
!3149 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !111, line: 17, baseType: !3150)
!3150 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 17, size: 64, elements: !3151)
!3151 = !{!3152, !3153}
!3152 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !3150, file: !111, line: 17, baseType: !55, size: 32)
!3153 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !3150, file: !111, line: 17, baseType: !22, size: 32, offset: 32)
!3154 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !3135, file: !111, line: 77, baseType: !3155, size: 32)
!3155 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !111, line: 18, baseType: !3156)
!3156 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 18, size: 32, elements: !3157)
!3157 = !{!3158}
!3158 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !3156, file: !111, line: 18, baseType: !25, size: 32)
!3159 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !3135, file: !111, line: 78, baseType: !3160, size: 32)
!3160 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !111, line: 19, baseType: !3161)
!3161 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 19, size: 32, elements: !3162)
!3162 = !{!3163}
!3163 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !3161, file: !111, line: 19, baseType: !22, size: 32)
!3164 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !3135, file: !111, line: 79, baseType: !3165, size: 64)
!3165 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !111, line: 20, baseType: !3166)
!3166 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 20, size: 64, elements: !3167)
!3167 = !{!3168, !3169}
!3168 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !3166, file: !111, line: 20, baseType: !22, size: 32)
!3169 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !3166, file: !111, line: 20, baseType: !129, size: 32, offset: 32)
!3170 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !3135, file: !111, line: 80, baseType: !3171, size: 128)
!3171 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !111, line: 28, baseType: !3172)
!3172 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 23, size: 128, elements: !3173)
!3173 = !{!3174, !3175, !3176, !3177}
!3174 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3172, file: !111, line: 24, baseType: !52, size: 32)
!3175 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !3172, file: !111, line: 25, baseType: !52, size: 32, offset: 32)
!3176 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !3172, file: !111, line: 26, baseType: !55, size: 32, offset: 64)
!3177 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !3172, file: !111, line: 27, baseType: !25, size: 32, offset: 96)
!3178 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !3135, file: !111, line: 81, baseType: !3179, size: 96)
!3179 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !111, line: 29, baseType: !3180)
!3180 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 29, size: 96, elements: !3181)
!3181 = !{!3182, !3183, !3184}
!3182 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3180, file: !111, line: 29, baseType: !52, size: 32)
!3183 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !3180, file: !111, line: 29, baseType: !129, size: 32, offset: 32)
!3184 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !3180, file: !111, line: 29, baseType: !32, size: 32, offset: 64)
!3185 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !3135, file: !111, line: 82, baseType: !3186, size: 128)
!3186 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !111, line: 32, baseType: !3187)
!3187 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 32, size: 128, elements: !3188)
!3188 = !{!3189, !3190, !3191, !3192}
!3189 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !3187, file: !111, line: 32, baseType: !129, size: 32)
!3190 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !3187, file: !111, line: 32, baseType: !32, size: 32, offset: 32)
!3191 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !3187, file: !111, line: 32, baseType: !22, size: 32, offset: 64)
!3192 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !3187, file: !111, line: 32, baseType: !28, size: 16, offset: 96)
!3193 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !3135, file: !111, line: 83, baseType: !3194, size: 32)
!3194 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !111, line: 33, baseType: !3195)
!3195 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 33, size: 32, elements: !3196)
!3196 = !{!3197}
!3197 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !3195, file: !111, line: 33, baseType: !22, size: 32)
!3198 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !3135, file: !111, line: 84, baseType: !3199, size: 96)
!3199 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !111, line: 34, baseType: !3200)
!3200 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 34, size: 96, elements: !3201)
!3201 = !{!3202, !3203, !3204}
!3202 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !3200, file: !111, line: 34, baseType: !22, size: 32)
!3203 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !3200, file: !111, line: 34, baseType: !129, size: 32, offset: 32)
!3204 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !3200, file: !111, line: 34, baseType: !32, size: 32, offset: 64)
!3205 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !3135, file: !111, line: 85, baseType: !3206, size: 96)
!3206 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !111, line: 35, baseType: !3207)
!3207 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 35, size: 96, elements: !3208)
!3208 = !{!3209, !3210, !3211}
!3209 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !3207, file: !111, line: 35, baseType: !22, size: 32)
!3210 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !3207, file: !111, line: 35, baseType: !94, size: 32, offset: 32)
!3211 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !3207, file: !111, line: 35, baseType: !22, size: 32, offset: 64)
!3212 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !3135, file: !111, line: 86, baseType: !3213, size: 16)
!3213 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !111, line: 36, baseType: !3214)
!3214 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 36, size: 16, elements: !3215)
!3215 = !{!3216}
!3216 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !3214, file: !111, line: 36, baseType: !28, size: 16)
!3217 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !3135, file: !111, line: 87, baseType: !3218, size: 96)
!3218 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !111, line: 39, baseType: !3219)
!3219 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 39, size: 96, elements: !3220)
!3220 = !{!3221, !3222, !3223}
!3221 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3219, file: !111, line: 39, baseType: !52, size: 32)
!3222 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !3219, file: !111, line: 39, baseType: !22, size: 32, offset: 32)
!3223 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !3219, file: !111, line: 39, baseType: !52, size: 32, offset: 64)
!3224 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !3135, file: !111, line: 88, baseType: !3225, size: 32)
!3225 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !111, line: 40, baseType: !3226)
!3226 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 40, size: 32, elements: !3227)
!3227 = !{!3228}
!3228 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3226, file: !111, line: 40, baseType: !52, size: 32)
!3229 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !3135, file: !111, line: 89, baseType: !3230, size: 96)
!3230 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !111, line: 41, baseType: !3231)
!3231 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 41, size: 96, elements: !3232)
!3232 = !{!3233, !3234, !3235}
!3233 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3231, file: !111, line: 41, baseType: !52, size: 32)
!3234 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !3231, file: !111, line: 41, baseType: !32, size: 32, offset: 32)
!3235 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !3231, file: !111, line: 41, baseType: !129, size: 32, offset: 64)
!3236 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !3135, file: !111, line: 90, baseType: !3237, size: 96)
!3237 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !111, line: 42, baseType: !3238)
!3238 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 42, size: 96, elements: !3239)
!3239 = !{!3240, !3241, !3242}
!3240 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3238, file: !111, line: 42, baseType: !52, size: 32)
!3241 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !3238, file: !111, line: 42, baseType: !32, size: 32, offset: 32)
!3242 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !3238, file: !111, line: 42, baseType: !129, size: 32, offset: 64)
!3243 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !3135, file: !111, line: 91, baseType: !3244, size: 32)
!3244 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !111, line: 45, baseType: !3245)
!3245 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 45, size: 32, elements: !3246)
!3246 = !{!3247}
!3247 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !3245, file: !111, line: 45, baseType: !129, size: 32)
!3248 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !3135, file: !111, line: 92, baseType: !3249, size: 64)
!3249 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !111, line: 46, baseType: !3250)
!3250 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 46, size: 64, elements: !3251)
!3251 = !{!3252, !3253}
!3252 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !3250, file: !111, line: 46, baseType: !32, size: 32)
!3253 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !3250, file: !111, line: 46, baseType: !129, size: 32, offset: 32)
!3254 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !3135, file: !111, line: 93, baseType: !3255, size: 192)
!3255 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !111, line: 49, baseType: !3256)
!3256 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 49, size: 192, elements: !3257)
!3257 = !{!3258, !3259, !3260}
!3258 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3256, file: !111, line: 49, baseType: !243, size: 128)
!3259 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3256, file: !111, line: 49, baseType: !52, size: 32, offset: 128)
!3260 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !3256, file: !111, line: 49, baseType: !22, size: 32, offset: 160)
!3261 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !3135, file: !111, line: 94, baseType: !3262, size: 192)
!3262 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !111, line: 50, baseType: !3263)
!3263 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 50, size: 192, elements: !3264)
!3264 = !{!3265, !3266, !3267}
!3265 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !3263, file: !111, line: 50, baseType: !243, size: 128)
!3266 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3263, file: !111, line: 50, baseType: !52, size: 32, offset: 128)
!3267 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !3263, file: !111, line: 50, baseType: !22, size: 32, offset: 160)
!3268 = !DIDerivedType(tag: DW_TAG_member, name: "m_vfs_cdev_read", scope: !3135, file: !111, line: 95, baseType: !3269, size: 128)
!3269 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_vfs_cdev_read", file: !111, line: 53, baseType: !3270)
!3270 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 53, size: 128, elements: !3271)
!3271 = !{!3272, !3273, !3274, !3275}
!3272 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !3270, file: !111, line: 53, baseType: !52, size: 32)
!3273 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !3270, file: !111, line: 53, baseType: !129, size: 32, offset: 32)
!3274 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !3270, file: !111, line: 53, baseType: !32, size: 32, offset: 64)
!3275 = !DIDerivedType(tag: DW_TAG_member, name: "minor", scope: !3270, file: !111, line: 53, baseType: !22, size: 32, offset: 96)
!3276 = !DIDerivedType(tag: DW_TAG_member, name: "m_cdev_vfs_reply", scope: !3135, file: !111, line: 96, baseType: !3277, size: 64)
!3277 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_cdev_vfs_reply", file: !111, line: 54, baseType: !3278)
!3278 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 54, size: 64, elements: !3279)
!3279 = !{!3280, !3281}
!3280 = !DIDerivedType(tag: DW_TAG_member, name: "user", scope: !3278, file: !111, line: 54, baseType: !52, size: 32)
!3281 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !3278, file: !111, line: 54, baseType: !22, size: 32, offset: 32)
!3282 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !3135, file: !111, line: 97, baseType: !3283, size: 32)
!3283 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !111, line: 57, baseType: !3284)
!3284 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 57, size: 32, elements: !3285)
!3285 = !{!3286}
!3286 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !3284, file: !111, line: 57, baseType: !22, size: 32)
!3287 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !3135, file: !111, line: 98, baseType: !3288, size: 96)
!3288 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !111, line: 60, baseType: !3289)
!3289 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 60, size: 96, elements: !3290)
!3290 = !{!3291, !3292, !3293}
!3291 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !3289, file: !111, line: 60, baseType: !52, size: 32)
!3292 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !3289, file: !111, line: 60, baseType: !22, size: 32, offset: 32)
!3293 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !3289, file: !111, line: 60, baseType: !52, size: 32, offset: 64)
!3294 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !3135, file: !111, line: 99, baseType: !3295, size: 64)
!3295 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !111, line: 61, baseType: !3296)
!3296 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 61, size: 64, elements: !3297)
!3297 = !{!3298, !3299}
!3298 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !3296, file: !111, line: 61, baseType: !52, size: 32)
!3299 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !3296, file: !111, line: 61, baseType: !22, size: 32, offset: 32)
!3300 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !3135, file: !111, line: 100, baseType: !3301, size: 160)
!3301 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !111, line: 66, baseType: !3302)
!3302 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 62, size: 160, elements: !3303)
!3303 = !{!3304, !3305, !3306, !3307, !3308}
!3304 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !3302, file: !111, line: 63, baseType: !52, size: 32)
!3305 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !3302, file: !111, line: 63, baseType: !129, size: 32, offset: 32)
!3306 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !3302, file: !111, line: 64, baseType: !52, size: 32, offset: 64)
!3307 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !3302, file: !111, line: 64, baseType: !129, size: 32, offset: 96)
!3308 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !3302, file: !111, line: 65, baseType: !32, size: 32, offset: 128)
!3309 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !3135, file: !111, line: 101, baseType: !3310, size: 32)
!3310 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !111, line: 67, baseType: !3311)
!3311 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 67, size: 32, elements: !3312)
!3312 = !{!3313}
!3313 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !3311, file: !111, line: 67, baseType: !22, size: 32)
!3314 = !DIDerivedType(tag: DW_TAG_member, name: "m_krn_lsys_clock", scope: !3135, file: !111, line: 102, baseType: !3315, size: 32)
!3315 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_krn_lsys_clock", file: !111, line: 68, baseType: !3316)
!3316 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !111, line: 68, size: 32, elements: !3317)
!3317 = !{!3318}
!3318 = !DIDerivedType(tag: DW_TAG_member, name: "uptime", scope: !3316, file: !111, line: 68, baseType: !304, size: 32)
!3319 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3135, file: !111, line: 103, baseType: !306, size: 448)
!3320 = !DILocalVariable(name: "m_out", arg: 1, scope: !3125, file: !554, line: 7, type: !3128)
!3321 = !DILocation(line: 7, column: 21, scope: !3125)
!3322 = !DILocalVariable(name: "whom", arg: 2, scope: !3125, file: !554, line: 7, type: !52)
!3323 = !DILocation(line: 7, column: 39, scope: !3125)
!3324 = !DILocalVariable(name: "result", arg: 3, scope: !3125, file: !554, line: 7, type: !22)
!3325 = !DILocation(line: 7, column: 49, scope: !3125)
!3326 = !DILocation(line: 9, column: 18, scope: !3125)
!3327 = !DILocation(line: 9, column: 2, scope: !3125)
!3328 = !DILocation(line: 9, column: 9, scope: !3125)
!3329 = !DILocation(line: 9, column: 16, scope: !3125)
!3330 = !DILocation(line: 10, column: 20, scope: !3125)
!3331 = !DILocation(line: 10, column: 26, scope: !3125)
!3332 = !DILocation(line: 10, column: 9, scope: !3125)
!3333 = !DILocation(line: 11, column: 1, scope: !3125)
!3334 = distinct !DISubprogram(name: "worker_start", scope: !314, file: !314, line: 42, type: !3335, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3335 = !DISubroutineType(types: !3336)
!3336 = !{!22, !333, !326, !3337}
!3337 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !342, size: 32)
!3338 = !DILocalVariable(name: "rfp", arg: 1, scope: !3334, file: !314, line: 42, type: !333)
!3339 = !DILocation(line: 42, column: 32, scope: !3334)
!3340 = !DILocalVariable(name: "func", arg: 2, scope: !3334, file: !314, line: 42, type: !326)
!3341 = !DILocation(line: 42, column: 44, scope: !3334)
!3342 = !DILocalVariable(name: "m_ptr", arg: 3, scope: !3334, file: !314, line: 42, type: !3337)
!3343 = !DILocation(line: 42, column: 66, scope: !3334)
!3344 = !DILocalVariable(name: "w", scope: !3334, file: !314, line: 44, type: !319)
!3345 = !DILocation(line: 44, column: 24, scope: !3334)
!3346 = !DILocation(line: 46, column: 9, scope: !3347)
!3347 = distinct !DILexicalBlock(scope: !3334, file: !314, line: 46, column: 2)
!3348 = !DILocation(line: 46, column: 7, scope: !3347)
!3349 = !DILocation(line: 46, column: 24, scope: !3350)
!3350 = distinct !DILexicalBlock(scope: !3347, file: !314, line: 46, column: 2)
!3351 = !DILocation(line: 46, column: 26, scope: !3350)
!3352 = !DILocation(line: 46, column: 2, scope: !3347)
!3353 = !DILocation(line: 47, column: 7, scope: !3354)
!3354 = distinct !DILexicalBlock(scope: !3355, file: !314, line: 47, column: 7)
!3355 = distinct !DILexicalBlock(scope: !3350, file: !314, line: 46, column: 56)
!3356 = !DILocation(line: 47, column: 10, scope: !3354)
!3357 = !DILocation(line: 47, column: 17, scope: !3354)
!3358 = !DILocation(line: 47, column: 7, scope: !3355)
!3359 = !DILocation(line: 48, column: 4, scope: !3354)
!3360 = !DILocation(line: 49, column: 15, scope: !3355)
!3361 = !DILocation(line: 49, column: 3, scope: !3355)
!3362 = !DILocation(line: 49, column: 6, scope: !3355)
!3363 = !DILocation(line: 49, column: 13, scope: !3355)
!3364 = !DILocation(line: 50, column: 13, scope: !3355)
!3365 = !DILocation(line: 50, column: 3, scope: !3355)
!3366 = !DILocation(line: 50, column: 6, scope: !3355)
!3367 = !DILocation(line: 50, column: 11, scope: !3355)
!3368 = !DILocation(line: 51, column: 3, scope: !3355)
!3369 = !DILocation(line: 51, column: 6, scope: !3355)
!3370 = !DILocation(line: 51, column: 16, scope: !3355)
!3371 = !DILocation(line: 51, column: 15, scope: !3355)
!3372 = !DILocation(line: 52, column: 3, scope: !3355)
!3373 = !DILocation(line: 52, column: 6, scope: !3355)
!3374 = !DILocation(line: 52, column: 16, scope: !3355)
!3375 = !DILocation(line: 53, column: 26, scope: !3355)
!3376 = !DILocation(line: 53, column: 29, scope: !3355)
!3377 = !DILocation(line: 53, column: 49, scope: !3355)
!3378 = !DILocation(line: 53, column: 10, scope: !3355)
!3379 = !DILocation(line: 53, column: 3, scope: !3355)
!3380 = !DILocation(line: 46, column: 52, scope: !3350)
!3381 = !DILocation(line: 46, column: 2, scope: !3350)
!3382 = distinct !{!3382, !3352, !3383, !841}
!3383 = !DILocation(line: 54, column: 2, scope: !3347)
!3384 = !DILocation(line: 55, column: 2, scope: !3334)
!3385 = !DILocation(line: 56, column: 1, scope: !3334)
!3386 = distinct !DISubprogram(name: "worker_main", scope: !314, file: !314, line: 25, type: !3387, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3387 = !DISubroutineType(types: !3388)
!3388 = !{null, !13}
!3389 = !DILocalVariable(name: "arg", arg: 1, scope: !3386, file: !314, line: 25, type: !13)
!3390 = !DILocation(line: 25, column: 31, scope: !3386)
!3391 = !DILocalVariable(name: "w", scope: !3386, file: !314, line: 27, type: !319)
!3392 = !DILocation(line: 27, column: 24, scope: !3386)
!3393 = !DILocation(line: 27, column: 28, scope: !3386)
!3394 = !DILocation(line: 29, column: 13, scope: !3386)
!3395 = !DILocation(line: 29, column: 16, scope: !3386)
!3396 = !DILocation(line: 29, column: 19, scope: !3386)
!3397 = !DILocation(line: 29, column: 2, scope: !3386)
!3398 = !DILocation(line: 30, column: 1, scope: !3386)
!3399 = distinct !DISubprogram(name: "worker_run", scope: !314, file: !314, line: 15, type: !3400, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3400 = !DISubroutineType(types: !3401)
!3401 = !{null, !319, !326}
!3402 = !DILocalVariable(name: "w", arg: 1, scope: !3399, file: !314, line: 15, type: !319)
!3403 = !DILocation(line: 15, column: 46, scope: !3399)
!3404 = !DILocalVariable(name: "job", arg: 2, scope: !3399, file: !314, line: 15, type: !326)
!3405 = !DILocation(line: 15, column: 56, scope: !3399)
!3406 = !DILocation(line: 17, column: 9, scope: !3399)
!3407 = !DILocation(line: 17, column: 7, scope: !3399)
!3408 = !DILocation(line: 18, column: 7, scope: !3399)
!3409 = !DILocation(line: 18, column: 10, scope: !3399)
!3410 = !DILocation(line: 18, column: 5, scope: !3399)
!3411 = !DILocation(line: 19, column: 2, scope: !3399)
!3412 = !DILocation(line: 20, column: 7, scope: !3413)
!3413 = distinct !DILexicalBlock(scope: !3399, file: !314, line: 20, column: 6)
!3414 = !DILocation(line: 20, column: 10, scope: !3413)
!3415 = !DILocation(line: 20, column: 6, scope: !3399)
!3416 = !DILocation(line: 21, column: 3, scope: !3413)
!3417 = !DILocation(line: 21, column: 6, scope: !3413)
!3418 = !DILocation(line: 21, column: 13, scope: !3413)
!3419 = !DILocation(line: 22, column: 1, scope: !3399)
!3420 = distinct !DISubprogram(name: "worker_wait", scope: !314, file: !314, line: 59, type: !3421, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3421 = !DISubroutineType(types: !3422)
!3422 = !{null, !326}
!3423 = !DILocalVariable(name: "cont", arg: 1, scope: !3420, file: !314, line: 59, type: !326)
!3424 = !DILocation(line: 59, column: 25, scope: !3420)
!3425 = !DILocation(line: 61, column: 2, scope: !3420)
!3426 = !DILocation(line: 61, column: 8, scope: !3420)
!3427 = !DILocation(line: 61, column: 18, scope: !3420)
!3428 = !DILocation(line: 62, column: 17, scope: !3420)
!3429 = !DILocation(line: 62, column: 2, scope: !3420)
!3430 = !DILocation(line: 62, column: 8, scope: !3420)
!3431 = !DILocation(line: 62, column: 15, scope: !3420)
!3432 = !DILocation(line: 63, column: 31, scope: !3420)
!3433 = !DILocation(line: 63, column: 2, scope: !3420)
!3434 = !DILocation(line: 64, column: 1, scope: !3420)
!3435 = distinct !DISubprogram(name: "worker_resume", scope: !314, file: !314, line: 33, type: !3387, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3436 = !DILocalVariable(name: "arg", arg: 1, scope: !3435, file: !314, line: 33, type: !13)
!3437 = !DILocation(line: 33, column: 33, scope: !3435)
!3438 = !DILocalVariable(name: "w", scope: !3435, file: !314, line: 35, type: !319)
!3439 = !DILocation(line: 35, column: 24, scope: !3435)
!3440 = !DILocation(line: 35, column: 28, scope: !3435)
!3441 = !DILocation(line: 37, column: 13, scope: !3435)
!3442 = !DILocation(line: 37, column: 16, scope: !3435)
!3443 = !DILocation(line: 37, column: 19, scope: !3435)
!3444 = !DILocation(line: 37, column: 2, scope: !3435)
!3445 = !DILocation(line: 38, column: 1, scope: !3435)
!3446 = distinct !DISubprogram(name: "worker_wakeup", scope: !314, file: !314, line: 67, type: !3447, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !313, retainedNodes: !564)
!3447 = !DISubroutineType(types: !3448)
!3448 = !{null, !52, !22}
!3449 = !DILocalVariable(name: "user", arg: 1, scope: !3446, file: !314, line: 67, type: !52)
!3450 = !DILocation(line: 67, column: 31, scope: !3446)
!3451 = !DILocalVariable(name: "status", arg: 2, scope: !3446, file: !314, line: 67, type: !22)
!3452 = !DILocation(line: 67, column: 41, scope: !3446)
!3453 = !DILocalVariable(name: "w", scope: !3446, file: !314, line: 69, type: !319)
!3454 = !DILocation(line: 69, column: 24, scope: !3446)
!3455 = !DILocation(line: 71, column: 9, scope: !3456)
!3456 = distinct !DILexicalBlock(scope: !3446, file: !314, line: 71, column: 2)
!3457 = !DILocation(line: 71, column: 7, scope: !3456)
!3458 = !DILocation(line: 71, column: 24, scope: !3459)
!3459 = distinct !DILexicalBlock(scope: !3456, file: !314, line: 71, column: 2)
!3460 = !DILocation(line: 71, column: 26, scope: !3459)
!3461 = !DILocation(line: 71, column: 2, scope: !3456)
!3462 = !DILocation(line: 72, column: 7, scope: !3463)
!3463 = distinct !DILexicalBlock(scope: !3464, file: !314, line: 72, column: 7)
!3464 = distinct !DILexicalBlock(scope: !3459, file: !314, line: 71, column: 56)
!3465 = !DILocation(line: 72, column: 10, scope: !3463)
!3466 = !DILocation(line: 72, column: 20, scope: !3463)
!3467 = !DILocation(line: 72, column: 23, scope: !3463)
!3468 = !DILocation(line: 72, column: 26, scope: !3463)
!3469 = !DILocation(line: 72, column: 32, scope: !3463)
!3470 = !DILocation(line: 72, column: 47, scope: !3463)
!3471 = !DILocation(line: 72, column: 44, scope: !3463)
!3472 = !DILocation(line: 72, column: 7, scope: !3464)
!3473 = !DILocation(line: 73, column: 22, scope: !3474)
!3474 = distinct !DILexicalBlock(scope: !3463, file: !314, line: 72, column: 53)
!3475 = !DILocation(line: 73, column: 4, scope: !3474)
!3476 = !DILocation(line: 73, column: 7, scope: !3474)
!3477 = !DILocation(line: 73, column: 20, scope: !3474)
!3478 = !DILocation(line: 74, column: 4, scope: !3474)
!3479 = !DILocation(line: 74, column: 7, scope: !3474)
!3480 = !DILocation(line: 74, column: 17, scope: !3474)
!3481 = !DILocation(line: 75, column: 19, scope: !3474)
!3482 = !DILocation(line: 75, column: 22, scope: !3474)
!3483 = !DILocation(line: 75, column: 4, scope: !3474)
!3484 = !DILocation(line: 76, column: 4, scope: !3474)
!3485 = !DILocation(line: 78, column: 2, scope: !3464)
!3486 = !DILocation(line: 71, column: 52, scope: !3459)
!3487 = !DILocation(line: 71, column: 2, scope: !3459)
!3488 = distinct !{!3488, !3461, !3489, !841}
!3489 = !DILocation(line: 78, column: 2, scope: !3456)
!3490 = !DILocation(line: 79, column: 1, scope: !3446)
!3491 = distinct !DISubprogram(name: "worker_yield", scope: !314, file: !314, line: 81, type: !327, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !313)
!3492 = !DILocation(line: 83, column: 2, scope: !3491)
!3493 = !DILocation(line: 84, column: 1, scope: !3491)
