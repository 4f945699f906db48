// Device storage is in memory under jest: src/platform is the seam to Taro, and this replaces the module for every importer.
jest.mock('@/platform/storage', () => jest.requireActual('./memory-storage'))

// Taro's build defines these globals for app.config.ts; the route table test imports it.
;(globalThis as unknown as { defineAppConfig: <T>(config: T) => T }).defineAppConfig = (config) => config
