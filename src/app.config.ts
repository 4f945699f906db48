export default defineAppConfig({
  pages: ['pages/home/index', 'pages/services/index', 'pages/records/index', 'pages/me/index'],
  subPackages: [
    { root: 'subpackages/common', pages: ['pages/messages/index', 'pages/dev-settings/index', 'pages/cases/index'] },
    { root: 'subpackages/points', pages: ['pages/list/index', 'pages/detail/index', 'pages/map/index'] },
    {
      root: 'subpackages/filing',
      pages: [
        'pages/start/index',
        'pages/list/index',
        'pages/form/index',
        'pages/preview/index',
        'pages/detail/index',
        'pages/change/index',
        'pages/reimburse/index',
        'pages/emergency/index',
      ],
    },
    {
      root: 'subpackages/records',
      pages: [
        'pages/insurance/index',
        'pages/contributions/index',
        'pages/account/index',
        'pages/settlements/index',
        'pages/settlement/index',
        'pages/statement/index',
        'pages/family-pay/index',
        // The records render benchmark's page ships only in benchmark builds (bench/records-render.mjs).
        ...(process.env.BENCH_PAGES === '1' ? ['pages/bench-list/index'] : []),
      ],
    },
    { root: 'subpackages/qa', pages: ['pages/index/index', 'pages/entry/index'] },
    { root: 'subpackages/family', pages: ['pages/list/index', 'pages/add/index', 'pages/confirm/index', 'pages/member/index'] },
    { root: 'subpackages/chronic', pages: ['pages/list/index', 'pages/apply/index', 'pages/detail/index'] },
    { root: 'subpackages/transfer', pages: ['pages/start/index', 'pages/detail/index'] },
    { root: 'subpackages/evoucher', pages: ['pages/code/index', 'pages/certificate/index', 'pages/verify/index'] },
    { root: 'subpackages/claims', pages: ['pages/start/index', 'pages/form/index', 'pages/list/index', 'pages/detail/index'] },
  ],
  // The common subpackage holds the demo mock's services (backend/app-mock.ts), which home's first data call needs:
  // download it as soon as home opens.
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['subpackages/common'] } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1a5fd0',
    navigationBarTitleText: '随行医保',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
  tabBar: {
    color: '#5f6b7a',
    selectedColor: '#1a5fd0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-active.png',
      },
      {
        pagePath: 'pages/records/index',
        text: '查询',
        iconPath: 'assets/tab/records.png',
        selectedIconPath: 'assets/tab/records-active.png',
      },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的医保经办机构和服务网点' },
  },
  requiredPrivateInfos: ['getLocation'],
  lazyCodeLoading: 'requiredComponents',
})
