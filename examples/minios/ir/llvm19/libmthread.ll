; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.mthread_tcb = type { i32, %struct.mthread_context }
%struct.mthread_context = type { ptr, ptr }

@threads = internal global [8 x %struct.mthread_tcb] zeroinitializer, align 4, !dbg !0
@current_thread = internal global i32 -1, align 4, !dbg !5

; Function Attrs: noinline nounwind
define dso_local i32 @mthread_create(ptr noundef %tid, ptr noundef %proc, ptr noundef %arg) #0 !dbg !31 {
entry:
  %retval = alloca i32, align 4
  %tid.addr = alloca ptr, align 4
  %proc.addr = alloca ptr, align 4
  %arg.addr = alloca ptr, align 4
  %i = alloca i32, align 4
  store ptr %tid, ptr %tid.addr, align 4
    #dbg_declare(ptr %tid.addr, !36, !DIExpression(), !37)
  store ptr %proc, ptr %proc.addr, align 4
    #dbg_declare(ptr %proc.addr, !38, !DIExpression(), !39)
  store ptr %arg, ptr %arg.addr, align 4
    #dbg_declare(ptr %arg.addr, !40, !DIExpression(), !41)
    #dbg_declare(ptr %i, !42, !DIExpression(), !43)
  store i32 0, ptr %i, align 4, !dbg !44
  br label %for.cond, !dbg !46

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !47
  %cmp = icmp slt i32 %0, 8, !dbg !49
  br i1 %cmp, label %for.body, label %for.end, !dbg !50

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !51
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %1, !dbg !54
  %m_state = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx, i32 0, i32 0, !dbg !55
  %2 = load i32, ptr %m_state, align 4, !dbg !55
  %cmp1 = icmp ne i32 %2, 0, !dbg !56
  br i1 %cmp1, label %if.then, label %if.end, !dbg !57

if.then:                                          ; preds = %for.body
  br label %for.inc, !dbg !58

if.end:                                           ; preds = %for.body
  %3 = load ptr, ptr %proc.addr, align 4, !dbg !59
  %4 = load i32, ptr %i, align 4, !dbg !60
  %arrayidx2 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %4, !dbg !61
  %m_context = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx2, i32 0, i32 1, !dbg !62
  %mc_func = getelementptr inbounds %struct.mthread_context, ptr %m_context, i32 0, i32 0, !dbg !63
  store ptr %3, ptr %mc_func, align 4, !dbg !64
  %5 = load ptr, ptr %arg.addr, align 4, !dbg !65
  %6 = load i32, ptr %i, align 4, !dbg !66
  %arrayidx3 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %6, !dbg !67
  %m_context4 = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx3, i32 0, i32 1, !dbg !68
  %mc_arg = getelementptr inbounds %struct.mthread_context, ptr %m_context4, i32 0, i32 1, !dbg !69
  store ptr %5, ptr %mc_arg, align 4, !dbg !70
  %7 = load i32, ptr %i, align 4, !dbg !71
  %arrayidx5 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %7, !dbg !72
  %m_state6 = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx5, i32 0, i32 0, !dbg !73
  store i32 1, ptr %m_state6, align 4, !dbg !74
  %8 = load i32, ptr %i, align 4, !dbg !75
  %9 = load ptr, ptr %tid.addr, align 4, !dbg !76
  store i32 %8, ptr %9, align 4, !dbg !77
  store i32 0, ptr %retval, align 4, !dbg !78
  br label %return, !dbg !78

for.inc:                                          ; preds = %if.then
  %10 = load i32, ptr %i, align 4, !dbg !79
  %inc = add nsw i32 %10, 1, !dbg !79
  store i32 %inc, ptr %i, align 4, !dbg !79
  br label %for.cond, !dbg !80, !llvm.loop !81

for.end:                                          ; preds = %for.cond
  store i32 -11, ptr %retval, align 4, !dbg !84
  br label %return, !dbg !84

return:                                           ; preds = %for.end, %if.end
  %11 = load i32, ptr %retval, align 4, !dbg !85
  ret i32 %11, !dbg !85
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_block(ptr noundef %cont, ptr noundef %arg) #0 !dbg !86 {
entry:
  %cont.addr = alloca ptr, align 4
  %arg.addr = alloca ptr, align 4
  %t = alloca ptr, align 4
  store ptr %cont, ptr %cont.addr, align 4
    #dbg_declare(ptr %cont.addr, !89, !DIExpression(), !90)
  store ptr %arg, ptr %arg.addr, align 4
    #dbg_declare(ptr %arg.addr, !91, !DIExpression(), !92)
    #dbg_declare(ptr %t, !93, !DIExpression(), !95)
  %0 = load i32, ptr @current_thread, align 4, !dbg !96
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %0, !dbg !97
  store ptr %arrayidx, ptr %t, align 4, !dbg !95
  %1 = load ptr, ptr %cont.addr, align 4, !dbg !98
  %2 = load ptr, ptr %t, align 4, !dbg !99
  %m_context = getelementptr inbounds %struct.mthread_tcb, ptr %2, i32 0, i32 1, !dbg !100
  %mc_func = getelementptr inbounds %struct.mthread_context, ptr %m_context, i32 0, i32 0, !dbg !101
  store ptr %1, ptr %mc_func, align 4, !dbg !102
  %3 = load ptr, ptr %arg.addr, align 4, !dbg !103
  %4 = load ptr, ptr %t, align 4, !dbg !104
  %m_context1 = getelementptr inbounds %struct.mthread_tcb, ptr %4, i32 0, i32 1, !dbg !105
  %mc_arg = getelementptr inbounds %struct.mthread_context, ptr %m_context1, i32 0, i32 1, !dbg !106
  store ptr %3, ptr %mc_arg, align 4, !dbg !107
  %5 = load ptr, ptr %t, align 4, !dbg !108
  %m_state = getelementptr inbounds %struct.mthread_tcb, ptr %5, i32 0, i32 0, !dbg !109
  store i32 3, ptr %m_state, align 4, !dbg !110
  ret void, !dbg !111
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_wakeup(i32 noundef %tid) #0 !dbg !112 {
entry:
  %tid.addr = alloca i32, align 4
  store i32 %tid, ptr %tid.addr, align 4
    #dbg_declare(ptr %tid.addr, !115, !DIExpression(), !116)
  %0 = load i32, ptr %tid.addr, align 4, !dbg !117
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %0, !dbg !119
  %m_state = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx, i32 0, i32 0, !dbg !120
  %1 = load i32, ptr %m_state, align 4, !dbg !120
  %cmp = icmp eq i32 %1, 3, !dbg !121
  br i1 %cmp, label %if.then, label %if.end, !dbg !122

if.then:                                          ; preds = %entry
  %2 = load i32, ptr %tid.addr, align 4, !dbg !123
  %arrayidx1 = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %2, !dbg !124
  %m_state2 = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx1, i32 0, i32 0, !dbg !125
  store i32 1, ptr %m_state2, align 4, !dbg !126
  br label %if.end, !dbg !124

if.end:                                           ; preds = %if.then, %entry
  ret void, !dbg !127
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_yield_all() #0 !dbg !128 {
entry:
  %i = alloca i32, align 4
  %ran = alloca i32, align 4
    #dbg_declare(ptr %i, !131, !DIExpression(), !132)
    #dbg_declare(ptr %ran, !133, !DIExpression(), !134)
  br label %do.body, !dbg !135

do.body:                                          ; preds = %do.cond, %entry
  store i32 0, ptr %ran, align 4, !dbg !136
  store i32 0, ptr %i, align 4, !dbg !138
  br label %for.cond, !dbg !140

for.cond:                                         ; preds = %for.inc, %do.body
  %0 = load i32, ptr %i, align 4, !dbg !141
  %cmp = icmp slt i32 %0, 8, !dbg !143
  br i1 %cmp, label %for.body, label %for.end, !dbg !144

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4, !dbg !145
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %1, !dbg !148
  %m_state = getelementptr inbounds %struct.mthread_tcb, ptr %arrayidx, i32 0, i32 0, !dbg !149
  %2 = load i32, ptr %m_state, align 4, !dbg !149
  %cmp1 = icmp eq i32 %2, 1, !dbg !150
  br i1 %cmp1, label %if.then, label %if.end, !dbg !151

if.then:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4, !dbg !152
  call void @context_switch(i32 noundef %3) #1, !dbg !154
  store i32 1, ptr %ran, align 4, !dbg !155
  br label %if.end, !dbg !156

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc, !dbg !157

for.inc:                                          ; preds = %if.end
  %4 = load i32, ptr %i, align 4, !dbg !158
  %inc = add nsw i32 %4, 1, !dbg !158
  store i32 %inc, ptr %i, align 4, !dbg !158
  br label %for.cond, !dbg !159, !llvm.loop !160

for.end:                                          ; preds = %for.cond
  br label %do.cond, !dbg !162

do.cond:                                          ; preds = %for.end
  %5 = load i32, ptr %ran, align 4, !dbg !163
  %tobool = icmp ne i32 %5, 0, !dbg !162
  br i1 %tobool, label %do.body, label %do.end, !dbg !162, !llvm.loop !164

do.end:                                           ; preds = %do.cond
  ret void, !dbg !166
}

; Function Attrs: noinline nounwind
define internal void @context_switch(i32 noundef %tid) #0 !dbg !167 {
entry:
  %tid.addr = alloca i32, align 4
  %t = alloca ptr, align 4
  store i32 %tid, ptr %tid.addr, align 4
    #dbg_declare(ptr %tid.addr, !168, !DIExpression(), !169)
    #dbg_declare(ptr %t, !170, !DIExpression(), !171)
  %0 = load i32, ptr %tid.addr, align 4, !dbg !172
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], ptr @threads, i32 0, i32 %0, !dbg !173
  store ptr %arrayidx, ptr %t, align 4, !dbg !171
  %1 = load i32, ptr %tid.addr, align 4, !dbg !174
  store i32 %1, ptr @current_thread, align 4, !dbg !175
  %2 = load ptr, ptr %t, align 4, !dbg !176
  %m_state = getelementptr inbounds %struct.mthread_tcb, ptr %2, i32 0, i32 0, !dbg !177
  store i32 2, ptr %m_state, align 4, !dbg !178
  %3 = load ptr, ptr %t, align 4, !dbg !179
  %m_context = getelementptr inbounds %struct.mthread_tcb, ptr %3, i32 0, i32 1, !dbg !180
  %mc_func = getelementptr inbounds %struct.mthread_context, ptr %m_context, i32 0, i32 0, !dbg !181
  %4 = load ptr, ptr %mc_func, align 4, !dbg !181
  %5 = load ptr, ptr %t, align 4, !dbg !182
  %m_context1 = getelementptr inbounds %struct.mthread_tcb, ptr %5, i32 0, i32 1, !dbg !183
  %mc_arg = getelementptr inbounds %struct.mthread_context, ptr %m_context1, i32 0, i32 1, !dbg !184
  %6 = load ptr, ptr %mc_arg, align 4, !dbg !184
  call void %4(ptr noundef %6) #1, !dbg !179
  %7 = load ptr, ptr %t, align 4, !dbg !185
  %m_state2 = getelementptr inbounds %struct.mthread_tcb, ptr %7, i32 0, i32 0, !dbg !187
  %8 = load i32, ptr %m_state2, align 4, !dbg !187
  %cmp = icmp eq i32 %8, 2, !dbg !188
  br i1 %cmp, label %if.then, label %if.end, !dbg !189

if.then:                                          ; preds = %entry
  %9 = load ptr, ptr %t, align 4, !dbg !190
  %m_state3 = getelementptr inbounds %struct.mthread_tcb, ptr %9, i32 0, i32 0, !dbg !191
  store i32 0, ptr %m_state3, align 4, !dbg !192
  br label %if.end, !dbg !190

if.end:                                           ; preds = %if.then, %entry
  store i32 -1, ptr @current_thread, align 4, !dbg !193
  ret void, !dbg !194
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nobuiltin "no-builtins" }

!llvm.dbg.cu = !{!2}
!llvm.ident = !{!25}
!llvm.module.flags = !{!26, !27, !28, !29, !30}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "threads", scope: !2, file: !3, line: 14, type: !10, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "lib/mthread/mthread.c", directory: ".", checksumkind: CSK_MD5, checksum: "28113ac2b7162e3b755f04b40c9bffb7")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "current_thread", scope: !2, file: !3, line: 15, type: !7, isLocal: true, isDefinition: true)
!7 = !DIDerivedType(tag: DW_TAG_typedef, name: "mthread_thread_t", file: !8, line: 18, baseType: !9)
!8 = !DIFile(filename: "include/mthread.h", directory: ".", checksumkind: CSK_MD5, checksum: "c3d165e3c902d33d7d163b113e5f4137")
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 768, elements: !23)
!11 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mthread_tcb", file: !3, line: 9, size: 96, elements: !12)
!12 = !{!13, !14}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "m_state", scope: !11, file: !3, line: 10, baseType: !9, size: 32)
!14 = !DIDerivedType(tag: DW_TAG_member, name: "m_context", scope: !11, file: !3, line: 11, baseType: !15, size: 64, offset: 32)
!15 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mthread_context", file: !8, line: 20, size: 64, elements: !16)
!16 = !{!17, !22}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "mc_func", scope: !15, file: !8, line: 21, baseType: !18, size: 32)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 32)
!19 = !DISubroutineType(types: !20)
!20 = !{null, !21}
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "mc_arg", scope: !15, file: !8, line: 22, baseType: !21, size: 32, offset: 32)
!23 = !{!24}
!24 = !DISubrange(count: 8)
!25 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!26 = !{i32 1, !"NumRegisterParameters", i32 0}
!27 = !{i32 7, !"Dwarf Version", i32 5}
!28 = !{i32 2, !"Debug Info Version", i32 3}
!29 = !{i32 1, !"wchar_size", i32 4}
!30 = !{i32 7, !"frame-pointer", i32 2}
!31 = distinct !DISubprogram(name: "mthread_create", scope: !3, file: !3, line: 17, type: !32, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !35)
!32 = !DISubroutineType(types: !33)
!33 = !{!9, !34, !18, !21}
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 32)
!35 = !{}
!36 = !DILocalVariable(name: "tid", arg: 1, scope: !31, file: !3, line: 17, type: !34)
!37 = !DILocation(line: 17, column: 38, scope: !31)
!38 = !DILocalVariable(name: "proc", arg: 2, scope: !31, file: !3, line: 17, type: !18)
!39 = !DILocation(line: 17, column: 50, scope: !31)
!40 = !DILocalVariable(name: "arg", arg: 3, scope: !31, file: !3, line: 17, type: !21)
!41 = !DILocation(line: 17, column: 71, scope: !31)
!42 = !DILocalVariable(name: "i", scope: !31, file: !3, line: 19, type: !9)
!43 = !DILocation(line: 19, column: 6, scope: !31)
!44 = !DILocation(line: 21, column: 9, scope: !45)
!45 = distinct !DILexicalBlock(scope: !31, file: !3, line: 21, column: 2)
!46 = !DILocation(line: 21, column: 7, scope: !45)
!47 = !DILocation(line: 21, column: 14, scope: !48)
!48 = distinct !DILexicalBlock(scope: !45, file: !3, line: 21, column: 2)
!49 = !DILocation(line: 21, column: 16, scope: !48)
!50 = !DILocation(line: 21, column: 2, scope: !45)
!51 = !DILocation(line: 22, column: 15, scope: !52)
!52 = distinct !DILexicalBlock(scope: !53, file: !3, line: 22, column: 7)
!53 = distinct !DILexicalBlock(scope: !48, file: !3, line: 21, column: 36)
!54 = !DILocation(line: 22, column: 7, scope: !52)
!55 = !DILocation(line: 22, column: 18, scope: !52)
!56 = !DILocation(line: 22, column: 26, scope: !52)
!57 = !DILocation(line: 22, column: 7, scope: !53)
!58 = !DILocation(line: 23, column: 4, scope: !52)
!59 = !DILocation(line: 24, column: 34, scope: !53)
!60 = !DILocation(line: 24, column: 11, scope: !53)
!61 = !DILocation(line: 24, column: 3, scope: !53)
!62 = !DILocation(line: 24, column: 14, scope: !53)
!63 = !DILocation(line: 24, column: 24, scope: !53)
!64 = !DILocation(line: 24, column: 32, scope: !53)
!65 = !DILocation(line: 25, column: 33, scope: !53)
!66 = !DILocation(line: 25, column: 11, scope: !53)
!67 = !DILocation(line: 25, column: 3, scope: !53)
!68 = !DILocation(line: 25, column: 14, scope: !53)
!69 = !DILocation(line: 25, column: 24, scope: !53)
!70 = !DILocation(line: 25, column: 31, scope: !53)
!71 = !DILocation(line: 26, column: 11, scope: !53)
!72 = !DILocation(line: 26, column: 3, scope: !53)
!73 = !DILocation(line: 26, column: 14, scope: !53)
!74 = !DILocation(line: 26, column: 22, scope: !53)
!75 = !DILocation(line: 27, column: 10, scope: !53)
!76 = !DILocation(line: 27, column: 4, scope: !53)
!77 = !DILocation(line: 27, column: 8, scope: !53)
!78 = !DILocation(line: 28, column: 3, scope: !53)
!79 = !DILocation(line: 21, column: 32, scope: !48)
!80 = !DILocation(line: 21, column: 2, scope: !48)
!81 = distinct !{!81, !50, !82, !83}
!82 = !DILocation(line: 29, column: 2, scope: !45)
!83 = !{!"llvm.loop.mustprogress"}
!84 = !DILocation(line: 30, column: 2, scope: !31)
!85 = !DILocation(line: 31, column: 1, scope: !31)
!86 = distinct !DISubprogram(name: "mthread_block", scope: !3, file: !3, line: 33, type: !87, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !35)
!87 = !DISubroutineType(types: !88)
!88 = !{null, !18, !21}
!89 = !DILocalVariable(name: "cont", arg: 1, scope: !86, file: !3, line: 33, type: !18)
!90 = !DILocation(line: 33, column: 27, scope: !86)
!91 = !DILocalVariable(name: "arg", arg: 2, scope: !86, file: !3, line: 33, type: !21)
!92 = !DILocation(line: 33, column: 48, scope: !86)
!93 = !DILocalVariable(name: "t", scope: !86, file: !3, line: 35, type: !94)
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 32)
!95 = !DILocation(line: 35, column: 22, scope: !86)
!96 = !DILocation(line: 35, column: 35, scope: !86)
!97 = !DILocation(line: 35, column: 27, scope: !86)
!98 = !DILocation(line: 37, column: 25, scope: !86)
!99 = !DILocation(line: 37, column: 2, scope: !86)
!100 = !DILocation(line: 37, column: 5, scope: !86)
!101 = !DILocation(line: 37, column: 15, scope: !86)
!102 = !DILocation(line: 37, column: 23, scope: !86)
!103 = !DILocation(line: 38, column: 24, scope: !86)
!104 = !DILocation(line: 38, column: 2, scope: !86)
!105 = !DILocation(line: 38, column: 5, scope: !86)
!106 = !DILocation(line: 38, column: 15, scope: !86)
!107 = !DILocation(line: 38, column: 22, scope: !86)
!108 = !DILocation(line: 39, column: 2, scope: !86)
!109 = !DILocation(line: 39, column: 5, scope: !86)
!110 = !DILocation(line: 39, column: 13, scope: !86)
!111 = !DILocation(line: 40, column: 1, scope: !86)
!112 = distinct !DISubprogram(name: "mthread_wakeup", scope: !3, file: !3, line: 42, type: !113, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !35)
!113 = !DISubroutineType(types: !114)
!114 = !{null, !7}
!115 = !DILocalVariable(name: "tid", arg: 1, scope: !112, file: !3, line: 42, type: !7)
!116 = !DILocation(line: 42, column: 38, scope: !112)
!117 = !DILocation(line: 44, column: 14, scope: !118)
!118 = distinct !DILexicalBlock(scope: !112, file: !3, line: 44, column: 6)
!119 = !DILocation(line: 44, column: 6, scope: !118)
!120 = !DILocation(line: 44, column: 19, scope: !118)
!121 = !DILocation(line: 44, column: 27, scope: !118)
!122 = !DILocation(line: 44, column: 6, scope: !112)
!123 = !DILocation(line: 45, column: 11, scope: !118)
!124 = !DILocation(line: 45, column: 3, scope: !118)
!125 = !DILocation(line: 45, column: 16, scope: !118)
!126 = !DILocation(line: 45, column: 24, scope: !118)
!127 = !DILocation(line: 46, column: 1, scope: !112)
!128 = distinct !DISubprogram(name: "mthread_yield_all", scope: !3, file: !3, line: 63, type: !129, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !35)
!129 = !DISubroutineType(types: !130)
!130 = !{null}
!131 = !DILocalVariable(name: "i", scope: !128, file: !3, line: 65, type: !9)
!132 = !DILocation(line: 65, column: 6, scope: !128)
!133 = !DILocalVariable(name: "ran", scope: !128, file: !3, line: 65, type: !9)
!134 = !DILocation(line: 65, column: 9, scope: !128)
!135 = !DILocation(line: 67, column: 2, scope: !128)
!136 = !DILocation(line: 68, column: 7, scope: !137)
!137 = distinct !DILexicalBlock(scope: !128, file: !3, line: 67, column: 5)
!138 = !DILocation(line: 69, column: 10, scope: !139)
!139 = distinct !DILexicalBlock(scope: !137, file: !3, line: 69, column: 3)
!140 = !DILocation(line: 69, column: 8, scope: !139)
!141 = !DILocation(line: 69, column: 15, scope: !142)
!142 = distinct !DILexicalBlock(scope: !139, file: !3, line: 69, column: 3)
!143 = !DILocation(line: 69, column: 17, scope: !142)
!144 = !DILocation(line: 69, column: 3, scope: !139)
!145 = !DILocation(line: 70, column: 16, scope: !146)
!146 = distinct !DILexicalBlock(scope: !147, file: !3, line: 70, column: 8)
!147 = distinct !DILexicalBlock(scope: !142, file: !3, line: 69, column: 37)
!148 = !DILocation(line: 70, column: 8, scope: !146)
!149 = !DILocation(line: 70, column: 19, scope: !146)
!150 = !DILocation(line: 70, column: 27, scope: !146)
!151 = !DILocation(line: 70, column: 8, scope: !147)
!152 = !DILocation(line: 71, column: 20, scope: !153)
!153 = distinct !DILexicalBlock(scope: !146, file: !3, line: 70, column: 43)
!154 = !DILocation(line: 71, column: 5, scope: !153)
!155 = !DILocation(line: 72, column: 9, scope: !153)
!156 = !DILocation(line: 73, column: 4, scope: !153)
!157 = !DILocation(line: 74, column: 3, scope: !147)
!158 = !DILocation(line: 69, column: 33, scope: !142)
!159 = !DILocation(line: 69, column: 3, scope: !142)
!160 = distinct !{!160, !144, !161, !83}
!161 = !DILocation(line: 74, column: 3, scope: !139)
!162 = !DILocation(line: 75, column: 2, scope: !137)
!163 = !DILocation(line: 75, column: 11, scope: !128)
!164 = distinct !{!164, !135, !165, !83}
!165 = !DILocation(line: 75, column: 14, scope: !128)
!166 = !DILocation(line: 76, column: 1, scope: !128)
!167 = distinct !DISubprogram(name: "context_switch", scope: !3, file: !3, line: 51, type: !113, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !35)
!168 = !DILocalVariable(name: "tid", arg: 1, scope: !167, file: !3, line: 51, type: !7)
!169 = !DILocation(line: 51, column: 45, scope: !167)
!170 = !DILocalVariable(name: "t", scope: !167, file: !3, line: 53, type: !94)
!171 = !DILocation(line: 53, column: 22, scope: !167)
!172 = !DILocation(line: 53, column: 35, scope: !167)
!173 = !DILocation(line: 53, column: 27, scope: !167)
!174 = !DILocation(line: 55, column: 19, scope: !167)
!175 = !DILocation(line: 55, column: 17, scope: !167)
!176 = !DILocation(line: 56, column: 2, scope: !167)
!177 = !DILocation(line: 56, column: 5, scope: !167)
!178 = !DILocation(line: 56, column: 13, scope: !167)
!179 = !DILocation(line: 57, column: 2, scope: !167)
!180 = !DILocation(line: 57, column: 5, scope: !167)
!181 = !DILocation(line: 57, column: 15, scope: !167)
!182 = !DILocation(line: 57, column: 23, scope: !167)
!183 = !DILocation(line: 57, column: 26, scope: !167)
!184 = !DILocation(line: 57, column: 36, scope: !167)
!185 = !DILocation(line: 58, column: 6, scope: !186)
!186 = distinct !DILexicalBlock(scope: !167, file: !3, line: 58, column: 6)
!187 = !DILocation(line: 58, column: 9, scope: !186)
!188 = !DILocation(line: 58, column: 17, scope: !186)
!189 = !DILocation(line: 58, column: 6, scope: !167)
!190 = !DILocation(line: 59, column: 3, scope: !186)
!191 = !DILocation(line: 59, column: 6, scope: !186)
!192 = !DILocation(line: 59, column: 14, scope: !186)
!193 = !DILocation(line: 60, column: 17, scope: !167)
!194 = !DILocation(line: 61, column: 1, scope: !167)
