import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='异地就医备案' description='按您的情况推荐备案类型，在线填写、承诺制即时办结。' />
    </PageShell>
  )
}
