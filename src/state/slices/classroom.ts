import type { StateCreator } from 'zustand';
import type {
  ClassPoll,
  ClassTap,
  ClassView,
  Hello,
  RoomCode,
} from '../../domain/classroom/protocol';
import type { RestPoint } from '../../domain/url';
import type { AppState } from '../store';

/**
 * The live class as the UI sees it. Everything here comes from the class client
 * (`src/classroom/`), which owns the connection; the UI reads it and calls the client's actions.
 * Without a class server (`classServer` null) nothing here changes and the app is as before.
 */
export type ClassRole = 'lecturer' | 'student';
export type ClassStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended';

export interface ClassroomSlice {
  /** The class server's hello (same origin), once it answered; null: no class controls. */
  classServer: Hello | null;
  /** A class link (`#/class/<code>`) opened before the class controls were there. */
  pendingJoin: RoomCode | null;
  classRole: ClassRole | null;
  classCode: RoomCode | null;
  classStatus: ClassStatus | null;
  /** A student follows the lecturer's view (false: exploring on their own). */
  following: boolean;
  classCounts: { students: number; following: number };
  /** The lecturer's latest view, as received (students) or sent (lecturer). */
  classView: ClassView | null;
  classPoll: ClassPoll | null;
  /** The open poll's taps (anonymous). */
  classTaps: ClassTap[];
  /** This student's answer to the current poll. */
  myAnswer: ClassTap | null;
  /** The rest point under the lecturer's laser (sent to followers), or null. */
  laserPoint: RestPoint | null;
  classCardCollapsed: boolean;
  joinDialogOpen: boolean;
  setClassServer: (hello: Hello | null) => void;
  setPendingJoin: (code: RoomCode | null) => void;
  classJoining: (role: ClassRole, code: RoomCode) => void;
  setClassStatus: (status: ClassStatus) => void;
  setClassView: (view: ClassView | null) => void;
  setClassPoll: (poll: ClassPoll | null) => void;
  setClassTaps: (taps: ClassTap[]) => void;
  setClassCounts: (counts: { students: number; following: number }) => void;
  answerSent: (tap: ClassTap) => void;
  /** A student breaks away: they orbit, zoom and open what they like. */
  explore: () => void;
  /** A student snaps back to the lecturer's latest view (the class client applies it). */
  follow: () => void;
  setLaserPoint: (at: RestPoint | null) => void;
  setClassCardCollapsed: (collapsed: boolean) => void;
  setJoinDialogOpen: (open: boolean) => void;
  /** The class is over for this tab (ended, or left): the app goes on locally. */
  leaveClass: () => void;
}

const noClass = {
  classRole: null,
  classCode: null,
  classStatus: null,
  following: false,
  classCounts: { students: 0, following: 0 },
  classView: null,
  classPoll: null,
  classTaps: [],
  myAnswer: null,
  laserPoint: null,
  classCardCollapsed: false,
} satisfies Partial<ClassroomSlice>;

export const createClassroomSlice: StateCreator<AppState, [], [], ClassroomSlice> = (set, get) => ({
  classServer: null,
  pendingJoin: null,
  joinDialogOpen: false,
  ...noClass,
  setClassServer: (classServer) => set({ classServer }),
  setPendingJoin: (pendingJoin) => set({ pendingJoin }),
  classJoining: (role, code) =>
    set({
      ...noClass,
      classRole: role,
      classCode: code,
      classStatus: 'connecting',
      following: role === 'student',
      joinDialogOpen: false,
    }),
  setClassStatus: (classStatus) => {
    if (get().classStatus === classStatus || get().classRole === null) return;
    set(
      classStatus === 'ended'
        ? { classStatus, following: false, classPoll: null }
        : { classStatus },
    );
  },
  setClassView: (classView) => set({ classView }),
  setClassPoll: (classPoll) =>
    set((s) => ({
      classPoll,
      // A new poll starts with no answer from this tab (a poll gone for a moment keeps it:
      // after a server restart it comes back and the answer is sent again).
      myAnswer: classPoll && s.myAnswer?.poll !== classPoll.id ? null : s.myAnswer,
    })),
  setClassTaps: (classTaps) => set({ classTaps }),
  setClassCounts: (c) => {
    const now = get().classCounts;
    if (now.students !== c.students || now.following !== c.following) set({ classCounts: c });
  },
  answerSent: (myAnswer) => set({ myAnswer }),
  explore: () => {
    if (get().classRole === 'student' && get().following) set({ following: false });
  },
  follow: () => {
    if (get().classRole === 'student' && get().classStatus !== 'ended') set({ following: true });
  },
  setLaserPoint: (laserPoint) => {
    const now = get().laserPoint;
    if (now === laserPoint || (now && laserPoint && now.every((c, i) => c === laserPoint[i])))
      return;
    set({ laserPoint });
  },
  setClassCardCollapsed: (classCardCollapsed) => set({ classCardCollapsed }),
  setJoinDialogOpen: (joinDialogOpen) => set({ joinDialogOpen }),
  leaveClass: () => set({ ...noClass }),
});
