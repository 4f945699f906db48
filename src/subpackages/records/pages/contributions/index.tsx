import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='缴费记录' description='按年查看每月缴费、欠缴和补缴。' />
    </PageShell>
  )
}
