import { BackendError } from '@/domain'

/** For port methods whose behaviour a later change adds: an honest, typed refusal. */
export function notYet(): never {
  throw new BackendError('SERVER', '该功能即将上线')
}
