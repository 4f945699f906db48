import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='个人账户' description='查看余额、划入和支出明细。' />
    </PageShell>
  )
}
