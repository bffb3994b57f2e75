; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.fdtable_entry = type { i32, i16, [8 x %struct.filedesc] }
%struct.filedesc = type { i32, i32, i32, i32 }
%struct.fproc = type { i32, i32, i32, i32, i32 }
%struct.vfile = type { i32, i32, i32, i16, i32, [15 x i8], [512 x i8] }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }
%struct.mess_lc_vfs_umask = type { i16 }
%struct.mess_lc_vfs_open = type { i32, i32, i32, i16 }
%struct.mess_lc_vfs_close = type { i32 }
%struct.mess_pm_vfs_exec = type { i32, i32, i32 }

@.str = private unnamed_addr constant [20 x i8] c"vfs: receive failed\00", align 1, !dbg !0
@fdtable = dso_local global [32 x %struct.fdtable_entry] zeroinitializer, align 4, !dbg !7
@.str.1 = private unnamed_addr constant [3 x i8] c"sh\00", align 1, !dbg !60
@.str.2 = private unnamed_addr constant [5 x i8] c"motd\00", align 1, !dbg !65
@.str.3 = private unnamed_addr constant [19 x i8] c"welcome to minios\0A\00", align 1, !dbg !70
@vfs_shutting_down = dso_local global i32 0, align 4, !dbg !58
@fproc = dso_local global [32 x %struct.fproc] zeroinitializer, align 4, !dbg !44
@files = dso_local global [16 x %struct.vfile] zeroinitializer, align 4, !dbg !13

; Function Attrs: noinline nounwind
define dso_local i32 @find_file(ptr noundef %name) #0 !dbg !116 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %f = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !122, !DIExpression(), !123)
    #dbg_declare(ptr %f, !124, !DIExpression(), !125)
  store i32 0, ptr %f, align 4, !dbg !126
  br label %for.cond, !dbg !128

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !129
  %cmp = icmp slt i32 %0, 16, !dbg !131
  br i1 %cmp, label %for.body, label %for.end, !dbg !132

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !133
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !135
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !136
  %2 = load i32, ptr %f_in_use, align 4, !dbg !136
  %tobool = icmp ne i32 %2, 0, !dbg !135
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !137

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %f, align 4, !dbg !138
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, !dbg !139
  %f_name = getelementptr inbounds %struct.vfile, ptr %arrayidx1, i32 0, i32 5, !dbg !140
  %arraydecay = getelementptr inbounds [15 x i8], ptr %f_name, i32 0, i32 0, !dbg !139
  %4 = load ptr, ptr %name.addr, align 4, !dbg !141
  %call = call i32 @strncmp(ptr noundef %arraydecay, ptr noundef %4, i32 noundef 15) #3, !dbg !142
  %cmp2 = icmp eq i32 %call, 0, !dbg !143
  br i1 %cmp2, label %if.then, label %if.end, !dbg !144

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %f, align 4, !dbg !145
  store i32 %5, ptr %retval, align 4, !dbg !146
  br label %return, !dbg !146

if.end:                                           ; preds = %land.lhs.true, %for.body
  br label %for.inc, !dbg !147

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %f, align 4, !dbg !148
  %inc = add nsw i32 %6, 1, !dbg !148
  store i32 %inc, ptr %f, align 4, !dbg !148
  br label %for.cond, !dbg !149, !llvm.loop !150

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !153
  br label %return, !dbg !153

return:                                           ; preds = %for.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !154
  ret i32 %7, !dbg !154
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @create_file(ptr noundef %name, i32 noundef %owner, i16 noundef zeroext %mode) #0 !dbg !155 {
entry:
  %retval = alloca i32, align 4
  %name.addr = alloca ptr, align 4
  %owner.addr = alloca i32, align 4
  %mode.addr = alloca i16, align 2
  %fp = alloca ptr, align 4
  %f = alloca i32, align 4
  store ptr %name, ptr %name.addr, align 4
    #dbg_declare(ptr %name.addr, !158, !DIExpression(), !159)
  store i32 %owner, ptr %owner.addr, align 4
    #dbg_declare(ptr %owner.addr, !160, !DIExpression(), !161)
  store i16 %mode, ptr %mode.addr, align 2
    #dbg_declare(ptr %mode.addr, !162, !DIExpression(), !163)
    #dbg_declare(ptr %fp, !164, !DIExpression(), !175)
    #dbg_declare(ptr %f, !176, !DIExpression(), !177)
  store i32 0, ptr %f, align 4, !dbg !178
  br label %for.cond, !dbg !180

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !181
  %cmp = icmp slt i32 %0, 16, !dbg !183
  br i1 %cmp, label %for.body, label %for.end, !dbg !184

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !185
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !187
  store ptr %arrayidx, ptr %fp, align 4, !dbg !188
  %2 = load ptr, ptr %fp, align 4, !dbg !189
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %2, i32 0, i32 0, !dbg !191
  %3 = load i32, ptr %f_in_use, align 4, !dbg !191
  %tobool = icmp ne i32 %3, 0, !dbg !189
  br i1 %tobool, label %if.then, label %if.end, !dbg !192

if.then:                                          ; preds = %for.body
  br label %for.inc, !dbg !193

if.end:                                           ; preds = %for.body
  %4 = load ptr, ptr %fp, align 4, !dbg !194
  %f_in_use1 = getelementptr inbounds %struct.vfile, ptr %4, i32 0, i32 0, !dbg !195
  store i32 1, ptr %f_in_use1, align 4, !dbg !196
  %5 = load ptr, ptr %fp, align 4, !dbg !197
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %5, i32 0, i32 1, !dbg !198
  store i32 1, ptr %f_dirty, align 4, !dbg !199
  %6 = load i32, ptr %owner.addr, align 4, !dbg !200
  %7 = load ptr, ptr %fp, align 4, !dbg !201
  %f_owner = getelementptr inbounds %struct.vfile, ptr %7, i32 0, i32 2, !dbg !202
  store i32 %6, ptr %f_owner, align 4, !dbg !203
  %8 = load i16, ptr %mode.addr, align 2, !dbg !204
  %conv = zext i16 %8 to i32, !dbg !204
  %and = and i32 %conv, 511, !dbg !205
  %conv2 = trunc i32 %and to i16, !dbg !204
  %9 = load ptr, ptr %fp, align 4, !dbg !206
  %f_mode = getelementptr inbounds %struct.vfile, ptr %9, i32 0, i32 3, !dbg !207
  store i16 %conv2, ptr %f_mode, align 4, !dbg !208
  %10 = load ptr, ptr %fp, align 4, !dbg !209
  %f_size = getelementptr inbounds %struct.vfile, ptr %10, i32 0, i32 4, !dbg !210
  store i32 0, ptr %f_size, align 4, !dbg !211
  %11 = load ptr, ptr %fp, align 4, !dbg !212
  %f_name = getelementptr inbounds %struct.vfile, ptr %11, i32 0, i32 5, !dbg !213
  %arraydecay = getelementptr inbounds [15 x i8], ptr %f_name, i32 0, i32 0, !dbg !212
  %12 = load ptr, ptr %name.addr, align 4, !dbg !214
  %call = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef %12, i32 noundef 15) #3, !dbg !215
  %13 = load i32, ptr %f, align 4, !dbg !216
  store i32 %13, ptr %retval, align 4, !dbg !217
  br label %return, !dbg !217

for.inc:                                          ; preds = %if.then
  %14 = load i32, ptr %f, align 4, !dbg !218
  %inc = add nsw i32 %14, 1, !dbg !218
  store i32 %inc, ptr %f, align 4, !dbg !218
  br label %for.cond, !dbg !219, !llvm.loop !220

for.end:                                          ; preds = %for.cond
  store i32 -28, ptr %retval, align 4, !dbg !222
  br label %return, !dbg !222

return:                                           ; preds = %for.end, %if.end
  %15 = load i32, ptr %retval, align 4, !dbg !223
  ret i32 %15, !dbg !223
}

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @may_access(ptr noundef %f, i32 noundef %uid, i32 noundef %bits) #0 !dbg !224 {
entry:
  %retval = alloca i32, align 4
  %f.addr = alloca ptr, align 4
  %uid.addr = alloca i32, align 4
  %bits.addr = alloca i32, align 4
  store ptr %f, ptr %f.addr, align 4
    #dbg_declare(ptr %f.addr, !229, !DIExpression(), !230)
  store i32 %uid, ptr %uid.addr, align 4
    #dbg_declare(ptr %uid.addr, !231, !DIExpression(), !232)
  store i32 %bits, ptr %bits.addr, align 4
    #dbg_declare(ptr %bits.addr, !233, !DIExpression(), !234)
  %0 = load i32, ptr %uid.addr, align 4, !dbg !235
  %cmp = icmp eq i32 %0, 0, !dbg !237
  br i1 %cmp, label %if.then, label %if.end, !dbg !238

if.then:                                          ; preds = %entry
  store i32 1, ptr %retval, align 4, !dbg !239
  br label %return, !dbg !239

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %uid.addr, align 4, !dbg !240
  %2 = load ptr, ptr %f.addr, align 4, !dbg !242
  %f_owner = getelementptr inbounds %struct.vfile, ptr %2, i32 0, i32 2, !dbg !243
  %3 = load i32, ptr %f_owner, align 4, !dbg !243
  %cmp1 = icmp eq i32 %1, %3, !dbg !244
  br i1 %cmp1, label %if.then2, label %if.end5, !dbg !245

if.then2:                                         ; preds = %if.end
  %4 = load ptr, ptr %f.addr, align 4, !dbg !246
  %f_mode = getelementptr inbounds %struct.vfile, ptr %4, i32 0, i32 3, !dbg !247
  %5 = load i16, ptr %f_mode, align 4, !dbg !247
  %conv = zext i16 %5 to i32, !dbg !246
  %shr = ashr i32 %conv, 6, !dbg !248
  %6 = load i32, ptr %bits.addr, align 4, !dbg !249
  %and = and i32 %shr, %6, !dbg !250
  %7 = load i32, ptr %bits.addr, align 4, !dbg !251
  %cmp3 = icmp eq i32 %and, %7, !dbg !252
  %conv4 = zext i1 %cmp3 to i32, !dbg !252
  store i32 %conv4, ptr %retval, align 4, !dbg !253
  br label %return, !dbg !253

if.end5:                                          ; preds = %if.end
  %8 = load ptr, ptr %f.addr, align 4, !dbg !254
  %f_mode6 = getelementptr inbounds %struct.vfile, ptr %8, i32 0, i32 3, !dbg !255
  %9 = load i16, ptr %f_mode6, align 4, !dbg !255
  %conv7 = zext i16 %9 to i32, !dbg !254
  %10 = load i32, ptr %bits.addr, align 4, !dbg !256
  %and8 = and i32 %conv7, %10, !dbg !257
  %11 = load i32, ptr %bits.addr, align 4, !dbg !258
  %cmp9 = icmp eq i32 %and8, %11, !dbg !259
  %conv10 = zext i1 %cmp9 to i32, !dbg !259
  store i32 %conv10, ptr %retval, align 4, !dbg !260
  br label %return, !dbg !260

return:                                           ; preds = %if.end5, %if.then2, %if.then
  %12 = load i32, ptr %retval, align 4, !dbg !261
  ret i32 %12, !dbg !261
}

; Function Attrs: noinline nounwind
define dso_local i32 @sync_files() #0 !dbg !262 {
entry:
  %f = alloca i32, align 4
  %n = alloca i32, align 4
    #dbg_declare(ptr %f, !265, !DIExpression(), !266)
    #dbg_declare(ptr %n, !267, !DIExpression(), !268)
  store i32 0, ptr %n, align 4, !dbg !268
  store i32 0, ptr %f, align 4, !dbg !269
  br label %for.cond, !dbg !271

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %f, align 4, !dbg !272
  %cmp = icmp slt i32 %0, 16, !dbg !274
  br i1 %cmp, label %for.body, label %for.end, !dbg !275

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %f, align 4, !dbg !276
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %1, !dbg !279
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !280
  %2 = load i32, ptr %f_in_use, align 4, !dbg !280
  %tobool = icmp ne i32 %2, 0, !dbg !279
  br i1 %tobool, label %land.lhs.true, label %if.end, !dbg !281

land.lhs.true:                                    ; preds = %for.body
  %3 = load i32, ptr %f, align 4, !dbg !282
  %arrayidx1 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %3, !dbg !283
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %arrayidx1, i32 0, i32 1, !dbg !284
  %4 = load i32, ptr %f_dirty, align 4, !dbg !284
  %tobool2 = icmp ne i32 %4, 0, !dbg !283
  br i1 %tobool2, label %if.then, label %if.end, !dbg !285

if.then:                                          ; preds = %land.lhs.true
  %5 = load i32, ptr %f, align 4, !dbg !286
  %arrayidx3 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %5, !dbg !288
  %f_dirty4 = getelementptr inbounds %struct.vfile, ptr %arrayidx3, i32 0, i32 1, !dbg !289
  store i32 0, ptr %f_dirty4, align 4, !dbg !290
  %6 = load i32, ptr %n, align 4, !dbg !291
  %inc = add nsw i32 %6, 1, !dbg !291
  store i32 %inc, ptr %n, align 4, !dbg !291
  br label %if.end, !dbg !292

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body
  br label %for.inc, !dbg !293

for.inc:                                          ; preds = %if.end
  %7 = load i32, ptr %f, align 4, !dbg !294
  %inc5 = add nsw i32 %7, 1, !dbg !294
  store i32 %inc5, ptr %f, align 4, !dbg !294
  br label %for.cond, !dbg !295, !llvm.loop !296

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %n, align 4, !dbg !298
  ret i32 %8, !dbg !299
}

; Function Attrs: noinline nounwind
define dso_local ptr @get_fdtable(i32 noundef %proc_slot, i32 noundef %caller) #0 !dbg !300 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %caller.addr = alloca i32, align 4
  %fdt = alloca ptr, align 4
  %fd = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !316, !DIExpression(), !317)
  store i32 %caller, ptr %caller.addr, align 4
    #dbg_declare(ptr %caller.addr, !318, !DIExpression(), !319)
    #dbg_declare(ptr %fdt, !320, !DIExpression(), !321)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !322
  %arrayidx = getelementptr inbounds [32 x %struct.fdtable_entry], ptr @fdtable, i32 0, i32 %0, !dbg !323
  store ptr %arrayidx, ptr %fdt, align 4, !dbg !321
    #dbg_declare(ptr %fd, !324, !DIExpression(), !325)
  %1 = load ptr, ptr %fdt, align 4, !dbg !326
  %fdt_owner = getelementptr inbounds %struct.fdtable_entry, ptr %1, i32 0, i32 0, !dbg !328
  %2 = load i32, ptr %fdt_owner, align 4, !dbg !328
  %3 = load i32, ptr %caller.addr, align 4, !dbg !329
  %cmp = icmp ne i32 %2, %3, !dbg !330
  br i1 %cmp, label %if.then, label %if.end, !dbg !331

if.then:                                          ; preds = %entry
  %4 = load i32, ptr %caller.addr, align 4, !dbg !332
  %5 = load ptr, ptr %fdt, align 4, !dbg !334
  %fdt_owner1 = getelementptr inbounds %struct.fdtable_entry, ptr %5, i32 0, i32 0, !dbg !335
  store i32 %4, ptr %fdt_owner1, align 4, !dbg !336
  %6 = load ptr, ptr %fdt, align 4, !dbg !337
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %6, i32 0, i32 1, !dbg !338
  store i16 18, ptr %fdt_umask, align 4, !dbg !339
  store i32 0, ptr %fd, align 4, !dbg !340
  br label %for.cond, !dbg !342

for.cond:                                         ; preds = %for.inc, %if.then
  %7 = load i32, ptr %fd, align 4, !dbg !343
  %cmp2 = icmp slt i32 %7, 8, !dbg !345
  br i1 %cmp2, label %for.body, label %for.end, !dbg !346

for.body:                                         ; preds = %for.cond
  %8 = load ptr, ptr %fdt, align 4, !dbg !347
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %8, i32 0, i32 2, !dbg !348
  %9 = load i32, ptr %fd, align 4, !dbg !349
  %arrayidx3 = getelementptr inbounds [8 x %struct.filedesc], ptr %fdt_fd, i32 0, i32 %9, !dbg !347
  %fd_in_use = getelementptr inbounds %struct.filedesc, ptr %arrayidx3, i32 0, i32 0, !dbg !350
  store i32 0, ptr %fd_in_use, align 4, !dbg !351
  br label %for.inc, !dbg !347

for.inc:                                          ; preds = %for.body
  %10 = load i32, ptr %fd, align 4, !dbg !352
  %inc = add nsw i32 %10, 1, !dbg !352
  store i32 %inc, ptr %fd, align 4, !dbg !352
  br label %for.cond, !dbg !353, !llvm.loop !354

for.end:                                          ; preds = %for.cond
  br label %if.end, !dbg !356

if.end:                                           ; preds = %for.end, %entry
  %11 = load ptr, ptr %fdt, align 4, !dbg !357
  ret ptr %11, !dbg !358
}

; Function Attrs: noinline nounwind
define dso_local ptr @get_filedesc(ptr noundef %fdt, i32 noundef %fd) #0 !dbg !359 {
entry:
  %retval = alloca ptr, align 4
  %fdt.addr = alloca ptr, align 4
  %fd.addr = alloca i32, align 4
  store ptr %fdt, ptr %fdt.addr, align 4
    #dbg_declare(ptr %fdt.addr, !363, !DIExpression(), !364)
  store i32 %fd, ptr %fd.addr, align 4
    #dbg_declare(ptr %fd.addr, !365, !DIExpression(), !366)
  %0 = load i32, ptr %fd.addr, align 4, !dbg !367
  %cmp = icmp slt i32 %0, 0, !dbg !369
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !370

lor.lhs.false:                                    ; preds = %entry
  %1 = load i32, ptr %fd.addr, align 4, !dbg !371
  %cmp1 = icmp sge i32 %1, 8, !dbg !372
  br i1 %cmp1, label %if.then, label %lor.lhs.false2, !dbg !373

lor.lhs.false2:                                   ; preds = %lor.lhs.false
  %2 = load ptr, ptr %fdt.addr, align 4, !dbg !374
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %2, i32 0, i32 2, !dbg !375
  %3 = load i32, ptr %fd.addr, align 4, !dbg !376
  %arrayidx = getelementptr inbounds [8 x %struct.filedesc], ptr %fdt_fd, i32 0, i32 %3, !dbg !374
  %fd_in_use = getelementptr inbounds %struct.filedesc, ptr %arrayidx, i32 0, i32 0, !dbg !377
  %4 = load i32, ptr %fd_in_use, align 4, !dbg !377
  %tobool = icmp ne i32 %4, 0, !dbg !374
  br i1 %tobool, label %if.end, label %if.then, !dbg !378

if.then:                                          ; preds = %lor.lhs.false2, %lor.lhs.false, %entry
  store ptr null, ptr %retval, align 4, !dbg !379
  br label %return, !dbg !379

if.end:                                           ; preds = %lor.lhs.false2
  %5 = load ptr, ptr %fdt.addr, align 4, !dbg !380
  %fdt_fd3 = getelementptr inbounds %struct.fdtable_entry, ptr %5, i32 0, i32 2, !dbg !381
  %6 = load i32, ptr %fd.addr, align 4, !dbg !382
  %arrayidx4 = getelementptr inbounds [8 x %struct.filedesc], ptr %fdt_fd3, i32 0, i32 %6, !dbg !380
  store ptr %arrayidx4, ptr %retval, align 4, !dbg !383
  br label %return, !dbg !383

return:                                           ; preds = %if.end, %if.then
  %7 = load ptr, ptr %retval, align 4, !dbg !384
  ret ptr %7, !dbg !384
}

; Function Attrs: noinline nounwind
define dso_local i32 @get_free_fd(ptr noundef %fdt) #0 !dbg !385 {
entry:
  %retval = alloca i32, align 4
  %fdt.addr = alloca ptr, align 4
  %fd = alloca i32, align 4
  store ptr %fdt, ptr %fdt.addr, align 4
    #dbg_declare(ptr %fdt.addr, !388, !DIExpression(), !389)
    #dbg_declare(ptr %fd, !390, !DIExpression(), !391)
  store i32 0, ptr %fd, align 4, !dbg !392
  br label %for.cond, !dbg !394

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %fd, align 4, !dbg !395
  %cmp = icmp slt i32 %0, 8, !dbg !397
  br i1 %cmp, label %for.body, label %for.end, !dbg !398

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %fdt.addr, align 4, !dbg !399
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %1, i32 0, i32 2, !dbg !401
  %2 = load i32, ptr %fd, align 4, !dbg !402
  %arrayidx = getelementptr inbounds [8 x %struct.filedesc], ptr %fdt_fd, i32 0, i32 %2, !dbg !399
  %fd_in_use = getelementptr inbounds %struct.filedesc, ptr %arrayidx, i32 0, i32 0, !dbg !403
  %3 = load i32, ptr %fd_in_use, align 4, !dbg !403
  %tobool = icmp ne i32 %3, 0, !dbg !399
  br i1 %tobool, label %if.end, label %if.then, !dbg !404

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %fd, align 4, !dbg !405
  store i32 %4, ptr %retval, align 4, !dbg !406
  br label %return, !dbg !406

if.end:                                           ; preds = %for.body
  br label %for.inc, !dbg !403

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %fd, align 4, !dbg !407
  %inc = add nsw i32 %5, 1, !dbg !407
  store i32 %inc, ptr %fd, align 4, !dbg !407
  br label %for.cond, !dbg !408, !llvm.loop !409

for.end:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4, !dbg !411
  br label %return, !dbg !411

return:                                           ; preds = %for.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !412
  ret i32 %6, !dbg !412
}

; Function Attrs: noinline nounwind
define dso_local i32 @main() #0 !dbg !413 {
entry:
  %m = alloca %struct.message, align 4
  %ipc_status = alloca i32, align 4
  %proc_slot = alloca i32, align 4
  %r = alloca i32, align 4
    #dbg_declare(ptr %m, !414, !DIExpression(), !592)
    #dbg_declare(ptr %ipc_status, !593, !DIExpression(), !594)
    #dbg_declare(ptr %proc_slot, !595, !DIExpression(), !596)
    #dbg_declare(ptr %r, !597, !DIExpression(), !598)
  call void @vfs_init() #3, !dbg !599
  br label %for.cond, !dbg !600

for.cond:                                         ; preds = %if.end31, %entry
  %call = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef %m, ptr noundef %ipc_status) #3, !dbg !601
  %cmp = icmp ne i32 %call, 0, !dbg !606
  br i1 %cmp, label %if.then, label %if.end, !dbg !607

if.then:                                          ; preds = %for.cond
  call void @panic(ptr noundef @.str) #4, !dbg !608
  unreachable, !dbg !608

if.end:                                           ; preds = %for.cond
  %m_source = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !609
  %0 = load i32, ptr %m_source, align 4, !dbg !609
  %and = and i32 %0, 31, !dbg !609
  store i32 %and, ptr %proc_slot, align 4, !dbg !610
  %m_type = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !611
  %1 = load i32, ptr %m_type, align 4, !dbg !611
  switch i32 %1, label %sw.default [
    i32 512, label %sw.bb
    i32 513, label %sw.bb2
    i32 514, label %sw.bb4
    i32 515, label %sw.bb6
    i32 516, label %sw.bb8
    i32 517, label %sw.bb10
    i32 528, label %sw.bb12
    i32 529, label %sw.bb14
    i32 530, label %sw.bb16
    i32 531, label %sw.bb18
    i32 544, label %sw.bb20
    i32 1537, label %sw.bb22
    i32 1536, label %sw.bb24
  ], !dbg !612

sw.bb:                                            ; preds = %if.end
  %2 = load i32, ptr %proc_slot, align 4, !dbg !613
  %call1 = call i32 @do_open(i32 noundef %2, ptr noundef %m) #3, !dbg !615
  store i32 %call1, ptr %r, align 4, !dbg !616
  br label %sw.epilog, !dbg !617

sw.bb2:                                           ; preds = %if.end
  %3 = load i32, ptr %proc_slot, align 4, !dbg !618
  %call3 = call i32 @do_close(i32 noundef %3, ptr noundef %m) #3, !dbg !619
  store i32 %call3, ptr %r, align 4, !dbg !620
  br label %sw.epilog, !dbg !621

sw.bb4:                                           ; preds = %if.end
  %4 = load i32, ptr %proc_slot, align 4, !dbg !622
  %call5 = call i32 @do_read(i32 noundef %4, ptr noundef %m) #3, !dbg !623
  store i32 %call5, ptr %r, align 4, !dbg !624
  br label %sw.epilog, !dbg !625

sw.bb6:                                           ; preds = %if.end
  %5 = load i32, ptr %proc_slot, align 4, !dbg !626
  %call7 = call i32 @do_write(i32 noundef %5, ptr noundef %m) #3, !dbg !627
  store i32 %call7, ptr %r, align 4, !dbg !628
  br label %sw.epilog, !dbg !629

sw.bb8:                                           ; preds = %if.end
  %6 = load i32, ptr %proc_slot, align 4, !dbg !630
  %call9 = call i32 @do_lseek(i32 noundef %6, ptr noundef %m) #3, !dbg !631
  store i32 %call9, ptr %r, align 4, !dbg !632
  br label %sw.epilog, !dbg !633

sw.bb10:                                          ; preds = %if.end
  %7 = load i32, ptr %proc_slot, align 4, !dbg !634
  %call11 = call i32 @do_umask(i32 noundef %7, ptr noundef %m) #3, !dbg !635
  store i32 %call11, ptr %r, align 4, !dbg !636
  br label %sw.epilog, !dbg !637

sw.bb12:                                          ; preds = %if.end
  %call13 = call i32 @do_pm_fork(ptr noundef %m) #3, !dbg !638
  store i32 %call13, ptr %r, align 4, !dbg !639
  br label %sw.epilog, !dbg !640

sw.bb14:                                          ; preds = %if.end
  %call15 = call i32 @do_pm_exit(ptr noundef %m) #3, !dbg !641
  store i32 %call15, ptr %r, align 4, !dbg !642
  br label %sw.epilog, !dbg !643

sw.bb16:                                          ; preds = %if.end
  %call17 = call i32 @do_pm_exec(ptr noundef %m) #3, !dbg !644
  store i32 %call17, ptr %r, align 4, !dbg !645
  br label %sw.epilog, !dbg !646

sw.bb18:                                          ; preds = %if.end
  %call19 = call i32 @do_pm_setuid(ptr noundef %m) #3, !dbg !647
  store i32 %call19, ptr %r, align 4, !dbg !648
  br label %sw.epilog, !dbg !649

sw.bb20:                                          ; preds = %if.end
  %call21 = call i32 @do_sync(ptr noundef %m) #3, !dbg !650
  store i32 %call21, ptr %r, align 4, !dbg !651
  br label %sw.epilog, !dbg !652

sw.bb22:                                          ; preds = %if.end
  %call23 = call i32 @do_shutdown(ptr noundef %m) #3, !dbg !653
  store i32 %call23, ptr %r, align 4, !dbg !654
  br label %sw.epilog, !dbg !655

sw.bb24:                                          ; preds = %if.end
  %call25 = call i32 @do_getstatus(ptr noundef %m) #3, !dbg !656
  store i32 %call25, ptr %r, align 4, !dbg !657
  br label %sw.epilog, !dbg !658

sw.default:                                       ; preds = %if.end
  store i32 -38, ptr %r, align 4, !dbg !659
  br label %sw.epilog, !dbg !660

sw.epilog:                                        ; preds = %sw.default, %sw.bb24, %sw.bb22, %sw.bb20, %sw.bb18, %sw.bb16, %sw.bb14, %sw.bb12, %sw.bb10, %sw.bb8, %sw.bb6, %sw.bb4, %sw.bb2, %sw.bb
  %8 = load i32, ptr %r, align 4, !dbg !661
  %cmp26 = icmp ne i32 %8, -201, !dbg !663
  br i1 %cmp26, label %if.then27, label %if.end31, !dbg !664

if.then27:                                        ; preds = %sw.epilog
  %9 = load i32, ptr %r, align 4, !dbg !665
  %m_type28 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 1, !dbg !667
  store i32 %9, ptr %m_type28, align 4, !dbg !668
  %m_source29 = getelementptr inbounds %struct.message, ptr %m, i32 0, i32 0, !dbg !669
  %10 = load i32, ptr %m_source29, align 4, !dbg !669
  %call30 = call i32 @ipc_send(i32 noundef %10, ptr noundef %m) #3, !dbg !670
  br label %if.end31, !dbg !671

if.end31:                                         ; preds = %if.then27, %sw.epilog
  br label %for.cond, !dbg !672, !llvm.loop !673
}

; Function Attrs: noinline nounwind
define internal void @vfs_init() #0 !dbg !676 {
entry:
  %i = alloca i32, align 4
  %f = alloca i32, align 4
    #dbg_declare(ptr %i, !679, !DIExpression(), !680)
    #dbg_declare(ptr %f, !681, !DIExpression(), !682)
  store i32 0, ptr %i, align 4, !dbg !683
  br label %for.cond, !dbg !685

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !686
  %cmp = icmp slt i32 %0, 32, !dbg !688
  br i1 %cmp, label %for.body, label %for.end, !dbg !689

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !690
  %cmp1 = icmp slt i32 %1, 5, !dbg !692
  br i1 %cmp1, label %cond.true, label %cond.false, !dbg !690

cond.true:                                        ; preds = %for.body
  %2 = load i32, ptr %i, align 4, !dbg !693
  br label %cond.end, !dbg !690

cond.false:                                       ; preds = %for.body
  br label %cond.end, !dbg !690

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ 27648, %cond.false ], !dbg !690
  %3 = load i32, ptr %i, align 4, !dbg !694
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %3, !dbg !695
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 0, !dbg !696
  store i32 %cond, ptr %fp_endpoint, align 4, !dbg !697
  %4 = load i32, ptr %i, align 4, !dbg !698
  %arrayidx2 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %4, !dbg !699
  %fp_program = getelementptr inbounds %struct.fproc, ptr %arrayidx2, i32 0, i32 4, !dbg !700
  store i32 -1, ptr %fp_program, align 4, !dbg !701
  br label %for.inc, !dbg !702

for.inc:                                          ; preds = %cond.end
  %5 = load i32, ptr %i, align 4, !dbg !703
  %inc = add nsw i32 %5, 1, !dbg !703
  store i32 %inc, ptr %i, align 4, !dbg !703
  br label %for.cond, !dbg !704, !llvm.loop !705

for.end:                                          ; preds = %for.cond
  store i32 37, ptr getelementptr inbounds ([32 x %struct.fproc], ptr @fproc, i32 0, i32 5), align 4, !dbg !707
  store i32 1, ptr getelementptr inbounds (%struct.fproc, ptr getelementptr inbounds ([32 x %struct.fproc], ptr @fproc, i32 0, i32 5), i32 0, i32 2), align 4, !dbg !708
  %call = call i32 @create_file(ptr noundef @.str.1, i32 noundef 0, i16 noundef zeroext 493) #3, !dbg !709
  store i32 %call, ptr %f, align 4, !dbg !711
  %cmp3 = icmp sge i32 %call, 0, !dbg !712
  br i1 %cmp3, label %if.then, label %if.end, !dbg !713

if.then:                                          ; preds = %for.end
  %6 = load i32, ptr %f, align 4, !dbg !714
  %arrayidx4 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %6, !dbg !715
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx4, i32 0, i32 4, !dbg !716
  store i32 64, ptr %f_size, align 4, !dbg !717
  br label %if.end, !dbg !715

if.end:                                           ; preds = %if.then, %for.end
  %call5 = call i32 @create_file(ptr noundef @.str.2, i32 noundef 0, i16 noundef zeroext 420) #3, !dbg !718
  store i32 %call5, ptr %f, align 4, !dbg !720
  %cmp6 = icmp sge i32 %call5, 0, !dbg !721
  br i1 %cmp6, label %if.then7, label %if.end12, !dbg !722

if.then7:                                         ; preds = %if.end
  %7 = load i32, ptr %f, align 4, !dbg !723
  %arrayidx8 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %7, !dbg !724
  %f_data = getelementptr inbounds %struct.vfile, ptr %arrayidx8, i32 0, i32 6, !dbg !725
  %arraydecay = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 0, !dbg !724
  %call9 = call i32 @strlcpy(ptr noundef %arraydecay, ptr noundef @.str.3, i32 noundef 512) #3, !dbg !726
  %8 = load i32, ptr %f, align 4, !dbg !727
  %arrayidx10 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %8, !dbg !728
  %f_size11 = getelementptr inbounds %struct.vfile, ptr %arrayidx10, i32 0, i32 4, !dbg !729
  store i32 %call9, ptr %f_size11, align 4, !dbg !730
  br label %if.end12, !dbg !728

if.end12:                                         ; preds = %if.then7, %if.end
  ret void, !dbg !731
}

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) #2

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_umask(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !732 {
entry:
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %old = alloca i16, align 2
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !908, !DIExpression(), !909)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !910, !DIExpression(), !911)
    #dbg_declare(ptr %fdt, !912, !DIExpression(), !926)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !927
  %1 = load ptr, ptr %m.addr, align 4, !dbg !928
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !929
  %2 = load i32, ptr %m_source, align 4, !dbg !929
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !930
  store ptr %call, ptr %fdt, align 4, !dbg !926
    #dbg_declare(ptr %old, !931, !DIExpression(), !932)
  %3 = load ptr, ptr %fdt, align 4, !dbg !933
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %3, i32 0, i32 1, !dbg !934
  %4 = load i16, ptr %fdt_umask, align 4, !dbg !934
  store i16 %4, ptr %old, align 2, !dbg !932
  %5 = load ptr, ptr %m.addr, align 4, !dbg !935
  %m_u = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !936
  %mask = getelementptr inbounds %struct.mess_lc_vfs_umask, ptr %m_u, i32 0, i32 0, !dbg !937
  %6 = load i16, ptr %mask, align 4, !dbg !937
  %conv = zext i16 %6 to i32, !dbg !935
  %and = and i32 %conv, 511, !dbg !938
  %conv1 = trunc i32 %and to i16, !dbg !935
  %7 = load ptr, ptr %fdt, align 4, !dbg !939
  %fdt_umask2 = getelementptr inbounds %struct.fdtable_entry, ptr %7, i32 0, i32 1, !dbg !940
  store i16 %conv1, ptr %fdt_umask2, align 4, !dbg !941
  %8 = load i16, ptr %old, align 2, !dbg !942
  %conv3 = zext i16 %8 to i32, !dbg !942
  ret i32 %conv3, !dbg !943
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_sync(ptr noundef %m) #0 !dbg !944 {
entry:
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !947, !DIExpression(), !948)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !949
  %call = call i32 @sync_files() #3, !dbg !950
  ret i32 %call, !dbg !951
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_shutdown(ptr noundef %m) #0 !dbg !952 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !953, !DIExpression(), !954)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !955
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !957
  %1 = load i32, ptr %m_source, align 4, !dbg !957
  %cmp = icmp ne i32 %1, 0, !dbg !958
  br i1 %cmp, label %land.lhs.true, label %if.end, !dbg !959

land.lhs.true:                                    ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !960
  %m_source1 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 0, !dbg !961
  %3 = load i32, ptr %m_source1, align 4, !dbg !961
  %cmp2 = icmp ne i32 %3, 4, !dbg !962
  br i1 %cmp2, label %if.then, label %if.end, !dbg !963

if.then:                                          ; preds = %land.lhs.true
  store i32 -1, ptr %retval, align 4, !dbg !964
  br label %return, !dbg !964

if.end:                                           ; preds = %land.lhs.true, %entry
  %call = call i32 @sync_files() #3, !dbg !965
  store i32 1, ptr @vfs_shutting_down, align 4, !dbg !966
  store i32 0, ptr %retval, align 4, !dbg !967
  br label %return, !dbg !967

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !968
  ret i32 %4, !dbg !968
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_getstatus(ptr noundef %m) #0 !dbg !969 {
entry:
  %m.addr = alloca ptr, align 4
  %f = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !970, !DIExpression(), !971)
    #dbg_declare(ptr %f, !972, !DIExpression(), !973)
    #dbg_declare(ptr %n, !974, !DIExpression(), !975)
  store i32 0, ptr %n, align 4, !dbg !975
  %0 = load ptr, ptr %m.addr, align 4, !dbg !976
  store i32 0, ptr %f, align 4, !dbg !977
  br label %for.cond, !dbg !979

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %f, align 4, !dbg !980
  %cmp = icmp slt i32 %1, 16, !dbg !982
  br i1 %cmp, label %for.body, label %for.end, !dbg !983

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %f, align 4, !dbg !984
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %2, !dbg !986
  %f_in_use = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 0, !dbg !987
  %3 = load i32, ptr %f_in_use, align 4, !dbg !987
  %tobool = icmp ne i32 %3, 0, !dbg !986
  br i1 %tobool, label %if.then, label %if.end, !dbg !988

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %n, align 4, !dbg !989
  %inc = add nsw i32 %4, 1, !dbg !989
  store i32 %inc, ptr %n, align 4, !dbg !989
  br label %if.end, !dbg !990

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !987

for.inc:                                          ; preds = %if.end
  %5 = load i32, ptr %f, align 4, !dbg !991
  %inc1 = add nsw i32 %5, 1, !dbg !991
  store i32 %inc1, ptr %f, align 4, !dbg !991
  br label %for.cond, !dbg !992, !llvm.loop !993

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %n, align 4, !dbg !995
  ret i32 %6, !dbg !996
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_open(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !997 {
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
    #dbg_declare(ptr %proc_slot.addr, !1173, !DIExpression(), !1174)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1175, !DIExpression(), !1176)
    #dbg_declare(ptr %fdt, !1177, !DIExpression(), !1191)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1192
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1193
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !1194
  %2 = load i32, ptr %m_source, align 4, !dbg !1194
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !1195
  store ptr %call, ptr %fdt, align 4, !dbg !1191
    #dbg_declare(ptr %flags, !1196, !DIExpression(), !1197)
  %3 = load ptr, ptr %m.addr, align 4, !dbg !1198
  %m_u = getelementptr inbounds %struct.message, ptr %3, i32 0, i32 2, !dbg !1199
  %flags1 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u, i32 0, i32 2, !dbg !1200
  %4 = load i32, ptr %flags1, align 4, !dbg !1200
  store i32 %4, ptr %flags, align 4, !dbg !1197
    #dbg_declare(ptr %len, !1201, !DIExpression(), !1202)
  %5 = load ptr, ptr %m.addr, align 4, !dbg !1203
  %m_u2 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !1204
  %namelen = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u2, i32 0, i32 1, !dbg !1205
  %6 = load i32, ptr %namelen, align 4, !dbg !1205
  store i32 %6, ptr %len, align 4, !dbg !1202
    #dbg_declare(ptr %uid, !1206, !DIExpression(), !1207)
  %7 = load i32, ptr %proc_slot.addr, align 4, !dbg !1208
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %7, !dbg !1209
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 3, !dbg !1210
  %8 = load i32, ptr %fp_uid, align 4, !dbg !1210
  store i32 %8, ptr %uid, align 4, !dbg !1207
    #dbg_declare(ptr %name, !1211, !DIExpression(), !1212)
    #dbg_declare(ptr %fdp, !1213, !DIExpression(), !1215)
    #dbg_declare(ptr %f, !1216, !DIExpression(), !1217)
    #dbg_declare(ptr %fd, !1218, !DIExpression(), !1219)
    #dbg_declare(ptr %r, !1220, !DIExpression(), !1221)
  %9 = load i32, ptr @vfs_shutting_down, align 4, !dbg !1222
  %tobool = icmp ne i32 %9, 0, !dbg !1222
  br i1 %tobool, label %if.then, label %if.end, !dbg !1224

if.then:                                          ; preds = %entry
  store i32 -16, ptr %retval, align 4, !dbg !1225
  br label %return, !dbg !1225

if.end:                                           ; preds = %entry
  %10 = load i32, ptr %len, align 4, !dbg !1226
  %cmp = icmp eq i32 %10, 0, !dbg !1228
  br i1 %cmp, label %if.then4, label %lor.lhs.false, !dbg !1229

lor.lhs.false:                                    ; preds = %if.end
  %11 = load i32, ptr %len, align 4, !dbg !1230
  %cmp3 = icmp ugt i32 %11, 14, !dbg !1231
  br i1 %cmp3, label %if.then4, label %if.end5, !dbg !1232

if.then4:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, ptr %retval, align 4, !dbg !1233
  br label %return, !dbg !1233

if.end5:                                          ; preds = %lor.lhs.false
  %12 = load ptr, ptr %m.addr, align 4, !dbg !1234
  %m_source6 = getelementptr inbounds %struct.message, ptr %12, i32 0, i32 0, !dbg !1236
  %13 = load i32, ptr %m_source6, align 4, !dbg !1236
  %14 = load ptr, ptr %m.addr, align 4, !dbg !1237
  %m_u7 = getelementptr inbounds %struct.message, ptr %14, i32 0, i32 2, !dbg !1238
  %name8 = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u7, i32 0, i32 0, !dbg !1239
  %15 = load i32, ptr %name8, align 4, !dbg !1239
  %arraydecay = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !1240
  %16 = ptrtoint ptr %arraydecay to i32, !dbg !1241
  %17 = load i32, ptr %len, align 4, !dbg !1242
  %call9 = call i32 @sys_datacopy(i32 noundef %13, i32 noundef %15, i32 noundef 32256, i32 noundef %16, i32 noundef %17) #3, !dbg !1243
  store i32 %call9, ptr %r, align 4, !dbg !1244
  %cmp10 = icmp ne i32 %call9, 0, !dbg !1245
  br i1 %cmp10, label %if.then11, label %if.end12, !dbg !1246

if.then11:                                        ; preds = %if.end5
  %18 = load i32, ptr %r, align 4, !dbg !1247
  store i32 %18, ptr %retval, align 4, !dbg !1248
  br label %return, !dbg !1248

if.end12:                                         ; preds = %if.end5
  %19 = load i32, ptr %len, align 4, !dbg !1249
  %arrayidx13 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 %19, !dbg !1250
  store i8 0, ptr %arrayidx13, align 1, !dbg !1251
  %20 = load ptr, ptr %fdt, align 4, !dbg !1252
  %call14 = call i32 @get_free_fd(ptr noundef %20) #3, !dbg !1254
  store i32 %call14, ptr %fd, align 4, !dbg !1255
  %cmp15 = icmp slt i32 %call14, 0, !dbg !1256
  br i1 %cmp15, label %if.then16, label %if.end17, !dbg !1257

if.then16:                                        ; preds = %if.end12
  store i32 -24, ptr %retval, align 4, !dbg !1258
  br label %return, !dbg !1258

if.end17:                                         ; preds = %if.end12
  %arraydecay18 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !1259
  %call19 = call i32 @find_file(ptr noundef %arraydecay18) #3, !dbg !1261
  store i32 %call19, ptr %f, align 4, !dbg !1262
  %cmp20 = icmp slt i32 %call19, 0, !dbg !1263
  br i1 %cmp20, label %if.then21, label %if.else, !dbg !1264

if.then21:                                        ; preds = %if.end17
  %21 = load i32, ptr %flags, align 4, !dbg !1265
  %and = and i32 %21, 64, !dbg !1268
  %tobool22 = icmp ne i32 %and, 0, !dbg !1268
  br i1 %tobool22, label %if.end24, label %if.then23, !dbg !1269

if.then23:                                        ; preds = %if.then21
  store i32 -2, ptr %retval, align 4, !dbg !1270
  br label %return, !dbg !1270

if.end24:                                         ; preds = %if.then21
  %arraydecay25 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !1271
  %22 = load i32, ptr %uid, align 4, !dbg !1272
  %23 = load ptr, ptr %m.addr, align 4, !dbg !1273
  %m_u26 = getelementptr inbounds %struct.message, ptr %23, i32 0, i32 2, !dbg !1274
  %mode = getelementptr inbounds %struct.mess_lc_vfs_open, ptr %m_u26, i32 0, i32 3, !dbg !1275
  %24 = load i16, ptr %mode, align 4, !dbg !1275
  %conv = zext i16 %24 to i32, !dbg !1273
  %25 = load ptr, ptr %fdt, align 4, !dbg !1276
  %fdt_umask = getelementptr inbounds %struct.fdtable_entry, ptr %25, i32 0, i32 1, !dbg !1277
  %26 = load i16, ptr %fdt_umask, align 4, !dbg !1277
  %conv27 = zext i16 %26 to i32, !dbg !1276
  %not = xor i32 %conv27, -1, !dbg !1278
  %and28 = and i32 %conv, %not, !dbg !1279
  %conv29 = trunc i32 %and28 to i16, !dbg !1273
  %call30 = call i32 @create_file(ptr noundef %arraydecay25, i32 noundef %22, i16 noundef zeroext %conv29) #3, !dbg !1280
  store i32 %call30, ptr %f, align 4, !dbg !1281
  %27 = load i32, ptr %f, align 4, !dbg !1282
  %cmp31 = icmp slt i32 %27, 0, !dbg !1284
  br i1 %cmp31, label %if.then33, label %if.end34, !dbg !1285

if.then33:                                        ; preds = %if.end24
  %28 = load i32, ptr %f, align 4, !dbg !1286
  store i32 %28, ptr %retval, align 4, !dbg !1287
  br label %return, !dbg !1287

if.end34:                                         ; preds = %if.end24
  br label %if.end41, !dbg !1288

if.else:                                          ; preds = %if.end17
  %29 = load i32, ptr %f, align 4, !dbg !1289
  %arrayidx35 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %29, !dbg !1291
  %30 = load i32, ptr %uid, align 4, !dbg !1292
  %31 = load i32, ptr %flags, align 4, !dbg !1293
  %call36 = call i32 @access_bits(i32 noundef %31) #3, !dbg !1294
  %call37 = call i32 @may_access(ptr noundef %arrayidx35, i32 noundef %30, i32 noundef %call36) #3, !dbg !1295
  %tobool38 = icmp ne i32 %call37, 0, !dbg !1295
  br i1 %tobool38, label %if.end40, label %if.then39, !dbg !1296

if.then39:                                        ; preds = %if.else
  store i32 -13, ptr %retval, align 4, !dbg !1297
  br label %return, !dbg !1297

if.end40:                                         ; preds = %if.else
  br label %if.end41

if.end41:                                         ; preds = %if.end40, %if.end34
  %32 = load i32, ptr %flags, align 4, !dbg !1299
  %and42 = and i32 %32, 512, !dbg !1301
  %tobool43 = icmp ne i32 %and42, 0, !dbg !1301
  br i1 %tobool43, label %land.lhs.true, label %if.end50, !dbg !1302

land.lhs.true:                                    ; preds = %if.end41
  %33 = load i32, ptr %flags, align 4, !dbg !1303
  %and44 = and i32 %33, 3, !dbg !1304
  %cmp45 = icmp ne i32 %and44, 0, !dbg !1305
  br i1 %cmp45, label %if.then47, label %if.end50, !dbg !1306

if.then47:                                        ; preds = %land.lhs.true
  %34 = load i32, ptr %f, align 4, !dbg !1307
  %arrayidx48 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %34, !dbg !1309
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx48, i32 0, i32 4, !dbg !1310
  store i32 0, ptr %f_size, align 4, !dbg !1311
  %35 = load i32, ptr %f, align 4, !dbg !1312
  %arrayidx49 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %35, !dbg !1313
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %arrayidx49, i32 0, i32 1, !dbg !1314
  store i32 1, ptr %f_dirty, align 4, !dbg !1315
  br label %if.end50, !dbg !1316

if.end50:                                         ; preds = %if.then47, %land.lhs.true, %if.end41
  %36 = load ptr, ptr %fdt, align 4, !dbg !1317
  %fdt_fd = getelementptr inbounds %struct.fdtable_entry, ptr %36, i32 0, i32 2, !dbg !1318
  %37 = load i32, ptr %fd, align 4, !dbg !1319
  %arrayidx51 = getelementptr inbounds [8 x %struct.filedesc], ptr %fdt_fd, i32 0, i32 %37, !dbg !1317
  store ptr %arrayidx51, ptr %fdp, align 4, !dbg !1320
  %38 = load ptr, ptr %fdp, align 4, !dbg !1321
  %fd_in_use = getelementptr inbounds %struct.filedesc, ptr %38, i32 0, i32 0, !dbg !1322
  store i32 1, ptr %fd_in_use, align 4, !dbg !1323
  %39 = load i32, ptr %f, align 4, !dbg !1324
  %40 = load ptr, ptr %fdp, align 4, !dbg !1325
  %fd_file = getelementptr inbounds %struct.filedesc, ptr %40, i32 0, i32 1, !dbg !1326
  store i32 %39, ptr %fd_file, align 4, !dbg !1327
  %41 = load ptr, ptr %fdp, align 4, !dbg !1328
  %fd_pos = getelementptr inbounds %struct.filedesc, ptr %41, i32 0, i32 2, !dbg !1329
  store i32 0, ptr %fd_pos, align 4, !dbg !1330
  %42 = load i32, ptr %flags, align 4, !dbg !1331
  %and52 = and i32 %42, 3, !dbg !1332
  %43 = load ptr, ptr %fdp, align 4, !dbg !1333
  %fd_flags = getelementptr inbounds %struct.filedesc, ptr %43, i32 0, i32 3, !dbg !1334
  store i32 %and52, ptr %fd_flags, align 4, !dbg !1335
  %44 = load i32, ptr %fd, align 4, !dbg !1336
  store i32 %44, ptr %retval, align 4, !dbg !1337
  br label %return, !dbg !1337

return:                                           ; preds = %if.end50, %if.then39, %if.then33, %if.then23, %if.then16, %if.then11, %if.then4, %if.then
  %45 = load i32, ptr %retval, align 4, !dbg !1338
  ret i32 %45, !dbg !1338
}

declare dso_local i32 @sys_datacopy(i32 noundef, i32 noundef, i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @access_bits(i32 noundef %flags) #0 !dbg !1339 {
entry:
  %retval = alloca i32, align 4
  %flags.addr = alloca i32, align 4
  store i32 %flags, ptr %flags.addr, align 4
    #dbg_declare(ptr %flags.addr, !1342, !DIExpression(), !1343)
  %0 = load i32, ptr %flags.addr, align 4, !dbg !1344
  %and = and i32 %0, 3, !dbg !1345
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb1
  ], !dbg !1346

sw.bb:                                            ; preds = %entry
  store i32 4, ptr %retval, align 4, !dbg !1347
  br label %return, !dbg !1347

sw.bb1:                                           ; preds = %entry
  store i32 2, ptr %retval, align 4, !dbg !1349
  br label %return, !dbg !1349

sw.default:                                       ; preds = %entry
  store i32 6, ptr %retval, align 4, !dbg !1350
  br label %return, !dbg !1350

return:                                           ; preds = %sw.default, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4, !dbg !1351
  ret i32 %1, !dbg !1351
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_close(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !1352 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !1353, !DIExpression(), !1354)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1355, !DIExpression(), !1356)
    #dbg_declare(ptr %fdt, !1357, !DIExpression(), !1358)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1359
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1360
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !1361
  %2 = load i32, ptr %m_source, align 4, !dbg !1361
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !1362
  store ptr %call, ptr %fdt, align 4, !dbg !1358
    #dbg_declare(ptr %fdp, !1363, !DIExpression(), !1364)
  %3 = load ptr, ptr %fdt, align 4, !dbg !1365
  %4 = load ptr, ptr %m.addr, align 4, !dbg !1366
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !1367
  %fd = getelementptr inbounds %struct.mess_lc_vfs_close, ptr %m_u, i32 0, i32 0, !dbg !1368
  %5 = load i32, ptr %fd, align 4, !dbg !1368
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #3, !dbg !1369
  store ptr %call1, ptr %fdp, align 4, !dbg !1364
  %6 = load ptr, ptr %fdp, align 4, !dbg !1370
  %cmp = icmp eq ptr %6, null, !dbg !1372
  br i1 %cmp, label %if.then, label %if.end, !dbg !1373

if.then:                                          ; preds = %entry
  store i32 -9, ptr %retval, align 4, !dbg !1374
  br label %return, !dbg !1374

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %fdp, align 4, !dbg !1375
  %fd_in_use = getelementptr inbounds %struct.filedesc, ptr %7, i32 0, i32 0, !dbg !1376
  store i32 0, ptr %fd_in_use, align 4, !dbg !1377
  store i32 0, ptr %retval, align 4, !dbg !1378
  br label %return, !dbg !1378

return:                                           ; preds = %if.end, %if.then
  %8 = load i32, ptr %retval, align 4, !dbg !1379
  ret i32 %8, !dbg !1379
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_fork(ptr noundef %m) #0 !dbg !1380 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rfp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1556, !DIExpression(), !1557)
    #dbg_declare(ptr %rfp, !1558, !DIExpression(), !1567)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1568
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1570
  %1 = load i32, ptr %m_source, align 4, !dbg !1570
  %cmp = icmp ne i32 %1, 0, !dbg !1571
  br i1 %cmp, label %if.then, label %if.end, !dbg !1572

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1573
  br label %return, !dbg !1573

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1574
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1574
  %endpt = getelementptr inbounds %struct.filedesc, ptr %m_u, i32 0, i32 0, !dbg !1574
  %3 = load i32, ptr %endpt, align 4, !dbg !1574
  %and = and i32 %3, 31, !dbg !1574
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !1575
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !1576
  %4 = load ptr, ptr %m.addr, align 4, !dbg !1577
  %m_u1 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !1578
  %endpt2 = getelementptr inbounds %struct.filedesc, ptr %m_u1, i32 0, i32 0, !dbg !1579
  %5 = load i32, ptr %endpt2, align 4, !dbg !1579
  %6 = load ptr, ptr %rfp, align 4, !dbg !1580
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %6, i32 0, i32 0, !dbg !1581
  store i32 %5, ptr %fp_endpoint, align 4, !dbg !1582
  %7 = load ptr, ptr %m.addr, align 4, !dbg !1583
  %m_u3 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 2, !dbg !1584
  %parent_endpt = getelementptr inbounds %struct.filedesc, ptr %m_u3, i32 0, i32 1, !dbg !1585
  %8 = load i32, ptr %parent_endpt, align 4, !dbg !1585
  %9 = load ptr, ptr %rfp, align 4, !dbg !1586
  %fp_parent = getelementptr inbounds %struct.fproc, ptr %9, i32 0, i32 1, !dbg !1587
  store i32 %8, ptr %fp_parent, align 4, !dbg !1588
  %10 = load ptr, ptr %m.addr, align 4, !dbg !1589
  %m_u4 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !1590
  %pid = getelementptr inbounds %struct.filedesc, ptr %m_u4, i32 0, i32 2, !dbg !1591
  %11 = load i32, ptr %pid, align 4, !dbg !1591
  %12 = load ptr, ptr %rfp, align 4, !dbg !1592
  %fp_pid = getelementptr inbounds %struct.fproc, ptr %12, i32 0, i32 2, !dbg !1593
  store i32 %11, ptr %fp_pid, align 4, !dbg !1594
  %13 = load ptr, ptr %m.addr, align 4, !dbg !1595
  %m_u5 = getelementptr inbounds %struct.message, ptr %13, i32 0, i32 2, !dbg !1596
  %uid = getelementptr inbounds %struct.filedesc, ptr %m_u5, i32 0, i32 3, !dbg !1597
  %14 = load i32, ptr %uid, align 4, !dbg !1597
  %15 = load ptr, ptr %rfp, align 4, !dbg !1598
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %15, i32 0, i32 3, !dbg !1599
  store i32 %14, ptr %fp_uid, align 4, !dbg !1600
  %16 = load ptr, ptr %rfp, align 4, !dbg !1601
  %fp_parent6 = getelementptr inbounds %struct.fproc, ptr %16, i32 0, i32 1, !dbg !1601
  %17 = load i32, ptr %fp_parent6, align 4, !dbg !1601
  %and7 = and i32 %17, 31, !dbg !1601
  %arrayidx8 = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and7, !dbg !1602
  %fp_program = getelementptr inbounds %struct.fproc, ptr %arrayidx8, i32 0, i32 4, !dbg !1603
  %18 = load i32, ptr %fp_program, align 4, !dbg !1603
  %19 = load ptr, ptr %rfp, align 4, !dbg !1604
  %fp_program9 = getelementptr inbounds %struct.fproc, ptr %19, i32 0, i32 4, !dbg !1605
  store i32 %18, ptr %fp_program9, align 4, !dbg !1606
  store i32 -201, ptr %retval, align 4, !dbg !1607
  br label %return, !dbg !1607

return:                                           ; preds = %if.end, %if.then
  %20 = load i32, ptr %retval, align 4, !dbg !1608
  ret i32 %20, !dbg !1608
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exit(ptr noundef %m) #0 !dbg !1609 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %rfp = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1610, !DIExpression(), !1611)
    #dbg_declare(ptr %rfp, !1612, !DIExpression(), !1613)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1614
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1616
  %1 = load i32, ptr %m_source, align 4, !dbg !1616
  %cmp = icmp ne i32 %1, 0, !dbg !1617
  br i1 %cmp, label %if.then, label %if.end, !dbg !1618

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1619
  br label %return, !dbg !1619

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1620
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1620
  %endpt = getelementptr inbounds %struct.filedesc, ptr %m_u, i32 0, i32 0, !dbg !1620
  %3 = load i32, ptr %endpt, align 4, !dbg !1620
  %and = and i32 %3, 31, !dbg !1620
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !1621
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !1622
  %4 = load ptr, ptr %rfp, align 4, !dbg !1623
  %fp_endpoint = getelementptr inbounds %struct.fproc, ptr %4, i32 0, i32 0, !dbg !1624
  store i32 27648, ptr %fp_endpoint, align 4, !dbg !1625
  %5 = load ptr, ptr %rfp, align 4, !dbg !1626
  %fp_pid = getelementptr inbounds %struct.fproc, ptr %5, i32 0, i32 2, !dbg !1627
  store i32 0, ptr %fp_pid, align 4, !dbg !1628
  %6 = load ptr, ptr %rfp, align 4, !dbg !1629
  %fp_program = getelementptr inbounds %struct.fproc, ptr %6, i32 0, i32 4, !dbg !1630
  store i32 -1, ptr %fp_program, align 4, !dbg !1631
  store i32 -201, ptr %retval, align 4, !dbg !1632
  br label %return, !dbg !1632

return:                                           ; preds = %if.end, %if.then
  %7 = load i32, ptr %retval, align 4, !dbg !1633
  ret i32 %7, !dbg !1633
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_setuid(ptr noundef %m) #0 !dbg !1634 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1635, !DIExpression(), !1636)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1637
  %m_source = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 0, !dbg !1639
  %1 = load i32, ptr %m_source, align 4, !dbg !1639
  %cmp = icmp ne i32 %1, 0, !dbg !1640
  br i1 %cmp, label %if.then, label %if.end, !dbg !1641

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1642
  br label %return, !dbg !1642

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1643
  %m_u = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1644
  %uid = getelementptr inbounds %struct.filedesc, ptr %m_u, i32 0, i32 3, !dbg !1645
  %3 = load i32, ptr %uid, align 4, !dbg !1645
  %4 = load ptr, ptr %m.addr, align 4, !dbg !1646
  %m_u1 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !1646
  %endpt = getelementptr inbounds %struct.filedesc, ptr %m_u1, i32 0, i32 0, !dbg !1646
  %5 = load i32, ptr %endpt, align 4, !dbg !1646
  %and = and i32 %5, 31, !dbg !1646
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !1647
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %arrayidx, i32 0, i32 3, !dbg !1648
  store i32 %3, ptr %fp_uid, align 4, !dbg !1649
  store i32 -201, ptr %retval, align 4, !dbg !1650
  br label %return, !dbg !1650

return:                                           ; preds = %if.end, %if.then
  %6 = load i32, ptr %retval, align 4, !dbg !1651
  ret i32 %6, !dbg !1651
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_pm_exec(ptr noundef %m) #0 !dbg !1652 {
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
    #dbg_declare(ptr %m.addr, !1653, !DIExpression(), !1654)
    #dbg_declare(ptr %endpt, !1655, !DIExpression(), !1656)
  %0 = load ptr, ptr %m.addr, align 4, !dbg !1657
  %m_u = getelementptr inbounds %struct.message, ptr %0, i32 0, i32 2, !dbg !1658
  %endpt1 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !1659
  %1 = load i32, ptr %endpt1, align 4, !dbg !1659
  store i32 %1, ptr %endpt, align 4, !dbg !1656
    #dbg_declare(ptr %len, !1660, !DIExpression(), !1661)
  %2 = load ptr, ptr %m.addr, align 4, !dbg !1662
  %m_u2 = getelementptr inbounds %struct.message, ptr %2, i32 0, i32 2, !dbg !1663
  %namelen = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !1664
  %3 = load i32, ptr %namelen, align 4, !dbg !1664
  store i32 %3, ptr %len, align 4, !dbg !1661
    #dbg_declare(ptr %rfp, !1665, !DIExpression(), !1666)
  %4 = load i32, ptr %endpt, align 4, !dbg !1667
  %and = and i32 %4, 31, !dbg !1667
  %arrayidx = getelementptr inbounds [32 x %struct.fproc], ptr @fproc, i32 0, i32 %and, !dbg !1668
  store ptr %arrayidx, ptr %rfp, align 4, !dbg !1666
    #dbg_declare(ptr %name, !1669, !DIExpression(), !1670)
    #dbg_declare(ptr %base, !1671, !DIExpression(), !1672)
    #dbg_declare(ptr %f, !1673, !DIExpression(), !1674)
    #dbg_declare(ptr %r, !1675, !DIExpression(), !1676)
  %5 = load ptr, ptr %m.addr, align 4, !dbg !1677
  %m_source = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !1679
  %6 = load i32, ptr %m_source, align 4, !dbg !1679
  %cmp = icmp ne i32 %6, 0, !dbg !1680
  br i1 %cmp, label %if.then, label %if.end, !dbg !1681

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !1682
  br label %return, !dbg !1682

if.end:                                           ; preds = %entry
  %7 = load i32, ptr %len, align 4, !dbg !1683
  %cmp3 = icmp eq i32 %7, 0, !dbg !1685
  br i1 %cmp3, label %if.then5, label %lor.lhs.false, !dbg !1686

lor.lhs.false:                                    ; preds = %if.end
  %8 = load i32, ptr %len, align 4, !dbg !1687
  %cmp4 = icmp ugt i32 %8, 14, !dbg !1688
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !1689

if.then5:                                         ; preds = %lor.lhs.false, %if.end
  store i32 -36, ptr %retval, align 4, !dbg !1690
  br label %return, !dbg !1690

if.end6:                                          ; preds = %lor.lhs.false
  %9 = load i32, ptr %endpt, align 4, !dbg !1691
  %10 = load ptr, ptr %m.addr, align 4, !dbg !1693
  %m_u7 = getelementptr inbounds %struct.message, ptr %10, i32 0, i32 2, !dbg !1694
  %name8 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u7, i32 0, i32 1, !dbg !1695
  %11 = load i32, ptr %name8, align 4, !dbg !1695
  %arraydecay = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !1696
  %12 = ptrtoint ptr %arraydecay to i32, !dbg !1697
  %13 = load i32, ptr %len, align 4, !dbg !1698
  %call = call i32 @sys_datacopy(i32 noundef %9, i32 noundef %11, i32 noundef 32256, i32 noundef %12, i32 noundef %13) #3, !dbg !1699
  store i32 %call, ptr %r, align 4, !dbg !1700
  %cmp9 = icmp ne i32 %call, 0, !dbg !1701
  br i1 %cmp9, label %if.then10, label %if.end11, !dbg !1702

if.then10:                                        ; preds = %if.end6
  %14 = load i32, ptr %r, align 4, !dbg !1703
  store i32 %14, ptr %retval, align 4, !dbg !1704
  br label %return, !dbg !1704

if.end11:                                         ; preds = %if.end6
  %15 = load i32, ptr %len, align 4, !dbg !1705
  %arrayidx12 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 %15, !dbg !1706
  store i8 0, ptr %arrayidx12, align 1, !dbg !1707
  %arraydecay13 = getelementptr inbounds [15 x i8], ptr %name, i32 0, i32 0, !dbg !1708
  %call14 = call i32 @find_file(ptr noundef %arraydecay13) #3, !dbg !1710
  store i32 %call14, ptr %f, align 4, !dbg !1711
  %cmp15 = icmp slt i32 %call14, 0, !dbg !1712
  br i1 %cmp15, label %if.then16, label %if.end17, !dbg !1713

if.then16:                                        ; preds = %if.end11
  store i32 -2, ptr %retval, align 4, !dbg !1714
  br label %return, !dbg !1714

if.end17:                                         ; preds = %if.end11
  %16 = load i32, ptr %f, align 4, !dbg !1715
  %arrayidx18 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %16, !dbg !1717
  %17 = load ptr, ptr %rfp, align 4, !dbg !1718
  %fp_uid = getelementptr inbounds %struct.fproc, ptr %17, i32 0, i32 3, !dbg !1719
  %18 = load i32, ptr %fp_uid, align 4, !dbg !1719
  %call19 = call i32 @may_access(ptr noundef %arrayidx18, i32 noundef %18, i32 noundef 1) #3, !dbg !1720
  %tobool = icmp ne i32 %call19, 0, !dbg !1720
  br i1 %tobool, label %if.end21, label %if.then20, !dbg !1721

if.then20:                                        ; preds = %if.end17
  store i32 -13, ptr %retval, align 4, !dbg !1722
  br label %return, !dbg !1722

if.end21:                                         ; preds = %if.end17
  %19 = load i32, ptr %endpt, align 4, !dbg !1723
  %20 = load i32, ptr %f, align 4, !dbg !1725
  %arrayidx22 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %20, !dbg !1726
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx22, i32 0, i32 4, !dbg !1727
  %21 = load i32, ptr %f_size, align 4, !dbg !1727
  %call23 = call i32 @vm_exec_newmem(i32 noundef %19, i32 noundef %21, ptr noundef %base) #3, !dbg !1728
  store i32 %call23, ptr %r, align 4, !dbg !1729
  %cmp24 = icmp ne i32 %call23, 0, !dbg !1730
  br i1 %cmp24, label %if.then25, label %if.end26, !dbg !1731

if.then25:                                        ; preds = %if.end21
  %22 = load i32, ptr %r, align 4, !dbg !1732
  store i32 %22, ptr %retval, align 4, !dbg !1733
  br label %return, !dbg !1733

if.end26:                                         ; preds = %if.end21
  %23 = load i32, ptr %f, align 4, !dbg !1734
  %arrayidx27 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %23, !dbg !1736
  %f_data = getelementptr inbounds %struct.vfile, ptr %arrayidx27, i32 0, i32 6, !dbg !1737
  %arraydecay28 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 0, !dbg !1736
  %24 = ptrtoint ptr %arraydecay28 to i32, !dbg !1738
  %25 = load i32, ptr %endpt, align 4, !dbg !1739
  %26 = load i32, ptr %base, align 4, !dbg !1740
  %27 = load i32, ptr %f, align 4, !dbg !1741
  %arrayidx29 = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %27, !dbg !1742
  %f_size30 = getelementptr inbounds %struct.vfile, ptr %arrayidx29, i32 0, i32 4, !dbg !1743
  %28 = load i32, ptr %f_size30, align 4, !dbg !1743
  %call31 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %24, i32 noundef %25, i32 noundef %26, i32 noundef %28) #3, !dbg !1744
  store i32 %call31, ptr %r, align 4, !dbg !1745
  %cmp32 = icmp ne i32 %call31, 0, !dbg !1746
  br i1 %cmp32, label %if.then33, label %if.end34, !dbg !1747

if.then33:                                        ; preds = %if.end26
  %29 = load i32, ptr %r, align 4, !dbg !1748
  store i32 %29, ptr %retval, align 4, !dbg !1749
  br label %return, !dbg !1749

if.end34:                                         ; preds = %if.end26
  %30 = load i32, ptr %f, align 4, !dbg !1750
  %31 = load ptr, ptr %rfp, align 4, !dbg !1751
  %fp_program = getelementptr inbounds %struct.fproc, ptr %31, i32 0, i32 4, !dbg !1752
  store i32 %30, ptr %fp_program, align 4, !dbg !1753
  store i32 0, ptr %retval, align 4, !dbg !1754
  br label %return, !dbg !1754

return:                                           ; preds = %if.end34, %if.then33, %if.then25, %if.then20, %if.then16, %if.then10, %if.then5, %if.then
  %32 = load i32, ptr %retval, align 4, !dbg !1755
  ret i32 %32, !dbg !1755
}

declare dso_local i32 @vm_exec_newmem(i32 noundef, i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define dso_local i32 @do_read(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !1756 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %fp = alloca ptr, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !1932, !DIExpression(), !1933)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !1934, !DIExpression(), !1935)
    #dbg_declare(ptr %fdt, !1936, !DIExpression(), !1950)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !1951
  %1 = load ptr, ptr %m.addr, align 4, !dbg !1952
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !1953
  %2 = load i32, ptr %m_source, align 4, !dbg !1953
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !1954
  store ptr %call, ptr %fdt, align 4, !dbg !1950
    #dbg_declare(ptr %fdp, !1955, !DIExpression(), !1957)
  %3 = load ptr, ptr %fdt, align 4, !dbg !1958
  %4 = load ptr, ptr %m.addr, align 4, !dbg !1959
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !1960
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !1961
  %5 = load i32, ptr %fd, align 4, !dbg !1961
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #3, !dbg !1962
  store ptr %call1, ptr %fdp, align 4, !dbg !1957
    #dbg_declare(ptr %fp, !1963, !DIExpression(), !1974)
    #dbg_declare(ptr %n, !1975, !DIExpression(), !1976)
  %6 = load ptr, ptr %m.addr, align 4, !dbg !1977
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !1978
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !1979
  %7 = load i32, ptr %len, align 4, !dbg !1979
  store i32 %7, ptr %n, align 4, !dbg !1976
    #dbg_declare(ptr %r, !1980, !DIExpression(), !1981)
  %8 = load ptr, ptr %fdp, align 4, !dbg !1982
  %cmp = icmp eq ptr %8, null, !dbg !1984
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !1985

lor.lhs.false:                                    ; preds = %entry
  %9 = load ptr, ptr %fdp, align 4, !dbg !1986
  %fd_flags = getelementptr inbounds %struct.filedesc, ptr %9, i32 0, i32 3, !dbg !1987
  %10 = load i32, ptr %fd_flags, align 4, !dbg !1987
  %cmp3 = icmp eq i32 %10, 1, !dbg !1988
  br i1 %cmp3, label %if.then, label %if.end, !dbg !1989

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, ptr %retval, align 4, !dbg !1990
  br label %return, !dbg !1990

if.end:                                           ; preds = %lor.lhs.false
  %11 = load ptr, ptr %fdp, align 4, !dbg !1991
  %fd_file = getelementptr inbounds %struct.filedesc, ptr %11, i32 0, i32 1, !dbg !1992
  %12 = load i32, ptr %fd_file, align 4, !dbg !1992
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !1993
  store ptr %arrayidx, ptr %fp, align 4, !dbg !1994
  %13 = load ptr, ptr %fdp, align 4, !dbg !1995
  %fd_pos = getelementptr inbounds %struct.filedesc, ptr %13, i32 0, i32 2, !dbg !1997
  %14 = load i32, ptr %fd_pos, align 4, !dbg !1997
  %15 = load ptr, ptr %fp, align 4, !dbg !1998
  %f_size = getelementptr inbounds %struct.vfile, ptr %15, i32 0, i32 4, !dbg !1999
  %16 = load i32, ptr %f_size, align 4, !dbg !1999
  %cmp4 = icmp uge i32 %14, %16, !dbg !2000
  br i1 %cmp4, label %if.then5, label %if.else, !dbg !2001

if.then5:                                         ; preds = %if.end
  store i32 0, ptr %n, align 4, !dbg !2002
  br label %if.end14, !dbg !2003

if.else:                                          ; preds = %if.end
  %17 = load i32, ptr %n, align 4, !dbg !2004
  %18 = load ptr, ptr %fp, align 4, !dbg !2006
  %f_size6 = getelementptr inbounds %struct.vfile, ptr %18, i32 0, i32 4, !dbg !2007
  %19 = load i32, ptr %f_size6, align 4, !dbg !2007
  %20 = load ptr, ptr %fdp, align 4, !dbg !2008
  %fd_pos7 = getelementptr inbounds %struct.filedesc, ptr %20, i32 0, i32 2, !dbg !2009
  %21 = load i32, ptr %fd_pos7, align 4, !dbg !2009
  %sub = sub i32 %19, %21, !dbg !2010
  %cmp8 = icmp ugt i32 %17, %sub, !dbg !2011
  br i1 %cmp8, label %if.then9, label %if.end13, !dbg !2012

if.then9:                                         ; preds = %if.else
  %22 = load ptr, ptr %fp, align 4, !dbg !2013
  %f_size10 = getelementptr inbounds %struct.vfile, ptr %22, i32 0, i32 4, !dbg !2014
  %23 = load i32, ptr %f_size10, align 4, !dbg !2014
  %24 = load ptr, ptr %fdp, align 4, !dbg !2015
  %fd_pos11 = getelementptr inbounds %struct.filedesc, ptr %24, i32 0, i32 2, !dbg !2016
  %25 = load i32, ptr %fd_pos11, align 4, !dbg !2016
  %sub12 = sub i32 %23, %25, !dbg !2017
  store i32 %sub12, ptr %n, align 4, !dbg !2018
  br label %if.end13, !dbg !2019

if.end13:                                         ; preds = %if.then9, %if.else
  br label %if.end14

if.end14:                                         ; preds = %if.end13, %if.then5
  %26 = load i32, ptr %n, align 4, !dbg !2020
  %cmp15 = icmp ugt i32 %26, 0, !dbg !2022
  br i1 %cmp15, label %land.lhs.true, label %if.end23, !dbg !2023

land.lhs.true:                                    ; preds = %if.end14
  %27 = load ptr, ptr %fp, align 4, !dbg !2024
  %f_data = getelementptr inbounds %struct.vfile, ptr %27, i32 0, i32 6, !dbg !2025
  %28 = load ptr, ptr %fdp, align 4, !dbg !2026
  %fd_pos16 = getelementptr inbounds %struct.filedesc, ptr %28, i32 0, i32 2, !dbg !2027
  %29 = load i32, ptr %fd_pos16, align 4, !dbg !2027
  %arrayidx17 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 %29, !dbg !2024
  %30 = ptrtoint ptr %arrayidx17 to i32, !dbg !2028
  %31 = load ptr, ptr %m.addr, align 4, !dbg !2029
  %m_source18 = getelementptr inbounds %struct.message, ptr %31, i32 0, i32 0, !dbg !2030
  %32 = load i32, ptr %m_source18, align 4, !dbg !2030
  %33 = load ptr, ptr %m.addr, align 4, !dbg !2031
  %m_u19 = getelementptr inbounds %struct.message, ptr %33, i32 0, i32 2, !dbg !2032
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u19, i32 0, i32 1, !dbg !2033
  %34 = load i32, ptr %buf, align 4, !dbg !2033
  %35 = load i32, ptr %n, align 4, !dbg !2034
  %call20 = call i32 @sys_datacopy(i32 noundef 32256, i32 noundef %30, i32 noundef %32, i32 noundef %34, i32 noundef %35) #3, !dbg !2035
  store i32 %call20, ptr %r, align 4, !dbg !2036
  %cmp21 = icmp ne i32 %call20, 0, !dbg !2037
  br i1 %cmp21, label %if.then22, label %if.end23, !dbg !2038

if.then22:                                        ; preds = %land.lhs.true
  %36 = load i32, ptr %r, align 4, !dbg !2039
  store i32 %36, ptr %retval, align 4, !dbg !2040
  br label %return, !dbg !2040

if.end23:                                         ; preds = %land.lhs.true, %if.end14
  %37 = load i32, ptr %n, align 4, !dbg !2041
  %38 = load ptr, ptr %fdp, align 4, !dbg !2042
  %fd_pos24 = getelementptr inbounds %struct.filedesc, ptr %38, i32 0, i32 2, !dbg !2043
  %39 = load i32, ptr %fd_pos24, align 4, !dbg !2044
  %add = add i32 %39, %37, !dbg !2044
  store i32 %add, ptr %fd_pos24, align 4, !dbg !2044
  %40 = load i32, ptr %n, align 4, !dbg !2045
  store i32 %40, ptr %retval, align 4, !dbg !2046
  br label %return, !dbg !2046

return:                                           ; preds = %if.end23, %if.then22, %if.then
  %41 = load i32, ptr %retval, align 4, !dbg !2047
  ret i32 %41, !dbg !2047
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_write(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !2048 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %fp = alloca ptr, align 4
  %n = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2049, !DIExpression(), !2050)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2051, !DIExpression(), !2052)
    #dbg_declare(ptr %fdt, !2053, !DIExpression(), !2054)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2055
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2056
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2057
  %2 = load i32, ptr %m_source, align 4, !dbg !2057
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !2058
  store ptr %call, ptr %fdt, align 4, !dbg !2054
    #dbg_declare(ptr %fdp, !2059, !DIExpression(), !2060)
  %3 = load ptr, ptr %fdt, align 4, !dbg !2061
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2062
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2063
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !2064
  %5 = load i32, ptr %fd, align 4, !dbg !2064
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #3, !dbg !2065
  store ptr %call1, ptr %fdp, align 4, !dbg !2060
    #dbg_declare(ptr %fp, !2066, !DIExpression(), !2067)
    #dbg_declare(ptr %n, !2068, !DIExpression(), !2069)
  %6 = load ptr, ptr %m.addr, align 4, !dbg !2070
  %m_u2 = getelementptr inbounds %struct.message, ptr %6, i32 0, i32 2, !dbg !2071
  %len = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !2072
  %7 = load i32, ptr %len, align 4, !dbg !2072
  store i32 %7, ptr %n, align 4, !dbg !2069
    #dbg_declare(ptr %r, !2073, !DIExpression(), !2074)
  %8 = load ptr, ptr %fdp, align 4, !dbg !2075
  %cmp = icmp eq ptr %8, null, !dbg !2077
  br i1 %cmp, label %if.then, label %lor.lhs.false, !dbg !2078

lor.lhs.false:                                    ; preds = %entry
  %9 = load ptr, ptr %fdp, align 4, !dbg !2079
  %fd_flags = getelementptr inbounds %struct.filedesc, ptr %9, i32 0, i32 3, !dbg !2080
  %10 = load i32, ptr %fd_flags, align 4, !dbg !2080
  %cmp3 = icmp eq i32 %10, 0, !dbg !2081
  br i1 %cmp3, label %if.then, label %if.end, !dbg !2082

if.then:                                          ; preds = %lor.lhs.false, %entry
  store i32 -9, ptr %retval, align 4, !dbg !2083
  br label %return, !dbg !2083

if.end:                                           ; preds = %lor.lhs.false
  %11 = load ptr, ptr %fdp, align 4, !dbg !2084
  %fd_file = getelementptr inbounds %struct.filedesc, ptr %11, i32 0, i32 1, !dbg !2085
  %12 = load i32, ptr %fd_file, align 4, !dbg !2085
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !2086
  store ptr %arrayidx, ptr %fp, align 4, !dbg !2087
  %13 = load ptr, ptr %fdp, align 4, !dbg !2088
  %fd_pos = getelementptr inbounds %struct.filedesc, ptr %13, i32 0, i32 2, !dbg !2090
  %14 = load i32, ptr %fd_pos, align 4, !dbg !2090
  %cmp4 = icmp uge i32 %14, 512, !dbg !2091
  br i1 %cmp4, label %if.then5, label %if.end6, !dbg !2092

if.then5:                                         ; preds = %if.end
  store i32 -28, ptr %retval, align 4, !dbg !2093
  br label %return, !dbg !2093

if.end6:                                          ; preds = %if.end
  %15 = load i32, ptr %n, align 4, !dbg !2094
  %16 = load ptr, ptr %fdp, align 4, !dbg !2096
  %fd_pos7 = getelementptr inbounds %struct.filedesc, ptr %16, i32 0, i32 2, !dbg !2097
  %17 = load i32, ptr %fd_pos7, align 4, !dbg !2097
  %sub = sub nsw i32 512, %17, !dbg !2098
  %cmp8 = icmp ugt i32 %15, %sub, !dbg !2099
  br i1 %cmp8, label %if.then9, label %if.end12, !dbg !2100

if.then9:                                         ; preds = %if.end6
  %18 = load ptr, ptr %fdp, align 4, !dbg !2101
  %fd_pos10 = getelementptr inbounds %struct.filedesc, ptr %18, i32 0, i32 2, !dbg !2102
  %19 = load i32, ptr %fd_pos10, align 4, !dbg !2102
  %sub11 = sub nsw i32 512, %19, !dbg !2103
  store i32 %sub11, ptr %n, align 4, !dbg !2104
  br label %if.end12, !dbg !2105

if.end12:                                         ; preds = %if.then9, %if.end6
  %20 = load ptr, ptr %m.addr, align 4, !dbg !2106
  %m_source13 = getelementptr inbounds %struct.message, ptr %20, i32 0, i32 0, !dbg !2108
  %21 = load i32, ptr %m_source13, align 4, !dbg !2108
  %22 = load ptr, ptr %m.addr, align 4, !dbg !2109
  %m_u14 = getelementptr inbounds %struct.message, ptr %22, i32 0, i32 2, !dbg !2110
  %buf = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u14, i32 0, i32 1, !dbg !2111
  %23 = load i32, ptr %buf, align 4, !dbg !2111
  %24 = load ptr, ptr %fp, align 4, !dbg !2112
  %f_data = getelementptr inbounds %struct.vfile, ptr %24, i32 0, i32 6, !dbg !2113
  %25 = load ptr, ptr %fdp, align 4, !dbg !2114
  %fd_pos15 = getelementptr inbounds %struct.filedesc, ptr %25, i32 0, i32 2, !dbg !2115
  %26 = load i32, ptr %fd_pos15, align 4, !dbg !2115
  %arrayidx16 = getelementptr inbounds [512 x i8], ptr %f_data, i32 0, i32 %26, !dbg !2112
  %27 = ptrtoint ptr %arrayidx16 to i32, !dbg !2116
  %28 = load i32, ptr %n, align 4, !dbg !2117
  %call17 = call i32 @sys_datacopy(i32 noundef %21, i32 noundef %23, i32 noundef 32256, i32 noundef %27, i32 noundef %28) #3, !dbg !2118
  store i32 %call17, ptr %r, align 4, !dbg !2119
  %cmp18 = icmp ne i32 %call17, 0, !dbg !2120
  br i1 %cmp18, label %if.then19, label %if.end20, !dbg !2121

if.then19:                                        ; preds = %if.end12
  %29 = load i32, ptr %r, align 4, !dbg !2122
  store i32 %29, ptr %retval, align 4, !dbg !2123
  br label %return, !dbg !2123

if.end20:                                         ; preds = %if.end12
  %30 = load i32, ptr %n, align 4, !dbg !2124
  %31 = load ptr, ptr %fdp, align 4, !dbg !2125
  %fd_pos21 = getelementptr inbounds %struct.filedesc, ptr %31, i32 0, i32 2, !dbg !2126
  %32 = load i32, ptr %fd_pos21, align 4, !dbg !2127
  %add = add i32 %32, %30, !dbg !2127
  store i32 %add, ptr %fd_pos21, align 4, !dbg !2127
  %33 = load ptr, ptr %fdp, align 4, !dbg !2128
  %fd_pos22 = getelementptr inbounds %struct.filedesc, ptr %33, i32 0, i32 2, !dbg !2130
  %34 = load i32, ptr %fd_pos22, align 4, !dbg !2130
  %35 = load ptr, ptr %fp, align 4, !dbg !2131
  %f_size = getelementptr inbounds %struct.vfile, ptr %35, i32 0, i32 4, !dbg !2132
  %36 = load i32, ptr %f_size, align 4, !dbg !2132
  %cmp23 = icmp ugt i32 %34, %36, !dbg !2133
  br i1 %cmp23, label %if.then24, label %if.end27, !dbg !2134

if.then24:                                        ; preds = %if.end20
  %37 = load ptr, ptr %fdp, align 4, !dbg !2135
  %fd_pos25 = getelementptr inbounds %struct.filedesc, ptr %37, i32 0, i32 2, !dbg !2136
  %38 = load i32, ptr %fd_pos25, align 4, !dbg !2136
  %39 = load ptr, ptr %fp, align 4, !dbg !2137
  %f_size26 = getelementptr inbounds %struct.vfile, ptr %39, i32 0, i32 4, !dbg !2138
  store i32 %38, ptr %f_size26, align 4, !dbg !2139
  br label %if.end27, !dbg !2137

if.end27:                                         ; preds = %if.then24, %if.end20
  %40 = load ptr, ptr %fp, align 4, !dbg !2140
  %f_dirty = getelementptr inbounds %struct.vfile, ptr %40, i32 0, i32 1, !dbg !2141
  store i32 1, ptr %f_dirty, align 4, !dbg !2142
  %41 = load i32, ptr %n, align 4, !dbg !2143
  store i32 %41, ptr %retval, align 4, !dbg !2144
  br label %return, !dbg !2144

return:                                           ; preds = %if.end27, %if.then19, %if.then5, %if.then
  %42 = load i32, ptr %retval, align 4, !dbg !2145
  ret i32 %42, !dbg !2145
}

; Function Attrs: noinline nounwind
define dso_local i32 @do_lseek(i32 noundef %proc_slot, ptr noundef %m) #0 !dbg !2146 {
entry:
  %retval = alloca i32, align 4
  %proc_slot.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 4
  %fdt = alloca ptr, align 4
  %fdp = alloca ptr, align 4
  %pos = alloca i32, align 4
  store i32 %proc_slot, ptr %proc_slot.addr, align 4
    #dbg_declare(ptr %proc_slot.addr, !2147, !DIExpression(), !2148)
  store ptr %m, ptr %m.addr, align 4
    #dbg_declare(ptr %m.addr, !2149, !DIExpression(), !2150)
    #dbg_declare(ptr %fdt, !2151, !DIExpression(), !2152)
  %0 = load i32, ptr %proc_slot.addr, align 4, !dbg !2153
  %1 = load ptr, ptr %m.addr, align 4, !dbg !2154
  %m_source = getelementptr inbounds %struct.message, ptr %1, i32 0, i32 0, !dbg !2155
  %2 = load i32, ptr %m_source, align 4, !dbg !2155
  %call = call ptr @get_fdtable(i32 noundef %0, i32 noundef %2) #3, !dbg !2156
  store ptr %call, ptr %fdt, align 4, !dbg !2152
    #dbg_declare(ptr %fdp, !2157, !DIExpression(), !2158)
  %3 = load ptr, ptr %fdt, align 4, !dbg !2159
  %4 = load ptr, ptr %m.addr, align 4, !dbg !2160
  %m_u = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !2161
  %fd = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u, i32 0, i32 0, !dbg !2162
  %5 = load i32, ptr %fd, align 4, !dbg !2162
  %call1 = call ptr @get_filedesc(ptr noundef %3, i32 noundef %5) #3, !dbg !2163
  store ptr %call1, ptr %fdp, align 4, !dbg !2158
    #dbg_declare(ptr %pos, !2164, !DIExpression(), !2165)
  %6 = load ptr, ptr %fdp, align 4, !dbg !2166
  %cmp = icmp eq ptr %6, null, !dbg !2168
  br i1 %cmp, label %if.then, label %if.end, !dbg !2169

if.then:                                          ; preds = %entry
  store i32 -9, ptr %retval, align 4, !dbg !2170
  br label %return, !dbg !2170

if.end:                                           ; preds = %entry
  %7 = load ptr, ptr %m.addr, align 4, !dbg !2171
  %m_u2 = getelementptr inbounds %struct.message, ptr %7, i32 0, i32 2, !dbg !2172
  %whence = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u2, i32 0, i32 2, !dbg !2173
  %8 = load i32, ptr %whence, align 4, !dbg !2173
  switch i32 %8, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb3
    i32 2, label %sw.bb4
  ], !dbg !2174

sw.bb:                                            ; preds = %if.end
  store i32 0, ptr %pos, align 4, !dbg !2175
  br label %sw.epilog, !dbg !2177

sw.bb3:                                           ; preds = %if.end
  %9 = load ptr, ptr %fdp, align 4, !dbg !2178
  %fd_pos = getelementptr inbounds %struct.filedesc, ptr %9, i32 0, i32 2, !dbg !2179
  %10 = load i32, ptr %fd_pos, align 4, !dbg !2179
  store i32 %10, ptr %pos, align 4, !dbg !2180
  br label %sw.epilog, !dbg !2181

sw.bb4:                                           ; preds = %if.end
  %11 = load ptr, ptr %fdp, align 4, !dbg !2182
  %fd_file = getelementptr inbounds %struct.filedesc, ptr %11, i32 0, i32 1, !dbg !2183
  %12 = load i32, ptr %fd_file, align 4, !dbg !2183
  %arrayidx = getelementptr inbounds [16 x %struct.vfile], ptr @files, i32 0, i32 %12, !dbg !2184
  %f_size = getelementptr inbounds %struct.vfile, ptr %arrayidx, i32 0, i32 4, !dbg !2185
  %13 = load i32, ptr %f_size, align 4, !dbg !2185
  store i32 %13, ptr %pos, align 4, !dbg !2186
  br label %sw.epilog, !dbg !2187

sw.default:                                       ; preds = %if.end
  store i32 -22, ptr %retval, align 4, !dbg !2188
  br label %return, !dbg !2188

sw.epilog:                                        ; preds = %sw.bb4, %sw.bb3, %sw.bb
  %14 = load ptr, ptr %m.addr, align 4, !dbg !2189
  %m_u5 = getelementptr inbounds %struct.message, ptr %14, i32 0, i32 2, !dbg !2190
  %offset = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u5, i32 0, i32 1, !dbg !2191
  %15 = load i32, ptr %offset, align 4, !dbg !2191
  %16 = load i32, ptr %pos, align 4, !dbg !2192
  %add = add nsw i32 %16, %15, !dbg !2192
  store i32 %add, ptr %pos, align 4, !dbg !2192
  %17 = load i32, ptr %pos, align 4, !dbg !2193
  %cmp6 = icmp slt i32 %17, 0, !dbg !2195
  br i1 %cmp6, label %if.then8, label %lor.lhs.false, !dbg !2196

lor.lhs.false:                                    ; preds = %sw.epilog
  %18 = load i32, ptr %pos, align 4, !dbg !2197
  %cmp7 = icmp sgt i32 %18, 512, !dbg !2198
  br i1 %cmp7, label %if.then8, label %if.end9, !dbg !2199

if.then8:                                         ; preds = %lor.lhs.false, %sw.epilog
  store i32 -22, ptr %retval, align 4, !dbg !2200
  br label %return, !dbg !2200

if.end9:                                          ; preds = %lor.lhs.false
  %19 = load i32, ptr %pos, align 4, !dbg !2201
  %20 = load ptr, ptr %fdp, align 4, !dbg !2202
  %fd_pos10 = getelementptr inbounds %struct.filedesc, ptr %20, i32 0, i32 2, !dbg !2203
  store i32 %19, ptr %fd_pos10, align 4, !dbg !2204
  %21 = load i32, ptr %pos, align 4, !dbg !2205
  %22 = load ptr, ptr %m.addr, align 4, !dbg !2206
  %m_u11 = getelementptr inbounds %struct.message, ptr %22, i32 0, i32 2, !dbg !2207
  %offset12 = getelementptr inbounds %struct.mess_pm_vfs_exec, ptr %m_u11, i32 0, i32 1, !dbg !2208
  store i32 %21, ptr %offset12, align 4, !dbg !2209
  store i32 0, ptr %retval, align 4, !dbg !2210
  br label %return, !dbg !2210

return:                                           ; preds = %if.end9, %if.then8, %sw.default, %if.then
  %23 = load i32, ptr %retval, align 4, !dbg !2211
  ret i32 %23, !dbg !2211
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin noreturn "no-builtins" }

!llvm.dbg.cu = !{!92, !94, !9, !96, !98, !104, !107}
!llvm.ident = !{!110, !110, !110, !110, !110, !110, !110}
!llvm.module.flags = !{!111, !112, !113, !114, !115}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "servers/vfs/main.c", directory: ".", checksumkind: CSK_MD5, checksum: "55c439f617e2cf8cbaf15ab3770ac189")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 20)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "fdtable", scope: !9, file: !2, line: 6, type: !75, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !10, globals: !12, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11}
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 32)
!12 = !{!0, !13, !7, !44, !58, !60, !65, !70}
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(name: "files", scope: !9, file: !2, line: 5, type: !15, isLocal: false, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 70144, elements: !42)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !17, line: 24, size: 4384, elements: !18)
!17 = !DIFile(filename: "servers/vfs/vfs.h", directory: ".", checksumkind: CSK_MD5, checksum: "96083e55535256a5ea878f048ff8a9cc")
!18 = !{!19, !21, !22, !25, !29, !32, !36}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !16, file: !17, line: 25, baseType: !20, size: 32)
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !16, file: !17, line: 26, baseType: !20, size: 32, offset: 32)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !16, file: !17, line: 27, baseType: !23, size: 32, offset: 64)
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "uid_t", file: !24, line: 27, baseType: !20)
!24 = !DIFile(filename: "include/minios.h", directory: ".", checksumkind: CSK_MD5, checksum: "2d5b2e5085bc6ad8d6c85b991640b679")
!25 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !16, file: !17, line: 28, baseType: !26, size: 16, offset: 96)
!26 = !DIDerivedType(tag: DW_TAG_typedef, name: "mode_t", file: !24, line: 28, baseType: !27)
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !24, line: 20, baseType: !28)
!28 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !16, file: !17, line: 29, baseType: !30, size: 32, offset: 128)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !24, line: 23, baseType: !31)
!31 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !16, file: !17, line: 30, baseType: !33, size: 120, offset: 160)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 15)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !16, file: !17, line: 31, baseType: !37, size: 4096, offset: 280)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 4096, elements: !40)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !24, line: 18, baseType: !39)
!39 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!40 = !{!41}
!41 = !DISubrange(count: 512)
!42 = !{!43}
!43 = !DISubrange(count: 16)
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(name: "fproc", scope: !9, file: !2, line: 7, type: !46, isLocal: false, isDefinition: true)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 5120, elements: !56)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fproc", file: !17, line: 51, size: 160, elements: !48)
!48 = !{!49, !51, !52, !54, !55}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "fp_endpoint", scope: !47, file: !17, line: 52, baseType: !50, size: 32)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "endpoint_t", file: !24, line: 25, baseType: !20)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "fp_parent", scope: !47, file: !17, line: 53, baseType: !50, size: 32, offset: 32)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "fp_pid", scope: !47, file: !17, line: 54, baseType: !53, size: 32, offset: 64)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "pid_t", file: !24, line: 26, baseType: !20)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "fp_uid", scope: !47, file: !17, line: 55, baseType: !23, size: 32, offset: 96)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "fp_program", scope: !47, file: !17, line: 56, baseType: !20, size: 32, offset: 128)
!56 = !{!57}
!57 = !DISubrange(count: 32)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "vfs_shutting_down", scope: !9, file: !2, line: 8, type: !20, isLocal: false, isDefinition: true)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !62, isLocal: true, isDefinition: true)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !63)
!63 = !{!64}
!64 = !DISubrange(count: 3)
!65 = !DIGlobalVariableExpression(var: !66, expr: !DIExpression())
!66 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !67, isLocal: true, isDefinition: true)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 5)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !72, isLocal: true, isDefinition: true)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 19)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !76, size: 34816, elements: !56)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !17, line: 45, size: 1088, elements: !77)
!77 = !{!78, !79, !80}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !76, file: !17, line: 46, baseType: !50, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !76, file: !17, line: 47, baseType: !26, size: 16, offset: 32)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !76, file: !17, line: 48, baseType: !81, size: 1024, offset: 64)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !82, size: 1024, elements: !90)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !17, line: 34, size: 128, elements: !83)
!83 = !{!84, !85, !86, !89}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !82, file: !17, line: 35, baseType: !20, size: 32)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !82, file: !17, line: 36, baseType: !20, size: 32, offset: 32)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !82, file: !17, line: 37, baseType: !87, size: 32, offset: 64)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "off_t", file: !24, line: 29, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !24, line: 21, baseType: !20)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !82, file: !17, line: 38, baseType: !20, size: 32, offset: 96)
!90 = !{!91}
!91 = !DISubrange(count: 8)
!92 = distinct !DICompileUnit(language: DW_LANG_C11, file: !93, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!93 = !DIFile(filename: "servers/vfs/file.c", directory: ".", checksumkind: CSK_MD5, checksum: "18577d6a59c7e17a19abee9d96b98e2a")
!94 = distinct !DICompileUnit(language: DW_LANG_C11, file: !95, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!95 = !DIFile(filename: "servers/vfs/filedes.c", directory: ".", checksumkind: CSK_MD5, checksum: "3072cf3ab36e9ab2d6e1858c4d7eb49a")
!96 = distinct !DICompileUnit(language: DW_LANG_C11, file: !97, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!97 = !DIFile(filename: "servers/vfs/misc.c", directory: ".", checksumkind: CSK_MD5, checksum: "e06a0ede52d9d5be09c345ec462a4fcb")
!98 = distinct !DICompileUnit(language: DW_LANG_C11, file: !99, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !100, splitDebugInlining: false, nameTableKind: None)
!99 = !DIFile(filename: "servers/vfs/open.c", directory: ".", checksumkind: CSK_MD5, checksum: "50b263ab51c0b08c382ecbfd9ee0978a")
!100 = !{!101, !103}
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "vir_bytes", file: !24, line: 30, baseType: !102)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !24, line: 22, baseType: !31)
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!104 = distinct !DICompileUnit(language: DW_LANG_C11, file: !105, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !106, splitDebugInlining: false, nameTableKind: None)
!105 = !DIFile(filename: "servers/vfs/pm_calls.c", directory: ".", checksumkind: CSK_MD5, checksum: "957eb0c98eb9c0cbbe15e901d9ed0473")
!106 = !{!101}
!107 = distinct !DICompileUnit(language: DW_LANG_C11, file: !108, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !109, splitDebugInlining: false, nameTableKind: None)
!108 = !DIFile(filename: "servers/vfs/read.c", directory: ".", checksumkind: CSK_MD5, checksum: "3c1c823f34558204d9869ff174680ee2")
!109 = !{!103, !30, !101}
!110 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!111 = !{i32 1, !"NumRegisterParameters", i32 0}
!112 = !{i32 7, !"Dwarf Version", i32 5}
!113 = !{i32 2, !"Debug Info Version", i32 3}
!114 = !{i32 1, !"wchar_size", i32 4}
!115 = !{i32 7, !"frame-pointer", i32 2}
!116 = distinct !DISubprogram(name: "find_file", scope: !93, file: !93, line: 4, type: !117, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !92, retainedNodes: !121)
!117 = !DISubroutineType(types: !118)
!118 = !{!20, !119}
!119 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !120, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!121 = !{}
!122 = !DILocalVariable(name: "name", arg: 1, scope: !116, file: !93, line: 4, type: !119)
!123 = !DILocation(line: 4, column: 27, scope: !116)
!124 = !DILocalVariable(name: "f", scope: !116, file: !93, line: 6, type: !20)
!125 = !DILocation(line: 6, column: 6, scope: !116)
!126 = !DILocation(line: 8, column: 9, scope: !127)
!127 = distinct !DILexicalBlock(scope: !116, file: !93, line: 8, column: 2)
!128 = !DILocation(line: 8, column: 7, scope: !127)
!129 = !DILocation(line: 8, column: 14, scope: !130)
!130 = distinct !DILexicalBlock(scope: !127, file: !93, line: 8, column: 2)
!131 = !DILocation(line: 8, column: 16, scope: !130)
!132 = !DILocation(line: 8, column: 2, scope: !127)
!133 = !DILocation(line: 9, column: 13, scope: !134)
!134 = distinct !DILexicalBlock(scope: !130, file: !93, line: 9, column: 7)
!135 = !DILocation(line: 9, column: 7, scope: !134)
!136 = !DILocation(line: 9, column: 16, scope: !134)
!137 = !DILocation(line: 9, column: 25, scope: !134)
!138 = !DILocation(line: 9, column: 42, scope: !134)
!139 = !DILocation(line: 9, column: 36, scope: !134)
!140 = !DILocation(line: 9, column: 45, scope: !134)
!141 = !DILocation(line: 9, column: 53, scope: !134)
!142 = !DILocation(line: 9, column: 28, scope: !134)
!143 = !DILocation(line: 9, column: 73, scope: !134)
!144 = !DILocation(line: 9, column: 7, scope: !130)
!145 = !DILocation(line: 10, column: 11, scope: !134)
!146 = !DILocation(line: 10, column: 4, scope: !134)
!147 = !DILocation(line: 9, column: 76, scope: !134)
!148 = !DILocation(line: 8, column: 29, scope: !130)
!149 = !DILocation(line: 8, column: 2, scope: !130)
!150 = distinct !{!150, !132, !151, !152}
!151 = !DILocation(line: 10, column: 11, scope: !127)
!152 = !{!"llvm.loop.mustprogress"}
!153 = !DILocation(line: 11, column: 2, scope: !116)
!154 = !DILocation(line: 12, column: 1, scope: !116)
!155 = distinct !DISubprogram(name: "create_file", scope: !93, file: !93, line: 14, type: !156, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !92, retainedNodes: !121)
!156 = !DISubroutineType(types: !157)
!157 = !{!20, !119, !23, !26}
!158 = !DILocalVariable(name: "name", arg: 1, scope: !155, file: !93, line: 14, type: !119)
!159 = !DILocation(line: 14, column: 29, scope: !155)
!160 = !DILocalVariable(name: "owner", arg: 2, scope: !155, file: !93, line: 14, type: !23)
!161 = !DILocation(line: 14, column: 41, scope: !155)
!162 = !DILocalVariable(name: "mode", arg: 3, scope: !155, file: !93, line: 14, type: !26)
!163 = !DILocation(line: 14, column: 55, scope: !155)
!164 = !DILocalVariable(name: "fp", scope: !155, file: !93, line: 16, type: !165)
!165 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !166, size: 32)
!166 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !17, line: 24, size: 4384, elements: !167)
!167 = !{!168, !169, !170, !171, !172, !173, !174}
!168 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !166, file: !17, line: 25, baseType: !20, size: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !166, file: !17, line: 26, baseType: !20, size: 32, offset: 32)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !166, file: !17, line: 27, baseType: !23, size: 32, offset: 64)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !166, file: !17, line: 28, baseType: !26, size: 16, offset: 96)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !166, file: !17, line: 29, baseType: !30, size: 32, offset: 128)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !166, file: !17, line: 30, baseType: !33, size: 120, offset: 160)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !166, file: !17, line: 31, baseType: !37, size: 4096, offset: 280)
!175 = !DILocation(line: 16, column: 16, scope: !155)
!176 = !DILocalVariable(name: "f", scope: !155, file: !93, line: 17, type: !20)
!177 = !DILocation(line: 17, column: 6, scope: !155)
!178 = !DILocation(line: 19, column: 9, scope: !179)
!179 = distinct !DILexicalBlock(scope: !155, file: !93, line: 19, column: 2)
!180 = !DILocation(line: 19, column: 7, scope: !179)
!181 = !DILocation(line: 19, column: 14, scope: !182)
!182 = distinct !DILexicalBlock(scope: !179, file: !93, line: 19, column: 2)
!183 = !DILocation(line: 19, column: 16, scope: !182)
!184 = !DILocation(line: 19, column: 2, scope: !179)
!185 = !DILocation(line: 20, column: 15, scope: !186)
!186 = distinct !DILexicalBlock(scope: !182, file: !93, line: 19, column: 33)
!187 = !DILocation(line: 20, column: 9, scope: !186)
!188 = !DILocation(line: 20, column: 6, scope: !186)
!189 = !DILocation(line: 21, column: 7, scope: !190)
!190 = distinct !DILexicalBlock(scope: !186, file: !93, line: 21, column: 7)
!191 = !DILocation(line: 21, column: 11, scope: !190)
!192 = !DILocation(line: 21, column: 7, scope: !186)
!193 = !DILocation(line: 22, column: 4, scope: !190)
!194 = !DILocation(line: 23, column: 3, scope: !186)
!195 = !DILocation(line: 23, column: 7, scope: !186)
!196 = !DILocation(line: 23, column: 16, scope: !186)
!197 = !DILocation(line: 24, column: 3, scope: !186)
!198 = !DILocation(line: 24, column: 7, scope: !186)
!199 = !DILocation(line: 24, column: 15, scope: !186)
!200 = !DILocation(line: 25, column: 17, scope: !186)
!201 = !DILocation(line: 25, column: 3, scope: !186)
!202 = !DILocation(line: 25, column: 7, scope: !186)
!203 = !DILocation(line: 25, column: 15, scope: !186)
!204 = !DILocation(line: 26, column: 16, scope: !186)
!205 = !DILocation(line: 26, column: 21, scope: !186)
!206 = !DILocation(line: 26, column: 3, scope: !186)
!207 = !DILocation(line: 26, column: 7, scope: !186)
!208 = !DILocation(line: 26, column: 14, scope: !186)
!209 = !DILocation(line: 27, column: 3, scope: !186)
!210 = !DILocation(line: 27, column: 7, scope: !186)
!211 = !DILocation(line: 27, column: 14, scope: !186)
!212 = !DILocation(line: 28, column: 11, scope: !186)
!213 = !DILocation(line: 28, column: 15, scope: !186)
!214 = !DILocation(line: 28, column: 23, scope: !186)
!215 = !DILocation(line: 28, column: 3, scope: !186)
!216 = !DILocation(line: 29, column: 10, scope: !186)
!217 = !DILocation(line: 29, column: 3, scope: !186)
!218 = !DILocation(line: 19, column: 29, scope: !182)
!219 = !DILocation(line: 19, column: 2, scope: !182)
!220 = distinct !{!220, !184, !221, !152}
!221 = !DILocation(line: 30, column: 2, scope: !179)
!222 = !DILocation(line: 31, column: 2, scope: !155)
!223 = !DILocation(line: 32, column: 1, scope: !155)
!224 = distinct !DISubprogram(name: "may_access", scope: !93, file: !93, line: 34, type: !225, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !92, retainedNodes: !121)
!225 = !DISubroutineType(types: !226)
!226 = !{!20, !227, !23, !20}
!227 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !228, size: 32)
!228 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !166)
!229 = !DILocalVariable(name: "f", arg: 1, scope: !224, file: !93, line: 34, type: !227)
!230 = !DILocation(line: 34, column: 36, scope: !224)
!231 = !DILocalVariable(name: "uid", arg: 2, scope: !224, file: !93, line: 34, type: !23)
!232 = !DILocation(line: 34, column: 45, scope: !224)
!233 = !DILocalVariable(name: "bits", arg: 3, scope: !224, file: !93, line: 34, type: !20)
!234 = !DILocation(line: 34, column: 54, scope: !224)
!235 = !DILocation(line: 36, column: 6, scope: !236)
!236 = distinct !DILexicalBlock(scope: !224, file: !93, line: 36, column: 6)
!237 = !DILocation(line: 36, column: 10, scope: !236)
!238 = !DILocation(line: 36, column: 6, scope: !224)
!239 = !DILocation(line: 37, column: 3, scope: !236)
!240 = !DILocation(line: 38, column: 6, scope: !241)
!241 = distinct !DILexicalBlock(scope: !224, file: !93, line: 38, column: 6)
!242 = !DILocation(line: 38, column: 13, scope: !241)
!243 = !DILocation(line: 38, column: 16, scope: !241)
!244 = !DILocation(line: 38, column: 10, scope: !241)
!245 = !DILocation(line: 38, column: 6, scope: !224)
!246 = !DILocation(line: 39, column: 12, scope: !241)
!247 = !DILocation(line: 39, column: 15, scope: !241)
!248 = !DILocation(line: 39, column: 22, scope: !241)
!249 = !DILocation(line: 39, column: 30, scope: !241)
!250 = !DILocation(line: 39, column: 28, scope: !241)
!251 = !DILocation(line: 39, column: 39, scope: !241)
!252 = !DILocation(line: 39, column: 36, scope: !241)
!253 = !DILocation(line: 39, column: 3, scope: !241)
!254 = !DILocation(line: 40, column: 10, scope: !224)
!255 = !DILocation(line: 40, column: 13, scope: !224)
!256 = !DILocation(line: 40, column: 22, scope: !224)
!257 = !DILocation(line: 40, column: 20, scope: !224)
!258 = !DILocation(line: 40, column: 31, scope: !224)
!259 = !DILocation(line: 40, column: 28, scope: !224)
!260 = !DILocation(line: 40, column: 2, scope: !224)
!261 = !DILocation(line: 41, column: 1, scope: !224)
!262 = distinct !DISubprogram(name: "sync_files", scope: !93, file: !93, line: 45, type: !263, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !92, retainedNodes: !121)
!263 = !DISubroutineType(types: !264)
!264 = !{!20}
!265 = !DILocalVariable(name: "f", scope: !262, file: !93, line: 47, type: !20)
!266 = !DILocation(line: 47, column: 6, scope: !262)
!267 = !DILocalVariable(name: "n", scope: !262, file: !93, line: 47, type: !20)
!268 = !DILocation(line: 47, column: 9, scope: !262)
!269 = !DILocation(line: 49, column: 9, scope: !270)
!270 = distinct !DILexicalBlock(scope: !262, file: !93, line: 49, column: 2)
!271 = !DILocation(line: 49, column: 7, scope: !270)
!272 = !DILocation(line: 49, column: 14, scope: !273)
!273 = distinct !DILexicalBlock(scope: !270, file: !93, line: 49, column: 2)
!274 = !DILocation(line: 49, column: 16, scope: !273)
!275 = !DILocation(line: 49, column: 2, scope: !270)
!276 = !DILocation(line: 50, column: 13, scope: !277)
!277 = distinct !DILexicalBlock(scope: !278, file: !93, line: 50, column: 7)
!278 = distinct !DILexicalBlock(scope: !273, file: !93, line: 49, column: 33)
!279 = !DILocation(line: 50, column: 7, scope: !277)
!280 = !DILocation(line: 50, column: 16, scope: !277)
!281 = !DILocation(line: 50, column: 25, scope: !277)
!282 = !DILocation(line: 50, column: 34, scope: !277)
!283 = !DILocation(line: 50, column: 28, scope: !277)
!284 = !DILocation(line: 50, column: 37, scope: !277)
!285 = !DILocation(line: 50, column: 7, scope: !278)
!286 = !DILocation(line: 51, column: 10, scope: !287)
!287 = distinct !DILexicalBlock(scope: !277, file: !93, line: 50, column: 46)
!288 = !DILocation(line: 51, column: 4, scope: !287)
!289 = !DILocation(line: 51, column: 13, scope: !287)
!290 = !DILocation(line: 51, column: 21, scope: !287)
!291 = !DILocation(line: 52, column: 5, scope: !287)
!292 = !DILocation(line: 53, column: 3, scope: !287)
!293 = !DILocation(line: 54, column: 2, scope: !278)
!294 = !DILocation(line: 49, column: 29, scope: !273)
!295 = !DILocation(line: 49, column: 2, scope: !273)
!296 = distinct !{!296, !275, !297, !152}
!297 = !DILocation(line: 54, column: 2, scope: !270)
!298 = !DILocation(line: 55, column: 9, scope: !262)
!299 = !DILocation(line: 55, column: 2, scope: !262)
!300 = distinct !DISubprogram(name: "get_fdtable", scope: !95, file: !95, line: 6, type: !301, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !94, retainedNodes: !121)
!301 = !DISubroutineType(types: !302)
!302 = !{!303, !20, !50}
!303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !304, size: 32)
!304 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !17, line: 45, size: 1088, elements: !305)
!305 = !{!306, !307, !308}
!306 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !304, file: !17, line: 46, baseType: !50, size: 32)
!307 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !304, file: !17, line: 47, baseType: !26, size: 16, offset: 32)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !304, file: !17, line: 48, baseType: !309, size: 1024, offset: 64)
!309 = !DICompositeType(tag: DW_TAG_array_type, baseType: !310, size: 1024, elements: !90)
!310 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !17, line: 34, size: 128, elements: !311)
!311 = !{!312, !313, !314, !315}
!312 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !310, file: !17, line: 35, baseType: !20, size: 32)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !310, file: !17, line: 36, baseType: !20, size: 32, offset: 32)
!314 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !310, file: !17, line: 37, baseType: !87, size: 32, offset: 64)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !310, file: !17, line: 38, baseType: !20, size: 32, offset: 96)
!316 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !300, file: !95, line: 6, type: !20)
!317 = !DILocation(line: 6, column: 39, scope: !300)
!318 = !DILocalVariable(name: "caller", arg: 2, scope: !300, file: !95, line: 6, type: !50)
!319 = !DILocation(line: 6, column: 61, scope: !300)
!320 = !DILocalVariable(name: "fdt", scope: !300, file: !95, line: 8, type: !303)
!321 = !DILocation(line: 8, column: 24, scope: !300)
!322 = !DILocation(line: 8, column: 39, scope: !300)
!323 = !DILocation(line: 8, column: 31, scope: !300)
!324 = !DILocalVariable(name: "fd", scope: !300, file: !95, line: 9, type: !20)
!325 = !DILocation(line: 9, column: 6, scope: !300)
!326 = !DILocation(line: 11, column: 6, scope: !327)
!327 = distinct !DILexicalBlock(scope: !300, file: !95, line: 11, column: 6)
!328 = !DILocation(line: 11, column: 11, scope: !327)
!329 = !DILocation(line: 11, column: 24, scope: !327)
!330 = !DILocation(line: 11, column: 21, scope: !327)
!331 = !DILocation(line: 11, column: 6, scope: !300)
!332 = !DILocation(line: 13, column: 20, scope: !333)
!333 = distinct !DILexicalBlock(scope: !327, file: !95, line: 11, column: 32)
!334 = !DILocation(line: 13, column: 3, scope: !333)
!335 = !DILocation(line: 13, column: 8, scope: !333)
!336 = !DILocation(line: 13, column: 18, scope: !333)
!337 = !DILocation(line: 14, column: 3, scope: !333)
!338 = !DILocation(line: 14, column: 8, scope: !333)
!339 = !DILocation(line: 14, column: 18, scope: !333)
!340 = !DILocation(line: 15, column: 11, scope: !341)
!341 = distinct !DILexicalBlock(scope: !333, file: !95, line: 15, column: 3)
!342 = !DILocation(line: 15, column: 8, scope: !341)
!343 = !DILocation(line: 15, column: 16, scope: !344)
!344 = distinct !DILexicalBlock(scope: !341, file: !95, line: 15, column: 3)
!345 = !DILocation(line: 15, column: 19, scope: !344)
!346 = !DILocation(line: 15, column: 3, scope: !341)
!347 = !DILocation(line: 16, column: 4, scope: !344)
!348 = !DILocation(line: 16, column: 9, scope: !344)
!349 = !DILocation(line: 16, column: 16, scope: !344)
!350 = !DILocation(line: 16, column: 20, scope: !344)
!351 = !DILocation(line: 16, column: 30, scope: !344)
!352 = !DILocation(line: 15, column: 33, scope: !344)
!353 = !DILocation(line: 15, column: 3, scope: !344)
!354 = distinct !{!354, !346, !355, !152}
!355 = !DILocation(line: 16, column: 32, scope: !341)
!356 = !DILocation(line: 17, column: 2, scope: !333)
!357 = !DILocation(line: 18, column: 9, scope: !300)
!358 = !DILocation(line: 18, column: 2, scope: !300)
!359 = distinct !DISubprogram(name: "get_filedesc", scope: !95, file: !95, line: 21, type: !360, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !94, retainedNodes: !121)
!360 = !DISubroutineType(types: !361)
!361 = !{!362, !303, !20}
!362 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !310, size: 32)
!363 = !DILocalVariable(name: "fdt", arg: 1, scope: !359, file: !95, line: 21, type: !303)
!364 = !DILocation(line: 21, column: 53, scope: !359)
!365 = !DILocalVariable(name: "fd", arg: 2, scope: !359, file: !95, line: 21, type: !20)
!366 = !DILocation(line: 21, column: 62, scope: !359)
!367 = !DILocation(line: 23, column: 6, scope: !368)
!368 = distinct !DILexicalBlock(scope: !359, file: !95, line: 23, column: 6)
!369 = !DILocation(line: 23, column: 9, scope: !368)
!370 = !DILocation(line: 23, column: 13, scope: !368)
!371 = !DILocation(line: 23, column: 16, scope: !368)
!372 = !DILocation(line: 23, column: 19, scope: !368)
!373 = !DILocation(line: 23, column: 31, scope: !368)
!374 = !DILocation(line: 23, column: 35, scope: !368)
!375 = !DILocation(line: 23, column: 40, scope: !368)
!376 = !DILocation(line: 23, column: 47, scope: !368)
!377 = !DILocation(line: 23, column: 51, scope: !368)
!378 = !DILocation(line: 23, column: 6, scope: !359)
!379 = !DILocation(line: 24, column: 3, scope: !368)
!380 = !DILocation(line: 25, column: 10, scope: !359)
!381 = !DILocation(line: 25, column: 15, scope: !359)
!382 = !DILocation(line: 25, column: 22, scope: !359)
!383 = !DILocation(line: 25, column: 2, scope: !359)
!384 = !DILocation(line: 26, column: 1, scope: !359)
!385 = distinct !DISubprogram(name: "get_free_fd", scope: !95, file: !95, line: 28, type: !386, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !94, retainedNodes: !121)
!386 = !DISubroutineType(types: !387)
!387 = !{!20, !303}
!388 = !DILocalVariable(name: "fdt", arg: 1, scope: !385, file: !95, line: 28, type: !303)
!389 = !DILocation(line: 28, column: 39, scope: !385)
!390 = !DILocalVariable(name: "fd", scope: !385, file: !95, line: 30, type: !20)
!391 = !DILocation(line: 30, column: 6, scope: !385)
!392 = !DILocation(line: 32, column: 10, scope: !393)
!393 = distinct !DILexicalBlock(scope: !385, file: !95, line: 32, column: 2)
!394 = !DILocation(line: 32, column: 7, scope: !393)
!395 = !DILocation(line: 32, column: 15, scope: !396)
!396 = distinct !DILexicalBlock(scope: !393, file: !95, line: 32, column: 2)
!397 = !DILocation(line: 32, column: 18, scope: !396)
!398 = !DILocation(line: 32, column: 2, scope: !393)
!399 = !DILocation(line: 33, column: 8, scope: !400)
!400 = distinct !DILexicalBlock(scope: !396, file: !95, line: 33, column: 7)
!401 = !DILocation(line: 33, column: 13, scope: !400)
!402 = !DILocation(line: 33, column: 20, scope: !400)
!403 = !DILocation(line: 33, column: 24, scope: !400)
!404 = !DILocation(line: 33, column: 7, scope: !396)
!405 = !DILocation(line: 34, column: 11, scope: !400)
!406 = !DILocation(line: 34, column: 4, scope: !400)
!407 = !DILocation(line: 32, column: 32, scope: !396)
!408 = !DILocation(line: 32, column: 2, scope: !396)
!409 = distinct !{!409, !398, !410, !152}
!410 = !DILocation(line: 34, column: 11, scope: !393)
!411 = !DILocation(line: 35, column: 2, scope: !385)
!412 = !DILocation(line: 36, column: 1, scope: !385)
!413 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 29, type: !263, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !121)
!414 = !DILocalVariable(name: "m", scope: !413, file: !2, line: 31, type: !415)
!415 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !416, line: 97, baseType: !417)
!416 = !DIFile(filename: "include/message.h", directory: ".", checksumkind: CSK_MD5, checksum: "4be727bceb90a5895adb4f429c7bf826")
!417 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 65, size: 512, elements: !418)
!418 = !{!419, !420, !421}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !417, file: !416, line: 66, baseType: !50, size: 32)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !417, file: !416, line: 67, baseType: !20, size: 32, offset: 32)
!421 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !417, file: !416, line: 96, baseType: !422, size: 448, offset: 64)
!422 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !417, file: !416, line: 68, size: 448, elements: !423)
!423 = !{!424, !429, !435, !441, !446, !451, !457, !465, !472, !480, !485, !492, !499, !504, !511, !516, !523, !530, !535, !541, !549, !556, !561, !568, !574, !583, !588}
!424 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !422, file: !416, line: 69, baseType: !425, size: 32)
!425 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !416, line: 15, baseType: !426)
!426 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 15, size: 32, elements: !427)
!427 = !{!428}
!428 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !426, file: !416, line: 15, baseType: !20, size: 32)
!429 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !422, file: !416, line: 70, baseType: !430, size: 64)
!430 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !416, line: 16, baseType: !431)
!431 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 16, size: 64, elements: !432)
!432 = !{!433, !434}
!433 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !431, file: !416, line: 16, baseType: !101, size: 32)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !431, file: !416, line: 16, baseType: !30, size: 32, offset: 32)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !422, file: !416, line: 71, baseType: !436, size: 64)
!436 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !416, line: 17, baseType: !437)
!437 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 17, size: 64, elements: !438)
!438 = !{!439, !440}
!439 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !437, file: !416, line: 17, baseType: !53, size: 32)
!440 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !437, file: !416, line: 17, baseType: !20, size: 32, offset: 32)
!441 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !422, file: !416, line: 72, baseType: !442, size: 32)
!442 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !416, line: 18, baseType: !443)
!443 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 18, size: 32, elements: !444)
!444 = !{!445}
!445 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !443, file: !416, line: 18, baseType: !23, size: 32)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !422, file: !416, line: 73, baseType: !447, size: 32)
!447 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !416, line: 19, baseType: !448)
!448 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 19, size: 32, elements: !449)
!449 = !{!450}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !448, file: !416, line: 19, baseType: !20, size: 32)
!451 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !422, file: !416, line: 74, baseType: !452, size: 64)
!452 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !416, line: 20, baseType: !453)
!453 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 20, size: 64, elements: !454)
!454 = !{!455, !456}
!455 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !453, file: !416, line: 20, baseType: !20, size: 32)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !453, file: !416, line: 20, baseType: !101, size: 32, offset: 32)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !422, file: !416, line: 75, baseType: !458, size: 128)
!458 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !416, line: 28, baseType: !459)
!459 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 23, size: 128, elements: !460)
!460 = !{!461, !462, !463, !464}
!461 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !459, file: !416, line: 24, baseType: !50, size: 32)
!462 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !459, file: !416, line: 25, baseType: !50, size: 32, offset: 32)
!463 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !459, file: !416, line: 26, baseType: !53, size: 32, offset: 64)
!464 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !459, file: !416, line: 27, baseType: !23, size: 32, offset: 96)
!465 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !422, file: !416, line: 76, baseType: !466, size: 96)
!466 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !416, line: 29, baseType: !467)
!467 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 29, size: 96, elements: !468)
!468 = !{!469, !470, !471}
!469 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !467, file: !416, line: 29, baseType: !50, size: 32)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !467, file: !416, line: 29, baseType: !101, size: 32, offset: 32)
!471 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !467, file: !416, line: 29, baseType: !30, size: 32, offset: 64)
!472 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !422, file: !416, line: 77, baseType: !473, size: 128)
!473 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !416, line: 32, baseType: !474)
!474 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 32, size: 128, elements: !475)
!475 = !{!476, !477, !478, !479}
!476 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !474, file: !416, line: 32, baseType: !101, size: 32)
!477 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !474, file: !416, line: 32, baseType: !30, size: 32, offset: 32)
!478 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !474, file: !416, line: 32, baseType: !20, size: 32, offset: 64)
!479 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !474, file: !416, line: 32, baseType: !26, size: 16, offset: 96)
!480 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !422, file: !416, line: 78, baseType: !481, size: 32)
!481 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !416, line: 33, baseType: !482)
!482 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 33, size: 32, elements: !483)
!483 = !{!484}
!484 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !482, file: !416, line: 33, baseType: !20, size: 32)
!485 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !422, file: !416, line: 79, baseType: !486, size: 96)
!486 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !416, line: 34, baseType: !487)
!487 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 34, size: 96, elements: !488)
!488 = !{!489, !490, !491}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !487, file: !416, line: 34, baseType: !20, size: 32)
!490 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !487, file: !416, line: 34, baseType: !101, size: 32, offset: 32)
!491 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !487, file: !416, line: 34, baseType: !30, size: 32, offset: 64)
!492 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !422, file: !416, line: 80, baseType: !493, size: 96)
!493 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !416, line: 35, baseType: !494)
!494 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 35, size: 96, elements: !495)
!495 = !{!496, !497, !498}
!496 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !494, file: !416, line: 35, baseType: !20, size: 32)
!497 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !494, file: !416, line: 35, baseType: !87, size: 32, offset: 32)
!498 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !494, file: !416, line: 35, baseType: !20, size: 32, offset: 64)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !422, file: !416, line: 81, baseType: !500, size: 16)
!500 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !416, line: 36, baseType: !501)
!501 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 36, size: 16, elements: !502)
!502 = !{!503}
!503 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !501, file: !416, line: 36, baseType: !26, size: 16)
!504 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !422, file: !416, line: 82, baseType: !505, size: 96)
!505 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !416, line: 39, baseType: !506)
!506 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 39, size: 96, elements: !507)
!507 = !{!508, !509, !510}
!508 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !506, file: !416, line: 39, baseType: !50, size: 32)
!509 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !506, file: !416, line: 39, baseType: !20, size: 32, offset: 32)
!510 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !506, file: !416, line: 39, baseType: !50, size: 32, offset: 64)
!511 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !422, file: !416, line: 83, baseType: !512, size: 32)
!512 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !416, line: 40, baseType: !513)
!513 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 40, size: 32, elements: !514)
!514 = !{!515}
!515 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !513, file: !416, line: 40, baseType: !50, size: 32)
!516 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !422, file: !416, line: 84, baseType: !517, size: 96)
!517 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !416, line: 41, baseType: !518)
!518 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 41, size: 96, elements: !519)
!519 = !{!520, !521, !522}
!520 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !518, file: !416, line: 41, baseType: !50, size: 32)
!521 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !518, file: !416, line: 41, baseType: !30, size: 32, offset: 32)
!522 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !518, file: !416, line: 41, baseType: !101, size: 32, offset: 64)
!523 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !422, file: !416, line: 85, baseType: !524, size: 96)
!524 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !416, line: 42, baseType: !525)
!525 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 42, size: 96, elements: !526)
!526 = !{!527, !528, !529}
!527 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !525, file: !416, line: 42, baseType: !50, size: 32)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !525, file: !416, line: 42, baseType: !30, size: 32, offset: 32)
!529 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !525, file: !416, line: 42, baseType: !101, size: 32, offset: 64)
!530 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !422, file: !416, line: 86, baseType: !531, size: 32)
!531 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !416, line: 45, baseType: !532)
!532 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 45, size: 32, elements: !533)
!533 = !{!534}
!534 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !532, file: !416, line: 45, baseType: !101, size: 32)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !422, file: !416, line: 87, baseType: !536, size: 64)
!536 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !416, line: 46, baseType: !537)
!537 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 46, size: 64, elements: !538)
!538 = !{!539, !540}
!539 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !537, file: !416, line: 46, baseType: !30, size: 32)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !537, file: !416, line: 46, baseType: !101, size: 32, offset: 32)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !422, file: !416, line: 88, baseType: !542, size: 192)
!542 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !416, line: 49, baseType: !543)
!543 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 49, size: 192, elements: !544)
!544 = !{!545, !547, !548}
!545 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !543, file: !416, line: 49, baseType: !546, size: 128)
!546 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !42)
!547 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !543, file: !416, line: 49, baseType: !50, size: 32, offset: 128)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !543, file: !416, line: 49, baseType: !20, size: 32, offset: 160)
!549 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !422, file: !416, line: 89, baseType: !550, size: 192)
!550 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !416, line: 50, baseType: !551)
!551 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 50, size: 192, elements: !552)
!552 = !{!553, !554, !555}
!553 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !551, file: !416, line: 50, baseType: !546, size: 128)
!554 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !551, file: !416, line: 50, baseType: !50, size: 32, offset: 128)
!555 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !551, file: !416, line: 50, baseType: !20, size: 32, offset: 160)
!556 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !422, file: !416, line: 90, baseType: !557, size: 32)
!557 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !416, line: 53, baseType: !558)
!558 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 53, size: 32, elements: !559)
!559 = !{!560}
!560 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !558, file: !416, line: 53, baseType: !20, size: 32)
!561 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !422, file: !416, line: 91, baseType: !562, size: 96)
!562 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !416, line: 56, baseType: !563)
!563 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 56, size: 96, elements: !564)
!564 = !{!565, !566, !567}
!565 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !563, file: !416, line: 56, baseType: !50, size: 32)
!566 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !563, file: !416, line: 56, baseType: !20, size: 32, offset: 32)
!567 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !563, file: !416, line: 56, baseType: !50, size: 32, offset: 64)
!568 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !422, file: !416, line: 92, baseType: !569, size: 64)
!569 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !416, line: 57, baseType: !570)
!570 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 57, size: 64, elements: !571)
!571 = !{!572, !573}
!572 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !570, file: !416, line: 57, baseType: !50, size: 32)
!573 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !570, file: !416, line: 57, baseType: !20, size: 32, offset: 32)
!574 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !422, file: !416, line: 93, baseType: !575, size: 160)
!575 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !416, line: 62, baseType: !576)
!576 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 58, size: 160, elements: !577)
!577 = !{!578, !579, !580, !581, !582}
!578 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !576, file: !416, line: 59, baseType: !50, size: 32)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !576, file: !416, line: 59, baseType: !101, size: 32, offset: 32)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !576, file: !416, line: 60, baseType: !50, size: 32, offset: 64)
!581 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !576, file: !416, line: 60, baseType: !101, size: 32, offset: 96)
!582 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !576, file: !416, line: 61, baseType: !30, size: 32, offset: 128)
!583 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !422, file: !416, line: 94, baseType: !584, size: 32)
!584 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !416, line: 63, baseType: !585)
!585 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 63, size: 32, elements: !586)
!586 = !{!587}
!587 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !585, file: !416, line: 63, baseType: !20, size: 32)
!588 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !422, file: !416, line: 95, baseType: !589, size: 448)
!589 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 448, elements: !590)
!590 = !{!591}
!591 = !DISubrange(count: 56)
!592 = !DILocation(line: 31, column: 10, scope: !413)
!593 = !DILocalVariable(name: "ipc_status", scope: !413, file: !2, line: 32, type: !20)
!594 = !DILocation(line: 32, column: 6, scope: !413)
!595 = !DILocalVariable(name: "proc_slot", scope: !413, file: !2, line: 32, type: !20)
!596 = !DILocation(line: 32, column: 18, scope: !413)
!597 = !DILocalVariable(name: "r", scope: !413, file: !2, line: 32, type: !20)
!598 = !DILocation(line: 32, column: 29, scope: !413)
!599 = !DILocation(line: 34, column: 2, scope: !413)
!600 = !DILocation(line: 35, column: 2, scope: !413)
!601 = !DILocation(line: 36, column: 7, scope: !602)
!602 = distinct !DILexicalBlock(scope: !603, file: !2, line: 36, column: 7)
!603 = distinct !DILexicalBlock(scope: !604, file: !2, line: 35, column: 11)
!604 = distinct !DILexicalBlock(scope: !605, file: !2, line: 35, column: 2)
!605 = distinct !DILexicalBlock(scope: !413, file: !2, line: 35, column: 2)
!606 = !DILocation(line: 36, column: 48, scope: !602)
!607 = !DILocation(line: 36, column: 7, scope: !603)
!608 = !DILocation(line: 37, column: 4, scope: !602)
!609 = !DILocation(line: 39, column: 15, scope: !603)
!610 = !DILocation(line: 39, column: 13, scope: !603)
!611 = !DILocation(line: 41, column: 13, scope: !603)
!612 = !DILocation(line: 41, column: 3, scope: !603)
!613 = !DILocation(line: 42, column: 31, scope: !614)
!614 = distinct !DILexicalBlock(scope: !603, file: !2, line: 41, column: 21)
!615 = !DILocation(line: 42, column: 23, scope: !614)
!616 = !DILocation(line: 42, column: 21, scope: !614)
!617 = !DILocation(line: 42, column: 47, scope: !614)
!618 = !DILocation(line: 43, column: 33, scope: !614)
!619 = !DILocation(line: 43, column: 24, scope: !614)
!620 = !DILocation(line: 43, column: 22, scope: !614)
!621 = !DILocation(line: 43, column: 49, scope: !614)
!622 = !DILocation(line: 44, column: 31, scope: !614)
!623 = !DILocation(line: 44, column: 23, scope: !614)
!624 = !DILocation(line: 44, column: 21, scope: !614)
!625 = !DILocation(line: 44, column: 47, scope: !614)
!626 = !DILocation(line: 45, column: 33, scope: !614)
!627 = !DILocation(line: 45, column: 24, scope: !614)
!628 = !DILocation(line: 45, column: 22, scope: !614)
!629 = !DILocation(line: 45, column: 49, scope: !614)
!630 = !DILocation(line: 46, column: 33, scope: !614)
!631 = !DILocation(line: 46, column: 24, scope: !614)
!632 = !DILocation(line: 46, column: 22, scope: !614)
!633 = !DILocation(line: 46, column: 49, scope: !614)
!634 = !DILocation(line: 47, column: 33, scope: !614)
!635 = !DILocation(line: 47, column: 24, scope: !614)
!636 = !DILocation(line: 47, column: 22, scope: !614)
!637 = !DILocation(line: 47, column: 49, scope: !614)
!638 = !DILocation(line: 48, column: 25, scope: !614)
!639 = !DILocation(line: 48, column: 23, scope: !614)
!640 = !DILocation(line: 48, column: 41, scope: !614)
!641 = !DILocation(line: 49, column: 25, scope: !614)
!642 = !DILocation(line: 49, column: 23, scope: !614)
!643 = !DILocation(line: 49, column: 41, scope: !614)
!644 = !DILocation(line: 50, column: 25, scope: !614)
!645 = !DILocation(line: 50, column: 23, scope: !614)
!646 = !DILocation(line: 50, column: 41, scope: !614)
!647 = !DILocation(line: 51, column: 27, scope: !614)
!648 = !DILocation(line: 51, column: 25, scope: !614)
!649 = !DILocation(line: 51, column: 45, scope: !614)
!650 = !DILocation(line: 52, column: 23, scope: !614)
!651 = !DILocation(line: 52, column: 21, scope: !614)
!652 = !DILocation(line: 52, column: 36, scope: !614)
!653 = !DILocation(line: 53, column: 29, scope: !614)
!654 = !DILocation(line: 53, column: 27, scope: !614)
!655 = !DILocation(line: 53, column: 46, scope: !614)
!656 = !DILocation(line: 54, column: 30, scope: !614)
!657 = !DILocation(line: 54, column: 28, scope: !614)
!658 = !DILocation(line: 54, column: 48, scope: !614)
!659 = !DILocation(line: 55, column: 15, scope: !614)
!660 = !DILocation(line: 55, column: 25, scope: !614)
!661 = !DILocation(line: 58, column: 7, scope: !662)
!662 = distinct !DILexicalBlock(scope: !603, file: !2, line: 58, column: 7)
!663 = !DILocation(line: 58, column: 9, scope: !662)
!664 = !DILocation(line: 58, column: 7, scope: !603)
!665 = !DILocation(line: 59, column: 15, scope: !666)
!666 = distinct !DILexicalBlock(scope: !662, file: !2, line: 58, column: 24)
!667 = !DILocation(line: 59, column: 6, scope: !666)
!668 = !DILocation(line: 59, column: 13, scope: !666)
!669 = !DILocation(line: 60, column: 15, scope: !666)
!670 = !DILocation(line: 60, column: 4, scope: !666)
!671 = !DILocation(line: 61, column: 3, scope: !666)
!672 = !DILocation(line: 35, column: 2, scope: !604)
!673 = distinct !{!673, !674, !675}
!674 = !DILocation(line: 35, column: 2, scope: !605)
!675 = !DILocation(line: 62, column: 2, scope: !605)
!676 = distinct !DISubprogram(name: "vfs_init", scope: !2, file: !2, line: 10, type: !677, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !121)
!677 = !DISubroutineType(types: !678)
!678 = !{null}
!679 = !DILocalVariable(name: "i", scope: !676, file: !2, line: 12, type: !20)
!680 = !DILocation(line: 12, column: 6, scope: !676)
!681 = !DILocalVariable(name: "f", scope: !676, file: !2, line: 12, type: !20)
!682 = !DILocation(line: 12, column: 9, scope: !676)
!683 = !DILocation(line: 14, column: 9, scope: !684)
!684 = distinct !DILexicalBlock(scope: !676, file: !2, line: 14, column: 2)
!685 = !DILocation(line: 14, column: 7, scope: !684)
!686 = !DILocation(line: 14, column: 14, scope: !687)
!687 = distinct !DILexicalBlock(scope: !684, file: !2, line: 14, column: 2)
!688 = !DILocation(line: 14, column: 16, scope: !687)
!689 = !DILocation(line: 14, column: 2, scope: !684)
!690 = !DILocation(line: 15, column: 26, scope: !691)
!691 = distinct !DILexicalBlock(scope: !687, file: !2, line: 14, column: 33)
!692 = !DILocation(line: 15, column: 28, scope: !691)
!693 = !DILocation(line: 15, column: 46, scope: !691)
!694 = !DILocation(line: 15, column: 9, scope: !691)
!695 = !DILocation(line: 15, column: 3, scope: !691)
!696 = !DILocation(line: 15, column: 12, scope: !691)
!697 = !DILocation(line: 15, column: 24, scope: !691)
!698 = !DILocation(line: 16, column: 9, scope: !691)
!699 = !DILocation(line: 16, column: 3, scope: !691)
!700 = !DILocation(line: 16, column: 12, scope: !691)
!701 = !DILocation(line: 16, column: 23, scope: !691)
!702 = !DILocation(line: 17, column: 2, scope: !691)
!703 = !DILocation(line: 14, column: 29, scope: !687)
!704 = !DILocation(line: 14, column: 2, scope: !687)
!705 = distinct !{!705, !689, !706, !152}
!706 = !DILocation(line: 17, column: 2, scope: !684)
!707 = !DILocation(line: 18, column: 34, scope: !676)
!708 = !DILocation(line: 19, column: 29, scope: !676)
!709 = !DILocation(line: 22, column: 11, scope: !710)
!710 = distinct !DILexicalBlock(scope: !676, file: !2, line: 22, column: 6)
!711 = !DILocation(line: 22, column: 9, scope: !710)
!712 = !DILocation(line: 22, column: 48, scope: !710)
!713 = !DILocation(line: 22, column: 6, scope: !676)
!714 = !DILocation(line: 23, column: 9, scope: !710)
!715 = !DILocation(line: 23, column: 3, scope: !710)
!716 = !DILocation(line: 23, column: 12, scope: !710)
!717 = !DILocation(line: 23, column: 19, scope: !710)
!718 = !DILocation(line: 24, column: 11, scope: !719)
!719 = distinct !DILexicalBlock(scope: !676, file: !2, line: 24, column: 6)
!720 = !DILocation(line: 24, column: 9, scope: !719)
!721 = !DILocation(line: 24, column: 50, scope: !719)
!722 = !DILocation(line: 24, column: 6, scope: !676)
!723 = !DILocation(line: 25, column: 44, scope: !719)
!724 = !DILocation(line: 25, column: 38, scope: !719)
!725 = !DILocation(line: 25, column: 47, scope: !719)
!726 = !DILocation(line: 25, column: 21, scope: !719)
!727 = !DILocation(line: 25, column: 9, scope: !719)
!728 = !DILocation(line: 25, column: 3, scope: !719)
!729 = !DILocation(line: 25, column: 12, scope: !719)
!730 = !DILocation(line: 25, column: 19, scope: !719)
!731 = !DILocation(line: 27, column: 1, scope: !676)
!732 = distinct !DISubprogram(name: "do_umask", scope: !97, file: !97, line: 4, type: !733, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !96, retainedNodes: !121)
!733 = !DISubroutineType(types: !734)
!734 = !{!20, !20, !735}
!735 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !736, size: 32)
!736 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !416, line: 97, baseType: !737)
!737 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 65, size: 512, elements: !738)
!738 = !{!739, !740, !741}
!739 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !737, file: !416, line: 66, baseType: !50, size: 32)
!740 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !737, file: !416, line: 67, baseType: !20, size: 32, offset: 32)
!741 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !737, file: !416, line: 96, baseType: !742, size: 448, offset: 64)
!742 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !737, file: !416, line: 68, size: 448, elements: !743)
!743 = !{!744, !749, !755, !761, !766, !771, !777, !785, !792, !800, !805, !812, !819, !824, !831, !836, !843, !850, !855, !861, !868, !875, !880, !887, !893, !902, !907}
!744 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !742, file: !416, line: 69, baseType: !745, size: 32)
!745 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !416, line: 15, baseType: !746)
!746 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 15, size: 32, elements: !747)
!747 = !{!748}
!748 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !746, file: !416, line: 15, baseType: !20, size: 32)
!749 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !742, file: !416, line: 70, baseType: !750, size: 64)
!750 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !416, line: 16, baseType: !751)
!751 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 16, size: 64, elements: !752)
!752 = !{!753, !754}
!753 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !751, file: !416, line: 16, baseType: !101, size: 32)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !751, file: !416, line: 16, baseType: !30, size: 32, offset: 32)
!755 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !742, file: !416, line: 71, baseType: !756, size: 64)
!756 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !416, line: 17, baseType: !757)
!757 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 17, size: 64, elements: !758)
!758 = !{!759, !760}
!759 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !757, file: !416, line: 17, baseType: !53, size: 32)
!760 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !757, file: !416, line: 17, baseType: !20, size: 32, offset: 32)
!761 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !742, file: !416, line: 72, baseType: !762, size: 32)
!762 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !416, line: 18, baseType: !763)
!763 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 18, size: 32, elements: !764)
!764 = !{!765}
!765 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !763, file: !416, line: 18, baseType: !23, size: 32)
!766 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !742, file: !416, line: 73, baseType: !767, size: 32)
!767 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !416, line: 19, baseType: !768)
!768 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 19, size: 32, elements: !769)
!769 = !{!770}
!770 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !768, file: !416, line: 19, baseType: !20, size: 32)
!771 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !742, file: !416, line: 74, baseType: !772, size: 64)
!772 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !416, line: 20, baseType: !773)
!773 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 20, size: 64, elements: !774)
!774 = !{!775, !776}
!775 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !773, file: !416, line: 20, baseType: !20, size: 32)
!776 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !773, file: !416, line: 20, baseType: !101, size: 32, offset: 32)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !742, file: !416, line: 75, baseType: !778, size: 128)
!778 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !416, line: 28, baseType: !779)
!779 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 23, size: 128, elements: !780)
!780 = !{!781, !782, !783, !784}
!781 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !779, file: !416, line: 24, baseType: !50, size: 32)
!782 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !779, file: !416, line: 25, baseType: !50, size: 32, offset: 32)
!783 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !779, file: !416, line: 26, baseType: !53, size: 32, offset: 64)
!784 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !779, file: !416, line: 27, baseType: !23, size: 32, offset: 96)
!785 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !742, file: !416, line: 76, baseType: !786, size: 96)
!786 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !416, line: 29, baseType: !787)
!787 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 29, size: 96, elements: !788)
!788 = !{!789, !790, !791}
!789 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !787, file: !416, line: 29, baseType: !50, size: 32)
!790 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !787, file: !416, line: 29, baseType: !101, size: 32, offset: 32)
!791 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !787, file: !416, line: 29, baseType: !30, size: 32, offset: 64)
!792 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !742, file: !416, line: 77, baseType: !793, size: 128)
!793 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !416, line: 32, baseType: !794)
!794 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 32, size: 128, elements: !795)
!795 = !{!796, !797, !798, !799}
!796 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !794, file: !416, line: 32, baseType: !101, size: 32)
!797 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !794, file: !416, line: 32, baseType: !30, size: 32, offset: 32)
!798 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !794, file: !416, line: 32, baseType: !20, size: 32, offset: 64)
!799 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !794, file: !416, line: 32, baseType: !26, size: 16, offset: 96)
!800 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !742, file: !416, line: 78, baseType: !801, size: 32)
!801 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !416, line: 33, baseType: !802)
!802 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 33, size: 32, elements: !803)
!803 = !{!804}
!804 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !802, file: !416, line: 33, baseType: !20, size: 32)
!805 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !742, file: !416, line: 79, baseType: !806, size: 96)
!806 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !416, line: 34, baseType: !807)
!807 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 34, size: 96, elements: !808)
!808 = !{!809, !810, !811}
!809 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !807, file: !416, line: 34, baseType: !20, size: 32)
!810 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !807, file: !416, line: 34, baseType: !101, size: 32, offset: 32)
!811 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !807, file: !416, line: 34, baseType: !30, size: 32, offset: 64)
!812 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !742, file: !416, line: 80, baseType: !813, size: 96)
!813 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !416, line: 35, baseType: !814)
!814 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 35, size: 96, elements: !815)
!815 = !{!816, !817, !818}
!816 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !814, file: !416, line: 35, baseType: !20, size: 32)
!817 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !814, file: !416, line: 35, baseType: !87, size: 32, offset: 32)
!818 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !814, file: !416, line: 35, baseType: !20, size: 32, offset: 64)
!819 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !742, file: !416, line: 81, baseType: !820, size: 16)
!820 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !416, line: 36, baseType: !821)
!821 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 36, size: 16, elements: !822)
!822 = !{!823}
!823 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !821, file: !416, line: 36, baseType: !26, size: 16)
!824 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !742, file: !416, line: 82, baseType: !825, size: 96)
!825 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !416, line: 39, baseType: !826)
!826 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 39, size: 96, elements: !827)
!827 = !{!828, !829, !830}
!828 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !826, file: !416, line: 39, baseType: !50, size: 32)
!829 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !826, file: !416, line: 39, baseType: !20, size: 32, offset: 32)
!830 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !826, file: !416, line: 39, baseType: !50, size: 32, offset: 64)
!831 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !742, file: !416, line: 83, baseType: !832, size: 32)
!832 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !416, line: 40, baseType: !833)
!833 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 40, size: 32, elements: !834)
!834 = !{!835}
!835 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !833, file: !416, line: 40, baseType: !50, size: 32)
!836 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !742, file: !416, line: 84, baseType: !837, size: 96)
!837 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !416, line: 41, baseType: !838)
!838 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 41, size: 96, elements: !839)
!839 = !{!840, !841, !842}
!840 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !838, file: !416, line: 41, baseType: !50, size: 32)
!841 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !838, file: !416, line: 41, baseType: !30, size: 32, offset: 32)
!842 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !838, file: !416, line: 41, baseType: !101, size: 32, offset: 64)
!843 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !742, file: !416, line: 85, baseType: !844, size: 96)
!844 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !416, line: 42, baseType: !845)
!845 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 42, size: 96, elements: !846)
!846 = !{!847, !848, !849}
!847 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !845, file: !416, line: 42, baseType: !50, size: 32)
!848 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !845, file: !416, line: 42, baseType: !30, size: 32, offset: 32)
!849 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !845, file: !416, line: 42, baseType: !101, size: 32, offset: 64)
!850 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !742, file: !416, line: 86, baseType: !851, size: 32)
!851 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !416, line: 45, baseType: !852)
!852 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 45, size: 32, elements: !853)
!853 = !{!854}
!854 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !852, file: !416, line: 45, baseType: !101, size: 32)
!855 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !742, file: !416, line: 87, baseType: !856, size: 64)
!856 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !416, line: 46, baseType: !857)
!857 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 46, size: 64, elements: !858)
!858 = !{!859, !860}
!859 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !857, file: !416, line: 46, baseType: !30, size: 32)
!860 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !857, file: !416, line: 46, baseType: !101, size: 32, offset: 32)
!861 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !742, file: !416, line: 88, baseType: !862, size: 192)
!862 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !416, line: 49, baseType: !863)
!863 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 49, size: 192, elements: !864)
!864 = !{!865, !866, !867}
!865 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !863, file: !416, line: 49, baseType: !546, size: 128)
!866 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !863, file: !416, line: 49, baseType: !50, size: 32, offset: 128)
!867 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !863, file: !416, line: 49, baseType: !20, size: 32, offset: 160)
!868 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !742, file: !416, line: 89, baseType: !869, size: 192)
!869 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !416, line: 50, baseType: !870)
!870 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 50, size: 192, elements: !871)
!871 = !{!872, !873, !874}
!872 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !870, file: !416, line: 50, baseType: !546, size: 128)
!873 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !870, file: !416, line: 50, baseType: !50, size: 32, offset: 128)
!874 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !870, file: !416, line: 50, baseType: !20, size: 32, offset: 160)
!875 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !742, file: !416, line: 90, baseType: !876, size: 32)
!876 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !416, line: 53, baseType: !877)
!877 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 53, size: 32, elements: !878)
!878 = !{!879}
!879 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !877, file: !416, line: 53, baseType: !20, size: 32)
!880 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !742, file: !416, line: 91, baseType: !881, size: 96)
!881 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !416, line: 56, baseType: !882)
!882 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 56, size: 96, elements: !883)
!883 = !{!884, !885, !886}
!884 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !882, file: !416, line: 56, baseType: !50, size: 32)
!885 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !882, file: !416, line: 56, baseType: !20, size: 32, offset: 32)
!886 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !882, file: !416, line: 56, baseType: !50, size: 32, offset: 64)
!887 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !742, file: !416, line: 92, baseType: !888, size: 64)
!888 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !416, line: 57, baseType: !889)
!889 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 57, size: 64, elements: !890)
!890 = !{!891, !892}
!891 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !889, file: !416, line: 57, baseType: !50, size: 32)
!892 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !889, file: !416, line: 57, baseType: !20, size: 32, offset: 32)
!893 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !742, file: !416, line: 93, baseType: !894, size: 160)
!894 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !416, line: 62, baseType: !895)
!895 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 58, size: 160, elements: !896)
!896 = !{!897, !898, !899, !900, !901}
!897 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !895, file: !416, line: 59, baseType: !50, size: 32)
!898 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !895, file: !416, line: 59, baseType: !101, size: 32, offset: 32)
!899 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !895, file: !416, line: 60, baseType: !50, size: 32, offset: 64)
!900 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !895, file: !416, line: 60, baseType: !101, size: 32, offset: 96)
!901 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !895, file: !416, line: 61, baseType: !30, size: 32, offset: 128)
!902 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !742, file: !416, line: 94, baseType: !903, size: 32)
!903 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !416, line: 63, baseType: !904)
!904 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 63, size: 32, elements: !905)
!905 = !{!906}
!906 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !904, file: !416, line: 63, baseType: !20, size: 32)
!907 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !742, file: !416, line: 95, baseType: !589, size: 448)
!908 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !732, file: !97, line: 4, type: !20)
!909 = !DILocation(line: 4, column: 18, scope: !732)
!910 = !DILocalVariable(name: "m", arg: 2, scope: !732, file: !97, line: 4, type: !735)
!911 = !DILocation(line: 4, column: 38, scope: !732)
!912 = !DILocalVariable(name: "fdt", scope: !732, file: !97, line: 6, type: !913)
!913 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !914, size: 32)
!914 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !17, line: 45, size: 1088, elements: !915)
!915 = !{!916, !917, !918}
!916 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !914, file: !17, line: 46, baseType: !50, size: 32)
!917 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !914, file: !17, line: 47, baseType: !26, size: 16, offset: 32)
!918 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !914, file: !17, line: 48, baseType: !919, size: 1024, offset: 64)
!919 = !DICompositeType(tag: DW_TAG_array_type, baseType: !920, size: 1024, elements: !90)
!920 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !17, line: 34, size: 128, elements: !921)
!921 = !{!922, !923, !924, !925}
!922 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !920, file: !17, line: 35, baseType: !20, size: 32)
!923 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !920, file: !17, line: 36, baseType: !20, size: 32, offset: 32)
!924 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !920, file: !17, line: 37, baseType: !87, size: 32, offset: 64)
!925 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !920, file: !17, line: 38, baseType: !20, size: 32, offset: 96)
!926 = !DILocation(line: 6, column: 24, scope: !732)
!927 = !DILocation(line: 6, column: 42, scope: !732)
!928 = !DILocation(line: 6, column: 53, scope: !732)
!929 = !DILocation(line: 6, column: 56, scope: !732)
!930 = !DILocation(line: 6, column: 30, scope: !732)
!931 = !DILocalVariable(name: "old", scope: !732, file: !97, line: 7, type: !26)
!932 = !DILocation(line: 7, column: 9, scope: !732)
!933 = !DILocation(line: 7, column: 15, scope: !732)
!934 = !DILocation(line: 7, column: 20, scope: !732)
!935 = !DILocation(line: 9, column: 19, scope: !732)
!936 = !DILocation(line: 9, column: 22, scope: !732)
!937 = !DILocation(line: 9, column: 41, scope: !732)
!938 = !DILocation(line: 9, column: 46, scope: !732)
!939 = !DILocation(line: 9, column: 2, scope: !732)
!940 = !DILocation(line: 9, column: 7, scope: !732)
!941 = !DILocation(line: 9, column: 17, scope: !732)
!942 = !DILocation(line: 10, column: 9, scope: !732)
!943 = !DILocation(line: 10, column: 2, scope: !732)
!944 = distinct !DISubprogram(name: "do_sync", scope: !97, file: !97, line: 13, type: !945, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !96, retainedNodes: !121)
!945 = !DISubroutineType(types: !946)
!946 = !{!20, !735}
!947 = !DILocalVariable(name: "m", arg: 1, scope: !944, file: !97, line: 13, type: !735)
!948 = !DILocation(line: 13, column: 22, scope: !944)
!949 = !DILocation(line: 15, column: 9, scope: !944)
!950 = !DILocation(line: 16, column: 9, scope: !944)
!951 = !DILocation(line: 16, column: 2, scope: !944)
!952 = distinct !DISubprogram(name: "do_shutdown", scope: !97, file: !97, line: 19, type: !945, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !96, retainedNodes: !121)
!953 = !DILocalVariable(name: "m", arg: 1, scope: !952, file: !97, line: 19, type: !735)
!954 = !DILocation(line: 19, column: 26, scope: !952)
!955 = !DILocation(line: 21, column: 6, scope: !956)
!956 = distinct !DILexicalBlock(scope: !952, file: !97, line: 21, column: 6)
!957 = !DILocation(line: 21, column: 9, scope: !956)
!958 = !DILocation(line: 21, column: 18, scope: !956)
!959 = !DILocation(line: 21, column: 32, scope: !956)
!960 = !DILocation(line: 21, column: 35, scope: !956)
!961 = !DILocation(line: 21, column: 38, scope: !956)
!962 = !DILocation(line: 21, column: 47, scope: !956)
!963 = !DILocation(line: 21, column: 6, scope: !952)
!964 = !DILocation(line: 22, column: 3, scope: !956)
!965 = !DILocation(line: 23, column: 2, scope: !952)
!966 = !DILocation(line: 24, column: 20, scope: !952)
!967 = !DILocation(line: 25, column: 2, scope: !952)
!968 = !DILocation(line: 26, column: 1, scope: !952)
!969 = distinct !DISubprogram(name: "do_getstatus", scope: !97, file: !97, line: 28, type: !945, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !96, retainedNodes: !121)
!970 = !DILocalVariable(name: "m", arg: 1, scope: !969, file: !97, line: 28, type: !735)
!971 = !DILocation(line: 28, column: 27, scope: !969)
!972 = !DILocalVariable(name: "f", scope: !969, file: !97, line: 30, type: !20)
!973 = !DILocation(line: 30, column: 6, scope: !969)
!974 = !DILocalVariable(name: "n", scope: !969, file: !97, line: 30, type: !20)
!975 = !DILocation(line: 30, column: 9, scope: !969)
!976 = !DILocation(line: 32, column: 9, scope: !969)
!977 = !DILocation(line: 33, column: 9, scope: !978)
!978 = distinct !DILexicalBlock(scope: !969, file: !97, line: 33, column: 2)
!979 = !DILocation(line: 33, column: 7, scope: !978)
!980 = !DILocation(line: 33, column: 14, scope: !981)
!981 = distinct !DILexicalBlock(scope: !978, file: !97, line: 33, column: 2)
!982 = !DILocation(line: 33, column: 16, scope: !981)
!983 = !DILocation(line: 33, column: 2, scope: !978)
!984 = !DILocation(line: 34, column: 13, scope: !985)
!985 = distinct !DILexicalBlock(scope: !981, file: !97, line: 34, column: 7)
!986 = !DILocation(line: 34, column: 7, scope: !985)
!987 = !DILocation(line: 34, column: 16, scope: !985)
!988 = !DILocation(line: 34, column: 7, scope: !981)
!989 = !DILocation(line: 35, column: 5, scope: !985)
!990 = !DILocation(line: 35, column: 4, scope: !985)
!991 = !DILocation(line: 33, column: 29, scope: !981)
!992 = !DILocation(line: 33, column: 2, scope: !981)
!993 = distinct !{!993, !983, !994, !152}
!994 = !DILocation(line: 35, column: 5, scope: !978)
!995 = !DILocation(line: 36, column: 9, scope: !969)
!996 = !DILocation(line: 36, column: 2, scope: !969)
!997 = distinct !DISubprogram(name: "do_open", scope: !99, file: !99, line: 13, type: !998, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !98, retainedNodes: !121)
!998 = !DISubroutineType(types: !999)
!999 = !{!20, !20, !1000}
!1000 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1001, size: 32)
!1001 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !416, line: 97, baseType: !1002)
!1002 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 65, size: 512, elements: !1003)
!1003 = !{!1004, !1005, !1006}
!1004 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1002, file: !416, line: 66, baseType: !50, size: 32)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1002, file: !416, line: 67, baseType: !20, size: 32, offset: 32)
!1006 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1002, file: !416, line: 96, baseType: !1007, size: 448, offset: 64)
!1007 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1002, file: !416, line: 68, size: 448, elements: !1008)
!1008 = !{!1009, !1014, !1020, !1026, !1031, !1036, !1042, !1050, !1057, !1065, !1070, !1077, !1084, !1089, !1096, !1101, !1108, !1115, !1120, !1126, !1133, !1140, !1145, !1152, !1158, !1167, !1172}
!1009 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1007, file: !416, line: 69, baseType: !1010, size: 32)
!1010 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !416, line: 15, baseType: !1011)
!1011 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 15, size: 32, elements: !1012)
!1012 = !{!1013}
!1013 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1011, file: !416, line: 15, baseType: !20, size: 32)
!1014 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1007, file: !416, line: 70, baseType: !1015, size: 64)
!1015 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !416, line: 16, baseType: !1016)
!1016 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 16, size: 64, elements: !1017)
!1017 = !{!1018, !1019}
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1016, file: !416, line: 16, baseType: !101, size: 32)
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1016, file: !416, line: 16, baseType: !30, size: 32, offset: 32)
!1020 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1007, file: !416, line: 71, baseType: !1021, size: 64)
!1021 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !416, line: 17, baseType: !1022)
!1022 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 17, size: 64, elements: !1023)
!1023 = !{!1024, !1025}
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1022, file: !416, line: 17, baseType: !53, size: 32)
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1022, file: !416, line: 17, baseType: !20, size: 32, offset: 32)
!1026 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1007, file: !416, line: 72, baseType: !1027, size: 32)
!1027 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !416, line: 18, baseType: !1028)
!1028 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 18, size: 32, elements: !1029)
!1029 = !{!1030}
!1030 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1028, file: !416, line: 18, baseType: !23, size: 32)
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1007, file: !416, line: 73, baseType: !1032, size: 32)
!1032 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !416, line: 19, baseType: !1033)
!1033 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 19, size: 32, elements: !1034)
!1034 = !{!1035}
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1033, file: !416, line: 19, baseType: !20, size: 32)
!1036 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1007, file: !416, line: 74, baseType: !1037, size: 64)
!1037 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !416, line: 20, baseType: !1038)
!1038 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 20, size: 64, elements: !1039)
!1039 = !{!1040, !1041}
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1038, file: !416, line: 20, baseType: !20, size: 32)
!1041 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1038, file: !416, line: 20, baseType: !101, size: 32, offset: 32)
!1042 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1007, file: !416, line: 75, baseType: !1043, size: 128)
!1043 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !416, line: 28, baseType: !1044)
!1044 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 23, size: 128, elements: !1045)
!1045 = !{!1046, !1047, !1048, !1049}
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1044, file: !416, line: 24, baseType: !50, size: 32)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1044, file: !416, line: 25, baseType: !50, size: 32, offset: 32)
!1048 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1044, file: !416, line: 26, baseType: !53, size: 32, offset: 64)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1044, file: !416, line: 27, baseType: !23, size: 32, offset: 96)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1007, file: !416, line: 76, baseType: !1051, size: 96)
!1051 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !416, line: 29, baseType: !1052)
!1052 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 29, size: 96, elements: !1053)
!1053 = !{!1054, !1055, !1056}
!1054 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1052, file: !416, line: 29, baseType: !50, size: 32)
!1055 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1052, file: !416, line: 29, baseType: !101, size: 32, offset: 32)
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1052, file: !416, line: 29, baseType: !30, size: 32, offset: 64)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1007, file: !416, line: 77, baseType: !1058, size: 128)
!1058 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !416, line: 32, baseType: !1059)
!1059 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 32, size: 128, elements: !1060)
!1060 = !{!1061, !1062, !1063, !1064}
!1061 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1059, file: !416, line: 32, baseType: !101, size: 32)
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1059, file: !416, line: 32, baseType: !30, size: 32, offset: 32)
!1063 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1059, file: !416, line: 32, baseType: !20, size: 32, offset: 64)
!1064 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1059, file: !416, line: 32, baseType: !26, size: 16, offset: 96)
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1007, file: !416, line: 78, baseType: !1066, size: 32)
!1066 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !416, line: 33, baseType: !1067)
!1067 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 33, size: 32, elements: !1068)
!1068 = !{!1069}
!1069 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1067, file: !416, line: 33, baseType: !20, size: 32)
!1070 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1007, file: !416, line: 79, baseType: !1071, size: 96)
!1071 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !416, line: 34, baseType: !1072)
!1072 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 34, size: 96, elements: !1073)
!1073 = !{!1074, !1075, !1076}
!1074 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1072, file: !416, line: 34, baseType: !20, size: 32)
!1075 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1072, file: !416, line: 34, baseType: !101, size: 32, offset: 32)
!1076 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1072, file: !416, line: 34, baseType: !30, size: 32, offset: 64)
!1077 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1007, file: !416, line: 80, baseType: !1078, size: 96)
!1078 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !416, line: 35, baseType: !1079)
!1079 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 35, size: 96, elements: !1080)
!1080 = !{!1081, !1082, !1083}
!1081 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1079, file: !416, line: 35, baseType: !20, size: 32)
!1082 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1079, file: !416, line: 35, baseType: !87, size: 32, offset: 32)
!1083 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1079, file: !416, line: 35, baseType: !20, size: 32, offset: 64)
!1084 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1007, file: !416, line: 81, baseType: !1085, size: 16)
!1085 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !416, line: 36, baseType: !1086)
!1086 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 36, size: 16, elements: !1087)
!1087 = !{!1088}
!1088 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1086, file: !416, line: 36, baseType: !26, size: 16)
!1089 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1007, file: !416, line: 82, baseType: !1090, size: 96)
!1090 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !416, line: 39, baseType: !1091)
!1091 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 39, size: 96, elements: !1092)
!1092 = !{!1093, !1094, !1095}
!1093 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1091, file: !416, line: 39, baseType: !50, size: 32)
!1094 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1091, file: !416, line: 39, baseType: !20, size: 32, offset: 32)
!1095 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1091, file: !416, line: 39, baseType: !50, size: 32, offset: 64)
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1007, file: !416, line: 83, baseType: !1097, size: 32)
!1097 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !416, line: 40, baseType: !1098)
!1098 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 40, size: 32, elements: !1099)
!1099 = !{!1100}
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1098, file: !416, line: 40, baseType: !50, size: 32)
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1007, file: !416, line: 84, baseType: !1102, size: 96)
!1102 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !416, line: 41, baseType: !1103)
!1103 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 41, size: 96, elements: !1104)
!1104 = !{!1105, !1106, !1107}
!1105 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1103, file: !416, line: 41, baseType: !50, size: 32)
!1106 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1103, file: !416, line: 41, baseType: !30, size: 32, offset: 32)
!1107 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1103, file: !416, line: 41, baseType: !101, size: 32, offset: 64)
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1007, file: !416, line: 85, baseType: !1109, size: 96)
!1109 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !416, line: 42, baseType: !1110)
!1110 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 42, size: 96, elements: !1111)
!1111 = !{!1112, !1113, !1114}
!1112 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1110, file: !416, line: 42, baseType: !50, size: 32)
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1110, file: !416, line: 42, baseType: !30, size: 32, offset: 32)
!1114 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1110, file: !416, line: 42, baseType: !101, size: 32, offset: 64)
!1115 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1007, file: !416, line: 86, baseType: !1116, size: 32)
!1116 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !416, line: 45, baseType: !1117)
!1117 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 45, size: 32, elements: !1118)
!1118 = !{!1119}
!1119 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1117, file: !416, line: 45, baseType: !101, size: 32)
!1120 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1007, file: !416, line: 87, baseType: !1121, size: 64)
!1121 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !416, line: 46, baseType: !1122)
!1122 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 46, size: 64, elements: !1123)
!1123 = !{!1124, !1125}
!1124 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1122, file: !416, line: 46, baseType: !30, size: 32)
!1125 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1122, file: !416, line: 46, baseType: !101, size: 32, offset: 32)
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1007, file: !416, line: 88, baseType: !1127, size: 192)
!1127 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !416, line: 49, baseType: !1128)
!1128 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 49, size: 192, elements: !1129)
!1129 = !{!1130, !1131, !1132}
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1128, file: !416, line: 49, baseType: !546, size: 128)
!1131 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1128, file: !416, line: 49, baseType: !50, size: 32, offset: 128)
!1132 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1128, file: !416, line: 49, baseType: !20, size: 32, offset: 160)
!1133 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1007, file: !416, line: 89, baseType: !1134, size: 192)
!1134 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !416, line: 50, baseType: !1135)
!1135 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 50, size: 192, elements: !1136)
!1136 = !{!1137, !1138, !1139}
!1137 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1135, file: !416, line: 50, baseType: !546, size: 128)
!1138 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1135, file: !416, line: 50, baseType: !50, size: 32, offset: 128)
!1139 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1135, file: !416, line: 50, baseType: !20, size: 32, offset: 160)
!1140 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1007, file: !416, line: 90, baseType: !1141, size: 32)
!1141 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !416, line: 53, baseType: !1142)
!1142 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 53, size: 32, elements: !1143)
!1143 = !{!1144}
!1144 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1142, file: !416, line: 53, baseType: !20, size: 32)
!1145 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1007, file: !416, line: 91, baseType: !1146, size: 96)
!1146 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !416, line: 56, baseType: !1147)
!1147 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 56, size: 96, elements: !1148)
!1148 = !{!1149, !1150, !1151}
!1149 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1147, file: !416, line: 56, baseType: !50, size: 32)
!1150 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1147, file: !416, line: 56, baseType: !20, size: 32, offset: 32)
!1151 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1147, file: !416, line: 56, baseType: !50, size: 32, offset: 64)
!1152 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1007, file: !416, line: 92, baseType: !1153, size: 64)
!1153 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !416, line: 57, baseType: !1154)
!1154 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 57, size: 64, elements: !1155)
!1155 = !{!1156, !1157}
!1156 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1154, file: !416, line: 57, baseType: !50, size: 32)
!1157 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1154, file: !416, line: 57, baseType: !20, size: 32, offset: 32)
!1158 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1007, file: !416, line: 93, baseType: !1159, size: 160)
!1159 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !416, line: 62, baseType: !1160)
!1160 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 58, size: 160, elements: !1161)
!1161 = !{!1162, !1163, !1164, !1165, !1166}
!1162 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1160, file: !416, line: 59, baseType: !50, size: 32)
!1163 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1160, file: !416, line: 59, baseType: !101, size: 32, offset: 32)
!1164 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1160, file: !416, line: 60, baseType: !50, size: 32, offset: 64)
!1165 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1160, file: !416, line: 60, baseType: !101, size: 32, offset: 96)
!1166 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1160, file: !416, line: 61, baseType: !30, size: 32, offset: 128)
!1167 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1007, file: !416, line: 94, baseType: !1168, size: 32)
!1168 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !416, line: 63, baseType: !1169)
!1169 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 63, size: 32, elements: !1170)
!1170 = !{!1171}
!1171 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1169, file: !416, line: 63, baseType: !20, size: 32)
!1172 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1007, file: !416, line: 95, baseType: !589, size: 448)
!1173 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !997, file: !99, line: 13, type: !20)
!1174 = !DILocation(line: 13, column: 17, scope: !997)
!1175 = !DILocalVariable(name: "m", arg: 2, scope: !997, file: !99, line: 13, type: !1000)
!1176 = !DILocation(line: 13, column: 37, scope: !997)
!1177 = !DILocalVariable(name: "fdt", scope: !997, file: !99, line: 15, type: !1178)
!1178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1179, size: 32)
!1179 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !17, line: 45, size: 1088, elements: !1180)
!1180 = !{!1181, !1182, !1183}
!1181 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !1179, file: !17, line: 46, baseType: !50, size: 32)
!1182 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !1179, file: !17, line: 47, baseType: !26, size: 16, offset: 32)
!1183 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !1179, file: !17, line: 48, baseType: !1184, size: 1024, offset: 64)
!1184 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1185, size: 1024, elements: !90)
!1185 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !17, line: 34, size: 128, elements: !1186)
!1186 = !{!1187, !1188, !1189, !1190}
!1187 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !1185, file: !17, line: 35, baseType: !20, size: 32)
!1188 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !1185, file: !17, line: 36, baseType: !20, size: 32, offset: 32)
!1189 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !1185, file: !17, line: 37, baseType: !87, size: 32, offset: 64)
!1190 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !1185, file: !17, line: 38, baseType: !20, size: 32, offset: 96)
!1191 = !DILocation(line: 15, column: 24, scope: !997)
!1192 = !DILocation(line: 15, column: 42, scope: !997)
!1193 = !DILocation(line: 15, column: 53, scope: !997)
!1194 = !DILocation(line: 15, column: 56, scope: !997)
!1195 = !DILocation(line: 15, column: 30, scope: !997)
!1196 = !DILocalVariable(name: "flags", scope: !997, file: !99, line: 16, type: !20)
!1197 = !DILocation(line: 16, column: 6, scope: !997)
!1198 = !DILocation(line: 16, column: 14, scope: !997)
!1199 = !DILocation(line: 16, column: 17, scope: !997)
!1200 = !DILocation(line: 16, column: 35, scope: !997)
!1201 = !DILocalVariable(name: "len", scope: !997, file: !99, line: 17, type: !30)
!1202 = !DILocation(line: 17, column: 9, scope: !997)
!1203 = !DILocation(line: 17, column: 15, scope: !997)
!1204 = !DILocation(line: 17, column: 18, scope: !997)
!1205 = !DILocation(line: 17, column: 36, scope: !997)
!1206 = !DILocalVariable(name: "uid", scope: !997, file: !99, line: 18, type: !23)
!1207 = !DILocation(line: 18, column: 8, scope: !997)
!1208 = !DILocation(line: 18, column: 20, scope: !997)
!1209 = !DILocation(line: 18, column: 14, scope: !997)
!1210 = !DILocation(line: 18, column: 31, scope: !997)
!1211 = !DILocalVariable(name: "name", scope: !997, file: !99, line: 19, type: !33)
!1212 = !DILocation(line: 19, column: 7, scope: !997)
!1213 = !DILocalVariable(name: "fdp", scope: !997, file: !99, line: 20, type: !1214)
!1214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1185, size: 32)
!1215 = !DILocation(line: 20, column: 19, scope: !997)
!1216 = !DILocalVariable(name: "f", scope: !997, file: !99, line: 21, type: !20)
!1217 = !DILocation(line: 21, column: 6, scope: !997)
!1218 = !DILocalVariable(name: "fd", scope: !997, file: !99, line: 21, type: !20)
!1219 = !DILocation(line: 21, column: 9, scope: !997)
!1220 = !DILocalVariable(name: "r", scope: !997, file: !99, line: 21, type: !20)
!1221 = !DILocation(line: 21, column: 13, scope: !997)
!1222 = !DILocation(line: 23, column: 6, scope: !1223)
!1223 = distinct !DILexicalBlock(scope: !997, file: !99, line: 23, column: 6)
!1224 = !DILocation(line: 23, column: 6, scope: !997)
!1225 = !DILocation(line: 24, column: 3, scope: !1223)
!1226 = !DILocation(line: 25, column: 6, scope: !1227)
!1227 = distinct !DILexicalBlock(scope: !997, file: !99, line: 25, column: 6)
!1228 = !DILocation(line: 25, column: 10, scope: !1227)
!1229 = !DILocation(line: 25, column: 15, scope: !1227)
!1230 = !DILocation(line: 25, column: 18, scope: !1227)
!1231 = !DILocation(line: 25, column: 22, scope: !1227)
!1232 = !DILocation(line: 25, column: 6, scope: !997)
!1233 = !DILocation(line: 26, column: 3, scope: !1227)
!1234 = !DILocation(line: 27, column: 24, scope: !1235)
!1235 = distinct !DILexicalBlock(scope: !997, file: !99, line: 27, column: 6)
!1236 = !DILocation(line: 27, column: 27, scope: !1235)
!1237 = !DILocation(line: 27, column: 37, scope: !1235)
!1238 = !DILocation(line: 27, column: 40, scope: !1235)
!1239 = !DILocation(line: 27, column: 58, scope: !1235)
!1240 = !DILocation(line: 28, column: 18, scope: !1235)
!1241 = !DILocation(line: 28, column: 6, scope: !1235)
!1242 = !DILocation(line: 28, column: 24, scope: !1235)
!1243 = !DILocation(line: 27, column: 11, scope: !1235)
!1244 = !DILocation(line: 27, column: 9, scope: !1235)
!1245 = !DILocation(line: 28, column: 30, scope: !1235)
!1246 = !DILocation(line: 27, column: 6, scope: !997)
!1247 = !DILocation(line: 29, column: 10, scope: !1235)
!1248 = !DILocation(line: 29, column: 3, scope: !1235)
!1249 = !DILocation(line: 30, column: 7, scope: !997)
!1250 = !DILocation(line: 30, column: 2, scope: !997)
!1251 = !DILocation(line: 30, column: 12, scope: !997)
!1252 = !DILocation(line: 32, column: 24, scope: !1253)
!1253 = distinct !DILexicalBlock(scope: !997, file: !99, line: 32, column: 6)
!1254 = !DILocation(line: 32, column: 12, scope: !1253)
!1255 = !DILocation(line: 32, column: 10, scope: !1253)
!1256 = !DILocation(line: 32, column: 30, scope: !1253)
!1257 = !DILocation(line: 32, column: 6, scope: !997)
!1258 = !DILocation(line: 33, column: 3, scope: !1253)
!1259 = !DILocation(line: 34, column: 21, scope: !1260)
!1260 = distinct !DILexicalBlock(scope: !997, file: !99, line: 34, column: 6)
!1261 = !DILocation(line: 34, column: 11, scope: !1260)
!1262 = !DILocation(line: 34, column: 9, scope: !1260)
!1263 = !DILocation(line: 34, column: 28, scope: !1260)
!1264 = !DILocation(line: 34, column: 6, scope: !997)
!1265 = !DILocation(line: 35, column: 9, scope: !1266)
!1266 = distinct !DILexicalBlock(scope: !1267, file: !99, line: 35, column: 7)
!1267 = distinct !DILexicalBlock(scope: !1260, file: !99, line: 34, column: 33)
!1268 = !DILocation(line: 35, column: 15, scope: !1266)
!1269 = !DILocation(line: 35, column: 7, scope: !1267)
!1270 = !DILocation(line: 36, column: 4, scope: !1266)
!1271 = !DILocation(line: 37, column: 19, scope: !1267)
!1272 = !DILocation(line: 37, column: 25, scope: !1267)
!1273 = !DILocation(line: 37, column: 30, scope: !1267)
!1274 = !DILocation(line: 37, column: 33, scope: !1267)
!1275 = !DILocation(line: 37, column: 51, scope: !1267)
!1276 = !DILocation(line: 37, column: 59, scope: !1267)
!1277 = !DILocation(line: 37, column: 64, scope: !1267)
!1278 = !DILocation(line: 37, column: 58, scope: !1267)
!1279 = !DILocation(line: 37, column: 56, scope: !1267)
!1280 = !DILocation(line: 37, column: 7, scope: !1267)
!1281 = !DILocation(line: 37, column: 5, scope: !1267)
!1282 = !DILocation(line: 38, column: 7, scope: !1283)
!1283 = distinct !DILexicalBlock(scope: !1267, file: !99, line: 38, column: 7)
!1284 = !DILocation(line: 38, column: 9, scope: !1283)
!1285 = !DILocation(line: 38, column: 7, scope: !1267)
!1286 = !DILocation(line: 39, column: 11, scope: !1283)
!1287 = !DILocation(line: 39, column: 4, scope: !1283)
!1288 = !DILocation(line: 40, column: 2, scope: !1267)
!1289 = !DILocation(line: 40, column: 32, scope: !1290)
!1290 = distinct !DILexicalBlock(scope: !1260, file: !99, line: 40, column: 13)
!1291 = !DILocation(line: 40, column: 26, scope: !1290)
!1292 = !DILocation(line: 40, column: 36, scope: !1290)
!1293 = !DILocation(line: 40, column: 53, scope: !1290)
!1294 = !DILocation(line: 40, column: 41, scope: !1290)
!1295 = !DILocation(line: 40, column: 14, scope: !1290)
!1296 = !DILocation(line: 40, column: 13, scope: !1260)
!1297 = !DILocation(line: 41, column: 3, scope: !1298)
!1298 = distinct !DILexicalBlock(scope: !1290, file: !99, line: 40, column: 62)
!1299 = !DILocation(line: 43, column: 7, scope: !1300)
!1300 = distinct !DILexicalBlock(scope: !997, file: !99, line: 43, column: 6)
!1301 = !DILocation(line: 43, column: 13, scope: !1300)
!1302 = !DILocation(line: 43, column: 24, scope: !1300)
!1303 = !DILocation(line: 43, column: 28, scope: !1300)
!1304 = !DILocation(line: 43, column: 34, scope: !1300)
!1305 = !DILocation(line: 43, column: 47, scope: !1300)
!1306 = !DILocation(line: 43, column: 6, scope: !997)
!1307 = !DILocation(line: 44, column: 9, scope: !1308)
!1308 = distinct !DILexicalBlock(scope: !1300, file: !99, line: 43, column: 60)
!1309 = !DILocation(line: 44, column: 3, scope: !1308)
!1310 = !DILocation(line: 44, column: 12, scope: !1308)
!1311 = !DILocation(line: 44, column: 19, scope: !1308)
!1312 = !DILocation(line: 45, column: 9, scope: !1308)
!1313 = !DILocation(line: 45, column: 3, scope: !1308)
!1314 = !DILocation(line: 45, column: 12, scope: !1308)
!1315 = !DILocation(line: 45, column: 20, scope: !1308)
!1316 = !DILocation(line: 46, column: 2, scope: !1308)
!1317 = !DILocation(line: 48, column: 9, scope: !997)
!1318 = !DILocation(line: 48, column: 14, scope: !997)
!1319 = !DILocation(line: 48, column: 21, scope: !997)
!1320 = !DILocation(line: 48, column: 6, scope: !997)
!1321 = !DILocation(line: 49, column: 2, scope: !997)
!1322 = !DILocation(line: 49, column: 7, scope: !997)
!1323 = !DILocation(line: 49, column: 17, scope: !997)
!1324 = !DILocation(line: 50, column: 17, scope: !997)
!1325 = !DILocation(line: 50, column: 2, scope: !997)
!1326 = !DILocation(line: 50, column: 7, scope: !997)
!1327 = !DILocation(line: 50, column: 15, scope: !997)
!1328 = !DILocation(line: 51, column: 2, scope: !997)
!1329 = !DILocation(line: 51, column: 7, scope: !997)
!1330 = !DILocation(line: 51, column: 14, scope: !997)
!1331 = !DILocation(line: 52, column: 18, scope: !997)
!1332 = !DILocation(line: 52, column: 24, scope: !997)
!1333 = !DILocation(line: 52, column: 2, scope: !997)
!1334 = !DILocation(line: 52, column: 7, scope: !997)
!1335 = !DILocation(line: 52, column: 16, scope: !997)
!1336 = !DILocation(line: 53, column: 9, scope: !997)
!1337 = !DILocation(line: 53, column: 2, scope: !997)
!1338 = !DILocation(line: 54, column: 1, scope: !997)
!1339 = distinct !DISubprogram(name: "access_bits", scope: !99, file: !99, line: 4, type: !1340, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !98, retainedNodes: !121)
!1340 = !DISubroutineType(types: !1341)
!1341 = !{!20, !20}
!1342 = !DILocalVariable(name: "flags", arg: 1, scope: !1339, file: !99, line: 4, type: !20)
!1343 = !DILocation(line: 4, column: 28, scope: !1339)
!1344 = !DILocation(line: 6, column: 10, scope: !1339)
!1345 = !DILocation(line: 6, column: 16, scope: !1339)
!1346 = !DILocation(line: 6, column: 2, scope: !1339)
!1347 = !DILocation(line: 7, column: 17, scope: !1348)
!1348 = distinct !DILexicalBlock(scope: !1339, file: !99, line: 6, column: 29)
!1349 = !DILocation(line: 8, column: 17, scope: !1348)
!1350 = !DILocation(line: 9, column: 11, scope: !1348)
!1351 = !DILocation(line: 11, column: 1, scope: !1339)
!1352 = distinct !DISubprogram(name: "do_close", scope: !99, file: !99, line: 56, type: !998, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !98, retainedNodes: !121)
!1353 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !1352, file: !99, line: 56, type: !20)
!1354 = !DILocation(line: 56, column: 18, scope: !1352)
!1355 = !DILocalVariable(name: "m", arg: 2, scope: !1352, file: !99, line: 56, type: !1000)
!1356 = !DILocation(line: 56, column: 38, scope: !1352)
!1357 = !DILocalVariable(name: "fdt", scope: !1352, file: !99, line: 58, type: !1178)
!1358 = !DILocation(line: 58, column: 24, scope: !1352)
!1359 = !DILocation(line: 58, column: 42, scope: !1352)
!1360 = !DILocation(line: 58, column: 53, scope: !1352)
!1361 = !DILocation(line: 58, column: 56, scope: !1352)
!1362 = !DILocation(line: 58, column: 30, scope: !1352)
!1363 = !DILocalVariable(name: "fdp", scope: !1352, file: !99, line: 59, type: !1214)
!1364 = !DILocation(line: 59, column: 19, scope: !1352)
!1365 = !DILocation(line: 59, column: 38, scope: !1352)
!1366 = !DILocation(line: 59, column: 43, scope: !1352)
!1367 = !DILocation(line: 59, column: 46, scope: !1352)
!1368 = !DILocation(line: 59, column: 65, scope: !1352)
!1369 = !DILocation(line: 59, column: 25, scope: !1352)
!1370 = !DILocation(line: 61, column: 6, scope: !1371)
!1371 = distinct !DILexicalBlock(scope: !1352, file: !99, line: 61, column: 6)
!1372 = !DILocation(line: 61, column: 10, scope: !1371)
!1373 = !DILocation(line: 61, column: 6, scope: !1352)
!1374 = !DILocation(line: 62, column: 3, scope: !1371)
!1375 = !DILocation(line: 63, column: 2, scope: !1352)
!1376 = !DILocation(line: 63, column: 7, scope: !1352)
!1377 = !DILocation(line: 63, column: 17, scope: !1352)
!1378 = !DILocation(line: 64, column: 2, scope: !1352)
!1379 = !DILocation(line: 65, column: 1, scope: !1352)
!1380 = distinct !DISubprogram(name: "do_pm_fork", scope: !105, file: !105, line: 5, type: !1381, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !104, retainedNodes: !121)
!1381 = !DISubroutineType(types: !1382)
!1382 = !{!20, !1383}
!1383 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1384, size: 32)
!1384 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !416, line: 97, baseType: !1385)
!1385 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 65, size: 512, elements: !1386)
!1386 = !{!1387, !1388, !1389}
!1387 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1385, file: !416, line: 66, baseType: !50, size: 32)
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1385, file: !416, line: 67, baseType: !20, size: 32, offset: 32)
!1389 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1385, file: !416, line: 96, baseType: !1390, size: 448, offset: 64)
!1390 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1385, file: !416, line: 68, size: 448, elements: !1391)
!1391 = !{!1392, !1397, !1403, !1409, !1414, !1419, !1425, !1433, !1440, !1448, !1453, !1460, !1467, !1472, !1479, !1484, !1491, !1498, !1503, !1509, !1516, !1523, !1528, !1535, !1541, !1550, !1555}
!1392 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1390, file: !416, line: 69, baseType: !1393, size: 32)
!1393 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !416, line: 15, baseType: !1394)
!1394 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 15, size: 32, elements: !1395)
!1395 = !{!1396}
!1396 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1394, file: !416, line: 15, baseType: !20, size: 32)
!1397 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1390, file: !416, line: 70, baseType: !1398, size: 64)
!1398 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !416, line: 16, baseType: !1399)
!1399 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 16, size: 64, elements: !1400)
!1400 = !{!1401, !1402}
!1401 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1399, file: !416, line: 16, baseType: !101, size: 32)
!1402 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1399, file: !416, line: 16, baseType: !30, size: 32, offset: 32)
!1403 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1390, file: !416, line: 71, baseType: !1404, size: 64)
!1404 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !416, line: 17, baseType: !1405)
!1405 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 17, size: 64, elements: !1406)
!1406 = !{!1407, !1408}
!1407 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1405, file: !416, line: 17, baseType: !53, size: 32)
!1408 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1405, file: !416, line: 17, baseType: !20, size: 32, offset: 32)
!1409 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1390, file: !416, line: 72, baseType: !1410, size: 32)
!1410 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !416, line: 18, baseType: !1411)
!1411 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 18, size: 32, elements: !1412)
!1412 = !{!1413}
!1413 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1411, file: !416, line: 18, baseType: !23, size: 32)
!1414 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1390, file: !416, line: 73, baseType: !1415, size: 32)
!1415 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !416, line: 19, baseType: !1416)
!1416 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 19, size: 32, elements: !1417)
!1417 = !{!1418}
!1418 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1416, file: !416, line: 19, baseType: !20, size: 32)
!1419 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1390, file: !416, line: 74, baseType: !1420, size: 64)
!1420 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !416, line: 20, baseType: !1421)
!1421 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 20, size: 64, elements: !1422)
!1422 = !{!1423, !1424}
!1423 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1421, file: !416, line: 20, baseType: !20, size: 32)
!1424 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1421, file: !416, line: 20, baseType: !101, size: 32, offset: 32)
!1425 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1390, file: !416, line: 75, baseType: !1426, size: 128)
!1426 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !416, line: 28, baseType: !1427)
!1427 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 23, size: 128, elements: !1428)
!1428 = !{!1429, !1430, !1431, !1432}
!1429 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1427, file: !416, line: 24, baseType: !50, size: 32)
!1430 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1427, file: !416, line: 25, baseType: !50, size: 32, offset: 32)
!1431 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1427, file: !416, line: 26, baseType: !53, size: 32, offset: 64)
!1432 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1427, file: !416, line: 27, baseType: !23, size: 32, offset: 96)
!1433 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1390, file: !416, line: 76, baseType: !1434, size: 96)
!1434 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !416, line: 29, baseType: !1435)
!1435 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 29, size: 96, elements: !1436)
!1436 = !{!1437, !1438, !1439}
!1437 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1435, file: !416, line: 29, baseType: !50, size: 32)
!1438 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1435, file: !416, line: 29, baseType: !101, size: 32, offset: 32)
!1439 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1435, file: !416, line: 29, baseType: !30, size: 32, offset: 64)
!1440 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1390, file: !416, line: 77, baseType: !1441, size: 128)
!1441 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !416, line: 32, baseType: !1442)
!1442 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 32, size: 128, elements: !1443)
!1443 = !{!1444, !1445, !1446, !1447}
!1444 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1442, file: !416, line: 32, baseType: !101, size: 32)
!1445 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1442, file: !416, line: 32, baseType: !30, size: 32, offset: 32)
!1446 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1442, file: !416, line: 32, baseType: !20, size: 32, offset: 64)
!1447 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1442, file: !416, line: 32, baseType: !26, size: 16, offset: 96)
!1448 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1390, file: !416, line: 78, baseType: !1449, size: 32)
!1449 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !416, line: 33, baseType: !1450)
!1450 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 33, size: 32, elements: !1451)
!1451 = !{!1452}
!1452 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1450, file: !416, line: 33, baseType: !20, size: 32)
!1453 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1390, file: !416, line: 79, baseType: !1454, size: 96)
!1454 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !416, line: 34, baseType: !1455)
!1455 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 34, size: 96, elements: !1456)
!1456 = !{!1457, !1458, !1459}
!1457 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1455, file: !416, line: 34, baseType: !20, size: 32)
!1458 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1455, file: !416, line: 34, baseType: !101, size: 32, offset: 32)
!1459 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1455, file: !416, line: 34, baseType: !30, size: 32, offset: 64)
!1460 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1390, file: !416, line: 80, baseType: !1461, size: 96)
!1461 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !416, line: 35, baseType: !1462)
!1462 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 35, size: 96, elements: !1463)
!1463 = !{!1464, !1465, !1466}
!1464 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1462, file: !416, line: 35, baseType: !20, size: 32)
!1465 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1462, file: !416, line: 35, baseType: !87, size: 32, offset: 32)
!1466 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1462, file: !416, line: 35, baseType: !20, size: 32, offset: 64)
!1467 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1390, file: !416, line: 81, baseType: !1468, size: 16)
!1468 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !416, line: 36, baseType: !1469)
!1469 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 36, size: 16, elements: !1470)
!1470 = !{!1471}
!1471 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1469, file: !416, line: 36, baseType: !26, size: 16)
!1472 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1390, file: !416, line: 82, baseType: !1473, size: 96)
!1473 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !416, line: 39, baseType: !1474)
!1474 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 39, size: 96, elements: !1475)
!1475 = !{!1476, !1477, !1478}
!1476 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1474, file: !416, line: 39, baseType: !50, size: 32)
!1477 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1474, file: !416, line: 39, baseType: !20, size: 32, offset: 32)
!1478 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1474, file: !416, line: 39, baseType: !50, size: 32, offset: 64)
!1479 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1390, file: !416, line: 83, baseType: !1480, size: 32)
!1480 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !416, line: 40, baseType: !1481)
!1481 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 40, size: 32, elements: !1482)
!1482 = !{!1483}
!1483 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1481, file: !416, line: 40, baseType: !50, size: 32)
!1484 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1390, file: !416, line: 84, baseType: !1485, size: 96)
!1485 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !416, line: 41, baseType: !1486)
!1486 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 41, size: 96, elements: !1487)
!1487 = !{!1488, !1489, !1490}
!1488 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1486, file: !416, line: 41, baseType: !50, size: 32)
!1489 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1486, file: !416, line: 41, baseType: !30, size: 32, offset: 32)
!1490 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1486, file: !416, line: 41, baseType: !101, size: 32, offset: 64)
!1491 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1390, file: !416, line: 85, baseType: !1492, size: 96)
!1492 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !416, line: 42, baseType: !1493)
!1493 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 42, size: 96, elements: !1494)
!1494 = !{!1495, !1496, !1497}
!1495 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1493, file: !416, line: 42, baseType: !50, size: 32)
!1496 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1493, file: !416, line: 42, baseType: !30, size: 32, offset: 32)
!1497 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1493, file: !416, line: 42, baseType: !101, size: 32, offset: 64)
!1498 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1390, file: !416, line: 86, baseType: !1499, size: 32)
!1499 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !416, line: 45, baseType: !1500)
!1500 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 45, size: 32, elements: !1501)
!1501 = !{!1502}
!1502 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1500, file: !416, line: 45, baseType: !101, size: 32)
!1503 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1390, file: !416, line: 87, baseType: !1504, size: 64)
!1504 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !416, line: 46, baseType: !1505)
!1505 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 46, size: 64, elements: !1506)
!1506 = !{!1507, !1508}
!1507 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1505, file: !416, line: 46, baseType: !30, size: 32)
!1508 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1505, file: !416, line: 46, baseType: !101, size: 32, offset: 32)
!1509 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1390, file: !416, line: 88, baseType: !1510, size: 192)
!1510 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !416, line: 49, baseType: !1511)
!1511 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 49, size: 192, elements: !1512)
!1512 = !{!1513, !1514, !1515}
!1513 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1511, file: !416, line: 49, baseType: !546, size: 128)
!1514 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1511, file: !416, line: 49, baseType: !50, size: 32, offset: 128)
!1515 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1511, file: !416, line: 49, baseType: !20, size: 32, offset: 160)
!1516 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1390, file: !416, line: 89, baseType: !1517, size: 192)
!1517 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !416, line: 50, baseType: !1518)
!1518 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 50, size: 192, elements: !1519)
!1519 = !{!1520, !1521, !1522}
!1520 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1518, file: !416, line: 50, baseType: !546, size: 128)
!1521 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1518, file: !416, line: 50, baseType: !50, size: 32, offset: 128)
!1522 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1518, file: !416, line: 50, baseType: !20, size: 32, offset: 160)
!1523 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1390, file: !416, line: 90, baseType: !1524, size: 32)
!1524 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !416, line: 53, baseType: !1525)
!1525 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 53, size: 32, elements: !1526)
!1526 = !{!1527}
!1527 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1525, file: !416, line: 53, baseType: !20, size: 32)
!1528 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1390, file: !416, line: 91, baseType: !1529, size: 96)
!1529 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !416, line: 56, baseType: !1530)
!1530 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 56, size: 96, elements: !1531)
!1531 = !{!1532, !1533, !1534}
!1532 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1530, file: !416, line: 56, baseType: !50, size: 32)
!1533 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1530, file: !416, line: 56, baseType: !20, size: 32, offset: 32)
!1534 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1530, file: !416, line: 56, baseType: !50, size: 32, offset: 64)
!1535 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1390, file: !416, line: 92, baseType: !1536, size: 64)
!1536 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !416, line: 57, baseType: !1537)
!1537 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 57, size: 64, elements: !1538)
!1538 = !{!1539, !1540}
!1539 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1537, file: !416, line: 57, baseType: !50, size: 32)
!1540 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1537, file: !416, line: 57, baseType: !20, size: 32, offset: 32)
!1541 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1390, file: !416, line: 93, baseType: !1542, size: 160)
!1542 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !416, line: 62, baseType: !1543)
!1543 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 58, size: 160, elements: !1544)
!1544 = !{!1545, !1546, !1547, !1548, !1549}
!1545 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1543, file: !416, line: 59, baseType: !50, size: 32)
!1546 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1543, file: !416, line: 59, baseType: !101, size: 32, offset: 32)
!1547 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1543, file: !416, line: 60, baseType: !50, size: 32, offset: 64)
!1548 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1543, file: !416, line: 60, baseType: !101, size: 32, offset: 96)
!1549 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1543, file: !416, line: 61, baseType: !30, size: 32, offset: 128)
!1550 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1390, file: !416, line: 94, baseType: !1551, size: 32)
!1551 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !416, line: 63, baseType: !1552)
!1552 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 63, size: 32, elements: !1553)
!1553 = !{!1554}
!1554 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1552, file: !416, line: 63, baseType: !20, size: 32)
!1555 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1390, file: !416, line: 95, baseType: !589, size: 448)
!1556 = !DILocalVariable(name: "m", arg: 1, scope: !1380, file: !105, line: 5, type: !1383)
!1557 = !DILocation(line: 5, column: 25, scope: !1380)
!1558 = !DILocalVariable(name: "rfp", scope: !1380, file: !105, line: 7, type: !1559)
!1559 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1560, size: 32)
!1560 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fproc", file: !17, line: 51, size: 160, elements: !1561)
!1561 = !{!1562, !1563, !1564, !1565, !1566}
!1562 = !DIDerivedType(tag: DW_TAG_member, name: "fp_endpoint", scope: !1560, file: !17, line: 52, baseType: !50, size: 32)
!1563 = !DIDerivedType(tag: DW_TAG_member, name: "fp_parent", scope: !1560, file: !17, line: 53, baseType: !50, size: 32, offset: 32)
!1564 = !DIDerivedType(tag: DW_TAG_member, name: "fp_pid", scope: !1560, file: !17, line: 54, baseType: !53, size: 32, offset: 64)
!1565 = !DIDerivedType(tag: DW_TAG_member, name: "fp_uid", scope: !1560, file: !17, line: 55, baseType: !23, size: 32, offset: 96)
!1566 = !DIDerivedType(tag: DW_TAG_member, name: "fp_program", scope: !1560, file: !17, line: 56, baseType: !20, size: 32, offset: 128)
!1567 = !DILocation(line: 7, column: 16, scope: !1380)
!1568 = !DILocation(line: 9, column: 6, scope: !1569)
!1569 = distinct !DILexicalBlock(scope: !1380, file: !105, line: 9, column: 6)
!1570 = !DILocation(line: 9, column: 9, scope: !1569)
!1571 = !DILocation(line: 9, column: 18, scope: !1569)
!1572 = !DILocation(line: 9, column: 6, scope: !1380)
!1573 = !DILocation(line: 10, column: 3, scope: !1569)
!1574 = !DILocation(line: 11, column: 15, scope: !1380)
!1575 = !DILocation(line: 11, column: 9, scope: !1380)
!1576 = !DILocation(line: 11, column: 6, scope: !1380)
!1577 = !DILocation(line: 12, column: 21, scope: !1380)
!1578 = !DILocation(line: 12, column: 24, scope: !1380)
!1579 = !DILocation(line: 12, column: 42, scope: !1380)
!1580 = !DILocation(line: 12, column: 2, scope: !1380)
!1581 = !DILocation(line: 12, column: 7, scope: !1380)
!1582 = !DILocation(line: 12, column: 19, scope: !1380)
!1583 = !DILocation(line: 13, column: 19, scope: !1380)
!1584 = !DILocation(line: 13, column: 22, scope: !1380)
!1585 = !DILocation(line: 13, column: 40, scope: !1380)
!1586 = !DILocation(line: 13, column: 2, scope: !1380)
!1587 = !DILocation(line: 13, column: 7, scope: !1380)
!1588 = !DILocation(line: 13, column: 17, scope: !1380)
!1589 = !DILocation(line: 14, column: 16, scope: !1380)
!1590 = !DILocation(line: 14, column: 19, scope: !1380)
!1591 = !DILocation(line: 14, column: 37, scope: !1380)
!1592 = !DILocation(line: 14, column: 2, scope: !1380)
!1593 = !DILocation(line: 14, column: 7, scope: !1380)
!1594 = !DILocation(line: 14, column: 14, scope: !1380)
!1595 = !DILocation(line: 15, column: 16, scope: !1380)
!1596 = !DILocation(line: 15, column: 19, scope: !1380)
!1597 = !DILocation(line: 15, column: 37, scope: !1380)
!1598 = !DILocation(line: 15, column: 2, scope: !1380)
!1599 = !DILocation(line: 15, column: 7, scope: !1380)
!1600 = !DILocation(line: 15, column: 14, scope: !1380)
!1601 = !DILocation(line: 16, column: 26, scope: !1380)
!1602 = !DILocation(line: 16, column: 20, scope: !1380)
!1603 = !DILocation(line: 16, column: 55, scope: !1380)
!1604 = !DILocation(line: 16, column: 2, scope: !1380)
!1605 = !DILocation(line: 16, column: 7, scope: !1380)
!1606 = !DILocation(line: 16, column: 18, scope: !1380)
!1607 = !DILocation(line: 17, column: 2, scope: !1380)
!1608 = !DILocation(line: 18, column: 1, scope: !1380)
!1609 = distinct !DISubprogram(name: "do_pm_exit", scope: !105, file: !105, line: 20, type: !1381, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !104, retainedNodes: !121)
!1610 = !DILocalVariable(name: "m", arg: 1, scope: !1609, file: !105, line: 20, type: !1383)
!1611 = !DILocation(line: 20, column: 25, scope: !1609)
!1612 = !DILocalVariable(name: "rfp", scope: !1609, file: !105, line: 22, type: !1559)
!1613 = !DILocation(line: 22, column: 16, scope: !1609)
!1614 = !DILocation(line: 24, column: 6, scope: !1615)
!1615 = distinct !DILexicalBlock(scope: !1609, file: !105, line: 24, column: 6)
!1616 = !DILocation(line: 24, column: 9, scope: !1615)
!1617 = !DILocation(line: 24, column: 18, scope: !1615)
!1618 = !DILocation(line: 24, column: 6, scope: !1609)
!1619 = !DILocation(line: 25, column: 3, scope: !1615)
!1620 = !DILocation(line: 26, column: 15, scope: !1609)
!1621 = !DILocation(line: 26, column: 9, scope: !1609)
!1622 = !DILocation(line: 26, column: 6, scope: !1609)
!1623 = !DILocation(line: 27, column: 2, scope: !1609)
!1624 = !DILocation(line: 27, column: 7, scope: !1609)
!1625 = !DILocation(line: 27, column: 19, scope: !1609)
!1626 = !DILocation(line: 28, column: 2, scope: !1609)
!1627 = !DILocation(line: 28, column: 7, scope: !1609)
!1628 = !DILocation(line: 28, column: 14, scope: !1609)
!1629 = !DILocation(line: 29, column: 2, scope: !1609)
!1630 = !DILocation(line: 29, column: 7, scope: !1609)
!1631 = !DILocation(line: 29, column: 18, scope: !1609)
!1632 = !DILocation(line: 30, column: 2, scope: !1609)
!1633 = !DILocation(line: 31, column: 1, scope: !1609)
!1634 = distinct !DISubprogram(name: "do_pm_setuid", scope: !105, file: !105, line: 33, type: !1381, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !104, retainedNodes: !121)
!1635 = !DILocalVariable(name: "m", arg: 1, scope: !1634, file: !105, line: 33, type: !1383)
!1636 = !DILocation(line: 33, column: 27, scope: !1634)
!1637 = !DILocation(line: 35, column: 6, scope: !1638)
!1638 = distinct !DILexicalBlock(scope: !1634, file: !105, line: 35, column: 6)
!1639 = !DILocation(line: 35, column: 9, scope: !1638)
!1640 = !DILocation(line: 35, column: 18, scope: !1638)
!1641 = !DILocation(line: 35, column: 6, scope: !1634)
!1642 = !DILocation(line: 36, column: 3, scope: !1638)
!1643 = !DILocation(line: 37, column: 58, scope: !1634)
!1644 = !DILocation(line: 37, column: 61, scope: !1634)
!1645 = !DILocation(line: 37, column: 79, scope: !1634)
!1646 = !DILocation(line: 37, column: 8, scope: !1634)
!1647 = !DILocation(line: 37, column: 2, scope: !1634)
!1648 = !DILocation(line: 37, column: 49, scope: !1634)
!1649 = !DILocation(line: 37, column: 56, scope: !1634)
!1650 = !DILocation(line: 38, column: 2, scope: !1634)
!1651 = !DILocation(line: 39, column: 1, scope: !1634)
!1652 = distinct !DISubprogram(name: "do_pm_exec", scope: !105, file: !105, line: 43, type: !1381, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !104, retainedNodes: !121)
!1653 = !DILocalVariable(name: "m", arg: 1, scope: !1652, file: !105, line: 43, type: !1383)
!1654 = !DILocation(line: 43, column: 25, scope: !1652)
!1655 = !DILocalVariable(name: "endpt", scope: !1652, file: !105, line: 45, type: !50)
!1656 = !DILocation(line: 45, column: 13, scope: !1652)
!1657 = !DILocation(line: 45, column: 21, scope: !1652)
!1658 = !DILocation(line: 45, column: 24, scope: !1652)
!1659 = !DILocation(line: 45, column: 42, scope: !1652)
!1660 = !DILocalVariable(name: "len", scope: !1652, file: !105, line: 46, type: !30)
!1661 = !DILocation(line: 46, column: 9, scope: !1652)
!1662 = !DILocation(line: 46, column: 15, scope: !1652)
!1663 = !DILocation(line: 46, column: 18, scope: !1652)
!1664 = !DILocation(line: 46, column: 36, scope: !1652)
!1665 = !DILocalVariable(name: "rfp", scope: !1652, file: !105, line: 47, type: !1559)
!1666 = !DILocation(line: 47, column: 16, scope: !1652)
!1667 = !DILocation(line: 47, column: 29, scope: !1652)
!1668 = !DILocation(line: 47, column: 23, scope: !1652)
!1669 = !DILocalVariable(name: "name", scope: !1652, file: !105, line: 48, type: !33)
!1670 = !DILocation(line: 48, column: 7, scope: !1652)
!1671 = !DILocalVariable(name: "base", scope: !1652, file: !105, line: 49, type: !101)
!1672 = !DILocation(line: 49, column: 12, scope: !1652)
!1673 = !DILocalVariable(name: "f", scope: !1652, file: !105, line: 50, type: !20)
!1674 = !DILocation(line: 50, column: 6, scope: !1652)
!1675 = !DILocalVariable(name: "r", scope: !1652, file: !105, line: 50, type: !20)
!1676 = !DILocation(line: 50, column: 9, scope: !1652)
!1677 = !DILocation(line: 52, column: 6, scope: !1678)
!1678 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 52, column: 6)
!1679 = !DILocation(line: 52, column: 9, scope: !1678)
!1680 = !DILocation(line: 52, column: 18, scope: !1678)
!1681 = !DILocation(line: 52, column: 6, scope: !1652)
!1682 = !DILocation(line: 53, column: 3, scope: !1678)
!1683 = !DILocation(line: 54, column: 6, scope: !1684)
!1684 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 54, column: 6)
!1685 = !DILocation(line: 54, column: 10, scope: !1684)
!1686 = !DILocation(line: 54, column: 15, scope: !1684)
!1687 = !DILocation(line: 54, column: 18, scope: !1684)
!1688 = !DILocation(line: 54, column: 22, scope: !1684)
!1689 = !DILocation(line: 54, column: 6, scope: !1652)
!1690 = !DILocation(line: 55, column: 3, scope: !1684)
!1691 = !DILocation(line: 56, column: 24, scope: !1692)
!1692 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 56, column: 6)
!1693 = !DILocation(line: 56, column: 31, scope: !1692)
!1694 = !DILocation(line: 56, column: 34, scope: !1692)
!1695 = !DILocation(line: 56, column: 52, scope: !1692)
!1696 = !DILocation(line: 57, column: 18, scope: !1692)
!1697 = !DILocation(line: 57, column: 6, scope: !1692)
!1698 = !DILocation(line: 57, column: 24, scope: !1692)
!1699 = !DILocation(line: 56, column: 11, scope: !1692)
!1700 = !DILocation(line: 56, column: 9, scope: !1692)
!1701 = !DILocation(line: 57, column: 30, scope: !1692)
!1702 = !DILocation(line: 56, column: 6, scope: !1652)
!1703 = !DILocation(line: 58, column: 10, scope: !1692)
!1704 = !DILocation(line: 58, column: 3, scope: !1692)
!1705 = !DILocation(line: 59, column: 7, scope: !1652)
!1706 = !DILocation(line: 59, column: 2, scope: !1652)
!1707 = !DILocation(line: 59, column: 12, scope: !1652)
!1708 = !DILocation(line: 60, column: 21, scope: !1709)
!1709 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 60, column: 6)
!1710 = !DILocation(line: 60, column: 11, scope: !1709)
!1711 = !DILocation(line: 60, column: 9, scope: !1709)
!1712 = !DILocation(line: 60, column: 28, scope: !1709)
!1713 = !DILocation(line: 60, column: 6, scope: !1652)
!1714 = !DILocation(line: 61, column: 3, scope: !1709)
!1715 = !DILocation(line: 62, column: 25, scope: !1716)
!1716 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 62, column: 6)
!1717 = !DILocation(line: 62, column: 19, scope: !1716)
!1718 = !DILocation(line: 62, column: 29, scope: !1716)
!1719 = !DILocation(line: 62, column: 34, scope: !1716)
!1720 = !DILocation(line: 62, column: 7, scope: !1716)
!1721 = !DILocation(line: 62, column: 6, scope: !1652)
!1722 = !DILocation(line: 63, column: 3, scope: !1716)
!1723 = !DILocation(line: 65, column: 26, scope: !1724)
!1724 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 65, column: 6)
!1725 = !DILocation(line: 65, column: 39, scope: !1724)
!1726 = !DILocation(line: 65, column: 33, scope: !1724)
!1727 = !DILocation(line: 65, column: 42, scope: !1724)
!1728 = !DILocation(line: 65, column: 11, scope: !1724)
!1729 = !DILocation(line: 65, column: 9, scope: !1724)
!1730 = !DILocation(line: 65, column: 58, scope: !1724)
!1731 = !DILocation(line: 65, column: 6, scope: !1652)
!1732 = !DILocation(line: 66, column: 10, scope: !1724)
!1733 = !DILocation(line: 66, column: 3, scope: !1724)
!1734 = !DILocation(line: 67, column: 48, scope: !1735)
!1735 = distinct !DILexicalBlock(scope: !1652, file: !105, line: 67, column: 6)
!1736 = !DILocation(line: 67, column: 42, scope: !1735)
!1737 = !DILocation(line: 67, column: 51, scope: !1735)
!1738 = !DILocation(line: 67, column: 30, scope: !1735)
!1739 = !DILocation(line: 67, column: 59, scope: !1735)
!1740 = !DILocation(line: 67, column: 66, scope: !1735)
!1741 = !DILocation(line: 68, column: 12, scope: !1735)
!1742 = !DILocation(line: 68, column: 6, scope: !1735)
!1743 = !DILocation(line: 68, column: 15, scope: !1735)
!1744 = !DILocation(line: 67, column: 11, scope: !1735)
!1745 = !DILocation(line: 67, column: 9, scope: !1735)
!1746 = !DILocation(line: 68, column: 24, scope: !1735)
!1747 = !DILocation(line: 67, column: 6, scope: !1652)
!1748 = !DILocation(line: 69, column: 10, scope: !1735)
!1749 = !DILocation(line: 69, column: 3, scope: !1735)
!1750 = !DILocation(line: 70, column: 20, scope: !1652)
!1751 = !DILocation(line: 70, column: 2, scope: !1652)
!1752 = !DILocation(line: 70, column: 7, scope: !1652)
!1753 = !DILocation(line: 70, column: 18, scope: !1652)
!1754 = !DILocation(line: 71, column: 2, scope: !1652)
!1755 = !DILocation(line: 72, column: 1, scope: !1652)
!1756 = distinct !DISubprogram(name: "do_read", scope: !108, file: !108, line: 5, type: !1757, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !107, retainedNodes: !121)
!1757 = !DISubroutineType(types: !1758)
!1758 = !{!20, !20, !1759}
!1759 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1760, size: 32)
!1760 = !DIDerivedType(tag: DW_TAG_typedef, name: "message", file: !416, line: 97, baseType: !1761)
!1761 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 65, size: 512, elements: !1762)
!1762 = !{!1763, !1764, !1765}
!1763 = !DIDerivedType(tag: DW_TAG_member, name: "m_source", scope: !1761, file: !416, line: 66, baseType: !50, size: 32)
!1764 = !DIDerivedType(tag: DW_TAG_member, name: "m_type", scope: !1761, file: !416, line: 67, baseType: !20, size: 32, offset: 32)
!1765 = !DIDerivedType(tag: DW_TAG_member, name: "m_u", scope: !1761, file: !416, line: 96, baseType: !1766, size: 448, offset: 64)
!1766 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !1761, file: !416, line: 68, size: 448, elements: !1767)
!1767 = !{!1768, !1773, !1779, !1785, !1790, !1795, !1801, !1809, !1816, !1824, !1829, !1836, !1843, !1848, !1855, !1860, !1867, !1874, !1879, !1885, !1892, !1899, !1904, !1911, !1917, !1926, !1931}
!1768 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exit", scope: !1766, file: !416, line: 69, baseType: !1769, size: 32)
!1769 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exit", file: !416, line: 15, baseType: !1770)
!1770 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 15, size: 32, elements: !1771)
!1771 = !{!1772}
!1772 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1770, file: !416, line: 15, baseType: !20, size: 32)
!1773 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_exec", scope: !1766, file: !416, line: 70, baseType: !1774, size: 64)
!1774 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_exec", file: !416, line: 16, baseType: !1775)
!1775 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 16, size: 64, elements: !1776)
!1776 = !{!1777, !1778}
!1777 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1775, file: !416, line: 16, baseType: !101, size: 32)
!1778 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1775, file: !416, line: 16, baseType: !30, size: 32, offset: 32)
!1779 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_sig", scope: !1766, file: !416, line: 71, baseType: !1780, size: 64)
!1780 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_sig", file: !416, line: 17, baseType: !1781)
!1781 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 17, size: 64, elements: !1782)
!1782 = !{!1783, !1784}
!1783 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1781, file: !416, line: 17, baseType: !53, size: 32)
!1784 = !DIDerivedType(tag: DW_TAG_member, name: "nr", scope: !1781, file: !416, line: 17, baseType: !20, size: 32, offset: 32)
!1785 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_setuid", scope: !1766, file: !416, line: 72, baseType: !1786, size: 32)
!1786 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_setuid", file: !416, line: 18, baseType: !1787)
!1787 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 18, size: 32, elements: !1788)
!1788 = !{!1789}
!1789 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1787, file: !416, line: 18, baseType: !23, size: 32)
!1790 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_reboot", scope: !1766, file: !416, line: 73, baseType: !1791, size: 32)
!1791 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_reboot", file: !416, line: 19, baseType: !1792)
!1792 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 19, size: 32, elements: !1793)
!1793 = !{!1794}
!1794 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1792, file: !416, line: 19, baseType: !20, size: 32)
!1795 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_pm_rusage", scope: !1766, file: !416, line: 74, baseType: !1796, size: 64)
!1796 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_pm_rusage", file: !416, line: 20, baseType: !1797)
!1797 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 20, size: 64, elements: !1798)
!1798 = !{!1799, !1800}
!1799 = !DIDerivedType(tag: DW_TAG_member, name: "who", scope: !1797, file: !416, line: 20, baseType: !20, size: 32)
!1800 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1797, file: !416, line: 20, baseType: !101, size: 32, offset: 32)
!1801 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_proc", scope: !1766, file: !416, line: 75, baseType: !1802, size: 128)
!1802 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_proc", file: !416, line: 28, baseType: !1803)
!1803 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 23, size: 128, elements: !1804)
!1804 = !{!1805, !1806, !1807, !1808}
!1805 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1803, file: !416, line: 24, baseType: !50, size: 32)
!1806 = !DIDerivedType(tag: DW_TAG_member, name: "parent_endpt", scope: !1803, file: !416, line: 25, baseType: !50, size: 32, offset: 32)
!1807 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !1803, file: !416, line: 26, baseType: !53, size: 32, offset: 64)
!1808 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !1803, file: !416, line: 27, baseType: !23, size: 32, offset: 96)
!1809 = !DIDerivedType(tag: DW_TAG_member, name: "m_pm_vfs_exec", scope: !1766, file: !416, line: 76, baseType: !1810, size: 96)
!1810 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_pm_vfs_exec", file: !416, line: 29, baseType: !1811)
!1811 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 29, size: 96, elements: !1812)
!1812 = !{!1813, !1814, !1815}
!1813 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1811, file: !416, line: 29, baseType: !50, size: 32)
!1814 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1811, file: !416, line: 29, baseType: !101, size: 32, offset: 32)
!1815 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1811, file: !416, line: 29, baseType: !30, size: 32, offset: 64)
!1816 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_open", scope: !1766, file: !416, line: 77, baseType: !1817, size: 128)
!1817 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_open", file: !416, line: 32, baseType: !1818)
!1818 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 32, size: 128, elements: !1819)
!1819 = !{!1820, !1821, !1822, !1823}
!1820 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !1818, file: !416, line: 32, baseType: !101, size: 32)
!1821 = !DIDerivedType(tag: DW_TAG_member, name: "namelen", scope: !1818, file: !416, line: 32, baseType: !30, size: 32, offset: 32)
!1822 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1818, file: !416, line: 32, baseType: !20, size: 32, offset: 64)
!1823 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !1818, file: !416, line: 32, baseType: !26, size: 16, offset: 96)
!1824 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_close", scope: !1766, file: !416, line: 78, baseType: !1825, size: 32)
!1825 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_close", file: !416, line: 33, baseType: !1826)
!1826 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 33, size: 32, elements: !1827)
!1827 = !{!1828}
!1828 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1826, file: !416, line: 33, baseType: !20, size: 32)
!1829 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_readwrite", scope: !1766, file: !416, line: 79, baseType: !1830, size: 96)
!1830 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_readwrite", file: !416, line: 34, baseType: !1831)
!1831 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 34, size: 96, elements: !1832)
!1832 = !{!1833, !1834, !1835}
!1833 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1831, file: !416, line: 34, baseType: !20, size: 32)
!1834 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1831, file: !416, line: 34, baseType: !101, size: 32, offset: 32)
!1835 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1831, file: !416, line: 34, baseType: !30, size: 32, offset: 64)
!1836 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_lseek", scope: !1766, file: !416, line: 80, baseType: !1837, size: 96)
!1837 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_lseek", file: !416, line: 35, baseType: !1838)
!1838 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 35, size: 96, elements: !1839)
!1839 = !{!1840, !1841, !1842}
!1840 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !1838, file: !416, line: 35, baseType: !20, size: 32)
!1841 = !DIDerivedType(tag: DW_TAG_member, name: "offset", scope: !1838, file: !416, line: 35, baseType: !87, size: 32, offset: 32)
!1842 = !DIDerivedType(tag: DW_TAG_member, name: "whence", scope: !1838, file: !416, line: 35, baseType: !20, size: 32, offset: 64)
!1843 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vfs_umask", scope: !1766, file: !416, line: 81, baseType: !1844, size: 16)
!1844 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vfs_umask", file: !416, line: 36, baseType: !1845)
!1845 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 36, size: 16, elements: !1846)
!1846 = !{!1847}
!1847 = !DIDerivedType(tag: DW_TAG_member, name: "mask", scope: !1845, file: !416, line: 36, baseType: !26, size: 16)
!1848 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_fork", scope: !1766, file: !416, line: 82, baseType: !1849, size: 96)
!1849 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_fork", file: !416, line: 39, baseType: !1850)
!1850 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 39, size: 96, elements: !1851)
!1851 = !{!1852, !1853, !1854}
!1852 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1850, file: !416, line: 39, baseType: !50, size: 32)
!1853 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1850, file: !416, line: 39, baseType: !20, size: 32, offset: 32)
!1854 = !DIDerivedType(tag: DW_TAG_member, name: "child_endpt", scope: !1850, file: !416, line: 39, baseType: !50, size: 32, offset: 64)
!1855 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_exit", scope: !1766, file: !416, line: 83, baseType: !1856, size: 32)
!1856 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_exit", file: !416, line: 40, baseType: !1857)
!1857 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 40, size: 32, elements: !1858)
!1858 = !{!1859}
!1859 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1857, file: !416, line: 40, baseType: !50, size: 32)
!1860 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_newmem", scope: !1766, file: !416, line: 84, baseType: !1861, size: 96)
!1861 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_newmem", file: !416, line: 41, baseType: !1862)
!1862 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 41, size: 96, elements: !1863)
!1863 = !{!1864, !1865, !1866}
!1864 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1862, file: !416, line: 41, baseType: !50, size: 32)
!1865 = !DIDerivedType(tag: DW_TAG_member, name: "text_bytes", scope: !1862, file: !416, line: 41, baseType: !30, size: 32, offset: 32)
!1866 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !1862, file: !416, line: 41, baseType: !101, size: 32, offset: 64)
!1867 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_vm_usage", scope: !1766, file: !416, line: 85, baseType: !1868, size: 96)
!1868 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_vm_usage", file: !416, line: 42, baseType: !1869)
!1869 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 42, size: 96, elements: !1870)
!1870 = !{!1871, !1872, !1873}
!1871 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1869, file: !416, line: 42, baseType: !50, size: 32)
!1872 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !1869, file: !416, line: 42, baseType: !30, size: 32, offset: 32)
!1873 = !DIDerivedType(tag: DW_TAG_member, name: "brk", scope: !1869, file: !416, line: 42, baseType: !101, size: 32, offset: 64)
!1874 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_brk", scope: !1766, file: !416, line: 86, baseType: !1875, size: 32)
!1875 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_brk", file: !416, line: 45, baseType: !1876)
!1876 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 45, size: 32, elements: !1877)
!1877 = !{!1878}
!1878 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1876, file: !416, line: 45, baseType: !101, size: 32)
!1879 = !DIDerivedType(tag: DW_TAG_member, name: "m_lc_vm_mmap", scope: !1766, file: !416, line: 87, baseType: !1880, size: 64)
!1880 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lc_vm_mmap", file: !416, line: 46, baseType: !1881)
!1881 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 46, size: 64, elements: !1882)
!1882 = !{!1883, !1884}
!1883 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1881, file: !416, line: 46, baseType: !30, size: 32)
!1884 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !1881, file: !416, line: 46, baseType: !101, size: 32, offset: 32)
!1885 = !DIDerivedType(tag: DW_TAG_member, name: "m_ds_req", scope: !1766, file: !416, line: 88, baseType: !1886, size: 192)
!1886 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_ds_req", file: !416, line: 49, baseType: !1887)
!1887 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 49, size: 192, elements: !1888)
!1888 = !{!1889, !1890, !1891}
!1889 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !1887, file: !416, line: 49, baseType: !546, size: 128)
!1890 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1887, file: !416, line: 49, baseType: !50, size: 32, offset: 128)
!1891 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1887, file: !416, line: 49, baseType: !20, size: 32, offset: 160)
!1892 = !DIDerivedType(tag: DW_TAG_member, name: "m_rs_req", scope: !1766, file: !416, line: 89, baseType: !1893, size: 192)
!1893 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_rs_req", file: !416, line: 50, baseType: !1894)
!1894 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 50, size: 192, elements: !1895)
!1895 = !{!1896, !1897, !1898}
!1896 = !DIDerivedType(tag: DW_TAG_member, name: "label", scope: !1894, file: !416, line: 50, baseType: !546, size: 128)
!1897 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1894, file: !416, line: 50, baseType: !50, size: 32, offset: 128)
!1898 = !DIDerivedType(tag: DW_TAG_member, name: "index", scope: !1894, file: !416, line: 50, baseType: !20, size: 32, offset: 160)
!1899 = !DIDerivedType(tag: DW_TAG_member, name: "m_common_shutdown", scope: !1766, file: !416, line: 90, baseType: !1900, size: 32)
!1900 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_common_shutdown", file: !416, line: 53, baseType: !1901)
!1901 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 53, size: 32, elements: !1902)
!1902 = !{!1903}
!1903 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1901, file: !416, line: 53, baseType: !20, size: 32)
!1904 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_fork", scope: !1766, file: !416, line: 91, baseType: !1905, size: 96)
!1905 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_fork", file: !416, line: 56, baseType: !1906)
!1906 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 56, size: 96, elements: !1907)
!1907 = !{!1908, !1909, !1910}
!1908 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !1906, file: !416, line: 56, baseType: !50, size: 32)
!1909 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !1906, file: !416, line: 56, baseType: !20, size: 32, offset: 32)
!1910 = !DIDerivedType(tag: DW_TAG_member, name: "child", scope: !1906, file: !416, line: 56, baseType: !50, size: 32, offset: 64)
!1911 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_kill", scope: !1766, file: !416, line: 92, baseType: !1912, size: 64)
!1912 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_kill", file: !416, line: 57, baseType: !1913)
!1913 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 57, size: 64, elements: !1914)
!1914 = !{!1915, !1916}
!1915 = !DIDerivedType(tag: DW_TAG_member, name: "endpt", scope: !1913, file: !416, line: 57, baseType: !50, size: 32)
!1916 = !DIDerivedType(tag: DW_TAG_member, name: "sig", scope: !1913, file: !416, line: 57, baseType: !20, size: 32, offset: 32)
!1917 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_datacopy", scope: !1766, file: !416, line: 93, baseType: !1918, size: 160)
!1918 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_datacopy", file: !416, line: 62, baseType: !1919)
!1919 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 58, size: 160, elements: !1920)
!1920 = !{!1921, !1922, !1923, !1924, !1925}
!1921 = !DIDerivedType(tag: DW_TAG_member, name: "src_endpt", scope: !1919, file: !416, line: 59, baseType: !50, size: 32)
!1922 = !DIDerivedType(tag: DW_TAG_member, name: "src_addr", scope: !1919, file: !416, line: 59, baseType: !101, size: 32, offset: 32)
!1923 = !DIDerivedType(tag: DW_TAG_member, name: "dst_endpt", scope: !1919, file: !416, line: 60, baseType: !50, size: 32, offset: 64)
!1924 = !DIDerivedType(tag: DW_TAG_member, name: "dst_addr", scope: !1919, file: !416, line: 60, baseType: !101, size: 32, offset: 96)
!1925 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !1919, file: !416, line: 61, baseType: !30, size: 32, offset: 128)
!1926 = !DIDerivedType(tag: DW_TAG_member, name: "m_lsys_krn_abort", scope: !1766, file: !416, line: 94, baseType: !1927, size: 32)
!1927 = !DIDerivedType(tag: DW_TAG_typedef, name: "mess_lsys_krn_abort", file: !416, line: 63, baseType: !1928)
!1928 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !416, line: 63, size: 32, elements: !1929)
!1929 = !{!1930}
!1930 = !DIDerivedType(tag: DW_TAG_member, name: "how", scope: !1928, file: !416, line: 63, baseType: !20, size: 32)
!1931 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1766, file: !416, line: 95, baseType: !589, size: 448)
!1932 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !1756, file: !108, line: 5, type: !20)
!1933 = !DILocation(line: 5, column: 17, scope: !1756)
!1934 = !DILocalVariable(name: "m", arg: 2, scope: !1756, file: !108, line: 5, type: !1759)
!1935 = !DILocation(line: 5, column: 37, scope: !1756)
!1936 = !DILocalVariable(name: "fdt", scope: !1756, file: !108, line: 7, type: !1937)
!1937 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1938, size: 32)
!1938 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fdtable_entry", file: !17, line: 45, size: 1088, elements: !1939)
!1939 = !{!1940, !1941, !1942}
!1940 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_owner", scope: !1938, file: !17, line: 46, baseType: !50, size: 32)
!1941 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_umask", scope: !1938, file: !17, line: 47, baseType: !26, size: 16, offset: 32)
!1942 = !DIDerivedType(tag: DW_TAG_member, name: "fdt_fd", scope: !1938, file: !17, line: 48, baseType: !1943, size: 1024, offset: 64)
!1943 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1944, size: 1024, elements: !90)
!1944 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "filedesc", file: !17, line: 34, size: 128, elements: !1945)
!1945 = !{!1946, !1947, !1948, !1949}
!1946 = !DIDerivedType(tag: DW_TAG_member, name: "fd_in_use", scope: !1944, file: !17, line: 35, baseType: !20, size: 32)
!1947 = !DIDerivedType(tag: DW_TAG_member, name: "fd_file", scope: !1944, file: !17, line: 36, baseType: !20, size: 32, offset: 32)
!1948 = !DIDerivedType(tag: DW_TAG_member, name: "fd_pos", scope: !1944, file: !17, line: 37, baseType: !87, size: 32, offset: 64)
!1949 = !DIDerivedType(tag: DW_TAG_member, name: "fd_flags", scope: !1944, file: !17, line: 38, baseType: !20, size: 32, offset: 96)
!1950 = !DILocation(line: 7, column: 24, scope: !1756)
!1951 = !DILocation(line: 7, column: 42, scope: !1756)
!1952 = !DILocation(line: 7, column: 53, scope: !1756)
!1953 = !DILocation(line: 7, column: 56, scope: !1756)
!1954 = !DILocation(line: 7, column: 30, scope: !1756)
!1955 = !DILocalVariable(name: "fdp", scope: !1756, file: !108, line: 8, type: !1956)
!1956 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1944, size: 32)
!1957 = !DILocation(line: 8, column: 19, scope: !1756)
!1958 = !DILocation(line: 8, column: 38, scope: !1756)
!1959 = !DILocation(line: 8, column: 43, scope: !1756)
!1960 = !DILocation(line: 8, column: 46, scope: !1756)
!1961 = !DILocation(line: 8, column: 69, scope: !1756)
!1962 = !DILocation(line: 8, column: 25, scope: !1756)
!1963 = !DILocalVariable(name: "fp", scope: !1756, file: !108, line: 9, type: !1964)
!1964 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1965, size: 32)
!1965 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vfile", file: !17, line: 24, size: 4384, elements: !1966)
!1966 = !{!1967, !1968, !1969, !1970, !1971, !1972, !1973}
!1967 = !DIDerivedType(tag: DW_TAG_member, name: "f_in_use", scope: !1965, file: !17, line: 25, baseType: !20, size: 32)
!1968 = !DIDerivedType(tag: DW_TAG_member, name: "f_dirty", scope: !1965, file: !17, line: 26, baseType: !20, size: 32, offset: 32)
!1969 = !DIDerivedType(tag: DW_TAG_member, name: "f_owner", scope: !1965, file: !17, line: 27, baseType: !23, size: 32, offset: 64)
!1970 = !DIDerivedType(tag: DW_TAG_member, name: "f_mode", scope: !1965, file: !17, line: 28, baseType: !26, size: 16, offset: 96)
!1971 = !DIDerivedType(tag: DW_TAG_member, name: "f_size", scope: !1965, file: !17, line: 29, baseType: !30, size: 32, offset: 128)
!1972 = !DIDerivedType(tag: DW_TAG_member, name: "f_name", scope: !1965, file: !17, line: 30, baseType: !33, size: 120, offset: 160)
!1973 = !DIDerivedType(tag: DW_TAG_member, name: "f_data", scope: !1965, file: !17, line: 31, baseType: !37, size: 4096, offset: 280)
!1974 = !DILocation(line: 9, column: 16, scope: !1756)
!1975 = !DILocalVariable(name: "n", scope: !1756, file: !108, line: 10, type: !30)
!1976 = !DILocation(line: 10, column: 9, scope: !1756)
!1977 = !DILocation(line: 10, column: 13, scope: !1756)
!1978 = !DILocation(line: 10, column: 16, scope: !1756)
!1979 = !DILocation(line: 10, column: 39, scope: !1756)
!1980 = !DILocalVariable(name: "r", scope: !1756, file: !108, line: 11, type: !20)
!1981 = !DILocation(line: 11, column: 6, scope: !1756)
!1982 = !DILocation(line: 13, column: 6, scope: !1983)
!1983 = distinct !DILexicalBlock(scope: !1756, file: !108, line: 13, column: 6)
!1984 = !DILocation(line: 13, column: 10, scope: !1983)
!1985 = !DILocation(line: 13, column: 18, scope: !1983)
!1986 = !DILocation(line: 13, column: 21, scope: !1983)
!1987 = !DILocation(line: 13, column: 26, scope: !1983)
!1988 = !DILocation(line: 13, column: 35, scope: !1983)
!1989 = !DILocation(line: 13, column: 6, scope: !1756)
!1990 = !DILocation(line: 14, column: 3, scope: !1983)
!1991 = !DILocation(line: 15, column: 14, scope: !1756)
!1992 = !DILocation(line: 15, column: 19, scope: !1756)
!1993 = !DILocation(line: 15, column: 8, scope: !1756)
!1994 = !DILocation(line: 15, column: 5, scope: !1756)
!1995 = !DILocation(line: 16, column: 15, scope: !1996)
!1996 = distinct !DILexicalBlock(scope: !1756, file: !108, line: 16, column: 6)
!1997 = !DILocation(line: 16, column: 20, scope: !1996)
!1998 = !DILocation(line: 16, column: 30, scope: !1996)
!1999 = !DILocation(line: 16, column: 34, scope: !1996)
!2000 = !DILocation(line: 16, column: 27, scope: !1996)
!2001 = !DILocation(line: 16, column: 6, scope: !1756)
!2002 = !DILocation(line: 17, column: 5, scope: !1996)
!2003 = !DILocation(line: 17, column: 3, scope: !1996)
!2004 = !DILocation(line: 18, column: 11, scope: !2005)
!2005 = distinct !DILexicalBlock(scope: !1996, file: !108, line: 18, column: 11)
!2006 = !DILocation(line: 18, column: 15, scope: !2005)
!2007 = !DILocation(line: 18, column: 19, scope: !2005)
!2008 = !DILocation(line: 18, column: 28, scope: !2005)
!2009 = !DILocation(line: 18, column: 33, scope: !2005)
!2010 = !DILocation(line: 18, column: 26, scope: !2005)
!2011 = !DILocation(line: 18, column: 13, scope: !2005)
!2012 = !DILocation(line: 18, column: 11, scope: !1996)
!2013 = !DILocation(line: 19, column: 7, scope: !2005)
!2014 = !DILocation(line: 19, column: 11, scope: !2005)
!2015 = !DILocation(line: 19, column: 20, scope: !2005)
!2016 = !DILocation(line: 19, column: 25, scope: !2005)
!2017 = !DILocation(line: 19, column: 18, scope: !2005)
!2018 = !DILocation(line: 19, column: 5, scope: !2005)
!2019 = !DILocation(line: 19, column: 3, scope: !2005)
!2020 = !DILocation(line: 20, column: 6, scope: !2021)
!2021 = distinct !DILexicalBlock(scope: !1756, file: !108, line: 20, column: 6)
!2022 = !DILocation(line: 20, column: 8, scope: !2021)
!2023 = !DILocation(line: 20, column: 12, scope: !2021)
!2024 = !DILocation(line: 20, column: 52, scope: !2021)
!2025 = !DILocation(line: 20, column: 56, scope: !2021)
!2026 = !DILocation(line: 20, column: 63, scope: !2021)
!2027 = !DILocation(line: 20, column: 68, scope: !2021)
!2028 = !DILocation(line: 20, column: 39, scope: !2021)
!2029 = !DILocation(line: 21, column: 6, scope: !2021)
!2030 = !DILocation(line: 21, column: 9, scope: !2021)
!2031 = !DILocation(line: 21, column: 19, scope: !2021)
!2032 = !DILocation(line: 21, column: 22, scope: !2021)
!2033 = !DILocation(line: 21, column: 45, scope: !2021)
!2034 = !DILocation(line: 21, column: 50, scope: !2021)
!2035 = !DILocation(line: 20, column: 20, scope: !2021)
!2036 = !DILocation(line: 20, column: 18, scope: !2021)
!2037 = !DILocation(line: 21, column: 54, scope: !2021)
!2038 = !DILocation(line: 20, column: 6, scope: !1756)
!2039 = !DILocation(line: 22, column: 10, scope: !2021)
!2040 = !DILocation(line: 22, column: 3, scope: !2021)
!2041 = !DILocation(line: 23, column: 17, scope: !1756)
!2042 = !DILocation(line: 23, column: 2, scope: !1756)
!2043 = !DILocation(line: 23, column: 7, scope: !1756)
!2044 = !DILocation(line: 23, column: 14, scope: !1756)
!2045 = !DILocation(line: 24, column: 9, scope: !1756)
!2046 = !DILocation(line: 24, column: 2, scope: !1756)
!2047 = !DILocation(line: 25, column: 1, scope: !1756)
!2048 = distinct !DISubprogram(name: "do_write", scope: !108, file: !108, line: 27, type: !1757, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !107, retainedNodes: !121)
!2049 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !2048, file: !108, line: 27, type: !20)
!2050 = !DILocation(line: 27, column: 18, scope: !2048)
!2051 = !DILocalVariable(name: "m", arg: 2, scope: !2048, file: !108, line: 27, type: !1759)
!2052 = !DILocation(line: 27, column: 38, scope: !2048)
!2053 = !DILocalVariable(name: "fdt", scope: !2048, file: !108, line: 29, type: !1937)
!2054 = !DILocation(line: 29, column: 24, scope: !2048)
!2055 = !DILocation(line: 29, column: 42, scope: !2048)
!2056 = !DILocation(line: 29, column: 53, scope: !2048)
!2057 = !DILocation(line: 29, column: 56, scope: !2048)
!2058 = !DILocation(line: 29, column: 30, scope: !2048)
!2059 = !DILocalVariable(name: "fdp", scope: !2048, file: !108, line: 30, type: !1956)
!2060 = !DILocation(line: 30, column: 19, scope: !2048)
!2061 = !DILocation(line: 30, column: 38, scope: !2048)
!2062 = !DILocation(line: 30, column: 43, scope: !2048)
!2063 = !DILocation(line: 30, column: 46, scope: !2048)
!2064 = !DILocation(line: 30, column: 69, scope: !2048)
!2065 = !DILocation(line: 30, column: 25, scope: !2048)
!2066 = !DILocalVariable(name: "fp", scope: !2048, file: !108, line: 31, type: !1964)
!2067 = !DILocation(line: 31, column: 16, scope: !2048)
!2068 = !DILocalVariable(name: "n", scope: !2048, file: !108, line: 32, type: !30)
!2069 = !DILocation(line: 32, column: 9, scope: !2048)
!2070 = !DILocation(line: 32, column: 13, scope: !2048)
!2071 = !DILocation(line: 32, column: 16, scope: !2048)
!2072 = !DILocation(line: 32, column: 39, scope: !2048)
!2073 = !DILocalVariable(name: "r", scope: !2048, file: !108, line: 33, type: !20)
!2074 = !DILocation(line: 33, column: 6, scope: !2048)
!2075 = !DILocation(line: 35, column: 6, scope: !2076)
!2076 = distinct !DILexicalBlock(scope: !2048, file: !108, line: 35, column: 6)
!2077 = !DILocation(line: 35, column: 10, scope: !2076)
!2078 = !DILocation(line: 35, column: 18, scope: !2076)
!2079 = !DILocation(line: 35, column: 21, scope: !2076)
!2080 = !DILocation(line: 35, column: 26, scope: !2076)
!2081 = !DILocation(line: 35, column: 35, scope: !2076)
!2082 = !DILocation(line: 35, column: 6, scope: !2048)
!2083 = !DILocation(line: 36, column: 3, scope: !2076)
!2084 = !DILocation(line: 37, column: 14, scope: !2048)
!2085 = !DILocation(line: 37, column: 19, scope: !2048)
!2086 = !DILocation(line: 37, column: 8, scope: !2048)
!2087 = !DILocation(line: 37, column: 5, scope: !2048)
!2088 = !DILocation(line: 38, column: 15, scope: !2089)
!2089 = distinct !DILexicalBlock(scope: !2048, file: !108, line: 38, column: 6)
!2090 = !DILocation(line: 38, column: 20, scope: !2089)
!2091 = !DILocation(line: 38, column: 27, scope: !2089)
!2092 = !DILocation(line: 38, column: 6, scope: !2048)
!2093 = !DILocation(line: 39, column: 3, scope: !2089)
!2094 = !DILocation(line: 40, column: 6, scope: !2095)
!2095 = distinct !DILexicalBlock(scope: !2048, file: !108, line: 40, column: 6)
!2096 = !DILocation(line: 40, column: 36, scope: !2095)
!2097 = !DILocation(line: 40, column: 41, scope: !2095)
!2098 = !DILocation(line: 40, column: 34, scope: !2095)
!2099 = !DILocation(line: 40, column: 8, scope: !2095)
!2100 = !DILocation(line: 40, column: 6, scope: !2048)
!2101 = !DILocation(line: 41, column: 23, scope: !2095)
!2102 = !DILocation(line: 41, column: 28, scope: !2095)
!2103 = !DILocation(line: 41, column: 21, scope: !2095)
!2104 = !DILocation(line: 41, column: 5, scope: !2095)
!2105 = !DILocation(line: 41, column: 3, scope: !2095)
!2106 = !DILocation(line: 42, column: 24, scope: !2107)
!2107 = distinct !DILexicalBlock(scope: !2048, file: !108, line: 42, column: 6)
!2108 = !DILocation(line: 42, column: 27, scope: !2107)
!2109 = !DILocation(line: 42, column: 37, scope: !2107)
!2110 = !DILocation(line: 42, column: 40, scope: !2107)
!2111 = !DILocation(line: 42, column: 63, scope: !2107)
!2112 = !DILocation(line: 43, column: 19, scope: !2107)
!2113 = !DILocation(line: 43, column: 23, scope: !2107)
!2114 = !DILocation(line: 43, column: 30, scope: !2107)
!2115 = !DILocation(line: 43, column: 35, scope: !2107)
!2116 = !DILocation(line: 43, column: 6, scope: !2107)
!2117 = !DILocation(line: 43, column: 44, scope: !2107)
!2118 = !DILocation(line: 42, column: 11, scope: !2107)
!2119 = !DILocation(line: 42, column: 9, scope: !2107)
!2120 = !DILocation(line: 43, column: 48, scope: !2107)
!2121 = !DILocation(line: 42, column: 6, scope: !2048)
!2122 = !DILocation(line: 44, column: 10, scope: !2107)
!2123 = !DILocation(line: 44, column: 3, scope: !2107)
!2124 = !DILocation(line: 45, column: 17, scope: !2048)
!2125 = !DILocation(line: 45, column: 2, scope: !2048)
!2126 = !DILocation(line: 45, column: 7, scope: !2048)
!2127 = !DILocation(line: 45, column: 14, scope: !2048)
!2128 = !DILocation(line: 46, column: 15, scope: !2129)
!2129 = distinct !DILexicalBlock(scope: !2048, file: !108, line: 46, column: 6)
!2130 = !DILocation(line: 46, column: 20, scope: !2129)
!2131 = !DILocation(line: 46, column: 29, scope: !2129)
!2132 = !DILocation(line: 46, column: 33, scope: !2129)
!2133 = !DILocation(line: 46, column: 27, scope: !2129)
!2134 = !DILocation(line: 46, column: 6, scope: !2048)
!2135 = !DILocation(line: 47, column: 16, scope: !2129)
!2136 = !DILocation(line: 47, column: 21, scope: !2129)
!2137 = !DILocation(line: 47, column: 3, scope: !2129)
!2138 = !DILocation(line: 47, column: 7, scope: !2129)
!2139 = !DILocation(line: 47, column: 14, scope: !2129)
!2140 = !DILocation(line: 48, column: 2, scope: !2048)
!2141 = !DILocation(line: 48, column: 6, scope: !2048)
!2142 = !DILocation(line: 48, column: 14, scope: !2048)
!2143 = !DILocation(line: 49, column: 9, scope: !2048)
!2144 = !DILocation(line: 49, column: 2, scope: !2048)
!2145 = !DILocation(line: 50, column: 1, scope: !2048)
!2146 = distinct !DISubprogram(name: "do_lseek", scope: !108, file: !108, line: 52, type: !1757, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !107, retainedNodes: !121)
!2147 = !DILocalVariable(name: "proc_slot", arg: 1, scope: !2146, file: !108, line: 52, type: !20)
!2148 = !DILocation(line: 52, column: 18, scope: !2146)
!2149 = !DILocalVariable(name: "m", arg: 2, scope: !2146, file: !108, line: 52, type: !1759)
!2150 = !DILocation(line: 52, column: 38, scope: !2146)
!2151 = !DILocalVariable(name: "fdt", scope: !2146, file: !108, line: 54, type: !1937)
!2152 = !DILocation(line: 54, column: 24, scope: !2146)
!2153 = !DILocation(line: 54, column: 42, scope: !2146)
!2154 = !DILocation(line: 54, column: 53, scope: !2146)
!2155 = !DILocation(line: 54, column: 56, scope: !2146)
!2156 = !DILocation(line: 54, column: 30, scope: !2146)
!2157 = !DILocalVariable(name: "fdp", scope: !2146, file: !108, line: 55, type: !1956)
!2158 = !DILocation(line: 55, column: 19, scope: !2146)
!2159 = !DILocation(line: 55, column: 38, scope: !2146)
!2160 = !DILocation(line: 55, column: 43, scope: !2146)
!2161 = !DILocation(line: 55, column: 46, scope: !2146)
!2162 = !DILocation(line: 55, column: 65, scope: !2146)
!2163 = !DILocation(line: 55, column: 25, scope: !2146)
!2164 = !DILocalVariable(name: "pos", scope: !2146, file: !108, line: 56, type: !87)
!2165 = !DILocation(line: 56, column: 8, scope: !2146)
!2166 = !DILocation(line: 58, column: 6, scope: !2167)
!2167 = distinct !DILexicalBlock(scope: !2146, file: !108, line: 58, column: 6)
!2168 = !DILocation(line: 58, column: 10, scope: !2167)
!2169 = !DILocation(line: 58, column: 6, scope: !2146)
!2170 = !DILocation(line: 59, column: 3, scope: !2167)
!2171 = !DILocation(line: 60, column: 10, scope: !2146)
!2172 = !DILocation(line: 60, column: 13, scope: !2146)
!2173 = !DILocation(line: 60, column: 32, scope: !2146)
!2174 = !DILocation(line: 60, column: 2, scope: !2146)
!2175 = !DILocation(line: 61, column: 21, scope: !2176)
!2176 = distinct !DILexicalBlock(scope: !2146, file: !108, line: 60, column: 40)
!2177 = !DILocation(line: 61, column: 26, scope: !2176)
!2178 = !DILocation(line: 62, column: 23, scope: !2176)
!2179 = !DILocation(line: 62, column: 28, scope: !2176)
!2180 = !DILocation(line: 62, column: 21, scope: !2176)
!2181 = !DILocation(line: 62, column: 36, scope: !2176)
!2182 = !DILocation(line: 63, column: 29, scope: !2176)
!2183 = !DILocation(line: 63, column: 34, scope: !2176)
!2184 = !DILocation(line: 63, column: 23, scope: !2176)
!2185 = !DILocation(line: 63, column: 43, scope: !2176)
!2186 = !DILocation(line: 63, column: 21, scope: !2176)
!2187 = !DILocation(line: 63, column: 51, scope: !2176)
!2188 = !DILocation(line: 64, column: 11, scope: !2176)
!2189 = !DILocation(line: 66, column: 9, scope: !2146)
!2190 = !DILocation(line: 66, column: 12, scope: !2146)
!2191 = !DILocation(line: 66, column: 31, scope: !2146)
!2192 = !DILocation(line: 66, column: 6, scope: !2146)
!2193 = !DILocation(line: 67, column: 6, scope: !2194)
!2194 = distinct !DILexicalBlock(scope: !2146, file: !108, line: 67, column: 6)
!2195 = !DILocation(line: 67, column: 10, scope: !2194)
!2196 = !DILocation(line: 67, column: 14, scope: !2194)
!2197 = !DILocation(line: 67, column: 17, scope: !2194)
!2198 = !DILocation(line: 67, column: 21, scope: !2194)
!2199 = !DILocation(line: 67, column: 6, scope: !2146)
!2200 = !DILocation(line: 68, column: 3, scope: !2194)
!2201 = !DILocation(line: 69, column: 16, scope: !2146)
!2202 = !DILocation(line: 69, column: 2, scope: !2146)
!2203 = !DILocation(line: 69, column: 7, scope: !2146)
!2204 = !DILocation(line: 69, column: 14, scope: !2146)
!2205 = !DILocation(line: 70, column: 33, scope: !2146)
!2206 = !DILocation(line: 70, column: 2, scope: !2146)
!2207 = !DILocation(line: 70, column: 5, scope: !2146)
!2208 = !DILocation(line: 70, column: 24, scope: !2146)
!2209 = !DILocation(line: 70, column: 31, scope: !2146)
!2210 = !DILocation(line: 71, column: 2, scope: !2146)
!2211 = !DILocation(line: 72, column: 1, scope: !2146)
