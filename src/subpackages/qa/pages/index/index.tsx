import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='政策问答' description='用自己的话搜索医保政策，看懂备案和报销。' />
    </PageShell>
  )
}
