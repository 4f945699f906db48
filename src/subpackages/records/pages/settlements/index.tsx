import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='异地就医结算记录' description='查看异地住院费用和各项支付。' />
    </PageShell>
  )
}
