; ModuleID = 'llvm-link'
source_filename = "llvm-link"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-unknown-elf"

%struct.subscription = type { i32, i32, [16 x i8] }
%struct.data_store = type { i32, [16 x i8], i32, i32 }
%struct.message = type { i32, i32, %union.anon }
%union.anon = type { %struct.mess_ds_req, [32 x i8] }
%struct.mess_ds_req = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"ds: receive failed\00", align 1
@who_e = dso_local local_unnamed_addr global i32 0, align 4
@.str.5 = private unnamed_addr constant [17 x i8] c"ds: cannot reply\00", align 1
@ds_shutting_down = dso_local local_unnamed_addr global i32 0, align 4
@ds_subs = dso_local global [32 x %struct.subscription] zeroinitializer, align 4
@ds_store = dso_local global [16 x %struct.data_store] zeroinitializer, align 4

; Function Attrs: noreturn nounwind
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.message, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  %3 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #8
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %0
  %6 = getelementptr inbounds i8, ptr %1, i32 4
  br label %8

7:                                                ; preds = %14, %0
  call void @panic(ptr noundef nonnull @.str) #9
  unreachable

8:                                                ; preds = %14, %5
  %9 = load i32, ptr %1, align 4, !tbaa !4
  store i32 %9, ptr @who_e, align 4, !tbaa !9
  %10 = call i32 @handle_request(ptr noundef nonnull %1) #8
  %11 = icmp eq i32 %10, -201
  br i1 %11, label %14, label %12

12:                                               ; preds = %8
  store i32 %10, ptr %6, align 4, !tbaa !10
  %13 = load i32, ptr @who_e, align 4, !tbaa !9
  call void @reply(i32 noundef %13, ptr noundef nonnull %1) #8
  br label %14

14:                                               ; preds = %12, %8
  %15 = call i32 @sef_receive_status(i32 noundef 31744, ptr noundef nonnull %1, ptr noundef nonnull %2) #8
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %8, label %7
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare dso_local i32 @sef_receive_status(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
define dso_local i32 @handle_request(ptr noundef %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds i8, ptr %0, i32 4
  %3 = load i32, ptr %2, align 4, !tbaa !10
  switch i32 %3, label %18 [
    i32 1024, label %4
    i32 1025, label %6
    i32 1026, label %8
    i32 1027, label %10
    i32 1537, label %14
    i32 1536, label %16
  ]

4:                                                ; preds = %1
  %5 = tail call i32 @do_publish(ptr noundef nonnull %0) #8
  br label %18

6:                                                ; preds = %1
  %7 = tail call i32 @do_retrieve_label(ptr noundef nonnull %0) #8
  br label %18

8:                                                ; preds = %1
  %9 = tail call i32 @do_delete(ptr noundef nonnull %0) #8
  br label %18

10:                                               ; preds = %1
  %11 = load i32, ptr %0, align 4, !tbaa !4
  %12 = and i32 %11, 31
  %13 = tail call i32 @do_subscribe(i32 noundef %12, ptr noundef nonnull %0) #8
  br label %18

14:                                               ; preds = %1
  %15 = tail call i32 @do_shutdown(ptr noundef nonnull %0) #8
  br label %18

16:                                               ; preds = %1
  %17 = tail call i32 @do_getstatus(ptr noundef nonnull %0) #8
  br label %18

18:                                               ; preds = %16, %14, %10, %8, %6, %4, %1
  %19 = phi i32 [ %17, %16 ], [ %15, %14 ], [ %13, %10 ], [ %9, %8 ], [ %7, %6 ], [ %5, %4 ], [ -38, %1 ]
  ret i32 %19
}

; Function Attrs: nounwind
define dso_local void @reply(i32 noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = tail call i32 @ipc_send(i32 noundef %0, ptr noundef %1) #8
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %2
  tail call void @panic(ptr noundef nonnull @.str.5) #9
  unreachable

6:                                                ; preds = %2
  ret void
}

declare dso_local i32 @ipc_send(i32 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local range(i32 -16, 1) i32 @do_publish(ptr noundef %0) local_unnamed_addr #4 {
  %2 = load i32, ptr %0, align 4, !tbaa !4
  %3 = icmp eq i32 %2, 4
  br i1 %3, label %4, label %118

4:                                                ; preds = %1
  %5 = load i32, ptr @ds_shutting_down, align 4, !tbaa !9
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %118

7:                                                ; preds = %4
  %8 = getelementptr inbounds i8, ptr %0, i32 8
  %9 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %9, align 1, !tbaa !11
  br label %10

10:                                               ; preds = %20, %7
  %11 = phi i32 [ 0, %7 ], [ %21, %20 ]
  %12 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %11
  %13 = load i32, ptr %12, align 4, !tbaa !12
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %10
  %17 = getelementptr inbounds i8, ptr %12, i32 4
  %18 = tail call i32 @strncmp(ptr noundef nonnull %17, ptr noundef nonnull %8, i32 noundef 16) #8
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %87, label %20

20:                                               ; preds = %16, %10
  %21 = add nuw nsw i32 %11, 1
  %22 = icmp eq i32 %21, 16
  br i1 %22, label %23, label %10, !llvm.loop !14

23:                                               ; preds = %20
  %24 = load i32, ptr @ds_store, align 4, !tbaa !12
  %25 = and i32 %24, 1
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %87, label %27

27:                                               ; preds = %23
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 28), align 4, !tbaa !12
  %29 = and i32 %28, 1
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %87, label %31

31:                                               ; preds = %27
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 56), align 4, !tbaa !12
  %33 = and i32 %32, 1
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %87, label %35

35:                                               ; preds = %31
  %36 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 84), align 4, !tbaa !12
  %37 = and i32 %36, 1
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %87, label %39

39:                                               ; preds = %35
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 112), align 4, !tbaa !12
  %41 = and i32 %40, 1
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %87, label %43

43:                                               ; preds = %39
  %44 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 140), align 4, !tbaa !12
  %45 = and i32 %44, 1
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %87, label %47

47:                                               ; preds = %43
  %48 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 168), align 4, !tbaa !12
  %49 = and i32 %48, 1
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %87, label %51

51:                                               ; preds = %47
  %52 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 196), align 4, !tbaa !12
  %53 = and i32 %52, 1
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %87, label %55

55:                                               ; preds = %51
  %56 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 224), align 4, !tbaa !12
  %57 = and i32 %56, 1
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %87, label %59

59:                                               ; preds = %55
  %60 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 252), align 4, !tbaa !12
  %61 = and i32 %60, 1
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %87, label %63

63:                                               ; preds = %59
  %64 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 280), align 4, !tbaa !12
  %65 = and i32 %64, 1
  %66 = icmp eq i32 %65, 0
  br i1 %66, label %87, label %67

67:                                               ; preds = %63
  %68 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 308), align 4, !tbaa !12
  %69 = and i32 %68, 1
  %70 = icmp eq i32 %69, 0
  br i1 %70, label %87, label %71

71:                                               ; preds = %67
  %72 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 336), align 4, !tbaa !12
  %73 = and i32 %72, 1
  %74 = icmp eq i32 %73, 0
  br i1 %74, label %87, label %75

75:                                               ; preds = %71
  %76 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 364), align 4, !tbaa !12
  %77 = and i32 %76, 1
  %78 = icmp eq i32 %77, 0
  br i1 %78, label %87, label %79

79:                                               ; preds = %75
  %80 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 392), align 4, !tbaa !12
  %81 = and i32 %80, 1
  %82 = icmp eq i32 %81, 0
  br i1 %82, label %87, label %83

83:                                               ; preds = %79
  %84 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 420), align 4, !tbaa !12
  %85 = and i32 %84, 1
  %86 = icmp eq i32 %85, 0
  br i1 %86, label %87, label %118

87:                                               ; preds = %83, %79, %75, %71, %67, %63, %59, %55, %51, %47, %43, %39, %35, %31, %27, %23, %16
  %88 = phi ptr [ getelementptr inbounds (i8, ptr @ds_store, i32 392), %79 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 364), %75 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 336), %71 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 308), %67 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 280), %63 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 252), %59 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 224), %55 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 196), %51 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 168), %47 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 140), %43 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 112), %39 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 84), %35 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 56), %31 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 28), %27 ], [ @ds_store, %23 ], [ getelementptr inbounds (i8, ptr @ds_store, i32 420), %83 ], [ %12, %16 ]
  %89 = getelementptr inbounds i8, ptr %88, i32 4
  %90 = tail call i32 @strlcpy(ptr noundef nonnull %89, ptr noundef nonnull %8, i32 noundef 16) #8
  %91 = load i32, ptr %0, align 4, !tbaa !4
  %92 = getelementptr inbounds i8, ptr %88, i32 20
  store i32 %91, ptr %92, align 4, !tbaa !16
  %93 = getelementptr inbounds i8, ptr %0, i32 24
  %94 = load i32, ptr %93, align 4, !tbaa !11
  %95 = getelementptr inbounds i8, ptr %88, i32 24
  store i32 %94, ptr %95, align 4, !tbaa !17
  %96 = getelementptr inbounds i8, ptr %0, i32 28
  %97 = load i32, ptr %96, align 4, !tbaa !11
  %98 = and i32 %97, 2
  %99 = or disjoint i32 %98, 1
  store i32 %99, ptr %88, align 4, !tbaa !12
  br label %100

100:                                              ; preds = %115, %87
  %101 = phi i32 [ 0, %87 ], [ %116, %115 ]
  %102 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %101
  %103 = load i32, ptr %102, align 4, !tbaa !18
  %104 = and i32 %103, 1
  %105 = icmp eq i32 %104, 0
  br i1 %105, label %115, label %106

106:                                              ; preds = %100
  %107 = getelementptr inbounds i8, ptr %102, i32 8
  %108 = tail call i32 @strlen(ptr noundef nonnull %107) #8
  %109 = tail call i32 @strncmp(ptr noundef nonnull %107, ptr noundef nonnull %89, i32 noundef %108) #8
  %110 = icmp eq i32 %109, 0
  br i1 %110, label %111, label %115

111:                                              ; preds = %106
  %112 = getelementptr inbounds i8, ptr %102, i32 4
  %113 = load i32, ptr %112, align 4, !tbaa !20
  %114 = tail call i32 @ipc_notify(i32 noundef %113) #8
  br label %115

115:                                              ; preds = %111, %106, %100
  %116 = add nuw nsw i32 %101, 1
  %117 = icmp eq i32 %116, 32
  br i1 %117, label %118, label %100, !llvm.loop !21

118:                                              ; preds = %115, %83, %4, %1
  %119 = phi i32 [ -1, %1 ], [ -16, %4 ], [ -11, %83 ], [ 0, %115 ]
  ret i32 %119
}

declare dso_local i32 @strncmp(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @strlcpy(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare dso_local i32 @strlen(ptr noundef) local_unnamed_addr #2

declare dso_local i32 @ipc_notify(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_retrieve_label(ptr noundef %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds i8, ptr %0, i32 8
  %3 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %3, align 1, !tbaa !11
  br label %4

4:                                                ; preds = %14, %1
  %5 = phi i32 [ 0, %1 ], [ %15, %14 ]
  %6 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %5
  %7 = load i32, ptr %6, align 4, !tbaa !12
  %8 = and i32 %7, 1
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %6, i32 4
  %12 = tail call i32 @strncmp(ptr noundef nonnull %11, ptr noundef nonnull %2, i32 noundef 16) #8
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %17, label %14

14:                                               ; preds = %10, %4
  %15 = add nuw nsw i32 %5, 1
  %16 = icmp eq i32 %15, 16
  br i1 %16, label %30, label %4, !llvm.loop !14

17:                                               ; preds = %10
  %18 = load i32, ptr %6, align 4, !tbaa !12
  %19 = and i32 %18, 2
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %26, label %21

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, ptr %6, i32 20
  %23 = load i32, ptr %22, align 4, !tbaa !16
  %24 = load i32, ptr %0, align 4, !tbaa !4
  %25 = icmp eq i32 %23, %24
  br i1 %25, label %26, label %30

26:                                               ; preds = %21, %17
  %27 = getelementptr inbounds i8, ptr %6, i32 24
  %28 = load i32, ptr %27, align 4, !tbaa !17
  %29 = getelementptr inbounds i8, ptr %0, i32 24
  store i32 %28, ptr %29, align 4, !tbaa !11
  br label %30

30:                                               ; preds = %26, %21, %14
  %31 = phi i32 [ 0, %26 ], [ -1, %21 ], [ -3, %14 ]
  ret i32 %31
}

; Function Attrs: nounwind
define dso_local range(i32 -3, 1) i32 @do_delete(ptr noundef %0) local_unnamed_addr #4 {
  %2 = load i32, ptr %0, align 4, !tbaa !4
  %3 = icmp eq i32 %2, 4
  br i1 %3, label %4, label %39

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i32 8
  %6 = getelementptr inbounds i8, ptr %0, i32 23
  store i8 0, ptr %6, align 1, !tbaa !11
  br label %7

7:                                                ; preds = %17, %4
  %8 = phi i32 [ 0, %4 ], [ %18, %17 ]
  %9 = getelementptr inbounds [16 x %struct.data_store], ptr @ds_store, i32 0, i32 %8
  %10 = load i32, ptr %9, align 4, !tbaa !12
  %11 = and i32 %10, 1
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %17, label %13

13:                                               ; preds = %7
  %14 = getelementptr inbounds i8, ptr %9, i32 4
  %15 = tail call i32 @strncmp(ptr noundef nonnull %14, ptr noundef nonnull %5, i32 noundef 16) #8
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %20, label %17

17:                                               ; preds = %13, %7
  %18 = add nuw nsw i32 %8, 1
  %19 = icmp eq i32 %18, 16
  br i1 %19, label %39, label %7, !llvm.loop !14

20:                                               ; preds = %13
  store i32 0, ptr %9, align 4, !tbaa !12
  br label %21

21:                                               ; preds = %36, %20
  %22 = phi i32 [ 0, %20 ], [ %37, %36 ]
  %23 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %22
  %24 = load i32, ptr %23, align 4, !tbaa !18
  %25 = and i32 %24, 1
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %36, label %27

27:                                               ; preds = %21
  %28 = getelementptr inbounds i8, ptr %23, i32 8
  %29 = tail call i32 @strlen(ptr noundef nonnull %28) #8
  %30 = tail call i32 @strncmp(ptr noundef nonnull %28, ptr noundef nonnull %5, i32 noundef %29) #8
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %36

32:                                               ; preds = %27
  %33 = getelementptr inbounds i8, ptr %23, i32 4
  %34 = load i32, ptr %33, align 4, !tbaa !20
  %35 = tail call i32 @ipc_notify(i32 noundef %34) #8
  br label %36

36:                                               ; preds = %32, %27, %21
  %37 = add nuw nsw i32 %22, 1
  %38 = icmp eq i32 %37, 32
  br i1 %38, label %39, label %21, !llvm.loop !21

39:                                               ; preds = %36, %17, %1
  %40 = phi i32 [ -1, %1 ], [ 0, %36 ], [ -3, %17 ]
  ret i32 %40
}

; Function Attrs: nounwind
define dso_local noundef i32 @do_subscribe(i32 noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds [32 x %struct.subscription], ptr @ds_subs, i32 0, i32 %0
  %4 = getelementptr inbounds i8, ptr %1, i32 8
  %5 = getelementptr inbounds i8, ptr %1, i32 23
  store i8 0, ptr %5, align 1, !tbaa !11
  %6 = load i32, ptr %1, align 4, !tbaa !4
  %7 = getelementptr inbounds i8, ptr %3, i32 4
  store i32 %6, ptr %7, align 4, !tbaa !20
  %8 = getelementptr inbounds i8, ptr %3, i32 8
  %9 = tail call i32 @strlcpy(ptr noundef nonnull %8, ptr noundef nonnull %4, i32 noundef 16) #8
  store i32 1, ptr %3, align 4, !tbaa !18
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none)
define dso_local range(i32 -1, 1) i32 @do_shutdown(ptr nocapture noundef readonly %0) local_unnamed_addr #5 {
  %2 = load i32, ptr %0, align 4, !tbaa !4
  switch i32 %2, label %4 [
    i32 0, label %3
    i32 4, label %3
  ]

3:                                                ; preds = %1, %1
  store i32 1, ptr @ds_shutting_down, align 4, !tbaa !9
  br label %4

4:                                                ; preds = %3, %1
  %5 = phi i32 [ 0, %3 ], [ -1, %1 ]
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none)
define dso_local i32 @do_getstatus(ptr nocapture noundef readnone %0) local_unnamed_addr #6 {
  %2 = load i32, ptr @ds_store, align 4, !tbaa !12
  %3 = and i32 %2, 1
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 28), align 4, !tbaa !12
  %5 = and i32 %4, 1
  %6 = add nuw nsw i32 %5, %3
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 56), align 4, !tbaa !12
  %8 = and i32 %7, 1
  %9 = add nuw nsw i32 %8, %6
  %10 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 84), align 4, !tbaa !12
  %11 = and i32 %10, 1
  %12 = add nuw nsw i32 %11, %9
  %13 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 112), align 4, !tbaa !12
  %14 = and i32 %13, 1
  %15 = add nuw nsw i32 %14, %12
  %16 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 140), align 4, !tbaa !12
  %17 = and i32 %16, 1
  %18 = add nuw nsw i32 %17, %15
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 168), align 4, !tbaa !12
  %20 = and i32 %19, 1
  %21 = add nuw nsw i32 %20, %18
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 196), align 4, !tbaa !12
  %23 = and i32 %22, 1
  %24 = add nuw nsw i32 %23, %21
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 224), align 4, !tbaa !12
  %26 = and i32 %25, 1
  %27 = add nuw nsw i32 %26, %24
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 252), align 4, !tbaa !12
  %29 = and i32 %28, 1
  %30 = add nuw nsw i32 %29, %27
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 280), align 4, !tbaa !12
  %32 = and i32 %31, 1
  %33 = add nuw nsw i32 %32, %30
  %34 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 308), align 4, !tbaa !12
  %35 = and i32 %34, 1
  %36 = add nuw nsw i32 %35, %33
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 336), align 4, !tbaa !12
  %38 = and i32 %37, 1
  %39 = add nuw nsw i32 %38, %36
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 364), align 4, !tbaa !12
  %41 = and i32 %40, 1
  %42 = add nuw nsw i32 %41, %39
  %43 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 392), align 4, !tbaa !12
  %44 = and i32 %43, 1
  %45 = add nuw nsw i32 %44, %42
  %46 = load i32, ptr getelementptr inbounds (i8, ptr @ds_store, i32 420), align 4, !tbaa !12
  %47 = and i32 %46, 1
  %48 = add nuw nsw i32 %47, %45
  ret i32 %48
}

attributes #0 = { noreturn nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: read, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin nounwind "no-builtins" }
attributes #9 = { nobuiltin noreturn nounwind "no-builtins" }

!llvm.ident = !{!0, !0, !0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1 = !{i32 1, !"NumRegisterParameters", i32 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!6, !6, i64 0}
!10 = !{!5, !6, i64 4}
!11 = !{!7, !7, i64 0}
!12 = !{!13, !6, i64 0}
!13 = !{!"data_store", !6, i64 0, !7, i64 4, !6, i64 20, !6, i64 24}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!13, !6, i64 20}
!17 = !{!13, !6, i64 24}
!18 = !{!19, !6, i64 0}
!19 = !{!"subscription", !6, i64 0, !6, i64 4, !7, i64 8}
!20 = !{!19, !6, i64 4}
!21 = distinct !{!21, !15}
