import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { syncStorage } from '@/app-state/persist-storage'

interface CareModeState {
  enabled: boolean
  setEnabled(enabled: boolean): void
}

/** 关怀模式: larger text and targets, higher contrast. Survives restarts. */
export const useCareMode = create<CareModeState>()(
  persist((set) => ({ enabled: false, setEnabled: (enabled) => set({ enabled }) }), { name: 'care-mode', storage: syncStorage }),
)
