; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.fdtable_entry = type { i32, i16, [8 x %struct.mess_vfs_cdev_read] }
%struct.mess_vfs_cdev_read = type { i32, i32, i32, i32 }
%struct.fproc = type { i32, i32, i32, i32, i32 }
%struct.vfile = type { i32, i32, i32, i16, i32, i32, [15 x i8], [512 x i8] }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.worker_thread = type { i32, void ()*, void ()*, i32, i32, %struct.fproc*, %struct.message }
%struct.mess_cdev_vfs_reply = type { i32, i32 }
%struct.mess_lc_vfs_umask = type { i16 }
%struct.mess_lc_vfs_open = type { i32, i32, i32, i16 }
%struct.mess_lc_vfs_close = type { i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }

@.str = private unnamed_addr constant [20 x i8] c"vfs: receive failed\00", align 1
@fdtable = dso_local global [32 x %struct.fdtable_entry] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [3 x i8] c"sh\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"motd\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"welcome to minios\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"tty\00", align 1
@vfs_shutting_down = dso_local global i32 0, align 4
@fproc = dso_local global [32 x %struct.fproc] zeroinitializer, align 4
@files = dso_local global [16 x %struct.vfile] zeroinitializer, align 4
@call_vec = dso_local constant [33 x i32 (i32, %struct.message*)*] [i32 (i32, %struct.message*)* @do_open, i32 (i32, %struct.message*)* @do_close, i32 (i32, %struct.message*)* @do_read, i32 (i32, %struct.message*)* @do_write, i32 (i32, %struct.message*)* @do_lseek, i32 (i32, %struct.message*)* @do_umask, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* null, i32 (i32, %struct.message*)* @do_sync], align 4
@workers = dso_local global [4 x %struct.worker_thread] zeroinitializer, align 4
@self = dso_local global %struct.worker_thread* null, align 4
@fp = dso_local global %struct.fproc* null, align 4

; Function Attrs: noinline nounwind
define dso_local i32 @cdev_read(i32 noundef %minor, i32 noundef %user, i32 noundef %buf, i32 noundef %len) #0 {
entry:
  %retval = alloca i32, align 4
  %minor.addr = alloca i32, align 4
  %user.addr = alloca i32, align 4
  %buf.addr = alloca i32, align 4
  %len.addr = alloca i32, align 4
  %dev_m = alloca %struct.message, align 4
  store i32 %minor, i32* %minor.addr, align 4
  store i32 %user, i32* %user.addr, align 4
  store i32 %buf, i32* %buf.addr, align 4
  store i32 %len, i32* %len.addr, align 4
  %0 = bitcast %struct.message* %dev_m to i8*
  %call = call i8* @memset(i8* noundef %0, i32 noundef 0, i32 noundef 64) #4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %dev_m, i32 0, i32 1
  store i32 2304, i32* %m_type, align 4
  %1 = load i32, i32* %minor.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %dev_m, i32 0, i32 2
  %m_vfs_cdev_read = bitcast %union.anon* %m_u to %struct.mess_vfs_cdev_read*
  %minor1 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_vfs_cdev_read, i32 0, i32 3
  store i32 %1, i32* %minor1, align 4
  %2 = load i32, i32* %user.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %dev_m, i32 0, i32 2
  %m_vfs_cdev_read3 = bitcast %union.anon* %m_u2 to %struct.mess_vfs_cdev_read*
  %user4 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_vfs_cdev_read3, i32 0, i32 0
  store i32 %2, i32* %user4, align 4
  %3 = load i32, i32* %buf.addr, align 4
  %m_u5 = getelementptr inbounds %struct.message, %struct.message* %dev_m, i32 0, i32 2
  %m_vfs_cdev_read6 = bitcast %union.anon* %m_u5 to %struct.mess_vfs_cdev_read*
  %buf7 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_vfs_cdev_read6, i32 0, i32 1
  store i32 %3, i32* %buf7, align 4
  %4 = load i32, i32* %len.addr, align 4
  %m_u8 = getelementptr inbounds %struct.message, %struct.message* %dev_m, i32 0, i32 2
  %m_vfs_cdev_read9 = bitcast %union.anon* %m_u8 to %struct.mess_vfs_cdev_read*
  %len10 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_vfs_cdev_read9, i32 0, i32 2
  store i32 %4, i32* %len10, align 4
  %call11 = call i32 @asynsend3(i32 noundef 6, %struct.message* noundef %dev_m, i32 noundef 0) #4
  %cmp = icmp ne i32 %call11, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -5, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  store i32 -998, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, i32* %retval, align 4
  ret i32 %5
}

declare dso_local i8* @memset(i8* noundef, i32 noundef, i32 noundef) #1

declare dso_local i32 @asynsend3(i32 noundef, %struct.message* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @cdev_reply(%struct.message* noundef %m) #0 {
entry:
  %m.addr = alloca %struct.message*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_cdev_vfs_reply = bitcast %union.anon* %m_u to %struct.mess_cdev_vfs_reply*
  %user = getelementptr inbounds %struct.mess_cdev_vfs_reply, %struct.mess_cdev_vfs_reply* %m_cdev_vfs_reply, i32 0, i32 0
  %1 = load i32, i32* %user, align 4
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_cdev_vfs_reply2 = bitcast %union.anon* %m_u1 to %struct.mess_cdev_vfs_reply*
  %status = getelementptr inbounds %struct.mess_cdev_vfs_reply, %struct.mess_cdev_vfs_reply* %m_cdev_vfs_reply2, i32 0, i32 1
  %3 = load i32, i32* %status, align 4
  call void @worker_wakeup(i32 noundef %1, i32 noundef %3) #4
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @find_file(i8* noundef %name) #0 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca i8*, align 4
  %f = alloca i32, align 4
  store i8* %name, i8** %name.addr, align 4
  store i32 0, i32* %f, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %f, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %f, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %1
  %f_in_use = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %f_in_use, align 4
  %tobool = icmp ne i32 %2, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %f, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %3
  %f_name = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx1, i32 0, i32 6
  %arraydecay = getelementptr inbounds [15 x i8], [15 x i8]* %f_name, i32 0, i32 0
  %4 = load i8*, i8** %name.addr, align 4
  %call = call i32 @strncmp(i8* noundef %arraydecay, i8* noundef %4, i32 noundef 15) #4
  %cmp2 = icmp eq i32 %call, 0
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, i32* %f, align 4
  store i32 %5, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %6 = load i32, i32* %f, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, i32* %f, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 -1, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

declare dso_local i32 @strncmp(i8* noundef, i8* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @create_file(i8* noundef %name, i32 noundef %owner, i16 noundef zeroext %mode) #0 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca i8*, align 4
  %owner.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %vf = alloca %struct.vfile*, align 4
  %f = alloca i32, align 4
  store i8* %name, i8** %name.addr, align 4
  store i32 %owner, i32* %owner.addr, align 4
  store i16 %mode, i16* %mode.addr, align 2
  store i32 0, i32* %f, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %f, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %f, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %1
  store %struct.vfile* %arrayidx, %struct.vfile** %vf, align 4
  %2 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_in_use = getelementptr inbounds %struct.vfile, %struct.vfile* %2, i32 0, i32 0
  %3 = load i32, i32* %f_in_use, align 4
  %tobool = icmp ne i32 %3, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  br label %for.inc

if.end:                                           ; preds = %for.body
  %4 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_in_use1 = getelementptr inbounds %struct.vfile, %struct.vfile* %4, i32 0, i32 0
  store i32 1, i32* %f_in_use1, align 4
  %5 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_dirty = getelementptr inbounds %struct.vfile, %struct.vfile* %5, i32 0, i32 1
  store i32 1, i32* %f_dirty, align 4
  %6 = load i32, i32* %owner.addr, align 4
  %7 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_owner = getelementptr inbounds %struct.vfile, %struct.vfile* %7, i32 0, i32 2
  store i32 %6, i32* %f_owner, align 4
  %8 = load i16, i16* %mode.addr, align 2
  %conv = zext i16 %8 to i32
  %and = and i32 %conv, 511
  %conv2 = trunc i32 %and to i16
  %9 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_mode = getelementptr inbounds %struct.vfile, %struct.vfile* %9, i32 0, i32 3
  store i16 %conv2, i16* %f_mode, align 4
  %10 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %10, i32 0, i32 4
  store i32 0, i32* %f_size, align 4
  %11 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_name = getelementptr inbounds %struct.vfile, %struct.vfile* %11, i32 0, i32 6
  %arraydecay = getelementptr inbounds [15 x i8], [15 x i8]* %f_name, i32 0, i32 0
  %12 = load i8*, i8** %name.addr, align 4
  %call = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef %12, i32 noundef 15) #4
  %13 = load i32, i32* %f, align 4
  store i32 %13, i32* %retval, align 4
  br label %return

for.inc:                                          ; preds = %if.then
  %14 = load i32, i32* %f, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, i32* %f, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 -28, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.end
  %15 = load i32, i32* %retval, align 4
  ret i32 %15
}

declare dso_local i32 @strlcpy(i8* noundef, i8* noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @may_access(%struct.vfile* noundef %f, i32 noundef %uid, i32 noundef %bits) #0 {
entry:
  %retval = alloca i32, align 4
  %f.addr = alloca %struct.vfile*, align 4
  %uid.addr = alloca i32, align 4
  %bits.addr = alloca i32, align 4
  store %struct.vfile* %f, %struct.vfile** %f.addr, align 4
  store i32 %uid, i32* %uid.addr, align 4
  store i32 %bits, i32* %bits.addr, align 4
  %0 = load i32, i32* %uid.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %1 = load i32, i32* %uid.addr, align 4
  %2 = load %struct.vfile*, %struct.vfile** %f.addr, align 4
  %f_owner = getelementptr inbounds %struct.vfile, %struct.vfile* %2, i32 0, i32 2
  %3 = load i32, i32* %f_owner, align 4
  %cmp1 = icmp eq i32 %1, %3
  br i1 %cmp1, label %if.then2, label %if.end5

if.then2:                                         ; preds = %if.end
  %4 = load %struct.vfile*, %struct.vfile** %f.addr, align 4
  %f_mode = getelementptr inbounds %struct.vfile, %struct.vfile* %4, i32 0, i32 3
  %5 = load i16, i16* %f_mode, align 4
  %conv = zext i16 %5 to i32
  %shr = ashr i32 %conv, 6
  %6 = load i32, i32* %bits.addr, align 4
  %and = and i32 %shr, %6
  %7 = load i32, i32* %bits.addr, align 4
  %cmp3 = icmp eq i32 %and, %7
  %conv4 = zext i1 %cmp3 to i32
  store i32 %conv4, i32* %retval, align 4
  br label %return

if.end5:                                          ; preds = %if.end
  %8 = load %struct.vfile*, %struct.vfile** %f.addr, align 4
  %f_mode6 = getelementptr inbounds %struct.vfile, %struct.vfile* %8, i32 0, i32 3
  %9 = load i16, i16* %f_mode6, align 4
  %conv7 = zext i16 %9 to i32
  %10 = load i32, i32* %bits.addr, align 4
  %and8 = and i32 %conv7, %10
  %11 = load i32, i32* %bits.addr, align 4
  %cmp9 = icmp eq i32 %and8, %11
  %conv10 = zext i1 %cmp9 to i32
  store i32 %conv10, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end5, %if.then2, %if.then
  %12 = load i32, i32* %retval, align 4
  ret i32 %12
}

; Function Attrs: noinline nounwind
define dso_local i32 @sync_files() #0 {
entry:
  %f = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  store i32 0, i32* %f, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %f, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %f, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %1
  %f_in_use = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %f_in_use, align 4
  %tobool = icmp ne i32 %2, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, i32* %f, align 4
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %3
  %f_dirty = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx1, i32 0, i32 1
  %4 = load i32, i32* %f_dirty, align 4
  %tobool2 = icmp ne i32 %4, 0
  br i1 %tobool2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, i32* %f, align 4
  %arrayidx3 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %5
  %f_dirty4 = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx3, i32 0, i32 1
  store i32 0, i32* %f_dirty4, align 4
  %6 = load i32, i32* %n, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, i32* %n, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %7 = load i32, i32* %f, align 4
  %inc5 = add nsw i32 %7, 1
  store i32 %inc5, i32* %f, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  %8 = load i32, i32* %n, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind
define dso_local %struct.fdtable_entry* @get_fdtable(i32 noundef %proc_slot, i32 noundef %caller) #0 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %caller.addr = alloca i32, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %fd = alloca i32, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store i32 %caller, i32* %caller.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.fdtable_entry], [32 x %struct.fdtable_entry]* @fdtable, i32 0, i32 %0
  store %struct.fdtable_entry* %arrayidx, %struct.fdtable_entry** %fdt, align 4
  %1 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_owner = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %1, i32 0, i32 0
  %2 = load i32, i32* %fdt_owner, align 4
  %3 = load i32, i32* %caller.addr, align 4
  %cmp = icmp ne i32 %2, %3
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %4 = load i32, i32* %caller.addr, align 4
  %5 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_owner1 = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %5, i32 0, i32 0
  store i32 %4, i32* %fdt_owner1, align 4
  %6 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %6, i32 0, i32 1
  store i16 18, i16* %fdt_umask, align 4
  store i32 0, i32* %fd, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.then
  %7 = load i32, i32* %fd, align 4
  %cmp2 = icmp slt i32 %7, 8
  br i1 %cmp2, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %8 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %8, i32 0, i32 2
  %9 = load i32, i32* %fd, align 4
  %arrayidx3 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], [8 x %struct.mess_vfs_cdev_read]* %fdt_fd, i32 0, i32 %9
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %arrayidx3, i32 0, i32 0
  store i32 0, i32* %fd_in_use, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %10 = load i32, i32* %fd, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, i32* %fd, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %for.cond
  br label %if.end

if.end:                                           ; preds = %for.end, %entry
  %11 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  ret %struct.fdtable_entry* %11
}

; Function Attrs: noinline nounwind
define dso_local %struct.mess_vfs_cdev_read* @get_filedesc(%struct.fdtable_entry* noundef %fdt, i32 noundef %fd) #0 {
entry:
  %retval = alloca %struct.mess_vfs_cdev_read*, align 4
  %fdt.addr = alloca %struct.fdtable_entry*, align 4
  %fd.addr = alloca i32, align 4
  store %struct.fdtable_entry* %fdt, %struct.fdtable_entry** %fdt.addr, align 4
  store i32 %fd, i32* %fd.addr, align 4
  %0 = load i32, i32* %fd.addr, align 4
  %cmp = icmp slt i32 %0, 0
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, i32* %fd.addr, align 4
  %cmp1 = icmp sge i32 %1, 8
  br i1 %cmp1, label %if.then, label %lor.lhs.false2

lor.lhs.false2:                                   ; preds = %lor.lhs.false
  %2 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt.addr, align 4
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %2, i32 0, i32 2
  %3 = load i32, i32* %fd.addr, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], [8 x %struct.mess_vfs_cdev_read]* %fdt_fd, i32 0, i32 %3
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %arrayidx, i32 0, i32 0
  %4 = load i32, i32* %fd_in_use, align 4
  %tobool = icmp ne i32 %4, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %lor.lhs.false2, %lor.lhs.false, %entry
  store %struct.mess_vfs_cdev_read* null, %struct.mess_vfs_cdev_read** %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false2
  %5 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt.addr, align 4
  %fdt_fd3 = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %5, i32 0, i32 2
  %6 = load i32, i32* %fd.addr, align 4
  %arrayidx4 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], [8 x %struct.mess_vfs_cdev_read]* %fdt_fd3, i32 0, i32 %6
  store %struct.mess_vfs_cdev_read* %arrayidx4, %struct.mess_vfs_cdev_read** %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %retval, align 4
  ret %struct.mess_vfs_cdev_read* %7
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_fd(%struct.fdtable_entry* noundef %fdt) #0 {
entry:
  %retval = alloca i32, align 4
  %fdt.addr = alloca %struct.fdtable_entry*, align 4
  %fd = alloca i32, align 4
  store %struct.fdtable_entry* %fdt, %struct.fdtable_entry** %fdt.addr, align 4
  store i32 0, i32* %fd, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %fd, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt.addr, align 4
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %1, i32 0, i32 2
  %2 = load i32, i32* %fd, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], [8 x %struct.mess_vfs_cdev_read]* %fdt_fd, i32 0, i32 %2
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %arrayidx, i32 0, i32 0
  %3 = load i32, i32* %fd_in_use, align 4
  %tobool = icmp ne i32 %3, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %4 = load i32, i32* %fd, align 4
  store i32 %4, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %5 = load i32, i32* %fd, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, i32* %fd, align 4
  br label %for.cond, !llvm.loop !9

for.end:                                          ; preds = %for.cond
  store i32 -1, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  %6 = load i32, i32* %retval, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %r = alloca i32, align 4
  %rfp = alloca %struct.fproc*, align 4
  call void @vfs_init() #4
  br label %for.cond

for.cond:                                         ; preds = %if.end18, %if.then7, %if.then2, %entry
  call void @worker_yield() #4
  %call = call i32 @sef_receive_status(i32 noundef 31744, %struct.message* noundef %m, i32* noundef %ipc_status) #4
  %cmp = icmp ne i32 %call, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  call void @panic(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str, i32 0, i32 0)) #5
  unreachable

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %0 = load i32, i32* %m_source, align 4
  %cmp1 = icmp eq i32 %0, 6
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  call void @cdev_reply(%struct.message* noundef %m) #4
  br label %for.cond

if.end3:                                          ; preds = %if.end
  %m_source4 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %1 = load i32, i32* %m_source4, align 4
  %and = and i32 %1, 31
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and
  store %struct.fproc* %arrayidx, %struct.fproc** %rfp, align 4
  %2 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %2, i32 0, i32 0
  %3 = load i32, i32* %fp_endpoint, align 4
  %m_source5 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %4 = load i32, i32* %m_source5, align 4
  %cmp6 = icmp ne i32 %3, %4
  br i1 %cmp6, label %if.then7, label %if.end8

if.then7:                                         ; preds = %if.end3
  br label %for.cond

if.end8:                                          ; preds = %if.end3
  %m_source9 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %5 = load i32, i32* %m_source9, align 4
  %cmp10 = icmp eq i32 %5, 0
  br i1 %cmp10, label %if.then11, label %if.else

if.then11:                                        ; preds = %if.end8
  %6 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %call12 = call i32 @worker_start(%struct.fproc* noundef %6, void ()* noundef @service_pm, %struct.message* noundef %m) #4
  store i32 %call12, i32* %r, align 4
  br label %if.end14

if.else:                                          ; preds = %if.end8
  %7 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %call13 = call i32 @worker_start(%struct.fproc* noundef %7, void ()* noundef @do_work, %struct.message* noundef %m) #4
  store i32 %call13, i32* %r, align 4
  br label %if.end14

if.end14:                                         ; preds = %if.else, %if.then11
  %8 = load i32, i32* %r, align 4
  %cmp15 = icmp ne i32 %8, 0
  br i1 %cmp15, label %if.then16, label %if.end18

if.then16:                                        ; preds = %if.end14
  %m_source17 = getelementptr inbounds %struct.message, %struct.message* %m, i32 0, i32 0
  %9 = load i32, i32* %m_source17, align 4
  call void @reply(%struct.message* noundef %m, i32 noundef %9, i32 noundef -11) #4
  br label %if.end18

if.end18:                                         ; preds = %if.then16, %if.end14
  br label %for.cond
}

; Function Attrs: noinline nounwind
define internal void @vfs_init() #0 {
entry:
  %i = alloca i32, align 4
  %f = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %cmp1 = icmp slt i32 %1, 5
  br i1 %cmp1, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body
  %2 = load i32, i32* %i, align 4
  br label %cond.end

cond.false:                                       ; preds = %for.body
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ 27648, %cond.false ]
  %3 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %3
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %arrayidx, i32 0, i32 0
  store i32 %cond, i32* %fp_endpoint, align 4
  %4 = load i32, i32* %i, align 4
  %arrayidx2 = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %4
  %fp_program = getelementptr inbounds %struct.fproc, %struct.fproc* %arrayidx2, i32 0, i32 4
  store i32 -1, i32* %fp_program, align 4
  br label %for.inc

for.inc:                                          ; preds = %cond.end
  %5 = load i32, i32* %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !10

for.end:                                          ; preds = %for.cond
  store i32 37, i32* getelementptr inbounds ([32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 5, i32 0), align 4
  store i32 1, i32* getelementptr inbounds ([32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 5, i32 2), align 4
  %call = call i32 @create_file(i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.1, i32 0, i32 0), i32 noundef 0, i16 noundef zeroext 493) #4
  store i32 %call, i32* %f, align 4
  %cmp3 = icmp sge i32 %call, 0
  br i1 %cmp3, label %if.then, label %if.end

if.then:                                          ; preds = %for.end
  %6 = load i32, i32* %f, align 4
  %arrayidx4 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %6
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx4, i32 0, i32 4
  store i32 64, i32* %f_size, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.end
  %call5 = call i32 @create_file(i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i32 noundef 0, i16 noundef zeroext 420) #4
  store i32 %call5, i32* %f, align 4
  %cmp6 = icmp sge i32 %call5, 0
  br i1 %cmp6, label %if.then7, label %if.end12

if.then7:                                         ; preds = %if.end
  %7 = load i32, i32* %f, align 4
  %arrayidx8 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %7
  %f_data = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx8, i32 0, i32 7
  %arraydecay = getelementptr inbounds [512 x i8], [512 x i8]* %f_data, i32 0, i32 0
  %call9 = call i32 @strlcpy(i8* noundef %arraydecay, i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str.3, i32 0, i32 0), i32 noundef 512) #4
  %8 = load i32, i32* %f, align 4
  %arrayidx10 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %8
  %f_size11 = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx10, i32 0, i32 4
  store i32 %call9, i32* %f_size11, align 4
  br label %if.end12

if.end12:                                         ; preds = %if.then7, %if.end
  %call13 = call i32 @create_file(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.4, i32 0, i32 0), i32 noundef 0, i16 noundef zeroext 438) #4
  store i32 %call13, i32* %f, align 4
  %cmp14 = icmp sge i32 %call13, 0
  br i1 %cmp14, label %if.then15, label %if.end17

if.then15:                                        ; preds = %if.end12
  %9 = load i32, i32* %f, align 4
  %arrayidx16 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %9
  %f_cdev = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx16, i32 0, i32 5
  store i32 1, i32* %f_cdev, align 4
  br label %if.end17

if.end17:                                         ; preds = %if.then15, %if.end12
  ret void
}

declare dso_local i32 @sef_receive_status(i32 noundef, %struct.message* noundef, i32* noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(i8* noundef) #2

; Function Attrs: noinline nounwind
define internal void @service_pm() #0 {
entry:
  %m = alloca %struct.message*, align 4
  %r = alloca i32, align 4
  %0 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_m_in = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %0, i32 0, i32 6
  store %struct.message* %w_m_in, %struct.message** %m, align 4
  %1 = load %struct.message*, %struct.message** %m, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 1
  %2 = load i32, i32* %m_type, align 4
  switch i32 %2, label %sw.default [
    i32 528, label %sw.bb
    i32 529, label %sw.bb1
    i32 530, label %sw.bb3
    i32 531, label %sw.bb5
    i32 1537, label %sw.bb7
  ]

sw.bb:                                            ; preds = %entry
  %3 = load %struct.message*, %struct.message** %m, align 4
  %call = call i32 @do_pm_fork(%struct.message* noundef %3) #4
  store i32 %call, i32* %r, align 4
  br label %sw.epilog

sw.bb1:                                           ; preds = %entry
  %4 = load %struct.message*, %struct.message** %m, align 4
  %call2 = call i32 @do_pm_exit(%struct.message* noundef %4) #4
  store i32 %call2, i32* %r, align 4
  br label %sw.epilog

sw.bb3:                                           ; preds = %entry
  %5 = load %struct.message*, %struct.message** %m, align 4
  %call4 = call i32 @do_pm_exec(%struct.message* noundef %5) #4
  store i32 %call4, i32* %r, align 4
  br label %sw.epilog

sw.bb5:                                           ; preds = %entry
  %6 = load %struct.message*, %struct.message** %m, align 4
  %call6 = call i32 @do_pm_setuid(%struct.message* noundef %6) #4
  store i32 %call6, i32* %r, align 4
  br label %sw.epilog

sw.bb7:                                           ; preds = %entry
  %7 = load %struct.message*, %struct.message** %m, align 4
  %call8 = call i32 @do_shutdown(%struct.message* noundef %7) #4
  store i32 %call8, i32* %r, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %entry
  store i32 -38, i32* %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %sw.bb7, %sw.bb5, %sw.bb3, %sw.bb1, %sw.bb
  %8 = load i32, i32* %r, align 4
  %cmp = icmp ne i32 %8, -201
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %sw.epilog
  %9 = load %struct.message*, %struct.message** %m, align 4
  %10 = load %struct.fproc*, %struct.fproc** @fp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %10, i32 0, i32 0
  %11 = load i32, i32* %fp_endpoint, align 4
  %12 = load i32, i32* %r, align 4
  call void @reply(%struct.message* noundef %9, i32 noundef %11, i32 noundef %12) #4
  br label %if.end

if.end:                                           ; preds = %if.then, %sw.epilog
  ret void
}

; Function Attrs: noinline nounwind
define internal void @do_work() #0 {
entry:
  %m = alloca %struct.message*, align 4
  %proc_slot = alloca i32, align 4
  %call_index = alloca i32, align 4
  %r = alloca i32, align 4
  %0 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_m_in = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %0, i32 0, i32 6
  store %struct.message* %w_m_in, %struct.message** %m, align 4
  %1 = load %struct.message*, %struct.message** %m, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %and = and i32 %2, 31
  store i32 %and, i32* %proc_slot, align 4
  %3 = load %struct.message*, %struct.message** %m, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %3, i32 0, i32 1
  %4 = load i32, i32* %m_type, align 4
  %cmp = icmp eq i32 %4, 1536
  br i1 %cmp, label %if.then, label %if.else

if.then:                                          ; preds = %entry
  %5 = load %struct.message*, %struct.message** %m, align 4
  %call = call i32 @do_getstatus(%struct.message* noundef %5) #4
  store i32 %call, i32* %r, align 4
  br label %if.end20

if.else:                                          ; preds = %entry
  %6 = load %struct.message*, %struct.message** %m, align 4
  %m_type1 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 1
  %7 = load i32, i32* %m_type1, align 4
  %cmp2 = icmp eq i32 %7, 1537
  br i1 %cmp2, label %if.then3, label %if.else5

if.then3:                                         ; preds = %if.else
  %8 = load %struct.message*, %struct.message** %m, align 4
  %call4 = call i32 @do_shutdown(%struct.message* noundef %8) #4
  store i32 %call4, i32* %r, align 4
  br label %if.end19

if.else5:                                         ; preds = %if.else
  %9 = load %struct.message*, %struct.message** %m, align 4
  %m_type6 = getelementptr inbounds %struct.message, %struct.message* %9, i32 0, i32 1
  %10 = load i32, i32* %m_type6, align 4
  %and7 = and i32 %10, -256
  %cmp8 = icmp eq i32 %and7, 512
  br i1 %cmp8, label %if.then9, label %if.else17

if.then9:                                         ; preds = %if.else5
  %11 = load %struct.message*, %struct.message** %m, align 4
  %m_type10 = getelementptr inbounds %struct.message, %struct.message* %11, i32 0, i32 1
  %12 = load i32, i32* %m_type10, align 4
  %sub = sub nsw i32 %12, 512
  store i32 %sub, i32* %call_index, align 4
  %13 = load i32, i32* %call_index, align 4
  %cmp11 = icmp ult i32 %13, 33
  br i1 %cmp11, label %land.lhs.true, label %if.else16

land.lhs.true:                                    ; preds = %if.then9
  %14 = load i32, i32* %call_index, align 4
  %arrayidx = getelementptr inbounds [33 x i32 (i32, %struct.message*)*], [33 x i32 (i32, %struct.message*)*]* @call_vec, i32 0, i32 %14
  %15 = load i32 (i32, %struct.message*)*, i32 (i32, %struct.message*)** %arrayidx, align 4
  %cmp12 = icmp ne i32 (i32, %struct.message*)* %15, null
  br i1 %cmp12, label %if.then13, label %if.else16

if.then13:                                        ; preds = %land.lhs.true
  %16 = load i32, i32* %call_index, align 4
  %arrayidx14 = getelementptr inbounds [33 x i32 (i32, %struct.message*)*], [33 x i32 (i32, %struct.message*)*]* @call_vec, i32 0, i32 %16
  %17 = load i32 (i32, %struct.message*)*, i32 (i32, %struct.message*)** %arrayidx14, align 4
  %18 = load i32, i32* %proc_slot, align 4
  %19 = load %struct.message*, %struct.message** %m, align 4
  %call15 = call i32 %17(i32 noundef %18, %struct.message* noundef %19) #4
  store i32 %call15, i32* %r, align 4
  br label %if.end

if.else16:                                        ; preds = %land.lhs.true, %if.then9
  store i32 -38, i32* %r, align 4
  br label %if.end

if.end:                                           ; preds = %if.else16, %if.then13
  br label %if.end18

if.else17:                                        ; preds = %if.else5
  store i32 -38, i32* %r, align 4
  br label %if.end18

if.end18:                                         ; preds = %if.else17, %if.end
  br label %if.end19

if.end19:                                         ; preds = %if.end18, %if.then3
  br label %if.end20

if.end20:                                         ; preds = %if.end19, %if.then
  %20 = load i32, i32* %r, align 4
  %cmp21 = icmp eq i32 %20, -998
  br i1 %cmp21, label %if.then22, label %if.else23

if.then22:                                        ; preds = %if.end20
  call void @worker_wait(void ()* noundef @do_work_done) #4
  br label %if.end27

if.else23:                                        ; preds = %if.end20
  %21 = load i32, i32* %r, align 4
  %cmp24 = icmp ne i32 %21, -201
  br i1 %cmp24, label %if.then25, label %if.end26

if.then25:                                        ; preds = %if.else23
  %22 = load %struct.message*, %struct.message** %m, align 4
  %23 = load %struct.fproc*, %struct.fproc** @fp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %23, i32 0, i32 0
  %24 = load i32, i32* %fp_endpoint, align 4
  %25 = load i32, i32* %r, align 4
  call void @reply(%struct.message* noundef %22, i32 noundef %24, i32 noundef %25) #4
  br label %if.end26

if.end26:                                         ; preds = %if.then25, %if.else23
  br label %if.end27

if.end27:                                         ; preds = %if.end26, %if.then22
  ret void
}

; Function Attrs: noinline nounwind
define internal void @do_work_done() #0 {
entry:
  %0 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_m_in = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %0, i32 0, i32 6
  %1 = load %struct.fproc*, %struct.fproc** @fp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %1, i32 0, i32 0
  %2 = load i32, i32* %fp_endpoint, align 4
  %3 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_drv_status = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %3, i32 0, i32 4
  %4 = load i32, i32* %w_drv_status, align 4
  call void @reply(%struct.message* noundef %w_m_in, i32 noundef %2, i32 noundef %4) #4
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_umask(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %old = alloca i16, align 2
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %3, i32 0, i32 1
  %4 = load i16, i16* %fdt_umask, align 4
  store i16 %4, i16* %old, align 2
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 2
  %m_lc_vfs_umask = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_umask*
  %mask = getelementptr inbounds %struct.mess_lc_vfs_umask, %struct.mess_lc_vfs_umask* %m_lc_vfs_umask, i32 0, i32 0
  %6 = load i16, i16* %mask, align 4
  %conv = zext i16 %6 to i32
  %and = and i32 %conv, 511
  %conv1 = trunc i32 %and to i16
  %7 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_umask2 = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %7, i32 0, i32 1
  store i16 %conv1, i16* %fdt_umask2, align 4
  %8 = load i16, i16* %old, align 2
  %conv3 = zext i16 %8 to i32
  ret i32 %conv3
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_sync(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %call = call i32 @sync_files() #4
  ret i32 %call
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source1 = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 0
  %3 = load i32, i32* %m_source1, align 4
  %cmp2 = icmp ne i32 %3, 4
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @sync_files() #4
  store i32 1, i32* @vfs_shutting_down, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, i32* %retval, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(%struct.message* noundef %m) #0 {
entry:
  %m.addr = alloca %struct.message*, align 4
  %f = alloca i32, align 4
  %n = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  store i32 0, i32* %n, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  store i32 0, i32* %f, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, i32* %f, align 4
  %cmp = icmp slt i32 %1, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, i32* %f, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %2
  %f_in_use = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx, i32 0, i32 0
  %3 = load i32, i32* %f_in_use, align 4
  %tobool = icmp ne i32 %3, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %4 = load i32, i32* %n, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %n, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %5 = load i32, i32* %f, align 4
  %inc1 = add nsw i32 %5, 1
  store i32 %inc1, i32* %f, align 4
  br label %for.cond, !llvm.loop !11

for.end:                                          ; preds = %for.cond
  %6 = load i32, i32* %n, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_open(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %flags = alloca i32, align 4
  %len = alloca i32, align 4
  %uid = alloca i32, align 4
  %name = alloca [15 x i8], align 1
  %fdp = alloca %struct.mess_vfs_cdev_read*, align 4
  %f = alloca i32, align 4
  %fd = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %3, i32 0, i32 2
  %m_lc_vfs_open = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_open*
  %flags1 = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open, i32 0, i32 2
  %4 = load i32, i32* %flags1, align 4
  store i32 %4, i32* %flags, align 4
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 2
  %m_lc_vfs_open3 = bitcast %union.anon* %m_u2 to %struct.mess_lc_vfs_open*
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open3, i32 0, i32 1
  %6 = load i32, i32* %namelen, align 4
  store i32 %6, i32* %len, align 4
  %7 = load i32, i32* %proc_slot.addr, align 4
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %7
  %fp_uid = getelementptr inbounds %struct.fproc, %struct.fproc* %arrayidx, i32 0, i32 3
  %8 = load i32, i32* %fp_uid, align 4
  store i32 %8, i32* %uid, align 4
  %9 = load i32, i32* @vfs_shutting_down, align 4
  %tobool = icmp ne i32 %9, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -16, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %10 = load i32, i32* %len, align 4
  %cmp = icmp eq i32 %10, 0
  br i1 %cmp, label %if.then5, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %if.end
  %11 = load i32, i32* %len, align 4
  %cmp4 = icmp ugt i32 %11, 14
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, i32* %retval, align 4
  br label %return

if.end6:                                          ; preds = %lor.lhs.false
  %12 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source7 = getelementptr inbounds %struct.message, %struct.message* %12, i32 0, i32 0
  %13 = load i32, i32* %m_source7, align 4
  %14 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u8 = getelementptr inbounds %struct.message, %struct.message* %14, i32 0, i32 2
  %m_lc_vfs_open9 = bitcast %union.anon* %m_u8 to %struct.mess_lc_vfs_open*
  %name10 = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open9, i32 0, i32 0
  %15 = load i32, i32* %name10, align 4
  %arraydecay = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 0
  %16 = ptrtoint i8* %arraydecay to i32
  %17 = load i32, i32* %len, align 4
  %call11 = call i32 @sys_datacopy(i32 noundef %13, i32 noundef %15, i32 noundef 32256, i32 noundef %16, i32 noundef %17) #4
  store i32 %call11, i32* %r, align 4
  %cmp12 = icmp ne i32 %call11, 0
  br i1 %cmp12, label %if.then13, label %if.end14

if.then13:                                        ; preds = %if.end6
  %18 = load i32, i32* %r, align 4
  store i32 %18, i32* %retval, align 4
  br label %return

if.end14:                                         ; preds = %if.end6
  %19 = load i32, i32* %len, align 4
  %arrayidx15 = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 %19
  store i8 0, i8* %arrayidx15, align 1
  %20 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %call16 = call i32 @get_free_fd(%struct.fdtable_entry* noundef %20) #4
  store i32 %call16, i32* %fd, align 4
  %cmp17 = icmp slt i32 %call16, 0
  br i1 %cmp17, label %if.then18, label %if.end19

if.then18:                                        ; preds = %if.end14
  store i32 -24, i32* %retval, align 4
  br label %return

if.end19:                                         ; preds = %if.end14
  %arraydecay20 = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 0
  %call21 = call i32 @find_file(i8* noundef %arraydecay20) #4
  store i32 %call21, i32* %f, align 4
  %cmp22 = icmp slt i32 %call21, 0
  br i1 %cmp22, label %if.then23, label %if.else

if.then23:                                        ; preds = %if.end19
  %21 = load i32, i32* %flags, align 4
  %and = and i32 %21, 64
  %tobool24 = icmp ne i32 %and, 0
  br i1 %tobool24, label %if.end26, label %if.then25

if.then25:                                        ; preds = %if.then23
  store i32 -2, i32* %retval, align 4
  br label %return

if.end26:                                         ; preds = %if.then23
  %arraydecay27 = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 0
  %22 = load i32, i32* %uid, align 4
  %23 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u28 = getelementptr inbounds %struct.message, %struct.message* %23, i32 0, i32 2
  %m_lc_vfs_open29 = bitcast %union.anon* %m_u28 to %struct.mess_lc_vfs_open*
  %mode = getelementptr inbounds %struct.mess_lc_vfs_open, %struct.mess_lc_vfs_open* %m_lc_vfs_open29, i32 0, i32 3
  %24 = load i16, i16* %mode, align 4
  %conv = zext i16 %24 to i32
  %25 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %25, i32 0, i32 1
  %26 = load i16, i16* %fdt_umask, align 4
  %conv30 = zext i16 %26 to i32
  %neg = xor i32 %conv30, -1
  %and31 = and i32 %conv, %neg
  %conv32 = trunc i32 %and31 to i16
  %call33 = call i32 @create_file(i8* noundef %arraydecay27, i32 noundef %22, i16 noundef zeroext %conv32) #4
  store i32 %call33, i32* %f, align 4
  %27 = load i32, i32* %f, align 4
  %cmp34 = icmp slt i32 %27, 0
  br i1 %cmp34, label %if.then36, label %if.end37

if.then36:                                        ; preds = %if.end26
  %28 = load i32, i32* %f, align 4
  store i32 %28, i32* %retval, align 4
  br label %return

if.end37:                                         ; preds = %if.end26
  br label %if.end44

if.else:                                          ; preds = %if.end19
  %29 = load i32, i32* %f, align 4
  %arrayidx38 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %29
  %30 = load i32, i32* %uid, align 4
  %31 = load i32, i32* %flags, align 4
  %call39 = call i32 @access_bits(i32 noundef %31) #4
  %call40 = call i32 @may_access(%struct.vfile* noundef %arrayidx38, i32 noundef %30, i32 noundef %call39) #4
  %tobool41 = icmp ne i32 %call40, 0
  br i1 %tobool41, label %if.end43, label %if.then42

if.then42:                                        ; preds = %if.else
  store i32 -13, i32* %retval, align 4
  br label %return

if.end43:                                         ; preds = %if.else
  br label %if.end44

if.end44:                                         ; preds = %if.end43, %if.end37
  %32 = load i32, i32* %flags, align 4
  %and45 = and i32 %32, 512
  %tobool46 = icmp ne i32 %and45, 0
  br i1 %tobool46, label %land.lhs.true, label %if.end53

land.lhs.true:                                    ; preds = %if.end44
  %33 = load i32, i32* %flags, align 4
  %and47 = and i32 %33, 3
  %cmp48 = icmp ne i32 %and47, 0
  br i1 %cmp48, label %if.then50, label %if.end53

if.then50:                                        ; preds = %land.lhs.true
  %34 = load i32, i32* %f, align 4
  %arrayidx51 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %34
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx51, i32 0, i32 4
  store i32 0, i32* %f_size, align 4
  %35 = load i32, i32* %f, align 4
  %arrayidx52 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %35
  %f_dirty = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx52, i32 0, i32 1
  store i32 1, i32* %f_dirty, align 4
  br label %if.end53

if.end53:                                         ; preds = %if.then50, %land.lhs.true, %if.end44
  %36 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, %struct.fdtable_entry* %36, i32 0, i32 2
  %37 = load i32, i32* %fd, align 4
  %arrayidx54 = getelementptr inbounds [8 x %struct.mess_vfs_cdev_read], [8 x %struct.mess_vfs_cdev_read]* %fdt_fd, i32 0, i32 %37
  store %struct.mess_vfs_cdev_read* %arrayidx54, %struct.mess_vfs_cdev_read** %fdp, align 4
  %38 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %38, i32 0, i32 0
  store i32 1, i32* %fd_in_use, align 4
  %39 = load i32, i32* %f, align 4
  %40 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %40, i32 0, i32 1
  store i32 %39, i32* %fd_file, align 4
  %41 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %41, i32 0, i32 2
  store i32 0, i32* %fd_pos, align 4
  %42 = load i32, i32* %flags, align 4
  %and55 = and i32 %42, 3
  %43 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %43, i32 0, i32 3
  store i32 %and55, i32* %fd_flags, align 4
  %44 = load i32, i32* %fd, align 4
  store i32 %44, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end53, %if.then42, %if.then36, %if.then25, %if.then18, %if.then13, %if.then5, %if.then
  %45 = load i32, i32* %retval, align 4
  ret i32 %45
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @access_bits(i32 noundef %flags) #0 {
entry:
  %retval = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  store i32 %flags, i32* %flags.addr, align 4
  %0 = load i32, i32* %flags.addr, align 4
  %and = and i32 %0, 3
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb1
  ]

sw.bb:                                            ; preds = %entry
  store i32 4, i32* %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry
  store i32 2, i32* %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 6, i32* %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb1, %sw.bb
  %1 = load i32, i32* %retval, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_close(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %fdp = alloca %struct.mess_vfs_cdev_read*, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_lc_vfs_close = bitcast %union.anon* %m_u to %struct.mess_lc_vfs_close*
  %fd = getelementptr inbounds %struct.mess_lc_vfs_close, %struct.mess_lc_vfs_close* %m_lc_vfs_close, i32 0, i32 0
  %5 = load i32, i32* %fd, align 4
  %call1 = call %struct.mess_vfs_cdev_read* @get_filedesc(%struct.fdtable_entry* noundef %3, i32 noundef %5) #4
  store %struct.mess_vfs_cdev_read* %call1, %struct.mess_vfs_cdev_read** %fdp, align 4
  %6 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %cmp = icmp eq %struct.mess_vfs_cdev_read* %6, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -9, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %7 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_in_use = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %7, i32 0, i32 0
  store i32 0, i32* %fd_in_use, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, i32* %retval, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_fork(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rfp = alloca %struct.fproc*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_pm_vfs_proc = bitcast %union.anon* %m_u to %struct.mess_vfs_cdev_read*
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc, i32 0, i32 0
  %3 = load i32, i32* %endpt, align 4
  %and = and i32 %3, 31
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and
  store %struct.fproc* %arrayidx, %struct.fproc** %rfp, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_pm_vfs_proc2 = bitcast %union.anon* %m_u1 to %struct.mess_vfs_cdev_read*
  %endpt3 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc2, i32 0, i32 0
  %5 = load i32, i32* %endpt3, align 4
  %6 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %6, i32 0, i32 0
  store i32 %5, i32* %fp_endpoint, align 4
  %7 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u4 = getelementptr inbounds %struct.message, %struct.message* %7, i32 0, i32 2
  %m_pm_vfs_proc5 = bitcast %union.anon* %m_u4 to %struct.mess_vfs_cdev_read*
  %parent_endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc5, i32 0, i32 1
  %8 = load i32, i32* %parent_endpt, align 4
  %9 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_parent = getelementptr inbounds %struct.fproc, %struct.fproc* %9, i32 0, i32 1
  store i32 %8, i32* %fp_parent, align 4
  %10 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %10, i32 0, i32 2
  %m_pm_vfs_proc7 = bitcast %union.anon* %m_u6 to %struct.mess_vfs_cdev_read*
  %pid = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc7, i32 0, i32 2
  %11 = load i32, i32* %pid, align 4
  %12 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_pid = getelementptr inbounds %struct.fproc, %struct.fproc* %12, i32 0, i32 2
  store i32 %11, i32* %fp_pid, align 4
  %13 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u8 = getelementptr inbounds %struct.message, %struct.message* %13, i32 0, i32 2
  %m_pm_vfs_proc9 = bitcast %union.anon* %m_u8 to %struct.mess_vfs_cdev_read*
  %uid = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc9, i32 0, i32 3
  %14 = load i32, i32* %uid, align 4
  %15 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_uid = getelementptr inbounds %struct.fproc, %struct.fproc* %15, i32 0, i32 3
  store i32 %14, i32* %fp_uid, align 4
  %16 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_parent10 = getelementptr inbounds %struct.fproc, %struct.fproc* %16, i32 0, i32 1
  %17 = load i32, i32* %fp_parent10, align 4
  %and11 = and i32 %17, 31
  %arrayidx12 = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and11
  %fp_program = getelementptr inbounds %struct.fproc, %struct.fproc* %arrayidx12, i32 0, i32 4
  %18 = load i32, i32* %fp_program, align 4
  %19 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_program13 = getelementptr inbounds %struct.fproc, %struct.fproc* %19, i32 0, i32 4
  store i32 %18, i32* %fp_program13, align 4
  store i32 -201, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %20 = load i32, i32* %retval, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exit(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %rfp = alloca %struct.fproc*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_pm_vfs_proc = bitcast %union.anon* %m_u to %struct.mess_vfs_cdev_read*
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc, i32 0, i32 0
  %3 = load i32, i32* %endpt, align 4
  %and = and i32 %3, 31
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and
  store %struct.fproc* %arrayidx, %struct.fproc** %rfp, align 4
  %4 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %4, i32 0, i32 0
  store i32 27648, i32* %fp_endpoint, align 4
  %5 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_pid = getelementptr inbounds %struct.fproc, %struct.fproc* %5, i32 0, i32 2
  store i32 0, i32* %fp_pid, align 4
  %6 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_program = getelementptr inbounds %struct.fproc, %struct.fproc* %6, i32 0, i32 4
  store i32 -1, i32* %fp_program, align 4
  store i32 -201, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, i32* %retval, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_setuid(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 0
  %1 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_pm_vfs_proc = bitcast %union.anon* %m_u to %struct.mess_vfs_cdev_read*
  %uid = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc, i32 0, i32 3
  %3 = load i32, i32* %uid, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u1 = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_pm_vfs_proc2 = bitcast %union.anon* %m_u1 to %struct.mess_vfs_cdev_read*
  %endpt = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %m_pm_vfs_proc2, i32 0, i32 0
  %5 = load i32, i32* %endpt, align 4
  %and = and i32 %5, 31
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and
  %fp_uid = getelementptr inbounds %struct.fproc, %struct.fproc* %arrayidx, i32 0, i32 3
  store i32 %3, i32* %fp_uid, align 4
  store i32 -201, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, i32* %retval, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exec(%struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %endpt = alloca i32, align 4
  %len = alloca i32, align 4
  %rfp = alloca %struct.fproc*, align 4
  %name = alloca [15 x i8], align 1
  %base = alloca i32, align 4
  %f = alloca i32, align 4
  %r = alloca i32, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %0, i32 0, i32 2
  %m_pm_vfs_exec = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_exec*
  %endpt1 = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec, i32 0, i32 0
  %1 = load i32, i32* %endpt1, align 4
  store i32 %1, i32* %endpt, align 4
  %2 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %2, i32 0, i32 2
  %m_pm_vfs_exec3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_exec*
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec3, i32 0, i32 2
  %3 = load i32, i32* %namelen, align 4
  store i32 %3, i32* %len, align 4
  %4 = load i32, i32* %endpt, align 4
  %and = and i32 %4, 31
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], [32 x %struct.fproc]* @fproc, i32 0, i32 %and
  store %struct.fproc* %arrayidx, %struct.fproc** %rfp, align 4
  %5 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %5, i32 0, i32 0
  %6 = load i32, i32* %m_source, align 4
  %cmp = icmp ne i32 %6, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %7 = load i32, i32* %len, align 4
  %cmp4 = icmp eq i32 %7, 0
  br i1 %cmp4, label %if.then6, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %if.end
  %8 = load i32, i32* %len, align 4
  %cmp5 = icmp ugt i32 %8, 14
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, i32* %retval, align 4
  br label %return

if.end7:                                          ; preds = %lor.lhs.false
  %9 = load i32, i32* %endpt, align 4
  %10 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u8 = getelementptr inbounds %struct.message, %struct.message* %10, i32 0, i32 2
  %m_pm_vfs_exec9 = bitcast %union.anon* %m_u8 to %struct.mess_pm_vfs_exec*
  %name10 = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_pm_vfs_exec9, i32 0, i32 1
  %11 = load i32, i32* %name10, align 4
  %arraydecay = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 0
  %12 = ptrtoint i8* %arraydecay to i32
  %13 = load i32, i32* %len, align 4
  %call = call i32 @sys_datacopy(i32 noundef %9, i32 noundef %11, i32 noundef 32256, i32 noundef %12, i32 noundef %13) #4
  store i32 %call, i32* %r, align 4
  %cmp11 = icmp ne i32 %call, 0
  br i1 %cmp11, label %if.then12, label %if.end13

if.then12:                                        ; preds = %if.end7
  %14 = load i32, i32* %r, align 4
  store i32 %14, i32* %retval, align 4
  br label %return

if.end13:                                         ; preds = %if.end7
  %15 = load i32, i32* %len, align 4
  %arrayidx14 = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 %15
  store i8 0, i8* %arrayidx14, align 1
  %arraydecay15 = getelementptr inbounds [15 x i8], [15 x i8]* %name, i32 0, i32 0
  %call16 = call i32 @find_file(i8* noundef %arraydecay15) #4
  store i32 %call16, i32* %f, align 4
  %cmp17 = icmp slt i32 %call16, 0
  br i1 %cmp17, label %if.then18, label %if.end19

if.then18:                                        ; preds = %if.end13
  store i32 -2, i32* %retval, align 4
  br label %return

if.end19:                                         ; preds = %if.end13
  %16 = load i32, i32* %f, align 4
  %arrayidx20 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %16
  %17 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_uid = getelementptr inbounds %struct.fproc, %struct.fproc* %17, i32 0, i32 3
  %18 = load i32, i32* %fp_uid, align 4
  %call21 = call i32 @may_access(%struct.vfile* noundef %arrayidx20, i32 noundef %18, i32 noundef 1) #4
  %tobool = icmp ne i32 %call21, 0
  br i1 %tobool, label %if.end23, label %if.then22

if.then22:                                        ; preds = %if.end19
  store i32 -13, i32* %retval, align 4
  br label %return

if.end23:                                         ; preds = %if.end19
  %19 = load i32, i32* %endpt, align 4
  %20 = load i32, i32* %f, align 4
  %arrayidx24 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %20
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx24, i32 0, i32 4
  %21 = load i32, i32* %f_size, align 4
  %call25 = call i32 @vm_exec_newmem(i32 noundef %19, i32 noundef %21, i32* noundef %base) #4
  store i32 %call25, i32* %r, align 4
  %cmp26 = icmp ne i32 %call25, 0
  br i1 %cmp26, label %if.then27, label %if.end28

if.then27:                                        ; preds = %if.end23
  %22 = load i32, i32* %r, align 4
  store i32 %22, i32* %retval, align 4
  br label %return

if.end28:                                         ; preds = %if.end23
  %23 = load i32, i32* %f, align 4
  %arrayidx29 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %23
  %f_data = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx29, i32 0, i32 7
  %arraydecay30 = getelementptr inbounds [512 x i8], [512 x i8]* %f_data, i32 0, i32 0
  %24 = ptrtoint i8* %arraydecay30 to i32
  %25 = load i32, i32* %endpt, align 4
  %26 = load i32, i32* %base, align 4
  %27 = load i32, i32* %f, align 4
  %arrayidx31 = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %27
  %f_size32 = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx31, i32 0, i32 4
  %28 = load i32, i32* %f_size32, align 4
  %call33 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %24, i32 noundef %25, i32 noundef %26, i32 noundef %28) #4
  store i32 %call33, i32* %r, align 4
  %cmp34 = icmp ne i32 %call33, 0
  br i1 %cmp34, label %if.then35, label %if.end36

if.then35:                                        ; preds = %if.end28
  %29 = load i32, i32* %r, align 4
  store i32 %29, i32* %retval, align 4
  br label %return

if.end36:                                         ; preds = %if.end28
  %30 = load i32, i32* %f, align 4
  %31 = load %struct.fproc*, %struct.fproc** %rfp, align 4
  %fp_program = getelementptr inbounds %struct.fproc, %struct.fproc* %31, i32 0, i32 4
  store i32 %30, i32* %fp_program, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end36, %if.then35, %if.then27, %if.then22, %if.then18, %if.then12, %if.then6, %if.then
  %32 = load i32, i32* %retval, align 4
  ret i32 %32
}

declare dso_local i32 @vm_exec_newmem(i32 noundef, i32 noundef, i32* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_read(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %fdp = alloca %struct.mess_vfs_cdev_read*, align 4
  %vf = alloca %struct.vfile*, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_lc_vfs_readwrite = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_exec*
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite, i32 0, i32 0
  %5 = load i32, i32* %fd, align 4
  %call1 = call %struct.mess_vfs_cdev_read* @get_filedesc(%struct.fdtable_entry* noundef %3, i32 noundef %5) #4
  store %struct.mess_vfs_cdev_read* %call1, %struct.mess_vfs_cdev_read** %fdp, align 4
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_lc_vfs_readwrite3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_exec*
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite3, i32 0, i32 2
  %7 = load i32, i32* %len, align 4
  store i32 %7, i32* %n, align 4
  %8 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %cmp = icmp eq %struct.mess_vfs_cdev_read* %8, null
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %9 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %9, i32 0, i32 3
  %10 = load i32, i32* %fd_flags, align 4
  %cmp4 = icmp eq i32 %10, 1
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %11 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %11, i32 0, i32 1
  %12 = load i32, i32* %fd_file, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %12
  store %struct.vfile* %arrayidx, %struct.vfile** %vf, align 4
  %13 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_cdev = getelementptr inbounds %struct.vfile, %struct.vfile* %13, i32 0, i32 5
  %14 = load i32, i32* %f_cdev, align 4
  %cmp5 = icmp ne i32 %14, 0
  br i1 %cmp5, label %if.then6, label %if.end12

if.then6:                                         ; preds = %if.end
  %15 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_cdev7 = getelementptr inbounds %struct.vfile, %struct.vfile* %15, i32 0, i32 5
  %16 = load i32, i32* %f_cdev7, align 4
  %sub = sub nsw i32 %16, 1
  %17 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source8 = getelementptr inbounds %struct.message, %struct.message* %17, i32 0, i32 0
  %18 = load i32, i32* %m_source8, align 4
  %19 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u9 = getelementptr inbounds %struct.message, %struct.message* %19, i32 0, i32 2
  %m_lc_vfs_readwrite10 = bitcast %union.anon* %m_u9 to %struct.mess_pm_vfs_exec*
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite10, i32 0, i32 1
  %20 = load i32, i32* %buf, align 4
  %21 = load i32, i32* %n, align 4
  %call11 = call i32 @cdev_read(i32 noundef %sub, i32 noundef %18, i32 noundef %20, i32 noundef %21) #4
  store i32 %call11, i32* %retval, align 4
  br label %return

if.end12:                                         ; preds = %if.end
  %22 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %22, i32 0, i32 2
  %23 = load i32, i32* %fd_pos, align 4
  %24 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %24, i32 0, i32 4
  %25 = load i32, i32* %f_size, align 4
  %cmp13 = icmp uge i32 %23, %25
  br i1 %cmp13, label %if.then14, label %if.else

if.then14:                                        ; preds = %if.end12
  store i32 0, i32* %n, align 4
  br label %if.end24

if.else:                                          ; preds = %if.end12
  %26 = load i32, i32* %n, align 4
  %27 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size15 = getelementptr inbounds %struct.vfile, %struct.vfile* %27, i32 0, i32 4
  %28 = load i32, i32* %f_size15, align 4
  %29 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos16 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %29, i32 0, i32 2
  %30 = load i32, i32* %fd_pos16, align 4
  %sub17 = sub i32 %28, %30
  %cmp18 = icmp ugt i32 %26, %sub17
  br i1 %cmp18, label %if.then19, label %if.end23

if.then19:                                        ; preds = %if.else
  %31 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size20 = getelementptr inbounds %struct.vfile, %struct.vfile* %31, i32 0, i32 4
  %32 = load i32, i32* %f_size20, align 4
  %33 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos21 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %33, i32 0, i32 2
  %34 = load i32, i32* %fd_pos21, align 4
  %sub22 = sub i32 %32, %34
  store i32 %sub22, i32* %n, align 4
  br label %if.end23

if.end23:                                         ; preds = %if.then19, %if.else
  br label %if.end24

if.end24:                                         ; preds = %if.end23, %if.then14
  %35 = load i32, i32* %n, align 4
  %cmp25 = icmp ugt i32 %35, 0
  br i1 %cmp25, label %land.lhs.true, label %if.end35

land.lhs.true:                                    ; preds = %if.end24
  %36 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_data = getelementptr inbounds %struct.vfile, %struct.vfile* %36, i32 0, i32 7
  %37 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos26 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %37, i32 0, i32 2
  %38 = load i32, i32* %fd_pos26, align 4
  %arrayidx27 = getelementptr inbounds [512 x i8], [512 x i8]* %f_data, i32 0, i32 %38
  %39 = ptrtoint i8* %arrayidx27 to i32
  %40 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source28 = getelementptr inbounds %struct.message, %struct.message* %40, i32 0, i32 0
  %41 = load i32, i32* %m_source28, align 4
  %42 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u29 = getelementptr inbounds %struct.message, %struct.message* %42, i32 0, i32 2
  %m_lc_vfs_readwrite30 = bitcast %union.anon* %m_u29 to %struct.mess_pm_vfs_exec*
  %buf31 = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite30, i32 0, i32 1
  %43 = load i32, i32* %buf31, align 4
  %44 = load i32, i32* %n, align 4
  %call32 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %39, i32 noundef %41, i32 noundef %43, i32 noundef %44) #4
  store i32 %call32, i32* %r, align 4
  %cmp33 = icmp ne i32 %call32, 0
  br i1 %cmp33, label %if.then34, label %if.end35

if.then34:                                        ; preds = %land.lhs.true
  %45 = load i32, i32* %r, align 4
  store i32 %45, i32* %retval, align 4
  br label %return

if.end35:                                         ; preds = %land.lhs.true, %if.end24
  %46 = load i32, i32* %n, align 4
  %47 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos36 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %47, i32 0, i32 2
  %48 = load i32, i32* %fd_pos36, align 4
  %add = add i32 %48, %46
  store i32 %add, i32* %fd_pos36, align 4
  %49 = load i32, i32* %n, align 4
  store i32 %49, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end35, %if.then34, %if.then6, %if.then
  %50 = load i32, i32* %retval, align 4
  ret i32 %50
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_write(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %fdp = alloca %struct.mess_vfs_cdev_read*, align 4
  %vf = alloca %struct.vfile*, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_lc_vfs_readwrite = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_exec*
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite, i32 0, i32 0
  %5 = load i32, i32* %fd, align 4
  %call1 = call %struct.mess_vfs_cdev_read* @get_filedesc(%struct.fdtable_entry* noundef %3, i32 noundef %5) #4
  store %struct.mess_vfs_cdev_read* %call1, %struct.mess_vfs_cdev_read** %fdp, align 4
  %6 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %6, i32 0, i32 2
  %m_lc_vfs_readwrite3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_exec*
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite3, i32 0, i32 2
  %7 = load i32, i32* %len, align 4
  store i32 %7, i32* %n, align 4
  %8 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %cmp = icmp eq %struct.mess_vfs_cdev_read* %8, null
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %9 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_flags = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %9, i32 0, i32 3
  %10 = load i32, i32* %fd_flags, align 4
  %cmp4 = icmp eq i32 %10, 0
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %11 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %11, i32 0, i32 1
  %12 = load i32, i32* %fd_file, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %12
  store %struct.vfile* %arrayidx, %struct.vfile** %vf, align 4
  %13 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_cdev = getelementptr inbounds %struct.vfile, %struct.vfile* %13, i32 0, i32 5
  %14 = load i32, i32* %f_cdev, align 4
  %cmp5 = icmp ne i32 %14, 0
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %if.end
  store i32 -5, i32* %retval, align 4
  br label %return

if.end7:                                          ; preds = %if.end
  %15 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %15, i32 0, i32 2
  %16 = load i32, i32* %fd_pos, align 4
  %cmp8 = icmp uge i32 %16, 512
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %if.end7
  store i32 -28, i32* %retval, align 4
  br label %return

if.end10:                                         ; preds = %if.end7
  %17 = load i32, i32* %n, align 4
  %18 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos11 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %18, i32 0, i32 2
  %19 = load i32, i32* %fd_pos11, align 4
  %sub = sub nsw i32 512, %19
  %cmp12 = icmp ugt i32 %17, %sub
  br i1 %cmp12, label %if.then13, label %if.end16

if.then13:                                        ; preds = %if.end10
  %20 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos14 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %20, i32 0, i32 2
  %21 = load i32, i32* %fd_pos14, align 4
  %sub15 = sub nsw i32 512, %21
  store i32 %sub15, i32* %n, align 4
  br label %if.end16

if.end16:                                         ; preds = %if.then13, %if.end10
  %22 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source17 = getelementptr inbounds %struct.message, %struct.message* %22, i32 0, i32 0
  %23 = load i32, i32* %m_source17, align 4
  %24 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u18 = getelementptr inbounds %struct.message, %struct.message* %24, i32 0, i32 2
  %m_lc_vfs_readwrite19 = bitcast %union.anon* %m_u18 to %struct.mess_pm_vfs_exec*
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_readwrite19, i32 0, i32 1
  %25 = load i32, i32* %buf, align 4
  %26 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_data = getelementptr inbounds %struct.vfile, %struct.vfile* %26, i32 0, i32 7
  %27 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos20 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %27, i32 0, i32 2
  %28 = load i32, i32* %fd_pos20, align 4
  %arrayidx21 = getelementptr inbounds [512 x i8], [512 x i8]* %f_data, i32 0, i32 %28
  %29 = ptrtoint i8* %arrayidx21 to i32
  %30 = load i32, i32* %n, align 4
  %call22 = call i32 @sys_datacopy(i32 noundef %23, i32 noundef %25, i32 noundef 32256, i32 noundef %29, i32 noundef %30) #4
  store i32 %call22, i32* %r, align 4
  %cmp23 = icmp ne i32 %call22, 0
  br i1 %cmp23, label %if.then24, label %if.end25

if.then24:                                        ; preds = %if.end16
  %31 = load i32, i32* %r, align 4
  store i32 %31, i32* %retval, align 4
  br label %return

if.end25:                                         ; preds = %if.end16
  %32 = load i32, i32* %n, align 4
  %33 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos26 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %33, i32 0, i32 2
  %34 = load i32, i32* %fd_pos26, align 4
  %add = add i32 %34, %32
  store i32 %add, i32* %fd_pos26, align 4
  %35 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos27 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %35, i32 0, i32 2
  %36 = load i32, i32* %fd_pos27, align 4
  %37 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %37, i32 0, i32 4
  %38 = load i32, i32* %f_size, align 4
  %cmp28 = icmp ugt i32 %36, %38
  br i1 %cmp28, label %if.then29, label %if.end32

if.then29:                                        ; preds = %if.end25
  %39 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos30 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %39, i32 0, i32 2
  %40 = load i32, i32* %fd_pos30, align 4
  %41 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_size31 = getelementptr inbounds %struct.vfile, %struct.vfile* %41, i32 0, i32 4
  store i32 %40, i32* %f_size31, align 4
  br label %if.end32

if.end32:                                         ; preds = %if.then29, %if.end25
  %42 = load %struct.vfile*, %struct.vfile** %vf, align 4
  %f_dirty = getelementptr inbounds %struct.vfile, %struct.vfile* %42, i32 0, i32 1
  store i32 1, i32* %f_dirty, align 4
  %43 = load i32, i32* %n, align 4
  store i32 %43, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end32, %if.then24, %if.then9, %if.then6, %if.then
  %44 = load i32, i32* %retval, align 4
  ret i32 %44
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_lseek(i32 noundef %proc_slot, %struct.message* noundef %m) #0 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca %struct.message*, align 4
  %fdt = alloca %struct.fdtable_entry*, align 4
  %fdp = alloca %struct.mess_vfs_cdev_read*, align 4
  %pos = alloca i32, align 4
  store i32 %proc_slot, i32* %proc_slot.addr, align 4
  store %struct.message* %m, %struct.message** %m.addr, align 4
  %0 = load i32, i32* %proc_slot.addr, align 4
  %1 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_source = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 0
  %2 = load i32, i32* %m_source, align 4
  %call = call %struct.fdtable_entry* @get_fdtable(i32 noundef %0, i32 noundef %2) #4
  store %struct.fdtable_entry* %call, %struct.fdtable_entry** %fdt, align 4
  %3 = load %struct.fdtable_entry*, %struct.fdtable_entry** %fdt, align 4
  %4 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u = getelementptr inbounds %struct.message, %struct.message* %4, i32 0, i32 2
  %m_lc_vfs_lseek = bitcast %union.anon* %m_u to %struct.mess_pm_vfs_exec*
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_lseek, i32 0, i32 0
  %5 = load i32, i32* %fd, align 4
  %call1 = call %struct.mess_vfs_cdev_read* @get_filedesc(%struct.fdtable_entry* noundef %3, i32 noundef %5) #4
  store %struct.mess_vfs_cdev_read* %call1, %struct.mess_vfs_cdev_read** %fdp, align 4
  %6 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %cmp = icmp eq %struct.mess_vfs_cdev_read* %6, null
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -9, i32* %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %7 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u2 = getelementptr inbounds %struct.message, %struct.message* %7, i32 0, i32 2
  %m_lc_vfs_lseek3 = bitcast %union.anon* %m_u2 to %struct.mess_pm_vfs_exec*
  %whence = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_lseek3, i32 0, i32 2
  %8 = load i32, i32* %whence, align 4
  switch i32 %8, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb4
    i32 2, label %sw.bb5
  ]

sw.bb:                                            ; preds = %if.end
  store i32 0, i32* %pos, align 4
  br label %sw.epilog

sw.bb4:                                           ; preds = %if.end
  %9 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %9, i32 0, i32 2
  %10 = load i32, i32* %fd_pos, align 4
  store i32 %10, i32* %pos, align 4
  br label %sw.epilog

sw.bb5:                                           ; preds = %if.end
  %11 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_file = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %11, i32 0, i32 1
  %12 = load i32, i32* %fd_file, align 4
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], [16 x %struct.vfile]* @files, i32 0, i32 %12
  %f_size = getelementptr inbounds %struct.vfile, %struct.vfile* %arrayidx, i32 0, i32 4
  %13 = load i32, i32* %f_size, align 4
  store i32 %13, i32* %pos, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %if.end
  store i32 -22, i32* %retval, align 4
  br label %return

sw.epilog:                                        ; preds = %sw.bb5, %sw.bb4, %sw.bb
  %14 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u6 = getelementptr inbounds %struct.message, %struct.message* %14, i32 0, i32 2
  %m_lc_vfs_lseek7 = bitcast %union.anon* %m_u6 to %struct.mess_pm_vfs_exec*
  %offset = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_lseek7, i32 0, i32 1
  %15 = load i32, i32* %offset, align 4
  %16 = load i32, i32* %pos, align 4
  %add = add nsw i32 %16, %15
  store i32 %add, i32* %pos, align 4
  %17 = load i32, i32* %pos, align 4
  %cmp8 = icmp slt i32 %17, 0
  br i1 %cmp8, label %if.then10, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %sw.epilog
  %18 = load i32, i32* %pos, align 4
  %cmp9 = icmp sgt i32 %18, 512
  br i1 %cmp9, label %if.then10, label %if.end11

if.then10:                                        ; preds = %lor.lhs.false, %sw.epilog
  store i32 -22, i32* %retval, align 4
  br label %return

if.end11:                                         ; preds = %lor.lhs.false
  %19 = load i32, i32* %pos, align 4
  %20 = load %struct.mess_vfs_cdev_read*, %struct.mess_vfs_cdev_read** %fdp, align 4
  %fd_pos12 = getelementptr inbounds %struct.mess_vfs_cdev_read, %struct.mess_vfs_cdev_read* %20, i32 0, i32 2
  store i32 %19, i32* %fd_pos12, align 4
  %21 = load i32, i32* %pos, align 4
  %22 = load %struct.message*, %struct.message** %m.addr, align 4
  %m_u13 = getelementptr inbounds %struct.message, %struct.message* %22, i32 0, i32 2
  %m_lc_vfs_lseek14 = bitcast %union.anon* %m_u13 to %struct.mess_pm_vfs_exec*
  %offset15 = getelementptr inbounds %struct.mess_pm_vfs_exec, %struct.mess_pm_vfs_exec* %m_lc_vfs_lseek14, i32 0, i32 1
  store i32 %21, i32* %offset15, align 4
  store i32 0, i32* %retval, align 4
  br label %return

return:                                           ; preds = %if.end11, %if.then10, %sw.default, %if.then
  %23 = load i32, i32* %retval, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind
define dso_local void @reply(%struct.message* noundef %m_out, i32 noundef %whom, i32 noundef %result) #0 {
entry:
  %m_out.addr = alloca %struct.message*, align 4
  %whom.addr = alloca i32, align 4
  %result.addr = alloca i32, align 4
  store %struct.message* %m_out, %struct.message** %m_out.addr, align 4
  store i32 %whom, i32* %whom.addr, align 4
  store i32 %result, i32* %result.addr, align 4
  %0 = load i32, i32* %result.addr, align 4
  %1 = load %struct.message*, %struct.message** %m_out.addr, align 4
  %m_type = getelementptr inbounds %struct.message, %struct.message* %1, i32 0, i32 1
  store i32 %0, i32* %m_type, align 4
  %2 = load i32, i32* %whom.addr, align 4
  %3 = load %struct.message*, %struct.message** %m_out.addr, align 4
  %call = call i32 @ipc_sendnb(i32 noundef %2, %struct.message* noundef %3) #4
  ret void
}

declare dso_local i32 @ipc_sendnb(i32 noundef, %struct.message* noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @worker_start(%struct.fproc* noundef %rfp, void ()* noundef %func, %struct.message* noundef %m_ptr) #0 {
entry:
  %retval = alloca i32, align 4
  %rfp.addr = alloca %struct.fproc*, align 4
  %func.addr = alloca void ()*, align 4
  %m_ptr.addr = alloca %struct.message*, align 4
  %w = alloca %struct.worker_thread*, align 4
  store %struct.fproc* %rfp, %struct.fproc** %rfp.addr, align 4
  store void ()* %func, void ()** %func.addr, align 4
  store %struct.message* %m_ptr, %struct.message** %m_ptr.addr, align 4
  store %struct.worker_thread* getelementptr inbounds ([4 x %struct.worker_thread], [4 x %struct.worker_thread]* @workers, i32 0, i32 0), %struct.worker_thread** %w, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %cmp = icmp ult %struct.worker_thread* %0, getelementptr inbounds ([4 x %struct.worker_thread], [4 x %struct.worker_thread]* @workers, i64 1, i32 0)
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_func = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %1, i32 0, i32 1
  %2 = load void ()*, void ()** %w_func, align 4
  %cmp1 = icmp ne void ()* %2, null
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  br label %for.inc

if.end:                                           ; preds = %for.body
  %3 = load void ()*, void ()** %func.addr, align 4
  %4 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_func2 = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %4, i32 0, i32 1
  store void ()* %3, void ()** %w_func2, align 4
  %5 = load %struct.fproc*, %struct.fproc** %rfp.addr, align 4
  %6 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_fp = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %6, i32 0, i32 5
  store %struct.fproc* %5, %struct.fproc** %w_fp, align 4
  %7 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_m_in = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %7, i32 0, i32 6
  %8 = load %struct.message*, %struct.message** %m_ptr.addr, align 4
  %9 = bitcast %struct.message* %w_m_in to i8*
  %10 = bitcast %struct.message* %8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i32(i8* align 4 %9, i8* align 4 %10, i32 64, i1 false)
  %11 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_waiting = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %11, i32 0, i32 3
  store i32 0, i32* %w_waiting, align 4
  %12 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_tid = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %12, i32 0, i32 0
  %13 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %14 = bitcast %struct.worker_thread* %13 to i8*
  %call = call i32 @mthread_create(i32* noundef %w_tid, void (i8*)* noundef @worker_main, i8* noundef %14) #4
  store i32 %call, i32* %retval, align 4
  br label %return

for.inc:                                          ; preds = %if.then
  %15 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %incdec.ptr = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %15, i32 1
  store %struct.worker_thread* %incdec.ptr, %struct.worker_thread** %w, align 4
  br label %for.cond, !llvm.loop !12

for.end:                                          ; preds = %for.cond
  store i32 -11, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.end
  %16 = load i32, i32* %retval, align 4
  ret i32 %16
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i32(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: noinline nounwind
define internal void @worker_main(i8* noundef %arg) #0 {
entry:
  %arg.addr = alloca i8*, align 4
  %w = alloca %struct.worker_thread*, align 4
  store i8* %arg, i8** %arg.addr, align 4
  %0 = load i8*, i8** %arg.addr, align 4
  %1 = bitcast i8* %0 to %struct.worker_thread*
  store %struct.worker_thread* %1, %struct.worker_thread** %w, align 4
  %2 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %3 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_func = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %3, i32 0, i32 1
  %4 = load void ()*, void ()** %w_func, align 4
  call void @worker_run(%struct.worker_thread* noundef %2, void ()* noundef %4) #4
  ret void
}

declare dso_local i32 @mthread_create(i32* noundef, void (i8*)* noundef, i8* noundef) #1

; Function Attrs: noinline nounwind
define internal void @worker_run(%struct.worker_thread* noundef %w, void ()* noundef %job) #0 {
entry:
  %w.addr = alloca %struct.worker_thread*, align 4
  %job.addr = alloca void ()*, align 4
  store %struct.worker_thread* %w, %struct.worker_thread** %w.addr, align 4
  store void ()* %job, void ()** %job.addr, align 4
  %0 = load %struct.worker_thread*, %struct.worker_thread** %w.addr, align 4
  store %struct.worker_thread* %0, %struct.worker_thread** @self, align 4
  %1 = load %struct.worker_thread*, %struct.worker_thread** %w.addr, align 4
  %w_fp = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %1, i32 0, i32 5
  %2 = load %struct.fproc*, %struct.fproc** %w_fp, align 4
  store %struct.fproc* %2, %struct.fproc** @fp, align 4
  %3 = load void ()*, void ()** %job.addr, align 4
  call void %3() #4
  %4 = load %struct.worker_thread*, %struct.worker_thread** %w.addr, align 4
  %w_waiting = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %4, i32 0, i32 3
  %5 = load i32, i32* %w_waiting, align 4
  %tobool = icmp ne i32 %5, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %entry
  %6 = load %struct.worker_thread*, %struct.worker_thread** %w.addr, align 4
  %w_func = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %6, i32 0, i32 1
  store void ()* null, void ()** %w_func, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  ret void
}

; Function Attrs: noinline nounwind
define dso_local void @worker_wait(void ()* noundef %cont) #0 {
entry:
  %cont.addr = alloca void ()*, align 4
  store void ()* %cont, void ()** %cont.addr, align 4
  %0 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_waiting = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %0, i32 0, i32 3
  store i32 1, i32* %w_waiting, align 4
  %1 = load void ()*, void ()** %cont.addr, align 4
  %2 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %w_cont = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %2, i32 0, i32 2
  store void ()* %1, void ()** %w_cont, align 4
  %3 = load %struct.worker_thread*, %struct.worker_thread** @self, align 4
  %4 = bitcast %struct.worker_thread* %3 to i8*
  call void @mthread_block(void (i8*)* noundef @worker_resume, i8* noundef %4) #4
  ret void
}

; Function Attrs: noinline nounwind
define internal void @worker_resume(i8* noundef %arg) #0 {
entry:
  %arg.addr = alloca i8*, align 4
  %w = alloca %struct.worker_thread*, align 4
  store i8* %arg, i8** %arg.addr, align 4
  %0 = load i8*, i8** %arg.addr, align 4
  %1 = bitcast i8* %0 to %struct.worker_thread*
  store %struct.worker_thread* %1, %struct.worker_thread** %w, align 4
  %2 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %3 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_cont = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %3, i32 0, i32 2
  %4 = load void ()*, void ()** %w_cont, align 4
  call void @worker_run(%struct.worker_thread* noundef %2, void ()* noundef %4) #4
  ret void
}

declare dso_local void @mthread_block(void (i8*)* noundef, i8* noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @worker_wakeup(i32 noundef %user, i32 noundef %status) #0 {
entry:
  %user.addr = alloca i32, align 4
  %status.addr = alloca i32, align 4
  %w = alloca %struct.worker_thread*, align 4
  store i32 %user, i32* %user.addr, align 4
  store i32 %status, i32* %status.addr, align 4
  store %struct.worker_thread* getelementptr inbounds ([4 x %struct.worker_thread], [4 x %struct.worker_thread]* @workers, i32 0, i32 0), %struct.worker_thread** %w, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %cmp = icmp ult %struct.worker_thread* %0, getelementptr inbounds ([4 x %struct.worker_thread], [4 x %struct.worker_thread]* @workers, i64 1, i32 0)
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_waiting = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %1, i32 0, i32 3
  %2 = load i32, i32* %w_waiting, align 4
  %tobool = icmp ne i32 %2, 0
  br i1 %tobool, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body
  %3 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_fp = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %3, i32 0, i32 5
  %4 = load %struct.fproc*, %struct.fproc** %w_fp, align 4
  %fp_endpoint = getelementptr inbounds %struct.fproc, %struct.fproc* %4, i32 0, i32 0
  %5 = load i32, i32* %fp_endpoint, align 4
  %6 = load i32, i32* %user.addr, align 4
  %cmp1 = icmp eq i32 %5, %6
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %7 = load i32, i32* %status.addr, align 4
  %8 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_drv_status = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %8, i32 0, i32 4
  store i32 %7, i32* %w_drv_status, align 4
  %9 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_waiting2 = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %9, i32 0, i32 3
  store i32 0, i32* %w_waiting2, align 4
  %10 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %w_tid = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %10, i32 0, i32 0
  %11 = load i32, i32* %w_tid, align 4
  call void @mthread_wakeup(i32 noundef %11) #4
  br label %for.end

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %12 = load %struct.worker_thread*, %struct.worker_thread** %w, align 4
  %incdec.ptr = getelementptr inbounds %struct.worker_thread, %struct.worker_thread* %12, i32 1
  store %struct.worker_thread* %incdec.ptr, %struct.worker_thread** %w, align 4
  br label %for.cond, !llvm.loop !13

for.end:                                          ; preds = %if.then, %for.cond
  ret void
}

declare dso_local void @mthread_wakeup(i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local void @worker_yield() #0 {
entry:
  call void @mthread_yield_all() #4
  ret void
}

declare dso_local void @mthread_yield_all() #1

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly nofree nounwind willreturn }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin noreturn "no-builtins" }

!llvm.ident = !{!0, !0, !0, !0, !0, !0, !0, !0, !0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 14.0.6"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = distinct !{!7, !5}
!8 = distinct !{!8, !5}
!9 = distinct !{!9, !5}
!10 = distinct !{!10, !5}
!11 = distinct !{!11, !5}
!12 = distinct !{!12, !5}
!13 = distinct !{!13, !5}
