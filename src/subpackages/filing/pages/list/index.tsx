import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='我的备案' description='查看本人和家人的备案进度、有效期，变更或撤销备案。' />
    </PageShell>
  )
}
