; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.mthread_tcb = type { i32, %struct.mthread_context }
%struct.mthread_context = type { void (i8*)*, i8* }

@threads = internal global [8 x %struct.mthread_tcb] zeroinitializer, align 4
@current_thread = internal global i32 -1, align 4

; Function Attrs: noinline nounwind
define dso_local i32 @mthread_create(i32* noundef %tid, void (i8*)* noundef %proc, i8* noundef %arg) #0 {
entry:
  %retval = alloca i32, align 4
  %tid.addr = alloca i32*, align 4
  %proc.addr = alloca void (i8*)*, align 4
  %arg.addr = alloca i8*, align 4
  %i = alloca i32, align 4
  store i32* %tid, i32** %tid.addr, align 4
  store void (i8*)* %proc, void (i8*)** %proc.addr, align 4
  store i8* %arg, i8** %arg.addr, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %1
  %m_state = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %m_state, align 4
  %cmp1 = icmp ne i32 %2, 0
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  br label %for.inc

if.end:                                           ; preds = %for.body
  %3 = load void (i8*)*, void (i8*)** %proc.addr, align 4
  %4 = load i32, i32* %i, align 4
  %arrayidx2 = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %4
  %m_context = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx2, i32 0, i32 1
  %mc_func = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context, i32 0, i32 0
  store void (i8*)* %3, void (i8*)** %mc_func, align 4
  %5 = load i8*, i8** %arg.addr, align 4
  %6 = load i32, i32* %i, align 4
  %arrayidx3 = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %6
  %m_context4 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx3, i32 0, i32 1
  %mc_arg = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context4, i32 0, i32 1
  store i8* %5, i8** %mc_arg, align 4
  %7 = load i32, i32* %i, align 4
  %arrayidx5 = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %7
  %m_state6 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx5, i32 0, i32 0
  store i32 1, i32* %m_state6, align 4
  %8 = load i32, i32* %i, align 4
  %9 = load i32*, i32** %tid.addr, align 4
  store i32 %8, i32* %9, align 4
  store i32 0, i32* %retval, align 4
  br label %return

for.inc:                                          ; preds = %if.then
  %10 = load i32, i32* %i, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 -11, i32* %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.end
  %11 = load i32, i32* %retval, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_block(void (i8*)* noundef %cont, i8* noundef %arg) #0 {
entry:
  %cont.addr = alloca void (i8*)*, align 4
  %arg.addr = alloca i8*, align 4
  %t = alloca %struct.mthread_tcb*, align 4
  store void (i8*)* %cont, void (i8*)** %cont.addr, align 4
  store i8* %arg, i8** %arg.addr, align 4
  %0 = load i32, i32* @current_thread, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %0
  store %struct.mthread_tcb* %arrayidx, %struct.mthread_tcb** %t, align 4
  %1 = load void (i8*)*, void (i8*)** %cont.addr, align 4
  %2 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_context = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %2, i32 0, i32 1
  %mc_func = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context, i32 0, i32 0
  store void (i8*)* %1, void (i8*)** %mc_func, align 4
  %3 = load i8*, i8** %arg.addr, align 4
  %4 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_context1 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %4, i32 0, i32 1
  %mc_arg = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context1, i32 0, i32 1
  store i8* %3, i8** %mc_arg, align 4
  %5 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_state = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %5, i32 0, i32 0
  store i32 3, i32* %m_state, align 4
  ret void
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_wakeup(i32 noundef %tid) #0 {
entry:
  %tid.addr = alloca i32, align 4
  store i32 %tid, i32* %tid.addr, align 4
  %0 = load i32, i32* %tid.addr, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %0
  %m_state = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx, i32 0, i32 0
  %1 = load i32, i32* %m_state, align 4
  %cmp = icmp eq i32 %1, 3
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %2 = load i32, i32* %tid.addr, align 4
  %arrayidx1 = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %2
  %m_state2 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx1, i32 0, i32 0
  store i32 1, i32* %m_state2, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  ret void
}

; Function Attrs: noinline nounwind
define dso_local void @mthread_yield_all() #0 {
entry:
  %i = alloca i32, align 4
  %ran = alloca i32, align 4
  br label %do.body

do.body:                                          ; preds = %do.cond, %entry
  store i32 0, i32* %ran, align 4
  store i32 0, i32* %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %do.body
  %0 = load i32, i32* %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, i32* %i, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %1
  %m_state = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %arrayidx, i32 0, i32 0
  %2 = load i32, i32* %m_state, align 4
  %cmp1 = icmp eq i32 %2, 1
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %3 = load i32, i32* %i, align 4
  call void @context_switch(i32 noundef %3) #1
  store i32 1, i32* %ran, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %4 = load i32, i32* %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, i32* %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  br label %do.cond

do.cond:                                          ; preds = %for.end
  %5 = load i32, i32* %ran, align 4
  %tobool = icmp ne i32 %5, 0
  br i1 %tobool, label %do.body, label %do.end, !llvm.loop !7

do.end:                                           ; preds = %do.cond
  ret void
}

; Function Attrs: noinline nounwind
define internal void @context_switch(i32 noundef %tid) #0 {
entry:
  %tid.addr = alloca i32, align 4
  %t = alloca %struct.mthread_tcb*, align 4
  store i32 %tid, i32* %tid.addr, align 4
  %0 = load i32, i32* %tid.addr, align 4
  %arrayidx = getelementptr inbounds [8 x %struct.mthread_tcb], [8 x %struct.mthread_tcb]* @threads, i32 0, i32 %0
  store %struct.mthread_tcb* %arrayidx, %struct.mthread_tcb** %t, align 4
  %1 = load i32, i32* %tid.addr, align 4
  store i32 %1, i32* @current_thread, align 4
  %2 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_state = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %2, i32 0, i32 0
  store i32 2, i32* %m_state, align 4
  %3 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_context = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %3, i32 0, i32 1
  %mc_func = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context, i32 0, i32 0
  %4 = load void (i8*)*, void (i8*)** %mc_func, align 4
  %5 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_context1 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %5, i32 0, i32 1
  %mc_arg = getelementptr inbounds %struct.mthread_context, %struct.mthread_context* %m_context1, i32 0, i32 1
  %6 = load i8*, i8** %mc_arg, align 4
  call void %4(i8* noundef %6) #1
  %7 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_state2 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %7, i32 0, i32 0
  %8 = load i32, i32* %m_state2, align 4
  %cmp = icmp eq i32 %8, 2
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %9 = load %struct.mthread_tcb*, %struct.mthread_tcb** %t, align 4
  %m_state3 = getelementptr inbounds %struct.mthread_tcb, %struct.mthread_tcb* %9, i32 0, i32 0
  store i32 0, i32* %m_state3, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 -1, i32* @current_thread, align 4
  ret void
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nobuiltin "no-builtins" }

!llvm.ident = !{!0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 14.0.6"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = distinct !{!7, !5}
