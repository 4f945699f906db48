import { ComingSoon } from '../../../../components/coming-soon'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell actingFor>
      <ComingSoon title='找网点' description='附近的医保经办机构、医保服务站、银行服务点和定点医药机构，可一键拨号和导航。' />
    </PageShell>
  )
}
