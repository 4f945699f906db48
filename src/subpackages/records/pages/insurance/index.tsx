import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='参保信息' description='查看险种、参保地和参保状态。' />
    </PageShell>
  )
}
