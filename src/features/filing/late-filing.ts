// 补办 and 手工报销: what the emergency and reimburse explainers say.
import { COVERAGE_RULES } from '@/domain/coverage'

/**
 * Already discharged and paid in full (POLICY.md "Late filing (补办) and self-pay"; seed 003 item 9): file afterwards
 * under the 参保地's rules, then claim manually (手工报销). This app's 补办 switch is only for people still in hospital;
 * the claim itself is made in the claims subpackage.
 */
export const REIMBURSE_STEPS = [
  '按参保地规定补办异地就医备案手续。已经出院的，不要在本小程序勾选“补办备案：已经住院，还没出院结算”，那只适用于还在住院、尚未出院结算的情况；请向参保地医保经办机构说明已自费出院，按其要求补办。急诊抢救视同已备案，不用补办。',
  '在本小程序“手工报销”填写住院信息和每张票据的号码、金额，上传票据和费用清单照片，提交后可随时查看审核、核定和到账进度。',
  '报销待遇按参保地规定执行，核定金额支付到本人社保卡金融账户；参保地要求提交原件的，请按其要求办理，也可拨打12393咨询。',
]

/** Seed 004 (衡阳, 2017) lists these for a manual claim; the 参保地 decides the current list. */
export const REIMBURSE_MATERIALS = [
  '身份证或社保卡',
  '住院收据（发票）原件',
  '住院医疗费用总清单',
  '出院记录或住院病案首页',
  '疾病诊断证明书',
  '急诊的还需门（急）诊病历；转诊的还需转诊转院证明',
]

/** The Q&A entry that answers "paid in full, can I still claim?". */
export const REIMBURSE_QA_ID = 'late-after-paid'

export const EMERGENCY_POINTS = [
  COVERAGE_RULES.emergency.text,
  COVERAGE_RULES['emergency-papers'].text,
  '住院后、出院结算前补办备案，医院就能给您直接结算，不用先垫付全部费用。',
  '如果已经全自费出院，也能补办备案后回参保地手工报销。',
]
