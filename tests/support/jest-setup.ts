// Device storage is in memory under jest: src/platform is the seam to Taro, and this replaces the module for every importer.
jest.mock('@/platform/storage', () => jest.requireActual('./memory-storage'))
