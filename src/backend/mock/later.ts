/** The mock modules the app loads after its first screen (app-mock.ts): the capability services and the dev controls' helpers. */
export { createCapabilityServices } from '@/backend/mock/services'
export { dischargeAllNow, simulateOutpatientVisit } from '@/backend/mock/stays'
export { setInsuranceStatus } from '@/backend/mock/insurance-status'
