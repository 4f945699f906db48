import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='家庭成员' description='绑定父母等亲属，为他们查询和代办。' />
    </PageShell>
  )
}
