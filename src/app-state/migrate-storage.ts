// Imported first by app.ts: device storage is migrated before any store reads it.
import { storage } from '@/platform/storage'
import { migrateStorage } from '@/app-state/storage-migrations'

migrateStorage(storage)
