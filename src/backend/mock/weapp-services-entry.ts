/** weapp: the entry of the mock services chunk (config/index.ts). Running it hands the modules to app-mock.ts. */
import * as later from '@/backend/mock/later'
import { provideLater } from '@/backend/mock/later-slot'

provideLater(later)
